"""Deadlines fixed in session 43 (fixDl43): held-out notices read from their files and, where a rule is general, on
a fragment of the same layout."""
from __future__ import annotations

from extractor.extract.deadlines import run_snippet


def periods_of(plan) -> list[tuple]:
    return [(d.start, d.date) for d in plan.deadlines]


def test_mid_month_is_the_middle_ten_days(corpus_plan):
    # blind68 dz_09 (政府统计处 2024) `新一轮的「住户开支统计调查」将于今年9月中展开`, twice: 09-11..09-20 as 中旬
    assert periods_of(corpus_plan("blind68/docs/dz_09.txt")).count(("2024-09-11", "2024-09-20")) == 2
    # a limit and a range's head written with 月中
    assert [d["date"] for d in run_snippet("请于10月中前报送材料。", date="2024-09-12")] == ["2024-10-20"]
    got = run_snippet("9月中至10月底，开展专项整治。", date="2024-09-12")
    assert [(d["start"], d["date"]) for d in got] == [("2024-09-11", "2024-10-31")]
    # 中国, 中央 after a month are no part of it
    assert run_snippet("今年9月中国队参加比赛前完成集训。", date="2024-09-12") == []


def test_a_publicity_campaigns_period(corpus_plan):
    # blind78 ej_11 (a 2020 relay of 交通部's 9/1 路口安全大執法) `三、旨揭宣導期程為109年8月20日至9月30日`
    assert ("2020-08-20", "2020-09-30") in periods_of(corpus_plan("blind78/docs/ej_11.txt"))
    # yfes.chc.edu.tw posts/1687 (2023) `建議宣導期程112年3月13日至4月30日`, with the label's 为
    got = run_snippet("请贵单位多加运用宣导素材,宣导期程为112年3月13日至4月30日。")
    assert [(d["start"], d["date"]) for d in got] == [("2023-03-13", "2023-04-30")]


def test_the_last_day_for_a_thing_is_its_limit(corpus_plan):
    # blind73 ee_09 (Macau 2023, 生活補貼) `生活補貼拍卡增值的最後日期為2023年4月28日`
    assert "2023-04-28" in [d.date for d in corpus_plan("blind73/docs/ee_09.txt").deadlines]
    # a figure's last day written as a date stamp is none
    assert run_snippet("系统返回的最后日期为2026-03-18。") == []


def test_a_range_that_opens_a_clause_with_the_own_area_as_subject(corpus_plan):
    # blind84 ep_03 (a county's 2015 news) `4月1日至4月15日,我县在全县范围内开展…“基层大接访”活动`
    assert ("--04-01", "--04-15") in periods_of(corpus_plan("blind84/docs/ep_03.ofd"))
    # blind60 dr_05 `3月20日-3月31日,本市开展…健康教育集中宣传行动` and `3月20日-4月30日整个爱国卫生月,本市持续开展…`
    got = periods_of(corpus_plan("blind60/docs/dr_05.pdf"))
    assert ("--03-20", "--03-31") in got and ("--03-20", "--04-30") in got
    # a report of work done is none
    assert run_snippet("4月至6月，全市开展了专项整治，共查处案件30起。") == []
