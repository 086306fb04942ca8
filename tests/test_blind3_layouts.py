"""Layouts of the blind3 notices (corpus/blind3: real notices in binary formats nobody tuned the rules on,
SOURCES.md there), each read from its file through its reader: the meta, people and deadline rules they
showed missing."""
from __future__ import annotations

from pathlib import Path

import pytest
from test_blind_layouts import cached_plans

DOCS = Path(__file__).resolve().parent.parent / "corpus" / "blind3" / "docs"


@pytest.fixture(scope="module")
def plans():
    return cached_plans(DOCS)


def test_joint_issuers_signing_one_per_line_are_one_issuer(plans):
    # 岳办发〔2017〕2号 (a Word-exported page): `中共岳阳市委办公室` / `岳阳市人民政府办公室` / `2017年1月10日`
    meta = plans("bf_06.html").meta
    assert (meta.issuer, meta.date) == ("中共岳阳市委办公室、岳阳市人民政府办公室", "2017-01-10")


def test_a_signature_under_its_date_is_the_issuer(plans):
    # 榕江县林长制办公室 (a PDF): the page puts `2024年5月15日` above the signing office
    meta = plans("bf_02.pdf").meta
    assert (meta.issuer, meta.date) == ("榕江县林长制办公室", "2024-05-15")


def test_a_headline_without_number_yields_to_the_formal_title_below(plans):
    # a vendor's page: headline `安徽省统计局公文处理工作办法` (also the page's <title>), a `核心提示:` teaser that
    # repeats the head, then the notice's own title over `皖统〔2012〕77号` and the 主送 line
    meta = plans("bf_14.html").meta
    assert meta.title == "关于修订印发《安徽省统计局公文处理工作办法》的通知"
    assert (meta.doc_number, meta.issuer, meta.date) == ("皖统〔2012〕77号", "安徽省统计局", "2012-11-14")
    assert [s.heading for s in plans("bf_14.html").sections] == ["总则"]


def test_every_name_of_a_contact_list_and_a_head_cited_by_post(plans):
    # 成都市政府办公厅 2001 (a DOC of a traditional-script page): `李春城市長的批示`, `聯系人:林曉勤、劉軼、蒲發友;`
    people = {p.name: p.title for p in plans("bf_10.doc").people}
    assert people == {"李春城": "市长", "林晓勤": "联系人", "刘轶": "联系人", "蒲发友": "联系人"}
    assert [(c.name, c.phone) for c in plans("bf_10.doc").contacts] == [("林晓勤", "6633479")]


def test_the_comrade_at_the_core_is_a_person(plans):
    # 太湖县 工作规则 (an OFD): `在以习近平同志为核心的党中央坚强领导下`
    assert [(p.name, p.title) for p in plans("bf_07.ofd").people] == [("习近平", "同志")]


def test_a_date_bounding_residence_is_no_deadline(plans):
    # 泸龙府办函〔2020〕49号 (a PDF): `1.2020年6月11日前,户籍在龙马潭区的…` is a condition; `2.2020年6月11日前,在
    # 龙马潭区购买商品住宅…的` is still read as a deadline (a purchase before a date may be the action asked for)
    plan = plans("bf_03.pdf")
    assert [d.date for d in plan.deadlines] == ["2020-06-11"]
    assert [(t.value, t.unit) for t in plan.targets] == [(100, "%")]


def test_a_unit_after_the_preposition_yu_and_the_party_committee_of_a_province(plans):
    # bf_14 (安徽省统计局 办法): `本办法适用于局机关各处室` names no `法适用于局`; bf_09 (山东 预算 意见, no issuer read):
    # `省委十届十次全会` is the `中共山东省委` its cited title names
    assert "法适用于局" not in {o.name for o in plans("bf_14.html").organizations}
    assert "省委" not in {o.name for o in plans("bf_09.pdf").organizations}


def test_a_heading_in_one_sentence_over_its_tasks_stays_a_heading(plans):
    # 丽水 责任分工: `（一）全力以赴拼经济稳增长促发展。` opens its list, over tasks `10.…。` / `责任单位:…`; only an item after a
    # sentence of its list, with sentences under it, is a sentence too (blind10 bt_07)
    headings = []

    def walk(sections):
        for s in sections:
            headings.append((s.level, s.heading))
            walk(s.children)
    walk(plans("bf_12.docx").sections)
    assert (2, "全力以赴拼经济稳增长促发展") in headings
