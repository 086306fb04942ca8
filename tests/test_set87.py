"""Layouts blind87's misses showed that other notices show too, each read from its notice's file through its reader."""
from __future__ import annotations

from extractor.extract.deadlines import run_snippet as deadlines_in
from extractor.extract.people import run_snippet as people_in


def test_a_roll_of_hosts_closing_with_deng_names_each(corpus_plan):
    # GOV.MO's 2007 能源辦 release (blind87 es_09, PDF): `受到會長梁仲虬、常務副會長劉藝良、盧學鋒、理事長陳健英等十多位負責人的
    # 熱情歡迎` and `受到會長劉毅良、常務副會長何通銘、副會長周爵等十多位商會負責人的熱情接待`
    people = {p.name: p.title for p in corpus_plan("blind87/docs/es_09.pdf").people}
    for name in ("刘艺良", "卢学锋", "陈健英", "刘毅良", "何通铭", "周爵"):
        assert name in people, (name, people)
    assert people["卢学锋"] == "常务副会长"
    assert people["梁仲虬"] == "会长"
    # GOV.MO ?p=146363: `出席會見的包括行政長官辦公室主任柯嵐、石獅同鄉總會會長王永權、常務副會長蔡清平…等`
    found = [(p["name"], p["title"]) for p in
             people_in("行政长官日前会见该会一行。出席会见的包括行政长官办公室主任柯岚、石狮同乡总会会长王永权、常务副会长蔡清平等。")]
    assert ("王永权", "石狮同乡总会会长") in found, found
    assert people_in("受到各乡镇长、各学校校长等负责人的热情欢迎。") == []


def test_a_legco_question_release_names_its_member_and_its_headline(corpus_plan):
    # info.gov.hk: `立法會十八題:公共檔案管理` under the skip link, `…在立法會會議上葉劉淑儀議員的提問和政務司司長陳國基的書面答覆:`
    # (blind82 en_08); `立法會十三題:政府鼓勵部門積極節省能源` under the older header, `…就劉慧卿議員的提問所作的書面答覆:`
    # (blind87 es_08, HTML)
    en08 = corpus_plan("blind82/docs/en_08.txt")
    assert en08.meta.title == "立法会十八题:公共档案管理"
    assert {"叶刘淑仪", "陈国基"} <= {p.name for p in en08.people}
    es08 = corpus_plan("blind87/docs/es_08.html")
    assert es08.meta.title == "立法会十三题:政府鼓励部门积极节省能源"
    assert ("刘慧卿", "议员") in {(p.name, p.title) for p in es08.people}
    assert "陈恒镔" in {p.name for p in corpus_plan("blind83/docs/eo_08.html").people}


def test_the_days_named_as_a_campaigns_week_or_day_are_scheduled(corpus_plan):
    # es_05 (a scan) `6月11日至17日是“节能宣传活动周”`; es_04 (GB18030) `6月10日全国低碳日当天,我系统同步开展…`
    assert ("2012-06-11", "2012-06-17") in {(d.start, d.date) for d in corpus_plan("blind87/docs/es_05.pdf").deadlines}
    assert "2014-06-10" in {d.date for d in corpus_plan("blind87/docs/es_04.txt").deadlines}
    # 新华社 2022 (blind76 eh_07) `今年5月12日是我国第14个全国防灾减灾日,5月7日至13日为防灾减灾宣传周`
    found = [(d["start"], d["date"]) for d in
             deadlines_in("今年5月12日是我国第14个全国防灾减灾日,5月7日至13日为防灾减灾宣传周。", date="2022-02-25")]
    assert (None, "2022-05-12") in found and ("2022-05-07", "2022-05-13") in found, found
    assert deadlines_in("以2019年12月31日为基准日开展统计。") == []


def test_a_writers_bracket_after_the_last_sentence_names_the_writer(corpus_plan):
    # a county portal's 2021 news (blind87 es_06, GB18030) closes `…抓实抓细。(黄洋镇 李军)`, as blind67 dy_05 closes with
    # `(区发改委 王秀秀)` on a line of its own
    assert ("李军", None) in {(p.name, p.title) for p in corpus_plan("blind87/docs/es_06.txt").people}
    assert people_in("请各单位认真落实。(县委办 公室)") == []
    assert people_in("加强对重点产品的抽查。（市场监管总局负责）") == []
