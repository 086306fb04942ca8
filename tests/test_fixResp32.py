"""Responsibilities fixed in session 40 (fixResp32), each read from its notice's file through its reader and, where a
rule is general, on a fragment of the same grammar."""
from __future__ import annotations

from extractor.extract.responsibilities import run_snippet


def duties_of(plan) -> set[tuple[str, str, str]]:
    return {(r.org, r.role, r.duty) for r in plan.responsibilities}


def test_a_meetings_decision_or_passing_is_no_duty(corpus_plan):
    # blind69 ea_01 `…市科技特派员工作联席会议研究审定,决定选认…`; blind17 ca_12 `已经地委、行署研究通过,现印发给你们`
    assert not duties_of(corpus_plan("blind69/docs/ea_01.txt"))
    assert run_snippet("《阿里地区行政公署工作规则》已经地委、行署研究通过,现印发给你们,请认真贯彻执行。") == []
    # a body's own study of a matter stays its duty
    got = run_snippet("县农业农村局研究制定具体实施办法。")
    assert [(r["org"], r["duty"]) for r in got] == [("县农业农村局", "研究制定具体实施办法")]


def test_a_taiwan_committees_head_is_a_person_no_subject(corpus_plan):
    # blind70 eb_12 `由退輔會主委嚴德發親自主持`; blind28 cl_05's 主委 (民盟)
    assert not duties_of(corpus_plan("blind70/docs/eb_12.txt"))
    assert run_snippet("大会在中彰荣誉国民之家举办，由退辅会主委严德发亲自主持。") == []
