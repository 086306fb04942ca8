"""Layouts blind65's misses showed that earlier notices show too, each read from its notice's file through its reader."""
from __future__ import annotations


def test_a_school_sites_post_byline_gives_the_poster_and_the_date(corpus_plan):
    # a 彰化 school's relay of 交通部觀光局's 寫生比賽 函 (blind65 dw_11, Big5): `陳美娟 - 訓育組長 | 2016-03-23 | 人氣:155`
    # over its `轉知:` line; the same school's relay of a 口罩 公告 (blind47 de_10): `COVID-19 林君穗 - 護理師 | 2023-06-06 |
    # 人氣:438`; the poster with the post after ` - `, and the post's date where nothing else dates the notice
    plan = corpus_plan("blind65/docs/dw_11.txt")
    assert [(p.name, p.title) for p in plan.people] == [("陈美娟", "训育组长")]
    assert plan.meta.date == "2016-03-23"
    plan = corpus_plan("blind47/docs/de_10.txt")
    assert [(p.name, p.title) for p in plan.people] == [("林君穗", "护理师")]
    assert plan.meta.date == "2023-06-06"
