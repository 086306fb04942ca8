"""Layouts blind64's misses showed that earlier notices show too, each read from its notice's file through its reader."""
from __future__ import annotations


def test_a_county_bureaus_section_managing_a_field(corpus_plan):
    # 清远's 住建局 item on a 物业 and 创文 check (blind64 dv_07, a scan): `由市住房城乡建设局房地产市场管理科、清城区住房城乡建设局
    # 物业管理股人员组成的检查组`; 怀远县农业农村局's task table (blind58 dp_03): `农田建设管理股、农业股`: a 股 named by the field it
    # manages is a section of its bureau
    names = {o.name for o in corpus_plan("blind64/docs/dv_07.pdf").organizations}
    assert "清城区住房城乡建设局物业管理股" in names
    assert "农田建设管理股" in {o.name for o in corpus_plan("blind58/docs/dp_03.txt").organizations}


def test_the_theme_heading_of_an_activity_plan_run_into_its_slogan(corpus_plan):
    # a township's 爱国卫生运动 方案 on a document site, every line run together (blind64 dv_04, PDF):
    # `…营造*良好形象。二、活动主题人人参与爱国卫生,共建共享健康*。三、目标任务1、…`; 活动主题 heads an 活动方案 on a line of its
    # own (blind32 cp_02 `一、活动主题`), which stays a heading
    headings = [(s.level, s.heading) for s in corpus_plan("blind64/docs/dv_04.pdf").sections]
    assert (1, "活动主题") in headings
    assert [h for _, h in headings][:3] == ["指导思想", "活动主题", "目标任务"]
    assert "活动主题" in [s.heading for s in corpus_plan("blind32/docs/cp_02.txt").sections]


def test_to_appoint_or_engage_is_no_committee(corpus_plan):
    # a news item on 屋宇署's 强制验楼 enforcement (blind64 dv_09): `至於仍未委聘註冊檢驗人員的約900幢樓宇`, `要求他們盡快委聘`;
    # a Macau 批示 (blind50 dh_09, PDF): `以臨時定期委任方式委任經濟及科技發展局兩名人員`: 委聘 and 委任 are verbs, as 委托 and
    # 委派, no 委 body ends before them
    for path in ("blind64/docs/dv_09.txt", "blind50/docs/dh_09.pdf"):
        assert not any(o.name.endswith("委") for o in corpus_plan(path).organizations), path
    assert "屋宇署" in {o.name for o in corpus_plan("blind64/docs/dv_09.txt").organizations}
