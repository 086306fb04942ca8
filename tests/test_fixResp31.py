"""Responsibilities fixed in session 39 (fixResp31), each read from its notice's file through its reader and, where a
rule is general, on a fragment of the same grammar."""
from __future__ import annotations

from extractor.extract.responsibilities import run_snippet


def duties_of(plan) -> set[tuple[str, str, str]]:
    return {(r.org, r.role, r.duty) for r in plan.responsibilities}


def test_a_condition_on_what_the_action_finds_ends_the_duty(corpus_plan):
    # blind63 du_10 `市政署亦持續進行…巡查工作,一旦發現存有食安隱患,將根據…`; stheadline.com 2022-01-16 `…,如發現違規情況,…`
    assert duties_of(corpus_plan("blind63/docs/du_10.txt")) == {
        ("市政署", "lead", "持续进行食品安全监督抽检及场所卫生巡查工作")}
    got = run_snippet("康乐及文化事务署会继续加强巡逻,如发现违规情况,会采取执法行动。")
    assert [(r["org"], r["duty"]) for r in got] == [("康乐及文化事务署", "继续加强巡逻")]
    # a 发现 that is the duty's own object stays (blind bl_02's gold `…对督查发现的问题限期整改…`)
    got = run_snippet("市政府督考办负责跟进督查各项工作进展情况,对督查发现的问题限期整改。")
    assert [r["duty"] for r in got] == ["跟进督查各项工作进展情况对督查发现的问题限期整改"]


def test_a_case_forwarded_to_another_body_is_no_request(corpus_plan):
    # blind63 du_11 `案件已移請來源所轄衛生局後續處理`; udn.com 2026-02-12 `並移請來源廠商所在地衛生局後續處辦`
    assert not duties_of(corpus_plan("blind63/docs/du_11.txt"))
    assert run_snippet("上述产品均已责令业者立即下架,并移请来源厂商所在地卫生局后续处办。") == []
    # a request after its task stays (asked_after_task: blind18 cb_01)
    got = run_snippet("有关与国防部协调案件请二科尽速汇整。")
    assert [(r["org"], r["duty"]) for r in got] == [("二科", "尽速汇整有关与国防部协调案件")]


def test_a_dateline_without_the_reporters_bracket_opens_a_news_lead(corpus_plan):
    # blind65 dw_05 `潍坊日报社潍坊融媒讯 为…,根据…规定,日前,市文旅局组织开展…推荐申报工作。`; blind21 ce_11's dateline
    assert not duties_of(corpus_plan("blind65/docs/dw_05.txt"))
    assert run_snippet("安徽环境新闻网讯 2月2日,县林业局召开林长制工作会议。") == []
    # a stated future action after the dateline stays
    got = run_snippet("潍坊日报社潍坊融媒讯 为加强非遗保护,市文旅局将组织开展第八批项目推荐申报工作。")
    assert [(r["org"], r["duty"]) for r in got] == [("市文旅局", "组织开展第八批项目推荐申报工作")]
