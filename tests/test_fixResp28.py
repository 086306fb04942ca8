"""Responsibilities in prose fixed in session 36 (fixResp28), each read from its notice's file through its reader and,
where a rule is general, on a fragment of the same grammar."""
from __future__ import annotations

from extractor.extract.responsibilities import run_snippet


def duties_of(plan) -> set[tuple[str, str, str]]:
    return {(r.org, r.role, r.duty) for r in plan.responsibilities}


def test_a_free_use_granted_stays_in_the_duty(corpus_plan):
    # blind47 de_11 and blind18 cb_07 (康文署's free-use days): `,讓市民以個人身份免費使用…` is the scheme's content
    duties = duties_of(corpus_plan("blind47/docs/de_11.doc"))
    assert ("康乐及文化事务署", "lead", "于七月一日至九月三十日期间推行免费使用康乐设施计划让市民以个人身份免费使用康文署平日需收费的"
            "多项康体设施") in duties
    got = run_snippet("康乐及文化事务署将于7月1日举办「免费玩尽康乐设施」,让市民以个人身分免费使用多项收费康乐设施。")
    assert [r["duty"] for r in got] == ["举办免费玩尽康乐设施让市民以个人身分免费使用多项收费康乐设施"]


def test_a_purpose_after_the_action_still_ends_the_duty():
    # blind39 cw_09 `,讓市民感受…`, dev hf_01 `，让学界认识…`
    got = run_snippet("康乐及文化事务署将于十月一日举办国庆维港开心跑,让市民感受庆祝国庆的欢乐气氛。")
    assert [r["duty"] for r in got] == ["举办国庆维港开心跑"]
