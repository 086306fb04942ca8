"""Deadline years fixed in session 36 (fixDl28): held-out notices read from their files and, where a rule is general, on
a fragment of the same layout."""
from __future__ import annotations

import datetime as dt

from extractor.structure import _posted


def periods_of(plan) -> list[tuple]:
    return [(d.start, d.date) for d in plan.deadlines]


def test_an_unlabelled_dateline_with_its_poster_dates_the_page(corpus_plan):
    # blind39 cw_09 (a WeChat account's repost, undated): `2024-09-11香港自由行` under the headline gives `9月22日(星期日)`
    # and `9月12日(星期四)…至9月18日(星期三)` their year, as its gold does
    days = periods_of(corpus_plan("blind39/docs/cw_09.txt"))
    assert (None, "2024-09-22") in days and ("2024-09-12", "2024-09-18") in days
    # the same layout with the poster's office or the source run on (blind37 cu_10, blind57 do_04, blind17 ca_06)
    assert _posted("林口长庚纪念医院门诊调整讯息,请查照。\n2020-07-14医事行政组\n主旨:公告") == dt.date(2020, 7, 14)
    assert _posted("考试工作计划\n2017-07-18来源:徐州市人力资源和社会保障局\n时间\t工作内容") == dt.date(2017, 7, 18)
    assert _posted("…的通知\n2023-01-17来源:[科技局]字号: | |\n各县(市)区") == dt.date(2023, 1, 17)


def test_a_date_run_into_a_longer_line_or_a_table_row_is_no_dateline():
    # blind60 dr_05: an OCR run the headline and the stamp together (its gold is yearless)
    assert _posted("第35个爱国卫生月活\n动启动2023-03-2517:12:38上海宝山(资料图片)市爱卫办介绍") is None
    assert _posted("2023-03-01\t开展自查\t县农业农村局") is None
    assert _posted("2024-09-11起,市民可在活动网页报名参加比赛。") is None
