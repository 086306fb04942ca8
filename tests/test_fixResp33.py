"""Responsibilities the held-out sets missed, each read from its notice's file through its reader."""
from __future__ import annotations


def test_a_duty_in_a_layout_tables_item_is_read(corpus_plan):
    # 内政部's 函 on 分阶段接受常备兵役军事训练 (blind70 eb_09, HTML): its 說明 items sit in a layout table, one a row,
    # and item 三 ends `由內政部役政署統一於110年11月16日(星期二)上午10時公開抽籤。`
    duties = [(r.org, r.duty, r.role) for r in corpus_plan("blind70/docs/eb_09.html").responsibilities]
    assert ("内政部役政署", "统一于110年11月16日星期二上午10时公开抽签", "lead") in duties, duties


def test_a_bodys_website_is_no_subject(corpus_plan):
    # 内政部役政署's release on the 兵籍调查 (blind70 eb_10, text): `可由內政部役政署網站首頁點選進入「兵籍調查線上申報」作業
    # 系統` says where the 役男 go, by way of the bureau's website, not what the bureau does
    duties = [(r.org, r.duty) for r in corpus_plan("blind70/docs/eb_10.txt").responsibilities]
    assert not any(duty.startswith("网站") for _org, duty in duties), duties


def test_a_short_form_in_a_bare_bracket_is_the_bodys(corpus_plan):
    # 僱員再培訓局's release on resuming classes (blind71 ec_09, HTML): `僱員再培訓局(再培訓局)宣布…`, then `再培訓局會於首階段
    # 先行恢復…`, `再培訓局會加強監察及巡查`: the bracket declares the bureau's short form, as `（以下简称…）` does
    duties = [(r.org, r.duty) for r in corpus_plan("blind71/docs/ec_09.html").responsibilities]
    assert ("雇员再培训局", "加强监察及巡查") in duties, duties
