"""Layouts of the blind29 notices (corpus/blind29: real notices nobody tuned the rules on, SOURCES.md there), each read
from its file through its reader: the deadline and duty rules they showed missing."""
from __future__ import annotations


def test_schools_kept_closed_another_day_close_on_it(corpus_plan):
    # blind29 cm_09 (a Hong Kong school's page of the 教育局's notice, an OFD): `全港學校…明日(十一月十九日)繼續停課`, then
    # `星期三(十一月二十日)恢復上課`
    dates = [d.date for d in corpus_plan("blind29/docs/cm_09.ofd").deadlines]
    assert dates[:2] == ["--11-19", "--11-20"]


def test_a_past_action_after_a_leads_comma_is_no_duty(corpus_plan):
    # blind29 cm_01 (宣城市卫健委's pre-notice): `市卫健委牵头,会同市教体局起草了《…(代拟稿)》` recounts the drafting done
    duties = [(r.org, r.duty) for r in corpus_plan("blind29/docs/cm_01.txt").responsibilities]
    assert not any(org == "市卫健委" for org, _ in duties)


def test_a_macau_bureau_joined_with_and_keeps_its_name_and_short_form(corpus_plan):
    # blind29 cm_10 (教青局's news item, a scan read by OCR): `教育及青年發展局將於2023年1月…`, then `教青局將於…舉辦說明會`
    plan = corpus_plan("blind29/docs/cm_10.pdf")
    assert [o.name for o in plan.organizations] == ["教育及青年发展局"]
    assert {r.org for r in plan.responsibilities} == {"教育及青年发展局"}


def test_a_chair_after_by_named_before_the_post_is_a_person(corpus_plan):
    # blind29 cm_01 (宣城市爱卫办): `拟于近期由市政府办郑华主任主持召开…征求意见会`, the chair in running text as blind28 cl_02's
    # in brackets (`(市知联会陈群会长主持)`)
    people = {p.name: p.title for p in corpus_plan("blind29/docs/cm_01.txt").people}
    assert people.get("郑华") == "市政府办主任"
