"""Session 35, fixRun27: set headings run into a short first sentence of their paragraph; headings after a stop on a
run-together line (already cut by normalize.split_runs) and the in-sentence enumerations that stay text."""
from __future__ import annotations

from test_layouts import outline, plan_of


def test_a_set_heading_run_into_a_short_first_sentence_is_cut_at_its_end():
    # blind45 dc_04 (a scanned 秸秆禁烧 plan): `二、目标任务xx年5月底到9月底全县秸秆禁烧。` is the heading 目标任务 and its
    # paragraph's first sentence, as `一、指导思想以xx重要思想…,` is 指导思想 and its paragraph
    p = plan_of("政府秸秆禁烧工作实施方案\n为认真做好我县农作物秸秆禁烧工作,进一步改善环境质量,制订本方案。\n"
                "一、指导思想以xx重要思想和科学开展观为指导,以保护大气环境质量,保护人民身体健康,保障交通平安为目标。\n"
                "二、目标任务xx年5月底到9月底全县秸秆禁烧。秸秆禁烧区域为辖区内国道、省道、县道公路干线两侧各1公里的地带。\n")
    assert outline(p) == [(1, "指导思想"), (1, "目标任务")]


def test_a_compound_or_short_tailed_heading_stays_whole():
    # compound headings join their nouns with 和/与/及 (blind6 bn_06 `总体目标和要求`, bn_05 `重点任务与分工`); a short tail
    # after a set heading is the heading's own (`主要任务完成情况。`)
    p = plan_of("关于全县重点工作推进情况的通报\n现将有关情况通报如下。\n"
                "一、总体目标和要求。全县上下要统一思想,提高认识,确保各项工作落到实处。\n"
                "二、主要任务完成情况。截至目前,全县已完成年度任务的百分之八十以上。\n")
    assert outline(p) == [(1, "总体目标和要求"), (1, "主要任务完成情况")]


def test_headings_after_a_stop_on_a_run_together_line_are_cut_and_enumerations_stay_text():
    # dev hc_05's page on one line (`…以下意见。一、总体要求以习近平…。二、完善工作机制,…`) is cut at each heading that
    # continues its count; `一是`/`二是` after a stop inside a paragraph stay text (blind11 bu_03, dev he_02), as do `一、二类`
    p = plan_of("为加强铁路沿线安全环境治理工作，现提出以下意见。一、总体要求以习近平新时代中国特色社会主义思想为指导，全面贯彻"
                "党的十九大精神，持续改善铁路沿线安全环境。一是加强一、二类隐患排查。二是完善联防机制。二、完善工作机制，压实各方"
                "责任，提升多方共治合力（一）发挥部际联席会议制度统筹协调作用。铁路沿线安全环境治理部际联席会议要加强分析研判。")
    assert outline(p) == [(1, "总体要求"), (1, "完善工作机制，压实各方责任，提升多方共治合力"),
                          (2, "发挥部际联席会议制度统筹协调作用")]
