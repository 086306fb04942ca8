"""fixResp42: units of a task table's cell run together, on real notices of the corpus."""
from pathlib import Path

import pytest

from extractor import parse

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.fixture(scope="module")
def dm_01():
    # a 镇's 2017 专项整治安排表 (blind55): one unit a line in the 责任单位 cell, the lines run together in the text
    return {(r.org, r.duty) for r in parse(CORPUS / "blind55/docs/dm_01.html").responsibilities}


@pytest.fixture(scope="module")
def dn_02():
    # 亳州市农业农村局's ledger (blind56), rows numbered, no header: `产业科` / `市畜牧中心` / … one a line
    return {(r.org, r.duty) for r in parse(CORPUS / "blind56/docs/dn_02.txt").responsibilities}


def test_cell_lines_of_units_are_units(dm_01):
    assert ("工商质监所", "特种设备") in dm_01          # `工商质监所` / `安监站`
    assert ("超限站", "交通运输") in dm_01 and ("公路站", "交通运输") in dm_01     # `超限站` / `公路站` / `交警六中队`
    assert ("交警六中队", "交通运输") in dm_01


def test_unit_run_into_a_named_one(dm_01):
    # `文化站` / `派出所工商质监所`: no break between the last two
    assert ("工商质监所", "网吧KTV") in dm_01 and ("派出所", "网吧KTV") in dm_01


def test_sections_and_offices_by_their_field(dm_01, dn_02):
    assert ("生态办", "景区点文物设施宗教场所") in dm_01 and ("林站", "林产品加工") in dm_01
    assert ("产业科", "农产品加工业产值增长15%以上") in dn_02
    assert any(org == "产业科" and duty.startswith("发展养生滋补预制菜产业") for org, duty in dn_02)
    assert any(org == "市畜牧中心" and duty.startswith("发展养生滋补预制菜产业") for org, duty in dn_02)


def test_a_deputy_office_is_another_body():
    # 李家超's 2022 施政报告 指标 (blind56 dn_08): `(政务司司长办公室/劳工及福利局)` and `(政务司副司长办公室/相关政策局)`
    plan = parse(next((CORPUS / "blind56/docs").glob("dn_08.*")))
    names = {o.name for o in plan.organizations}
    assert {"政务司司长办公室", "政务司副司长办公室"} <= names
    assert any(r.org == "政务司司长办公室" and r.duty.startswith("在完成为期一年的共创明Teen计划")
               for r in plan.responsibilities)


def test_a_tally_clause_ends_the_duty():
    # 僱員再培訓局's release (blind71 ec_09): `…先行恢復…的面授課堂,涉及共564項課程,佔…約八成`
    plan = parse(CORPUS / "blind71/docs/ec_09.html")
    assert any(r.org == "雇员再培训局" and r.duty == "于首阶段先行恢复没有或较少肢体接触的面授课堂" for r in plan.responsibilities)
