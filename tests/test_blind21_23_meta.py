"""The meta and headings of blind21-blind23's crawled pages (corpus/blind21..23, SOURCES.md names each): a heading kept
apart from its paragraph by a crawled line's space, a page's hit counter and greeting, a portal's 文件编号 row glued to
its number, a page's empty 时间: label."""
from __future__ import annotations

from pathlib import Path

from extractor.pipeline import parse
from extractor.structure import classify, run_snippet

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _headings(plan) -> list[tuple[int, str]]:
    out = []

    def walk(sections):
        for s in sections:
            out.append((s.level, s.heading))
            walk(s.children)
    walk(plan.sections)
    return out


def _text(text: str):
    return parse(text.encode("utf-8"), filename="x.txt")


def test_headings_apart_from_their_paragraph_by_a_space():
    """甘肃省卫生计生委's 通报 (blind23 cg_04): `一、省属…情况 省属10家…` and `(一)兰州市 兰州市共有…` on one crawled line."""
    plan = parse(CORPUS / "blind23" / "docs" / "cg_04.txt")
    assert (1, "省属10家医疗机构数据监测情况") in _headings(plan)
    assert (2, "兰州市") in _headings(plan)


def test_a_space_after_a_heading_on_a_line_of_its_own():
    text = ("关于开展专项整治的通知\n各乡镇:\n现将有关事项通知如下:\n"
            "一、坚决纠正行业乱收费问题 坚决纠正农民建房等方面乱收费行为。\n二、工作要求 各单位要高度重视。\n")
    assert _headings(_text(text)) == [(1, "坚决纠正行业乱收费问题"), (1, "工作要求")]


def test_a_space_before_a_number_does_not_end_a_heading():
    """`一、依據教育部 111年…` (blind10 bt_08): the space stands before a figure, inside the sentence."""
    text = "關於辦理研習的通知\n說明:\n一、依據教育部 111年3月1日函辦理。\n二、請於活動結束後 20日內報送成果。\n"
    assert all("依據" not in h or "函辦理" in h for _, h in _headings(_text(text)))


def test_a_hit_counter_is_no_title():
    """A university's page (blind22 cf_02): `点击次数: 546 更新时间:2017-04-27` above the notice is its frame."""
    text = "点击次数: 546 更新时间:2017-04-27\n各市、州、直管市教育局:\n现将有关事项通知如下:\n请认真执行。\n"
    assert _text(text).meta.title is None


def test_a_document_sites_greeting_is_no_title():
    text = "您好,欢迎访问三七文档\n关于开展环境卫生整治的通知\n各乡镇:\n请认真执行。\n"
    assert _text(text).meta.title == "关于开展环境卫生整治的通知"


def test_a_portal_number_row_glued_to_its_label():
    """宁波市江北区's portal (blind21 ce_04): `文件编号 北区政办发〔2020〕11号`, its space lost."""
    assert run_snippet("文件编号北区政办发〔2020〕11号") == [{"rule": "doc_number", "value": "北区政办发〔2020〕11号"}]
    assert parse(CORPUS / "blind21" / "docs" / "ce_04.txt").meta.doc_number == "北区政办发〔2020〕11号"


def test_an_empty_date_label_is_no_recipient():
    """A 范文 site's page (blind23 cg_07): `时间:` under the headline, the 批复's `市城乡建设局:` below."""
    text = "关于批复范文\n时间:\n市城乡建设局:\n你局报来的请示收悉。经研究,同意。\n常州市发展和改革委员会\n2021年4月26日\n"
    assert _text(text).meta.recipients == ["市城乡建设局"]


def test_a_glyph_lost_for_a_space_leaves_the_heading_whole():
    """A PDF whose 饋 is lost (blind10 bt_04): `一、請透過公益彩券回 金申辦資訊網提案(https://…)` is one heading line."""
    text = ("關於受理計畫申請的通知\n說明:\n一、請透過公益彩券回 金申辦資訊網提案(https://pwelweb.sfaa.gov.tw/)\n"
            "二、為符合公益彩券回 金不作為替代財源之原則,請勿提報下列案件:\n(一)人事費。\n")
    assert all(h not in ("請透過公益彩券回", "请透过公益彩券回") for _, h in _headings(_text(text)))


def test_a_hit_counter_label_is_no_addressee_line():
    """赣州市人民政府办公厅's portal (blind24 ch_07): `访问量:` between the page's headline and the notice's number was read as
    the 主送 line, which took the headline for the title and hid the real 主送 line and the title under the number."""
    meta = parse(CORPUS / "blind24" / "docs" / "ch_07.ofd").meta
    assert meta.title == "赣州市人民政府办公厅关于印发2015年全市深化医药卫生体制改革下步工作要点的通知"
    assert meta.recipients[0] == "各县(市、区)人民政府" and "访问量" not in meta.recipients
    assert classify("访问量:")[0] == "frame"


def test_a_bordered_line_under_a_row_of_empty_cells_is_a_line():
    """甘肃省卫生计生委's 通报 (blind23 cg_04): the crawler framed its 主送 line, `|||` over `各市州、…,省属各医疗机构: | |||`,
    as it framed the `.` above the title: a pipe run with one filled cell is that line, and the 主送 line is read."""
    plan = parse(CORPUS / "blind23/docs/cg_04.txt")
    assert plan.meta.recipients == ["各市州", "甘肃矿区卫生计生委", "兰州新区卫计和食药监局", "省卫生计生委综合监督局",
                                    "省属各医疗机构"]
    text = "|||\n. | |||\n关于开展检查的通报 |\n|||\n各县区卫生局: | |||\n现将检查情况通报如下。\n"
    assert _text(text).meta.recipients == ["各县区卫生局"]
    table = "|||\n单位 | 人数 |\n县卫生局 | 3 |\n"
    assert "单位" not in _text(table).meta.recipients


def test_a_titles_day_in_brackets_is_no_part_of_it():
    """甘肃省卫生计生委's 通报 (blind23 cg_04): `关于…监测情况的通报(7月2日)`; a period in brackets stays (`…推进情况(1-11月)`)."""
    assert parse(CORPUS / "blind23" / "docs" / "cg_04.txt").meta.title == \
        "关于全省公立医疗机构先看病后付费、一站式结报、“85%”监测情况的通报"
    text = "关于全市安全生产检查情况的通报(2018年7月2日)\n各县区:\n现将检查情况通报如下。\n"
    assert _text(text).meta.title == "关于全市安全生产检查情况的通报"
