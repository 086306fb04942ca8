"""Section and contact layouts that several notices share, each read from its notice's file through its reader."""
from __future__ import annotations


def test_a_portals_numbered_info_rows_are_no_outline(corpus_plan):
    # 石景山区商务局's 消费券 plan on Beijing's portal (blind73 ee_03, HTML): the info block's rows printed as an ordered list,
    # `1. [主题分类]…` to `8. [有效性]现行有效`, are its labelled fields; the plan's `一、活动主题` … `八、发放规则` stand at level 1
    plan = corpus_plan("blind73/docs/ee_03.html")
    sections = [(s.level, s.heading) for s in plan.sections]
    assert sections[:2] == [(1, "活动主题"), (1, "活动时间")], sections
    assert len(sections) == 8 and all(level == 1 for level, _ in sections), sections
    assert plan.meta.date == "2025-12-28"


def test_a_units_contact_card_is_no_section(corpus_plan):
    # 經濟及科技發展局's release on the 電子消費優惠計劃 (blind73 ee_09, UTF-8): `1. 經濟及科技發展局` and `2. 澳門金融管理局`, each over
    # its `電話:` and `電郵:` lines, are the cards of the units to ask, not sections; their contacts stay
    plan = corpus_plan("blind73/docs/ee_09.txt")
    assert [s.heading for s in plan.sections] == []
    assert {c.phone for c in plan.contacts} >= {"6299 8235", "2856 5088"}
