"""Layouts of the blind9 notices (corpus/blind9: real notices nobody tuned the rules on, three whole texts from
code repositories and nine stored pages, SOURCES.md there) that the parser missed on arrival and now reads."""
from __future__ import annotations

from pathlib import Path

import pytest
from test_blind_layouts import cached_plans

from extractor.document import RawDocument
from extractor.ingest.text import text_blocks
from extractor.normalize import normalize

DOCS = Path(__file__).resolve().parent.parent / "corpus" / "blind9" / "docs"


@pytest.fixture(scope="module")
def plans():
    return cached_plans(DOCS)


def _units(plan, duty: str) -> list[tuple[str, str]]:
    return [(r.org, r.role) for r in plan.responsibilities if r.duty == duty]


def test_a_tag_keeps_its_named_participants_before_a_run_that_ge_opens(plans):
    # 广州「633」人才工程: `（牵头单位：市发展改革委，配合单位：市委组织部、市人力资源和社会保障局，各区、县级市）`
    assert _units(plans("bs_01.html"), "战略性主导产业紧缺人才开发项目") == [
        ("市发展改革委", "lead"), ("市委组织部", "participant"), ("市人力资源和社会保障局", "participant")]


def test_the_table_under_a_portals_info_rows_is_the_notices_own():
    # linan.gov.cn: the 索引号 / 公开范围 / 发布单位 rows, then the 民生实事 table in the same run of `|` rows
    raw = ("索引号 | 000330185/2022-83945 | 公开方式 | 主动公开 |\n发布单位 | 区政府 | 发文日期 | 2022-07-14 |\n"
           "序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位 |\n1 | 新建学校7所。 | 8月底前竣工。 | 教育局 | 财政局 |")
    tables = [b.rows for b in text_blocks(raw) if b.kind == "table"]
    assert [len(t) for t in tables] == [2, 2]
    assert "序号\t实事项目" in normalize(RawDocument(blocks=text_blocks(raw), format="text")).text


def test_the_rows_of_a_projects_table_give_their_units(plans):
    plan = plans("bs_04.txt")
    units = _units(plan, "新建成婴幼儿照护服务成长驿站7家新增婴幼儿照护服务托位500个开展胃肠癌联合筛查1万例以上")
    assert ("卫生健康局", "lead") in units and ("规划和自然资源分局", "participant") in units
    assert {"2022-06-30", "2022-09-30", "2022-11-30"} <= {d.date for d in plan.deadlines}


@pytest.mark.parametrize("doc, name", [
    ("bs_08.html", "运输及房屋局"),          # a known body (房屋局) inside a compound core
    ("bs_07.txt", "县交警大队"),             # `县公安局(含县交警大队)`
    ("bs_09.txt", "中区海事分处"),           # `而中区海事分处的服务`
])
def test_names_after_function_words_and_across_compounds(plans, doc, name):
    assert name in {o.name for o in plans(doc).organizations}


def test_a_division_of_leaders_work_names_each_leader_before_the_posts(plans):
    # 省经信委 领导工作分工: `一、翁玉耀党组书记、主任：主持委全面工作。…七、兰文党组成员、副主任：协助分管…`
    # (the posts before the name, `副省长付建华:负责抓好…`, is blind6 bn_10)
    people = {p.name: p.title for p in plans("bs_03.txt").people}
    assert people == {
        "翁玉耀": "党组书记、主任", "梁伟新": "党组副书记、副主任（正厅长级），省国防科工办主任",
        "李长根": "党组成员、省纪委驻省经信委纪检组组长", "郭学军": "副主任", "陈建业": "党组成员、副主任",
        "李志忠": "党组成员、总工程师", "兰文": "党组成员、副主任", "陈传芳": "党组成员、副主任",
        "余须东": "副巡视员", "陈居雷": "副巡视员"}


def test_a_portals_pipe_rows_inside_a_pdf_or_docx_are_its_info_table(plans):
    # a DOCX or PDF made from crawled text keeps the portal's `|` rows as paragraphs, read as a text file's table
    assert plans("bs_06.pdf").meta.doc_number == "江政办〔2022〕1号"      # `文号|江政办〔2022〕1号|发文日期| …`
    br_08 = cached_plans(DOCS.parent.parent / "blind8" / "docs")("br_08.docx")
    assert br_08.meta.title is None                      # not `有效` of `有效性|有效` under the rows
    assert br_08.meta.recipients[0] == "各镇政府"


def test_a_place_named_in_a_unit_list_or_column_is_a_unit(plans):
    # bs_01 (广州 人才工程) `配合单位：…、市财政局、越秀区`: the district as well, and the list keeps the others;
    # bs_04 (临安 民生实事) a 配合单位 column `…、科投集团,锦城街道、…、昌化镇、天目山镇`
    assert ("越秀区", "participant") in _units(plans("bs_01.html"), "千人计划南方创业服务中心")
    assert ("市财政局", "participant") in _units(plans("bs_01.html"), "千人计划南方创业服务中心")
    units = {(r.org, r.role) for r in plans("bs_04.txt").responsibilities}
    assert {("锦城街道", "participant"), ("青山湖街道", "participant"), ("天目山镇", "participant")} <= units
    assert not any(org.startswith("各") for org, _ in units)
