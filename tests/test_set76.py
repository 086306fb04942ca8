"""Layouts blind76's misses showed that other notices show too, each read from its notice's file through its reader."""
from __future__ import annotations


def test_an_officials_name_is_bounded_by_the_day_of_the_act(corpus_plan):
    # a news report names an official by the post right before the name, then the day of what the official does:
    # 香港中通社's `署理保安局局長卓孝業6日下午主持跨部門會議` (blind76 eh_08, Big5-HKSCS), 行政院's `行政院長毛治國今(9)日在
    # 行政院會…表示` (blind76 eh_11, a scan read by OCR), `財政司司長陳茂波2023年3月10日出席記者會` (blind73 ee_08, UTF-8)
    for path, name in (("blind76/docs/eh_08.txt", "卓孝业"), ("blind76/docs/eh_11.pdf", "毛治国"),
                       ("blind73/docs/ee_08.txt", "陈茂波")):
        names = [p.name for p in corpus_plan(path).people]
        assert name in names, (path, names)


def test_an_editors_byline_after_the_report_names_the_editor(corpus_plan):
    # the editor's byline closing a news report, in brackets or on its own line: 香港中通社's `(完) 【編輯:王瑶】` (blind76
    # eh_08, Big5-HKSCS), 中新社's `编辑:陈少婷` under `(完)` (blind73 ee_10, GB18030), `(编辑:陈沛沛)` (blind68 dz_04, a PDF)
    for path, name in (("blind76/docs/eh_08.txt", "王瑶"), ("blind73/docs/ee_10.txt", "陈少婷"),
                       ("blind68/docs/dz_04.pdf", "陈沛沛")):
        people = {p.name: p.title for p in corpus_plan(path).people}
        assert people.get(name) == "编辑", (path, people)


def test_a_news_agency_of_the_dateline_is_an_organisation(corpus_plan):
    # the agency whose dateline opens the report, as 新华社: 香港中通社 (`香港中通社10月6日電`, blind76 eh_08, Big5-HKSCS),
    # 中新社 (`中新社澳门4月12日电`, blind73 ee_10, GB18030), 中央社 (`(中央社記者郝雪卿台中18日電)`, blind73 ee_12, Big5)
    for path, name in (("blind76/docs/eh_08.txt", "香港中通社"), ("blind73/docs/ee_10.txt", "中新社"),
                       ("blind73/docs/ee_12.txt", "中央社")):
        names = [o.name for o in corpus_plan(path).organizations]
        assert name in names, (path, names)


def test_a_hong_kong_or_macau_body_whose_name_holds_ji_is_read_whole(corpus_plan):
    # 及 inside a name, not between two: 保安局's `緊急事故監察及支援中心` (blind76 eh_08, eh_09) and Macau's
    # `經濟及科技發展局` (blind73 ee_09, UTF-8; blind50 dh_09, a PDF)
    for path, name in (("blind76/docs/eh_09.txt", "紧急事故监察及支援中心"), ("blind73/docs/ee_09.txt", "经济及科技发展局"),
                       ("blind50/docs/dh_09.pdf", "经济及科技发展局")):
        names = [o.name for o in corpus_plan(path).organizations]
        assert name in names, (path, names)
