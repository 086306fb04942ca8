"""Layouts blind72's misses showed that other notices show too, each read from its notice's file through its reader."""
from __future__ import annotations

from extractor.structure import year_of


def test_a_plan_periods_first_year_is_the_year_its_title_names(corpus_plan):
    # 舟山's 公示通告 of its 八五 普法规划 draft (blind72 ed_07, GB18030, undated): `公示时间:6月29日-7月28日` took 2025, the
    # period's end, from the title's `(2021-2025年)`; a plan period's notice is made in or before its first year (blind12
    # bv_07 `(2023—2025年)` of 2023-03-13, blind21 ce_04 `(2020-2022年)` of 2020-05-08, blind36 ct_04's 征求意见 公告 of
    # `(2023-2025年)` on 2022-12-12)
    assert year_of("关于《舟山市关于在公民中开展法治宣传教育的第八个五年规划(2021-2025年)(征求意见稿)》的公示通告") == 2021
    assert year_of("关于开展宣州区2020—2022年农田水利“最后一公里”项目申报工作的通知") == 2020
    assert year_of("2023年县级安全生产工作方案") == 2023
    dates = [(d.start, d.date) for d in corpus_plan("blind72/docs/ed_07.txt").deadlines]
    assert dates == [("2021-06-29", "2021-07-28")], dates


def test_points_by_shi_run_on_in_one_paragraph_are_no_headings(corpus_plan):
    # 西营司法所's 宪法宣传周 news (blind72 ed_05): `一是开展宪法“七进”主题活动。司法所巡回…。二是动员镇、村干部…` on one line gave a
    # heading; points on lines of their own stay headings (blind19 cc_01 `一是扎实推进产业强镇。` over `二是全面推进党的建设。`)
    assert corpus_plan("blind72/docs/ed_05.txt").sections == []
    headings = [s.heading for s in corpus_plan("blind19/found/cc_01.txt").sections]
    assert "扎实推进产业强镇" in headings, headings
