"""Layouts blind75's misses showed that other notices show too, each read from its notice's file through its reader."""
from __future__ import annotations


def _people(plan) -> dict:
    return {p.name: p.title for p in plan.people}


def test_a_news_reports_closing_editor_byline_names_its_editor(corpus_plan):
    # `[編輯: 宮建華 ]` under 马鞍山新闻网's item on 国家医保局's 2021 通知 (blind75 eg_05, GB18030), `编辑:陈少婷` closing
    # 中新社's report on Macau's 电子消费优惠计划 (blind73 ee_10, GB18030): both after the body's end
    assert _people(corpus_plan("blind75/docs/eg_05.txt")).get("宫建华") == "编辑"
    assert _people(corpus_plan("blind73/docs/ee_10.txt")).get("陈少婷") == "编辑"


def test_a_portal_frames_editor_label_names_nobody(corpus_plan):
    # `来源: 芜湖市教育局阅读次数:编辑:倪雪梅 字体:` is the page's frame, not a byline (blind30 cn_01, its gold without her)
    assert "倪雪梅" not in _people(corpus_plan("blind30/docs/cn_01.txt"))


def test_an_agency_datelines_reporter_is_read_before_the_place(corpus_plan):
    # `(中央社記者曾以寧台北16日電)` (blind75 eg_12, UTF-8) and `(中央社記者郝雪卿台中18日電)` (blind73 ee_12, Big5): the
    # name runs up to the two characters of the place before the day
    assert _people(corpus_plan("blind75/docs/eg_12.txt")).get("曾以宁") == "记者"
    assert _people(corpus_plan("blind73/docs/ee_12.txt")).get("郝雪卿") == "记者"


def test_the_news_agencies_of_datelines_are_organisations(corpus_plan):
    # 中央社 (Taiwan's national news agency) and 中新社 by their short names, as 新华社
    assert "中央社" in {o.name for o in corpus_plan("blind75/docs/eg_12.txt").organizations}
    assert "中新社" in {o.name for o in corpus_plan("blind73/docs/ee_10.txt").organizations}


def test_taiwans_hospital_levels_are_no_organisations(corpus_plan):
    # `醫學中心或區域醫院藥費收取上限` (blind75 eg_11, Big5) and `基層診所、地區醫院維持…` (blind75 eg_12): the levels 健保's
    # co-payments are set by, not bodies; 中央健康保險署 (下稱健保署) is one
    levels = {"医学中心", "区域医院", "地区医院"}
    eg_11 = {o.name for o in corpus_plan("blind75/docs/eg_11.txt").organizations}
    eg_12 = {o.name for o in corpus_plan("blind75/docs/eg_12.txt").organizations}
    assert not levels & (eg_11 | eg_12), (eg_11, eg_12)
    assert "中央健康保险署" in eg_11


def test_a_schemes_payment_and_cover_windows_are_periods(corpus_plan):
    # 乌拉特前旗's 解读 `待遇享受期为2024年1月1日至2024年12月31日` (blind75 eg_06, OFD), 泉州's 征缴 news `补缴费时间:2018年1月1日
    # 至2月底` (blind75 eg_04, GB18030)
    eg_06 = [(d.start, d.date) for d in corpus_plan("blind75/docs/eg_06.ofd").deadlines]
    eg_04 = [(d.start, d.date) for d in corpus_plan("blind75/docs/eg_04.txt").deadlines]
    assert ("2024-01-01", "2024-12-31") in eg_06, eg_06
    assert ("2018-01-01", "2018-02-28") in eg_04, eg_04
