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


def test_a_pass_rate_next_to_the_samples_tested_is_a_result(corpus_plan):
    # blind63 du_09 (食物安全中心's monthly report), blind51 di_11 (市政署's quarterly sampling); a plan's rate stays
    from extractor.extract.targets import run_snippet as targets_of
    assert [t.value for t in corpus_plan("blind63/docs/du_09.txt").targets] == []
    assert [t.value for t in corpus_plan("blind51/docs/di_11.doc").targets] == []
    assert targets_of("市政署上季共完成1200个食品样本检测。合格率达百分之九十九点六。") == []
    got = targets_of("猪、牛、羊定点屠宰率均达85%以上,肉主要卫生指标抽检合格率均达95%以上。")
    assert [t["value"] for t in got] == [85.0, 95.0]
