"""Responsibilities fixed in session 38 (fixResp30), each read from its notice's file through its reader and, where a
rule is general, on a fragment of the same grammar."""
from __future__ import annotations

from extractor.extract.responsibilities import run_snippet


def duties_of(plan) -> set[tuple[str, str, str]]:
    return {(r.org, r.role, r.duty) for r in plan.responsibilities}


def test_a_news_lead_after_its_dateline_or_lately_recounts_what_was_done(corpus_plan):
    # blind63 du_07 `本报讯（记者曾露）2月28日，县市场监管局召开…`; du_05 `…,连日来,黑溪镇平安办、应急办…开展联合检查整治行动`
    assert not duties_of(corpus_plan("blind63/docs/du_07.pdf"))
    duties = duties_of(corpus_plan("blind63/docs/du_05.txt"))
    assert duties == {("黑溪镇", "lead", "持续开展校园周边环境整治行动")}
    assert run_snippet("本报讯（记者张三）3月5日，县教育局召开全县校园安全工作会议。") == []
    assert run_snippet("近日,县卫健委开展医疗机构安全检查。") == []
    # a comma between the word and the unit: the unit is another clause's
    got = run_snippet("近日,省厅下发通知,县卫健委要开展医疗机构安全检查。")
    assert [r["org"] for r in got] == ["县卫健委"]
