"""Layouts blind91's misses showed that other notices show too, each read from its notice's file through its reader."""
from __future__ import annotations

from extractor.extract.organizations import run_snippet as organizations_in


def _orgs(corpus_plan, path):
    return {o.name for o in corpus_plan(path).organizations}


def test_an_item_with_its_own_level_word_shares_no_rest_with_a_named_place_before_it(corpus_plan):
    # 迁西's 百企评窗口 notice (blind91 ew_07, a scan): `县经济开发区、县发展和改革局、…` lists whole names
    orgs = _orgs(corpus_plan, "blind91/docs/ew_07.pdf")
    assert "县发展和改革局" in orgs and "县经济开发区发展和改革局" not in orgs, orgs
    # 鄂州's 12345 公告 (blind91 ew_03, GB18030): `涉及梁子湖区、市发改委、市民政局…`
    assert "梁子湖区发改委" not in _orgs(corpus_plan, "blind91/docs/ew_03.txt")
    # 大英县's 应急演练 notice (blind55 dm_06, a task table's cells): `县工业园区、县公安局`
    assert "县工业园区公安局" not in _orgs(corpus_plan, "blind55/docs/dm_06.txt")
    # bare level words still share the rest after them (`省、市综合检验检测中心`)
    assert {"省综合检验检测中心", "市综合检验检测中心"} <= {o["name"] for o in organizations_in(
        "由省、市综合检验检测中心对全部仪器设备进行校准检定")}


def test_a_government_office_named_gongshu_is_a_body():
    # GOV.MO's 政府綜合服務大樓 release (blind91 ew_09): `外交部駐澳特派員公署特派員盧樹民`
    assert "外交部驻澳特派员公署" in {o["name"] for o in organizations_in(
        "儀式由行政長官何厚鏵、外交部駐澳特派員公署特派員盧樹民主持。")}
    # a bare 公署 standing for a named one is no name of its own (`公署留意到` blind84's 申訴專員公署 items)
    assert not organizations_in("令市民求助無門。公署留意到,部門間的協作不足。")


def test_a_household_registration_office_with_no_place_is_a_kind(corpus_plan):
    # 台中市研考會's 服務中心 news (blind91 ew_11, HTML): `自然人憑證除了在戶政事務所申辦之外`
    assert "户政事务所" not in _orgs(corpus_plan, "blind91/docs/ew_11.html")
    # a 新北 高風險家庭 report (blind90 ev_12): `將戶籍逕遷於戶政事務所的小戶長`
    assert "户政事务所" not in _orgs(corpus_plan, "blind90/docs/ev_12.txt")
    # one named by its district stays
    assert "丰原区户政事务所" in {o["name"] for o in organizations_in("豐原區戶政事務所搬新家了")}
