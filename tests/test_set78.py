"""Layouts blind78's misses showed that other notices show too, each read from its notice's file through its reader."""
from __future__ import annotations

from extractor.extract.people import is_title, run_snippet


def test_a_sentence_announcing_a_long_named_list_is_no_addressee_line(corpus_plan):
    # 治安警察局's 農曆新年 release (blind78 ej_09, OFD) opens `…本局將採取以下相應的出入境、警務及交通措施:`, a clause that
    # announces its items as 运输署's `…,下列道路的行车线会间歇性封闭:` (blind10 bt_10) does; a 主送 names bodies
    assert corpus_plan("blind78/docs/ej_09.ofd").meta.recipients == []


def test_a_forecast_share_is_no_target(corpus_plan):
    # the same release's `預計農曆年期間旅客出入境數字將出現7%至9%增長`: what the police expect, no goal
    assert corpus_plan("blind78/docs/ej_09.ofd").targets == []


def test_a_hong_kong_posts_branch_in_brackets_stands_between_the_post_and_the_name(corpus_plan):
    # 巴士的報 (blind78 ej_10, .doc) `運輸署助理署長(技術服務)區家傑表示,新規定下…`
    people = {(p.name, p.title) for p in corpus_plan("blind78/docs/ej_10.doc").people}
    assert ("区家杰", "运输署助理署长(技术服务)") in people, people
    # 明報 2017-09-02 writes the deputies' posts the same way: `運輸署副署長(策劃及技術服務)鄧偉亮`
    assert is_title("运输署副署长(策划及技术服务)") and not is_title("(策划及技术服务)")
    found = run_snippet("运输署副署长(公共运输事务及管理)李萃珍表示,会全力跟进。")
    assert [(p["name"], p["title"]) for p in found] == [("李萃珍", "运输署副署长(公共运输事务及管理)")], found
