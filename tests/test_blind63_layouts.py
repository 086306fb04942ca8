"""Layouts blind63's misses showed that earlier notices or other public pages show too, each read from its notice's file
through its reader."""
from __future__ import annotations


def test_an_association_by_its_short_name_ending_in_xie(corpus_plan):
    # 成都市市场监管局's 2020 通知 (blind63 du_01, DOCX): `五、请成都市电梯困人应急服务中心、四川省特安协做好电梯扫码维保恢复后的
    # 监督提醒…工作`; a 语委办's 经典诵写讲 notice (blind11 bu_02, text): `2.少年宫(含区朗协)报送作品10个`: 特安协 (特种设备安全
    # 协会) and 朗协 (朗诵协会) are associations by their short names, as 政协 and 科协 are; the request names both bodies
    plan = corpus_plan("blind63/docs/du_01.docx")
    assert "四川省特安协" in {o.name for o in plan.organizations}
    assert {(r.org, r.role) for r in plan.responsibilities} == {("成都市电梯困人应急服务中心", "lead"), ("四川省特安协", "lead")}
    assert "区朗协" in {o.name for o in corpus_plan("blind11/docs/bu_02.txt").organizations}

