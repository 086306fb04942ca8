"""Layouts blind32's misses showed that earlier notices or other public pages show too, each read from its notice's file
through its reader."""
from __future__ import annotations

from extractor import parse


def test_a_plan_title_wrapped_before_its_period_joins_the_line_under_it(corpus_plan):
    # 新乡市人民政府办公室's notice on a news site (blind32 cp_04, a site page): `关于印发…三年行动计划` over `(2023—2025年)的通知`
    assert corpus_plan("blind32/docs/cp_04.html").meta.title == \
        "关于印发新乡市公共卫生体系建设三年行动计划(2023—2025年)的通知"


def test_the_period_line_of_a_plan_title_alone_stays_the_plans():
    # 江北区's plan title over its period on a line of its own (blind21 ce_04): the notice's title is still its own line
    text = ("宁波市江北区人民政府办公室关于印发《江北区城镇老旧小区改造三年行动方案(2020-2022年)》的通知\n"
            "各街道办事处,区政府各部门、各直属单位:\n现将《江北区城镇老旧小区改造三年行动方案(2020-2022年)》印发给你们,"
            "请认真贯彻执行。\n宁波市江北区人民政府办公室\n2020年5月8日\n江北区城镇老旧小区改造三年行动方案\n(2020-2022年)\n"
            "为进一步改善江北区城镇老旧小区居住条件和周边环境,特制定本行动方案。")
    plan = parse(text.encode("utf-8"), filename="ce_04.txt")
    assert plan.meta.title.startswith("宁波市江北区人民政府办公室关于印发")


def test_according_to_and_watching_for_end_a_bodys_name(corpus_plan):
    # gov.mo's 2012 开学 item (blind32 cp_12): `据教育暨青年局资料显示`, `家长应密切留意气象局的公布`
    orgs = {o.name for o in corpus_plan("blind32/docs/cp_12.txt").organizations}
    assert "教育暨青年局" in orgs
    assert not {n for n in orgs if n.startswith(("据", "家长"))}


def test_a_scheduled_day_with_its_hours_and_venue_before_taking_sign_ups(corpus_plan):
    # 金門日報's item of 金沙鎮公所's 重陽 sign-ups (blind32 cp_09): `訂於9月20日上午8時起至11時30分,於…里辦公處(…)受理…報名`
    dates = [d.date for d in corpus_plan("blind32/docs/cp_09.txt").deadlines]
    assert "2022-09-20" in dates


def test_a_year_of_birth_gives_no_year_to_the_days_after_it(corpus_plan):
    # `即民國46年12月31日前出生` (an age limit, blind32 cp_09) before `訂於9月20日…受理…報名`: the sign-up day is the notice's
    # 111年 (2022), not 1957
    dates = [d.date for d in corpus_plan("blind32/docs/cp_09.txt").deadlines]
    assert not [d for d in dates if d.startswith("1957")]


def test_a_bulletins_hit_counter_line_is_frame(corpus_plan):
    # `轉知 訪客 - 輔導處 | 2017-01-10 | 點閱數: 423` over a 台南 school's repost of a 函轉 (blind32 cp_08, Big5): no title
    assert corpus_plan("blind32/docs/cp_08.txt").meta.title is None
