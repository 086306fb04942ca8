"""Layouts blind79's misses showed that other notices show too, each read from its notice's file through its reader."""
from __future__ import annotations

from extractor.extract.deadlines import run_snippet as deadlines_in
from extractor.extract.people import run_snippet as people_in


def test_a_posts_portfolio_in_brackets_before_the_name_names_a_person(corpus_plan):
    # 星島's report on 消防處's 前哨行動 (blind79 ek_08, .doc) `消防區長（政策）羅建新指出，檢查對象包括…`: the bracket is the
    # post's portfolio, part of the title, as news.now.com's `食環署副署長(環境衞生)黃淑嫻` writes it
    people = {(p.name, p.title) for p in corpus_plan("blind79/docs/ek_08.doc").people}
    assert ("罗建新", "消防区长（政策）") in people, people
    assert [(p["name"], p["title"]) for p in people_in("食环署副署长(环境卫生)黄淑娴表示,执法人员会因每件案件案情考虑")] \
        == [("黄淑娴", "食环署副署长(环境卫生)")]


def test_a_bracket_with_no_name_after_it_names_nobody():
    # 常任秘書長(房屋) before the unit under it (blind9 bs_08, blind10 bt_11): the bracket leads to no name
    assert people_in("运输及房屋局常任秘书长(房屋)辖下独立审查组表示,会继续调查") == []


def test_a_crew_sent_out_on_a_set_night_is_a_deadline(corpus_plan):
    # GOV.MO's 農曆新年 release of 消防局 (blind79 ek_10, HTML) `消防局於本年2月18日晚上(年三十晚)將會派出消防車輛駐守媽閣廟`,
    # as its 2015 release on 觀音開庫 writes `消防局於3月15日晚上(正月廿五),會派出消防車輛駐守觀音廟`
    assert "--02-18" in [d.date for d in corpus_plan("blind79/docs/ek_10.html").deadlines]
    found = deadlines_in("消防局于3月15日晚上(正月廿五),会派出消防车辆驻守观音庙,以作戒备。", date="2015-03-10")
    assert [d["date"] for d in found] == ["2015-03-15"]
    assert deadlines_in("3月5日上午,该局派出工作组到现场核查。", date="2015-03-10") == []
