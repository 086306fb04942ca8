"""Section and contact layouts that several notices share, each read from its notice's file through its reader."""
from __future__ import annotations


def _outline(sections) -> list[tuple[int, str]]:
    """(level, heading) of every section, depth first."""
    return [(s.level, s.heading) for s in _flat(sections)]


def _flat(sections):
    for s in sections:
        yield s
        yield from _flat(s.children)


def test_a_portals_numbered_info_rows_are_no_outline(corpus_plan):
    # 石景山区商务局's 消费券 plan on Beijing's portal (blind73 ee_03, HTML): the info block's rows printed as an ordered list,
    # `1. [主题分类]…` to `8. [有效性]现行有效`, are its labelled fields; the plan's `一、活动主题` … `八、发放规则` stand at level 1
    plan = corpus_plan("blind73/docs/ee_03.html")
    sections = _outline(plan.sections)
    assert sections[:2] == [(1, "活动主题"), (1, "活动时间")], sections
    assert len(sections) == 8 and all(level == 1 for level, _ in sections), sections
    assert plan.meta.date == "2025-12-28"


def test_a_units_contact_card_is_no_section(corpus_plan):
    # 經濟及科技發展局's release on the 電子消費優惠計劃 (blind73 ee_09, UTF-8): `1. 經濟及科技發展局` and `2. 澳門金融管理局`, each over
    # its `電話:` and `電郵:` lines, are the cards of the units to ask, not sections; their contacts stay
    plan = corpus_plan("blind73/docs/ee_09.txt")
    assert _outline(plan.sections) == []
    assert {c.phone for c in plan.contacts} >= {"6299 8235", "2856 5088"}


def test_a_preview_cut_at_sentences_loses_its_page_numbers(corpus_plan):
    # 1wenmi.com's preview of a 市场监管局 plan (blind63 du_03, PDF): `1、` before the document's name is its first page's
    # number, `2、` opening `务在中小学…` under `3、重点任` its second's; the plan's own `1、指导思想…` to `4、实施步骤` are its
    # top level, their set headings cut where they run into their paragraphs
    sections = _outline(corpus_plan("blind63/docs/du_03.pdf").sections)
    assert sections[:4] == [(1, "指导思想"), (1, "工作目标"), (1, "重点任务"), (1, "实施步骤")], sections
    assert (2, "排查整治阶段(2024年1月-2月)") in sections, sections


def test_a_contact_persons_label_naming_its_office_is_an_entry(corpus_plan):
    # a college's 英语竞赛 notice (blind46 dd_07, PDF): `4、学生工作处报名联系人:余宝睿` and `5、报名截止时间:2012年2月21日。`
    # after the sentence `3、对于…予以奖励与表彰。` are entries of its list, as `五、本案聯絡人:…` is in blind71 ec_12
    assert _outline(corpus_plan("blind46/docs/dd_07.pdf").sections) == [(1, "报名形式"), (1, "报名经费")]
