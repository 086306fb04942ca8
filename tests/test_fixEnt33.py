"""A wire's dateline (blind73 ee_10, ee_12): the agency heading it is an organisation, the reporter named in it between
the post and the place the report was filed from a person, each read from its notice's file through its reader."""
from __future__ import annotations


def test_a_wires_agency_before_its_place_and_day_is_an_organisation(corpus_plan):
    # `中新社澳门4月12日电 (记者 龙土有)` heading a 中国新闻网 item on Macau's 电子消费优惠计划 (blind73 ee_10)
    names = [o.name for o in corpus_plan("blind73/docs/ee_10.txt").organizations]
    assert "中新社" in names, names


def test_a_reporter_in_a_wires_dateline_is_a_person_and_the_agency_a_body(corpus_plan):
    # `(中央社記者郝雪卿台中18日電)` opening a 中央社 report on 台中's 物調券 (blind73 ee_12): the name ends where the
    # division 台中 starts
    plan = corpus_plan("blind73/docs/ee_12.txt")
    people = {p.name: p.title for p in plan.people}
    assert people.get("郝雪卿") == "记者", people
    names = [o.name for o in plan.organizations]
    assert "中央社" in names, names
