"""Layouts of the blind13 notices (corpus/blind13: real mainland notices nobody tuned the rules on, stored pages,
SOURCES.md there) that the parser missed on arrival and now reads."""
from __future__ import annotations

from pathlib import Path

import pytest
from test_blind_layouts import cached_plans

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.fixture(scope="module")
def plans():
    return cached_plans(CORPUS / "blind13" / "docs")


@pytest.fixture(scope="module")
def found():
    return cached_plans(CORPUS / "blind13" / "found")


def test_a_notice_saved_on_one_line_keeps_its_title_and_its_addressees(plans):
    # 兰州 转发 notice: `…的通知 各县、区人民政府,市政府各有关部门: 2005年11月11日至14日,…`, its annex's own 主送 after it
    plan = plans("bw_03.txt")
    assert plan.meta.title.startswith("兰州市人民政府办公厅转发") and plan.meta.title.endswith("通报的通知")
    assert plan.meta.recipients == ["各县", "区人民政府", "市政府各有关部门"]
    assert plan.meta.date == "2005-11-21"


def test_a_contact_bracket_over_two_lines_under_the_date_is_the_notices(found, plans):
    # 广州市教育局: `（广州市教育局联系人：吴勇，联系电话：22083673；` / `广州教育学会联系人：杜静香，联系电话：83180464)`
    for plan in (found("bw_08.txt"), plans("bw_08.pdf")):
        assert [(c.name, c.phone) for c in plan.contacts] == [("吴勇", "22083673"), ("杜静香", "83180464")]
        assert (plan.meta.issuer, plan.meta.date) == ("广州市教育局", "2020-01-07")


def test_an_inspections_tallies_are_no_targets(plans):
    # 督察通报: `问题率为6%,较上期(5.9%)上升0.1个百分点`, `问题率为22.9%`
    assert plans("bw_02.html").targets == []


def test_a_central_district_is_no_centre(plans):
    # 长清区: `加快建设现代化山水魅力中心城区`
    assert not any("中心" in o.name for o in plans("bw_01.txt").organizations)


def test_a_consultation_pages_labels_are_no_addressees_and_its_letter_keeps_its_title(plans):
    # 遂宁市水利局's 意见征集 page: `主题:` / the letter's title / `时限:` … over the letter and its `市直有关部门:`
    plan = plans("bw_05.txt")
    assert plan.meta.recipients == ["市直有关部门"]
    assert plan.meta.title == "遂宁市人民政府防汛抗旱指挥部办公室关于征求《遂宁市防汛应急预案(征求意见稿)》修改意见的函"


def test_six_digits_under_the_signing_body_are_its_date_not_a_copy_number(plans):
    # 上海市宝山区人民政府办公室 over `202218` (2022年1月8日 with 年, 月 and 日 lost), the annex's title under it
    plan = plans("bw_11.ofd")
    assert (plan.meta.issuer, plan.meta.date, plan.meta.copy_number) == ("上海市宝山区人民政府办公室", "2022-01-08", None)


def test_an_area_code_typed_with_a_doubled_hyphen_is_the_contacts_phone(plans):
    # 河南省科技厅 (2012): `联系人:马骥` / `联系电话:0371--65956924、65907827`, the fax `0371--65952825` above no contact
    phones = {(c.name, c.phone) for c in plans("bw_04.docx").contacts}
    assert {("马骥", "0371--65956924"), ("马骥", "65907827")} <= phones
    assert not any(p and "65952825" in p for _, p in phones)
