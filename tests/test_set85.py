"""Layouts blind85's misses showed that other notices show too, each read from its notice's file through its reader."""
from __future__ import annotations

from extractor.extract.people import run_snippet as people_in
from extractor.extract.responsibilities import run_snippet as duties_in


def test_a_year_word_before_will_keeps_the_bodys_action(corpus_plan):
    # the GovHK item mirrored by technow (blind85 eq_09, Big5 text) `民政事務總署明年會增加兩間少數族裔人士支援服務中心`;
    # bj.crntt.com's `局方今年会继续提供资源…` and news-zx's `當局明年會選定小區推行…` write the same order
    duties = {(r.org, r.role) for r in corpus_plan("blind85/docs/eq_09.txt").responsibilities}
    assert ("民政事务总署", "lead") in duties, duties
    found = [d["org"] for d in duties_in("她表示,社会福利署今年会推出新的资助计划。")]
    assert found == ["社会福利署"], found
    assert duties_in("天文台预测,今年会有五至八个热带气旋吹袭香港。") == []


def test_the_order_of_a_days_programme_gives_no_duty(corpus_plan):
    # 臺南市民政局's 講習 (eq_11, UTF-8 text) `講習首先由民政局講解…,接續由內政部講座說明…`: who spoke at a past day
    assert [r.org for r in corpus_plan("blind85/docs/eq_11.txt").responsibilities] == []
    assert [d["org"] for d in duties_in("具体工作由国家黄金局等单位承担。")] == ["国家黄金局"]


def test_a_legco_reply_names_the_member_and_the_official(corpus_plan):
    # the opening line of a 立法會 question and its written reply: eq_08 (HTML), blind83 eo_08 (HTML), blind82 en_08
    people = {(p.name, p.title) for p in corpus_plan("blind85/docs/eq_08.html").people}
    assert {("李慧琼", "议员"), ("林瑞麟", "政制及内地事务局局长")} <= people, people
    names = {p.name for p in corpus_plan("blind83/docs/eo_08.html").people}
    assert {"陈恒镔", "丘应桦"} <= names, names
    found = {p["name"] for p in people_in(
        "以下是今日(十一月二十九日)在立法会会议上叶刘淑仪议员的提问和政务司司长陈国基的书面答复:")}
    assert found == {"叶刘淑仪", "陈国基"}, found


def test_the_govhk_banner_is_the_frame(corpus_plan):
    # technow's mirrors of GovHK items close on `GovHK香港政府` (blind85 eq_09, blind52 dj_08), read as a body 香港政府
    for path in ("blind85/docs/eq_09.txt", "blind52/docs/dj_08.txt"):
        names = {o.name for o in corpus_plan(path).organizations}
        assert "香港政府" not in names, (path, names)
