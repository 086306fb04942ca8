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


def test_a_team_named_by_its_task_is_a_body(corpus_plan):
    # 小组 guarded by its task: 黄店镇's `镇防汛抗旱小组联合水利部门…` (blind58 dp_04), 民政事务局's `评审小组会安排面试`
    # (blind54 dl_08); a unit's 作业小组 after its ministry stays whole (blind10 bt_05)
    assert "镇防汛抗旱小组" in _orgs(corpus_plan("blind58/docs/dp_04.pdf"))
    assert "评审小组" in _orgs(corpus_plan("blind54/docs/dl_08.txt"))
    bt_05 = _orgs(corpus_plan("blind10/docs/bt_05.doc"))
    assert "财政部公益彩券回馈金运用及管理作业小组" in bt_05


def test_a_teams_office_gives_no_team_of_its_own(corpus_plan):
    # `…工作協調小組辦公室關于印發…` (blind59 dq_07, DOCX): 小组 followed by 办 is no end of a name (continuations 小组办), so
    # the office's name yields no `工作协调小组` beside it
    assert "工作协调小组" not in _orgs(corpus_plan("blind59/docs/dq_07.docx"))
