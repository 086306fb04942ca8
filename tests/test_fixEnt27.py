"""Organisations and contacts the held-out sets missed in families of at least two notices (session 35, fixEnt27),
each read from its notice's file through its reader."""
from __future__ import annotations


def _orgs(plan) -> set[str]:
    return {o.name for o in plan.organizations}


def _phones(plan) -> set:
    return {c.phone for c in plan.contacts}


def test_a_county_bureaus_sections_in_its_task_tables_are_bodies(corpus_plan):
    # 股, a county bureau's section named by its field, as a row's unit: 怀远县农业农村局's 重点工作 table (blind58 dp_03,
    # `农田建设管理股、农业股`, and its township `经管站`), 上高县市场监管局's 双随机 plan (blind51 di_06, `价监股`, `网监股`)
    assert {"农田建设管理股", "农业股", "经管站"} <= _orgs(corpus_plan("blind58/docs/dp_03.txt"))
    assert {"价监股", "特种设备股", "商标广告股", "食品股", "网监股"} <= _orgs(corpus_plan("blind51/docs/di_06.pdf"))


def test_two_local_numbers_run_together_after_one_label_are_two_contacts(corpus_plan):
    # `电话:22186192218618传真:2218627` (blind55 dm_07): two seven-digit numbers on one exchange; `网上缴费咨询电话:
    # 9558882378671` (blind57 do_05, OFD): the bank's 95588, then 82378671
    assert {"2218619", "2218618"} <= _phones(corpus_plan("blind55/docs/dm_07.txt"))
    assert "2218627" not in _phones(corpus_plan("blind55/docs/dm_07.txt"))
    assert {"95588", "82378671"} <= _phones(corpus_plan("blind57/docs/do_05.ofd"))
