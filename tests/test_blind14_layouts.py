"""Layouts of the blind14 notices (corpus/blind14, SOURCES.md there): Macau gazette notices, Hong Kong releases and
Taiwan school reposts as stored, in Big5 and GB18030 text, a .doc and a site page; what they showed missing."""
from __future__ import annotations

from pathlib import Path

import pytest
from test_blind_layouts import cached_plans

DOCS = Path(__file__).resolve().parent.parent / "corpus" / "blind14" / "docs"


@pytest.fixture(scope="module")
def plan():
    return cached_plans(DOCS)


def test_a_macau_notice_is_signed_and_dated_by_its_sign_off_line(plan):
    """`二零二三年八月二十九日於市政署` under the 公告, another notice after it (bx_01); a Big5 text that starts with the
    sign-off of the notice before it (bx_02): the first sign-off with text above it."""
    a, b = plan("bx_01.txt"), plan("bx_02.txt")
    assert (a.meta.issuer, str(a.meta.date)) == ("市政署", "2023-08-29")
    assert (b.meta.issuer, str(b.meta.date)) == ("财政局", "2022-12-13")


def test_a_macau_order_is_dated_over_its_signing_head(plan):
    p = plan("bx_03.doc")
    assert str(p.meta.date) == "2000-05-29"
    assert ("何厚铧", "行政长官") in {(x.name, x.title) for x in p.people}


def test_a_macau_act_is_numbered_by_its_number_first_line(plan):
    """`第98/2000號行政長官批示` heads the order (bx_03): its number, the act's kind after it."""
    assert plan("bx_03.doc").meta.doc_number == "第98/2000号行政长官批示"


def test_events_set_for_a_day_and_hour_and_windows_are_deadlines(plan):
    """開標日期定於…上午十時正,於本署培訓中心(…)進行; 安排於…舉行公開解釋會 (bx_01); 於…一月一日至四月十五日的期間內 (bx_02)."""
    dates = [str(d.date) for d in plan("bx_01.txt").deadlines]
    assert dates == ["2023-09-21", "2023-09-22", "2023-09-12"]
    assert ("2023-01-01", "2023-04-15") in {(str(d.start), str(d.date)) for d in plan("bx_02.txt").deadlines}


def test_a_release_with_spaces_between_its_characters_reads_its_year(plan):
    """`二 ○ ○ 四 年 八 月 十 一 日` under a cmab.gov.hk release (bx_10): its date, and 今年九月三十日 of that year."""
    p = plan("bx_10.txt")
    assert str(p.meta.date) == "2004-08-11"
    assert {str(d.date) for d in p.deadlines} == {"2004-09-30"}


def test_a_hong_kong_release_for_a_body_with_its_enquiry_line(plan):
    """`下稿代…發出:` is no 主送; the headline `《小學概覽2016》出版`; each office's number of the enquiry line (bx_09)."""
    p = plan("bx_09.html")
    assert p.meta.title == "《小学概览2016》出版" and p.meta.recipients == []
    assert [c.phone for c in p.contacts] == ["2863 4646", "3698 4108", "2639 4876", "2437 7272", "3698 4376"]
    assert all(c.name is None for c in p.contacts)
    assert "若子女未有入读这些学校" not in {o.name for o in p.organizations}
