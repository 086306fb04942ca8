"""Layouts blind77's misses showed that other notices show too, each read from its notice's file through its reader."""
from __future__ import annotations


def test_an_audit_teams_leader_on_the_contact_line_is_a_person(corpus_plan):
    # two audit offices' 审计公告 name the team's leader beside its phone: 杭州市审计局 (blind77 ei_01, DOCX) `审计组组长:钱晓能
    # 联系电话:85255782`, 杭州高新区(滨江)审计局 (ei_02, PDF, converted script) `審計組組長:沈惠娟?????聯系電話:86706003`
    for name, stem in (("钱晓能", "ei_01.docx"), ("沈惠娟", "ei_02.pdf")):
        people = {(p.name, p.title) for p in corpus_plan(f"blind77/docs/{stem}").people}
        assert (name, "审计组组长") in people, people


def test_an_auditor_generals_post_before_the_name_names_a_person(corpus_plan):
    # 澳門審計署's release (blind77 ei_09, HTML) `審計長何永安今日在立法會全體大會上介紹…`, as gov.mo's 2019 release writes it;
    # 聯合報's report (ei_11, Big5) `現任審計長陳瑞敏…`, the name written again, and not its `為使審計長任期順利銜接`
    assert "何永安" in [p.name for p in corpus_plan("blind77/docs/ei_09.html").people]
    names = [p.name for p in corpus_plan("blind77/docs/ei_11.txt").people]
    assert "陈瑞敏" in names and "任期" not in names, names


def test_a_term_ending_on_a_day_is_a_deadline(corpus_plan):
    # GOV.MO's release of 衛生局 (blind75 eg_10, UTF-8) `使用期限將於2025年4月30日屆滿`
    assert "2025-04-30" in [d.date for d in corpus_plan("blind75/docs/eg_10.txt").deadlines]


def test_a_stored_pages_date_stamp_gives_a_yearless_day_its_year(corpus_plan):
    # 聯合報's report (blind77 ei_11, Big5) opens with the stored page's stamp ` date 2025-09-19 `; its `任期將於10月1日屆滿`
    # is 2025's
    assert "2025-10-01" in [d.date for d in corpus_plan("blind77/docs/ei_11.txt").deadlines]
