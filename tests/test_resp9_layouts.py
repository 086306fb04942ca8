"""Duty layouts found in the sets' misses and extras (branch fixResp9), each read from its notice's file through
its reader."""
from __future__ import annotations

from pathlib import Path

import pytest
from test_blind_layouts import cached_plans

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.fixture(scope="module")
def plans():
    return cached_plans(CORPUS)


def _orgs(plan) -> set[str]:
    return {r.org for r in plan.responsibilities}


def test_a_plan_heading_of_a_unit_shape_heads_no_duty_list(plans):
    # `一、着力构建高效协同的数字政府` over `（一）提升政务服务效能` (blind29 cm_02), `(三)着力稳定烟区` (blind5 bm_05)
    assert "着力构建高效协同的数字政府" not in _orgs(plans("blind29/docs/cm_02.docx"))
    assert "着力稳定烟区" not in _orgs(plans("blind5/docs/bm_05.html"))


def test_a_named_unit_heading_still_heads_its_duty_list(plans):
    # `1.客户服务部（1）通气点火：…` (dev he_06)
    duties = {(r.org, r.duty) for r in plans("dev/docs/he_06.pdf").responsibilities if r.rule == "duty_list"}
    assert ("客户服务部", "通气点火") in duties
