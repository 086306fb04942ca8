"""Session 43's organisation and people fixes (fixOrg43), each asserted on the real notice it came from."""
from __future__ import annotations

import functools
from pathlib import Path

import pytest

from extractor import parse

_CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@functools.cache
def _plan(rel: str):
    path = _CORPUS / rel
    if not path.exists():
        pytest.skip(f"{rel} is not in this checkout")
    return parse(str(path))


def _people(rel: str) -> dict:
    return {p.name: p.title for p in _plan(rel).people}


def _orgs(rel: str) -> set:
    return {o.name for o in _plan(rel).organizations}


@pytest.mark.parametrize("rel, member, official, post", [
    ("blind82/docs/en_08.txt", "叶刘淑仪", "陈国基", "政务司司长"),
    ("blind83/docs/eo_08.html", "陈恒镔", "丘应桦", "商务及经济发展局局长"),
])
def test_legco_question_names_the_member_and_the_official_who_answers(rel, member, official, post):
    people = _people(rel)
    assert people.get(member) == "议员"
    assert people.get(official) == post


@pytest.mark.parametrize("rel, name, wrong", [
    ("blind82/docs/en_02.txt", "市档案馆", "时丰富市档案馆"),
    ("blind58/docs/dp_04.pdf", "镇防汛抗旱指挥部", "时调整镇防汛抗旱指挥部"),
])
def test_an_adverb_and_its_verb_are_no_part_of_the_name(rel, name, wrong):
    orgs = _orgs(rel)
    assert name in orgs and wrong not in orgs


@pytest.mark.parametrize("rel, name, title", [
    ("blind84/docs/ep_12.doc", "张春香", "联络人"),
    ("blind68/docs/dz_12.pdf", "郭燕玲", "科长"),
])
def test_a_taiwan_news_release_names_its_press_contact_in_its_head(rel, name, title):
    assert _people(rel).get(name) == title


def test_a_married_womans_two_surnames_alone_are_no_second_person():
    people = _people("blind84/docs/ep_12.doc")
    assert people.get("黄吕锦茹") == "台北市政府民政局长"
    assert "黄吕" not in people
