"""Layouts blind53's misses showed that earlier notices show too, each read from its notice's file through its reader."""
from __future__ import annotations


def test_a_roc_dateline_led_by_a_bullet_dates_the_page(corpus_plan):
    # 監察院's news page (blind53 dk_08): `  • 日期:109-11-02` under its headline, the ROC date after `日期:` as a Taiwan
    # town office writes it (`日期：113-04-10資料來源：清潔隊`, blind41 cy_11) and led by a bullet as a ministry's news list
    # leads its Gregorian date (`• 2024/03/08`, blind4 bk_08): the page's date, and the headline above it its title
    meta = corpus_plan("blind53/docs/dk_08.pdf").meta
    assert meta.date == "2020-11-02"
    assert meta.title.replace(" ", "") == "监察院109年10月份提出调查报告4案纠正3案函请改善7案"
    assert corpus_plan("blind41/docs/cy_11.pdf").meta.date == "2024-04-10"


def test_the_ombudsmans_office_is_named_whole(corpus_plan):
    # `申訴專員公署在二○二三至二四年度…` (blind53 dk_10) and `發表申訴專員公署二〇一八年工作簡報` (dk_11): the office the
    # Hong Kong government's list names, not `专员公署` cut after the verb-like 申诉
    for doc in ("blind53/docs/dk_10.txt", "blind53/docs/dk_11.txt"):
        names = {o.name for o in corpus_plan(doc).organizations}
        assert "申诉专员公署" in names and "专员公署" not in names


def test_a_paper_forwarded_to_a_body_gives_it_no_duty(corpus_plan):
    # 監察院's monthly account (blind53 dk_08): `函请机关(构)说明、查处186件,送请机关参处142件,…` counts the cases sent on;
    # 送请, as 函请 and 转请, forwards a paper, it asks no duty of the body named after it (asked_after_task); the same
    # forwarding in a 台东 school bulletin, `…及组织章程送请学校转报本府备查` (blind10 bt_03), no duty either
    assert not any("142件" in r.duty for r in corpus_plan("blind53/docs/dk_08.pdf").responsibilities)
    assert corpus_plan("blind10/docs/bt_03.txt").responsibilities == []
