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


def _names(text: str) -> list[str]:
    return [m.name for m in find_mentions(text) if not m.collective]


def test_a_sanction_or_premises_after_a_word_is_no_office():
    # 处分 (a disciplinary sanction) and 处所 (premises) end no name in 处: `给予相应处分` (blind45 dc_04), `记大过处分` (blind53
    # dk_05), `住宅处所` (blind59 dq_08, dq_09); an office before 分别 or 所属 still ends in 处
    assert _names("并根据中华人民共和国大气污染防治法有关规定给予相应处分。县交通局、公路局。") == ["县交通局", "公路局"]
    assert _names("对1人予以记大过处分,对2人诫勉谈话") == []
    assert _names("环境保护署推出《减废回收约章》予私人住宅处所,以提升私人住宅处所住户的回收意识") == ["环境保护署"]
    assert "县民政局社会事务处" in _names("县民政局社会事务处分别负责")


def test_sanctions_and_premises_in_notices(corpus_plan):
    assert "予相应处" not in _orgs(corpus_plan("blind45/docs/dc_04.pdf"))
    assert "记大过处" not in _orgs(corpus_plan("blind53/docs/dk_05.ofd"))
    assert "住宅处" not in _orgs(corpus_plan("blind59/docs/dq_08.pdf"))
    assert "予私人住宅处" not in _orgs(corpus_plan("blind59/docs/dq_09.doc"))
