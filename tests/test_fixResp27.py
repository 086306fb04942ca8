"""Responsibilities layouts fixed in session 35 (fixResp27), each read from its notice's file through its reader and,
where a rule is general, on a fragment of the same grammar."""
from __future__ import annotations

from extractor.extract.responsibilities import run_snippet


def duties_of(plan) -> set[tuple[str, str, str]]:
    return {(r.org, r.role, r.duty) for r in plan.responsibilities}


def test_a_unit_forming_a_group_states_its_duty(corpus_plan):
    # blind49 dg_02 (大亚湾 督查通知) `四、督查方式\n区管委会办公室组成督查组,采取召开座谈会…等方式进行督查` (LEAD_VERB 组成)
    duties = {(org, role) for org, role, duty in duties_of(corpus_plan("blind49/docs/dg_02.ofd"))
              if duty.startswith("组成督查组采取召开座谈会听取汇报")}
    assert ("区管委会办公室", "lead") in duties
    got = run_snippet("四、督查方式\n区管委会办公室组成督查组,采取召开座谈会听取汇报、到项目现场实地督查等方式进行督查。")
    assert [(r["org"], r["duty"]) for r in got] == [("区管委会办公室", "组成督查组采取召开座谈会听取汇报到项目现场实地督查等方式进行督查")]


def test_a_group_make_up_or_its_members_is_no_duty():
    assert run_snippet("县委办公室组成人员名单附后。") == []
    assert run_snippet("县政府办公室组成的督查组已于上月完成检查。") == []
    assert run_snippet("督查工作是县政府办公室组成部分。") == []
    # blind bl_09 (海口市人民政府工作规则): a government's member departments
    assert run_snippet("市政府组成人员:市长、副市长、市政府秘书长,市政府组成部门的主要负责人。") == []


def test_a_random_inspection_plan_table_gives_each_row_to_its_inspecting_body(corpus_plan):
    # blind51 di_06 (上高县 2023年“双随机、一公开”抽查工作计划): `序号 | 检查主体 | 年度计划名称 | 检查内容 | …`
    duties = duties_of(corpus_plan("blind51/docs/di_06.pdf"))
    assert ("上高县市场监督管理局", "lead", "对特种设备作业人员的行政检查") in duties
    assert ("上高县市场监督管理局", "lead", "对保健食品经营者的行政检查") in duties
    assert len([d for d in duties if d[0] == "上高县市场监督管理局"]) == 8
