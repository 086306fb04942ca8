"""Duty layouts found in the blind sets' misses (branch fixResp8), each read from its notice's file through its reader
and, where a rule is general, on fragments of the same grammar."""
from __future__ import annotations

from pathlib import Path

import pytest
from test_blind_layouts import cached_plans

from extractor.extract.responsibilities import run_snippet

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.fixture(scope="module")
def plans():
    plan = cached_plans(CORPUS)
    return lambda name: plan(name)


def duties_of(plan) -> set[tuple[str, str, str]]:
    return {(r.org, r.role, r.duty) for r in plan.responsibilities}


def test_what_a_unit_announces_of_itself_is_its_duty(plans):
    # a Hong Kong press release: `X今天宣布,由7月1日起,该署延长…` (blind20 cd_07), `X今日(二月三日)公布,该处由明日(二月四日)起
    # 只提供…` (blind25 ci_09): the clause of 该X, without its day
    assert ("地政总署", "lead", "延长各服务柜台周一至五的办公时间") in duties_of(plans("blind20/docs/cd_07.txt"))
    assert ("劳工处", "lead", "只提供紧急和必须公共服务") in duties_of(plans("blind25/docs/ci_09.ofd"))


def test_an_announcement_about_another_subject_gives_no_duty():
    # the release speaks of 政府 or of a body's services, not of 该X (blind5 bm_11)
    assert run_snippet("公务员事务局宣布,政府已实施第2阶段5天工作周,有关的服务单位本周六起,周六停止办公。") == []
