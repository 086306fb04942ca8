"""Organisations and people the held-out sets missed in families of at least two notices (session 36, fixEnt28), each
read from its notice's file through its reader, or from a short excerpt."""
from __future__ import annotations

from extractor.extract.organizations import find_mentions


def _orgs(plan) -> set[str]:
    return {o.name for o in plan.organizations}


def test_a_zones_committee_written_alone_is_the_own_zones(corpus_plan):
    # `…已经管委会同意,现印发给你们` (blind17 ca_08, 金华经济技术开发区): a bare 管委会 is the notice's own zone's committee,
    # as a bare 妇联 is the own division's (own_division_bodies; blind49 dg_02 `区委、管委会的重大决策部署`)
    assert "管委会" in _orgs(corpus_plan("blind17/docs/ca_08.ofd"))


def test_a_bare_zone_committee_beside_a_collectives_governments_is_no_own_body(corpus_plan):
    # `各县(市、区)政府(管委会)` (blind52 dj_03), `各县、区人民政府(管委会)负责落实` (blind52 dj_06), `…高新区党工委和管委会`
    # (blind59 dq_01): the zones' committees of a collective, none of them named
    assert "管委会" not in _orgs(corpus_plan("blind52/docs/dj_03.docx"))
    assert "管委会" not in _orgs(corpus_plan("blind52/docs/dj_06.pdf"))
    assert "管委会" not in _orgs(corpus_plan("blind59/docs/dq_01.html"))
    named = [m for m in find_mentions("各县、区人民政府(管委会)负责落实。") if m.name == "管委会"]
    assert named and all(m.collective for m in named)
