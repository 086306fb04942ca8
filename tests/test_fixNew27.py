"""Session 35 (fixNew27): responsibilities on real corpus notices."""
from __future__ import annotations

from pathlib import Path

from extractor.pipeline import parse

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _duties(plan):
    return [(r.org, r.duty) for r in plan.responsibilities]


def test_a_centre_head_chairing_after_you_is_no_duty():
    # blind60 dr_09 (a Hong Kong release): `会议由卫生署卫生防护中心总监黄加庆主持` names the person who chairs the
    # meeting, the body only the person's office; its gold holds no responsibility
    plan = parse(CORPUS / "blind60" / "docs" / "dr_09.doc")
    assert _duties(plan) == []


def test_chairing_person_after_a_post_in_a_text():
    plan = parse("会议由县农业农村局办公室主任李明主持。\n由县农业农村局负责组织实施。".encode(), filename="x.txt")
    assert _duties(plan) == [("县农业农村局", "组织实施")]


def test_the_public_convenience_closes_the_duty():
    # blind59 dq_10 (市政署): `…在本澳各区设置一百三十二个大体积垃圾收集站,方便居民弃置大扫除垃圾及大体积家具`
    plan = parse(CORPUS / "blind59" / "docs" / "dq_10.pdf")
    assert any(d.endswith("在本澳各区设置一百三十二个大体积垃圾收集站") for o, d in _duties(plan) if o == "市政署")
    assert not any("方便" in d for _, d in _duties(plan))
