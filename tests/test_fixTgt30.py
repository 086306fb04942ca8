"""Targets the fixTgt30 branch's misses showed, each read from its notice's file through its reader."""
from __future__ import annotations


def test_a_vote_and_a_reviews_weights_are_not_targets(corpus_plan):
    # 高雄市政府觀光局's 觀光亮點獎 notice (blind65 dw_12): `第一階段為民眾票選(佔40%)及書面審查(佔60%)` gives the selection's
    # weights, not goals; its gold has no target (score_weight)
    assert [t.value for t in corpus_plan("blind65/docs/dw_12.txt").targets] == []


def test_a_share_not_of_a_score_stays_a_target(corpus_plan):
    # a share 占 of a whole that is no score stays a target: `房屋产权人占比100%` (blind3 bf_03), `全市制造业增加值占地区生产总值
    # 比重35%左右` (blind36 ct_02)
    assert 100.0 in [t.value for t in corpus_plan("blind3/docs/bf_03.pdf").targets]
    assert 35.0 in [t.value for t in corpus_plan("blind36/docs/ct_02.html").targets]


def test_a_completion_above_the_whole_is_a_result(corpus_plan):
    # 长治市农业农村局's 年度 report (blind56 dn_03, GBK): `2022年,大豆玉米带状复合种植收获面积约11.6万亩,任务完成率129%` reports a
    # quota exceeded, as its `完成率124.2%` and `完成率101%`; its gold has no target (overdone_before)
    assert [t.value for t in corpus_plan("blind56/docs/dn_03.txt").targets] == []


def test_a_completion_rate_of_the_whole_stays_a_target():
    # a plan's `项目任务完成率100%` (the rules' own example) and a goal above the whole stay targets
    from extractor.extract.targets import run_snippet
    assert [t["value"] for t in run_snippet("项目任务完成率100%")] == [100.0]
    assert [(t["value"], t["op"]) for t in run_snippet("力争任务完成率达到110%")] == [(110.0, ">=")]
