"""Layouts blind43's misses showed that earlier notices or other public pages show too, each read from its notice's file
through its reader."""
from __future__ import annotations

from extractor import parse


def _plan(text: str):
    return parse(text.encode(), filename="t.txt")


def test_roc_days_written_with_slashes_or_dots(corpus_plan):
    # `即日起至114/12/31(三)放學前截止報名` and `115/2/23~115/06/29` (a 新北 school's 114學年度 課後照顧班, blind43 da_11, Big5);
    # `上學期111.09.05~112.01.13,下學期112.02.16~112.06.20` (彰化 伸東國小's 111學年度 通知單, da_12, an OFD): the ROC year
    # before the month and day, +1911; a page's lone `最後更新日期:112/12/21` (blind32 cp_10) is no deadline
    days = [(d.start, d.date) for d in corpus_plan("blind43/docs/da_11.txt").deadlines]
    assert (None, "2025-12-31") in days and ("2026-02-23", "2026-06-29") in days
    days = [(d.start, d.date) for d in corpus_plan("blind43/docs/da_12.ofd").deadlines]
    assert ("2022-09-05", "2023-01-13") in days and ("2023-02-16", "2023-06-20") in days
    assert _plan("最后更新日期:112/12/21\n版本110.1.2").deadlines == []


def test_a_date_label_over_its_value_names_no_addressee(corpus_plan):
    # `發佈日期 :` / `最後更新日期 :` each over its date (da_11), as `刊登日期:` (blind20 cd_10) and `废止日期:` (blind27 ck_05)
    assert "最后更新日期" not in corpus_plan("blind43/docs/da_11.txt").meta.recipients
    assert _plan("标题\n刊登日期:\n2024-01-05\n县直各单位:\n现将有关事项通知如下。").meta.recipients == ["县直各单位"]


def test_a_main_unit_line_under_its_task(corpus_plan):
    # `1.地区生产总值比上年增长4.5%以上。` / `牵头领导:常务副区长` / `主要责任单位:区发展改革委` (北京市大兴区's 分工方案, da_01, a site
    # page): 主要责任单位 labels the lead on its line as in a task table's column (blind30 cn_02)
    duties = {(r.org, r.duty, r.role) for r in corpus_plan("blind43/docs/da_01.html").responsibilities}
    assert ("区发展改革委", "地区生产总值比上年增长4.5%以上", "lead") in duties


def test_a_month_first_set_and_put_off_sets_no_time(corpus_plan):
    # `原訂2022年3月份進行的復康用品檢查需延期` (a Hong Kong centre's notice, blind43 da_09, a .doc): the check is put off, as
    # `原定于3月5日举行的会议取消` is called off; a month first set and still planned stays (blind33 cq_12's 7月至8月)
    assert "2022-03-31" not in [d.date for d in corpus_plan("blind43/docs/da_09.doc").deadlines]
    assert [d.date for d in _plan("2022年3月份进行复康用品检查。").deadlines] == ["2022-03-31"]
    assert "2022-08-31" in [d.date for d in corpus_plan("blind33/docs/cq_12.ofd").deadlines]


def test_branches_named_before_their_numbers_and_a_letters_to(corpus_plan):
    # `致各會員及中心使用者︰` and `歡迎致電中心查詢(耀安26416812;頌安26332231)` (a Hong Kong centre's 通告, da_07): 致 is the
    # letter's `to`, no part of the addressees (as 尊敬的, and blind40 cx_11's `致 :全體會員`); each branch's 8 digits a
    # contact, as 家校會's `(港島區:2863 4646;九龍區:3698 4108;…)` (blind14 bx_09) name each office before its number
    plan = corpus_plan("blind43/docs/da_07.txt")
    assert plan.meta.recipients == ["各会员及中心使用者"]
    assert {c.phone for c in plan.contacts} == {"26416812", "26332231"}
    assert _plan("本年度共计26416812元,其中:人员12345678元。").contacts == []
