"""Sections the fixSec31 branch's misses showed, each read from its notice's file through its reader."""
from __future__ import annotations

from test_layouts import outline

from extractor import parse


def test_a_short_table_of_contents_under_its_title_makes_no_sections(corpus_plan):
    # 大姚县's 民族团结进步示范区建设规划 (blind70 eb_07, a .doc cut after its 前言): four chapters under `目录`, each over
    # its 节 lines (`第一节共塑政治信念,在全面加强党对民族工作的领导上作出示范,…`): contents, the body never reached
    assert outline(corpus_plan("blind70/docs/eb_07.doc")) == []


def test_contents_of_siblings_under_their_title_in_an_excerpt():
    text = ("某县十四五规划\n目录\n前言\n第一章发展基础\n第一节主要成就\n第二节机遇与挑战,风险与困难\n第二章总体要求\n"
            "第一节指导思想\n前言\n“十四五”时期是全面建设社会主义现代化国家的第一个五年。\n")
    assert outline(parse(text.encode("utf-8"), filename="x.txt")) == []


def test_one_heading_under_a_contents_title_is_still_a_heading():
    # the contents lost (a field the reader did not keep): the body's first heading under `目录` stands
    text = ("某县工作方案\n目录\n一、总体要求\n以习近平新时代中国特色社会主义思想为指导,做好各项工作。\n二、主要任务\n抓好落实。\n")
    assert outline(parse(text.encode("utf-8"), filename="x.txt")) == [(1, "总体要求"), (1, "主要任务")]


def test_a_chapter_number_alone_over_its_name(corpus_plan):
    # 澳門教牧關懷與輔導協會's 章程 in Macau's 公報 (blind70 eb_11): `第一章` / `總則` / `第一條` / `名稱`
    assert outline(corpus_plan("blind70/docs/eb_11.txt")) == [(1, "总则"), (1, "会员"), (1, "组织机关")]


def test_a_gap_ocr_read_between_glyphs_is_no_heading_end(corpus_plan):
    # scans whose OCR put a space between two glyphs of a word after a numbered item's first words: `三、各校（園）遇有旨揭個案
    # 協 助送醫…` (blind37 cu_11), `一、参加對象為有意 任 學習扶助方案…` (blind57 do_12), `（一）大埔區大埔海濱公 的 門球場…`
    # (blind35 cs_10): sentences of their lists, not headings cut at the gap
    assert outline(corpus_plan("blind37/docs/cu_11.pdf")) == []
    assert outline(corpus_plan("blind57/docs/do_12.pdf")) == []
    assert (1, "大埔區大埔海濱公") not in outline(corpus_plan("blind35/docs/cs_10.pdf"))


def test_a_heading_space_before_a_paragraph_still_cuts():
    text = "关于做好工作的通知\n各镇人民政府:\n一、总体要求 按照县委部署,做好各项工作。\n二、工作措施 加强领导,落实责任。\n"
    assert outline(parse(text.encode("utf-8"), filename="x.txt")) == [(1, "总体要求"), (1, "工作措施")]


def test_a_line_that_leaves_its_bracket_open_is_no_heading(corpus_plan):
    # `一、依據農業部…水土保持署（下` / `署）115年…函辦理。` (blind67 dy_12's scan, cut at the margin) and
    # `六、活动解释权归嘉兴市南湖区中心医院(嘉兴市第二医院` (blind32 cp_07, the excerpt's last line)
    assert outline(corpus_plan("blind67/docs/dy_12.pdf")) == []
    assert not any(h.startswith("活动解释权") for _, h in outline(corpus_plan("blind32/docs/cp_07.pdf")))
