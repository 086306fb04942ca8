"""Layouts blind34's misses showed that earlier notices or other public pages show too, each read from its notice's file
through its reader."""
from __future__ import annotations

from extractor import parse


def test_a_speaker_named_before_the_post_who_gives_a_greeting(corpus_plan):
    # a programme's opening speech `致…辞`, as 致辞: `主要议程有:雷春荣局长致新春贺辞、…` (a bureau's tea-party notice,
    # blind34 cr_05); blind28 cl_02's programme has `致开幕词`, `致欢迎辞` the same way
    people = {p.name: p.title for p in corpus_plan("blind34/docs/cr_05.txt").people}
    assert people == {"雷春荣": "局长"}


def test_a_greeting_is_no_letter():
    text = "关于开展活动的通知\n各单位:\n市长致信全体市民,号召大家积极参与。\n市政府办公室\n2024年1月5日"
    assert parse(text.encode("utf-8"), filename="letter.txt").people == []


def test_a_closing_roc_date_in_figures_after_the_signers_greeting(corpus_plan):
    # `總務處敬啟 103.6.12` closing a 臺北 school's notice to parents (blind34 cr_12): the office signs, the ROC date in
    # figures is the notice's, as blind28 cl_11's `108/06/19` under its signing lines
    meta = corpus_plan("blind34/docs/cr_12.txt").meta
    assert (meta.issuer, meta.date) == ("总务处", "2014-06-12")


def test_a_closing_gregorian_date_with_dots(corpus_plan):
    # `督导办` over `2018.6.4` closing a college office's notice (blind31 co_03, a .doc): the date, and so the year of its
    # `6月6日` returns
    plan = corpus_plan("blind31/docs/co_03.doc")
    assert (plan.meta.issuer, plan.meta.date) == ("督导办", "2018-06-04")
    assert "2018-06-06" in [d.date for d in plan.deadlines]


def test_a_dotted_figure_inside_the_text_is_no_date():
    text = "关于版本升级的通知\n各单位:\n请于3月1日前将系统升级到版本\n2018.6.4\n信息中心\n2024年2月1日"
    assert parse(text.encode("utf-8"), filename="v.txt").meta.date == "2024-02-01"


def test_a_window_for_applications_with_who_applies_between(corpus_plan):
    # `社署將於2024年8月27日(星期二)至2024年9月9日(星期一)接受院舍提交新配額申請` (社會福利署's page, blind34 cr_09): the
    # period of the applications, as blind23 cg_09's `接受原區和跨區重置申請` puts who applies between 接受 and 申請
    periods = [(d.start, d.date) for d in corpus_plan("blind34/docs/cr_09.txt").deadlines if d.start]
    assert periods.count(("2024-08-27", "2024-09-09")) == 2


def test_an_interview_is_no_window():
    text = "关于活动的通知\n各单位:\n2024年4月至5月,局长接受中央电视台记者采访申请。\n市教育局\n2024年3月1日"
    assert parse(text.encode("utf-8"), filename="i.txt").deadlines == []
