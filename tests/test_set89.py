"""Layouts blind89's misses showed that other notices show too, each read from its notice's file through its reader."""
from __future__ import annotations

from extractor.extract.deadlines import run_snippet as deadlines_in
from extractor.extract.organizations import run_snippet as organizations_in


def test_a_short_release_opening_starts_the_body(corpus_plan):
    # sc.isd.gov.hk's 2021 立法会十三题 (blind89 eu_09, UTF-8): `以下是今日(二月三日)立法会会议上卢伟国议员的提问和环境局局长黄锦星的
    # 书面答覆:` is 40 characters, short enough to pass for a head line, and its `问题:` below was read as the 主送, the
    # opening lost to the head with the member and the Secretary in it; longer openings (blind82 en_08) never were
    eu09 = corpus_plan("blind89/docs/eu_09.txt")
    assert eu09.meta.recipients == []
    people = {(p.name, p.title) for p in eu09.people}
    assert {("卢伟国", "议员"), ("黄锦星", "环境局局长")} <= people, people
    assert {"立法会", "环境局"} <= {o.name for o in eu09.organizations}
    en08 = corpus_plan("blind82/docs/en_08.txt")
    assert en08.meta.recipients == [] and {"叶刘淑仪", "陈国基"} <= {p.name for p in en08.people}


def test_the_rows_of_a_schedule_under_its_announcing_line_are_its_days(corpus_plan):
    # 渔护署's 2010 release (blind89 eu_08, a scan): `…於下列地点参加远足植树日活动:` over `四月二十五日 北大屿郊野公园弥勒山`,
    # `五月二日 城门草山`, `五月九日 大榄郊野公园近杨家村`
    days = [d.date for d in corpus_plan("blind89/docs/eu_08.pdf").deadlines]
    assert days == ["2010-04-25", "2010-05-02", "2010-05-09"], days
    # 國防部's 民安8號 schedule (blind55 dm_11): `各場次期程如下:` over `3月31日(星期四) —高雄市政府` …
    found = [d["date"] for d in deadlines_in("各场次期程如下:\n  3月31日(星期四) —高雄市政府\n  4月07日(星期四) —屏东县政府\n"
                                             "  4月18日(星期一) —南投县政府\n", date="2022-03-24")]
    assert found == ["2022-03-31", "2022-04-07", "2022-04-18"], found
    # rows that are sentences, or a list of what was done, are not a schedule
    assert deadlines_in("今年以来主要工作如下:\n3月5日 召开动员大会,部署全年工作\n4月1日 开展检查", date="2023-06-01") == []


def test_a_portal_number_field_holds_a_number(corpus_plan):
    # 淅川县's portal (blind89 eu_04, PDF) prints an empty number `文 号: null 所属主题: 已归档`: no 发文字号 without a numeral,
    # and 所属主题 is a label that ends the value before it (blind44 db_01 `文 号: | 所属主题: | 政策 |`)
    number = corpus_plan("blind89/docs/eu_04.pdf").meta.doc_number
    assert number is None or ("null" not in number and "所属主题" not in number), number


def test_taiwans_forestry_agency_joins_its_fields_with_ji():
    # 林業及自然保育署 and its 分署 (blind89 eu_11; tw.news.yahoo.com's 臺中分署 report): 及 inside the name, not between two bodies
    names = [o["name"] for o in organizations_in("植树活动由林业及自然保育署新竹分署、新竹县政府及新丰乡公所共同规划主办。")]
    assert "林业及自然保育署新竹分署" in names and "保育署新竹分署" not in names, names
    names = [o["name"] for o in organizations_in("农业部林业及自然保育署已建置林火风险评估系统。")]
    assert names == ["农业部林业及自然保育署"], names
