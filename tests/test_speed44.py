"""Session 44's speed branch: two of session 43's people rules made cheaper to scan, every match kept. Each test reads
the rule's shape (what lets a scan skip a line or a mark) and real notices through their readers."""
from __future__ import annotations

import re._constants as C
import re._parser as parser

from extractor.extract.people import run_snippet as people_in
from extractor.rules import _re_skips_to_start, load_rules


def _rule(name: str):
    return load_rules("people").rule(name)


def test_unit_writer_after_text_opens_on_its_bracket_and_reads_no_line_by_a_requirement(corpus_plan):
    rule = _rule("unit_writer_after_text")
    # no `requires` (a line ending in a bracket, most notices' lines): `re` skips to the bracket the pattern opens on
    assert rule.requires is None
    assert _re_skips_to_start(parser.parse(rule.pattern.pattern))
    assert [m.group("name") for m in rule.finditer("（一）加强组织领导（市发改委）\n第二行。")] == []
    # blind87 es_06 (GB18030) closes `…抓实抓细。(黄洋镇 李军)`; a duty's bracket names nobody (dev hc_01's `。（市场监管总局负责）`)
    assert ("李军", None) in {(p.name, p.title) for p in corpus_plan("blind87/docs/es_06.txt").people}
    assert not {"负责", "局负责"} & {p.name for p in corpus_plan("dev/docs/hc_01.txt").people}


def test_post_name_roll_tries_its_lead_only_where_a_list_mark_follows(corpus_plan):
    rule = _rule("post_name_roll")
    ops = parser.parse(rule.pattern.pattern).data
    # the mark, then a lookahead needing `、` (3 to 34 ideographs on) before the optional 受到/包括 lead
    assert ops[0][0] is C.IN and ops[1][0] is C.ASSERT and ops[2][0] is C.MAX_REPEAT
    direction, ahead = ops[1][1]
    assert direction == 1 and ahead.data[-1] == (C.LITERAL, ord("、"))
    assert rule.pattern.search("，受到会长梁仲虬热情欢迎，" + "各" * 40 + "、") is None
    # 平顶山职业技术学院's 通报 (blind36 ct_07, .doc) `如:成教处处长于励鹏、机电系主任梁南丁、招生处处长王惠才、教科研处处长栗成杰,…`
    people = {(p.name, p.title) for p in corpus_plan("blind36/docs/ct_07.doc").people}
    assert {("于励鹏", "成教处处长"), ("梁南丁", "机电系主任"), ("栗成杰", "教科研处处长")} <= people, people
    found = [(p["name"], p["title"]) for p in
             people_in("本月三日,能源办一行抵达归侨总会,受到会长梁仲虬、常务副会长刘艺良、卢学锋、理事长陈健英等十多位负责人的热情欢迎。")]
    assert ("卢学锋", "常务副会长") in found, found
