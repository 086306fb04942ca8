"""Layouts of the blind notices (corpus/blind: public pages nobody tuned the rules on, SOURCES.md there),
each read from its file as stored: the meta, outline and task rules they showed missing."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor import parse

BLIND = Path(__file__).resolve().parent.parent / "corpus" / "blind" / "docs"


def cached_plans(folder: Path):
    """A function of a file's name in `folder` to its plan, each file parsed once (the blind sets' tests)."""
    cache: dict = {}

    def plan(name: str):
        if name not in cache:
            cache[name] = parse(folder / name)
        return cache[name]
    return plan


@pytest.fixture(scope="module")
def plans():
    plan = cached_plans(BLIND)
    return lambda stem: plan(f"{stem}.txt")


def _headings(plan) -> list[tuple[int, str]]:
    out = []

    def walk(nodes, depth):
        for n in nodes:
            out.append((depth, n.heading))
            walk(n.children, depth + 1)
    walk(plan.sections, 1)
    return out


def test_a_title_wrapped_after_its_book_title_is_one_title(plans):
    # 鄂温克族自治旗: `…办公室` / `关于印发2022年《政府工作报告》` / `重点任务责任落实分工的通知`
    meta = plans("bl_05").meta
    assert meta.title == "鄂温克族自治旗人民政府办公室关于印发2022年《政府工作报告》重点任务责任落实分工的通知"
    assert meta.recipients == ["各苏木乡镇人民政府", "旗政府各部门", "驻鄂温克族自治旗有关单位"]


def test_the_addressees_follow_a_repeated_title_and_a_bulletin_head(plans):
    # 立山区: the page repeats the title with its number glued before it, then the 主送 line
    assert plans("bl_04").meta.recipients == ["立山经济开发区", "各街道办事处", "各区直部门", "各有关单位"]
    # 寿县: `寿县政务督查` / `20期` / issuer and date, then the title again, then the 主送 line
    assert plans("bl_10").meta.recipients == ["各乡镇人民政府", "县政府各部门", "各直属机构"]
    # 华容县: a bullet info block, the headline with its number, `浏览量:1 | | | |`, then the 主送 line
    meta = plans("bl_06").meta
    assert meta.recipients == ["各乡镇人民政府", "县直各单位"]
    assert (meta.title, meta.doc_number) == ("2021年县政府重点工作任务", "华政发〔2021〕2号")


def test_a_page_button_is_no_headline_and_a_font_control_no_addressee(plans):
    assert plans("bl_19").meta.title == "武汉市人民政府2023年《政府工作报告》目标任务责任分解方案(上)"   # not `[复制链接]`
    assert plans("bl_09").meta.recipients == ["各区人民政府", "市政府直属各单位"]                  # not `【字体:`


def test_the_notice_under_a_document_sites_blurb_is_found(plans):
    meta = plans("bl_12").meta      # 写写帮文库: `简介:…` and `第一篇:…文件` above the letterhead
    assert (meta.title, meta.doc_number, meta.issuer) == (
        "湖南省人民政府办公厅关于加强普通高等学校毕业生就业工作的通知", "湘政办发〔2009〕24号", "湖南省人民政府办公厅")
    assert meta.recipients == ["各市州", "县市区人民政府", "省政府各厅委", "各直属机构"]


def test_a_portal_row_that_lost_its_colons_is_read(plans):
    meta = plans("bl_16").meta      # `发布机构区人民政府办公室文号蔡政办〔2023〕1号`
    assert meta.doc_number == "蔡政办〔2023〕1号"
    assert meta.recipients == ["各街道办事处", "乡人民政府", "区人民政府各部门", "各直属机构"]


def test_the_signature_of_a_notice_whose_plan_has_no_title(plans):
    meta = plans("bl_11").meta      # 京政办发〔2016〕26号: the plan's preamble follows the date directly
    assert (meta.issuer, meta.date) == ("北京市人民政府办公厅", "2016-05-28")
    assert meta.title == "北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知"
    meta = plans("bl_04").meta      # 立山区: the plan's title wraps over two lines after the signature
    assert (meta.issuer, meta.date) == ("立山区人民政府", "2023-03-28")


def test_a_task_with_only_its_unit_tags_under_it_is_no_heading(plans):
    # 立山区: `1.努力实现地区生产总值增长6.2%左右。` over `牵头单位:区发改局` / `责任单位:…`
    assert _headings(plans("bl_04")) == [(1, "经济社会发展的主要预期目标")]
    resp = {(r.org, r.role) for r in plans("bl_04").responsibilities if r.duty.startswith("规模上工业增加值")}
    assert resp == {("区工信局", "lead"), ("立山经济开发区", "participant")}


def test_a_clause_announcing_a_list_and_sentences_after_a_list_entry_are_no_headings(plans):
    headings = _headings(plans("bl_09"))       # 海口市人民政府工作规则
    assert (2, "市政府工作的指导思想") in headings
    assert not any(h.startswith(("市政府由下列人员组成", "市政府实行市长负责制")) for _, h in headings)


def test_a_tag_after_an_item_of_several_sentences_takes_the_whole_item(plans):
    # 东府〔2021〕54号: `1.按照…稳定。实施…。将…延长至2022年4月30日。（市人力资源社会保障局、…负责）`
    duties = {r.duty for r in plans("bl_17").responsibilities if r.org == "市医保局"}
    assert len(duties) == 1
    duty = duties.pop()
    assert duty.startswith("按照国家统一部署") and duty.endswith("延长至2022年4月30日")
    dates = [d.date for d in plans("bl_17").deadlines]
    assert dates[:2] == ["2021-12-31", "2021-04-30"]       # 实施期限至…, 实施至…


def test_past_the_title_only_furniture_is_passed_over_not_headings():
    # 立山区's plan without its 主送 line: a short heading is the body, so a later `…以下几点：` line is
    # no addressee line
    text = ("立山区政府2023年重点工作\n任务分解和责任分工方案\n一、经济社会发展的主要预期目标\n"
            "各街道要做到以下几点：\n1.努力实现地区生产总值增长6.2%左右。\n牵头单位:区发改局\n")
    assert parse(text.encode(), filename="plan.txt").meta.recipients == []
