"""Layouts blind52's misses showed that earlier notices show too, each read from its notice's file through its reader."""
from __future__ import annotations


def test_the_own_federation_of_industry_and_commerce_in_a_unit_line(corpus_plan):
    # 桐乡's 2020 责任分解 (blind52 dj_02): `责任单位:财政局、发改局、…、工商联(列第一位者为牵头或汇总单位,下同)`; the bare 工商联,
    # the city's own federation as a bare 妇联 is, keeps the whole tag: the first unit leads, the others take part
    plan = corpus_plan("blind52/docs/dj_02.txt")
    roles = {(r.org, r.role) for r in plan.responsibilities if r.duty.startswith("制定出台高质量发展")}
    assert ("财政局", "lead") in roles and ("工商联", "participant") in roles and len(roles) == 12
    assert "工商联" in {o.name for o in plan.organizations}


def test_a_leader_named_before_the_post_who_zhuzhua_the_work(corpus_plan):
    # `一、于会游市长主抓重点工作` (blind52 dj_02): 主抓 the leader's charge as 牵头 is in `一、王丹县长牵头重点工作` (blind25 ci_01)
    assert ("于会游", "市长") in {(p.name, p.title) for p in corpus_plan("blind52/docs/dj_02.txt").people}
    assert ("王丹", "县长") in {(p.name, p.title) for p in corpus_plan("blind25/docs/ci_01.txt").people}


def test_a_meeting_headline_or_caption_line_is_no_duty(corpus_plan):
    # `  • 境外旅遊危機處理辦公室召開首次會議` (blind52 dj_11), a caption over the report of the meeting held, as the related item's
    # headline `民政总署谘询委员会召开特别会议` on a 民政总署 page (blind28 cl_12): no duty (meeting_headline)
    for doc in ("blind52/docs/dj_11.txt", "blind28/docs/cl_12.txt"):
        assert not [r for r in corpus_plan(doc).responsibilities if r.duty.startswith("召开")]


def test_a_photo_credit_is_no_service(corpus_plan):
    # `金門縣政府辦理『1月份縣長與鄉親有約』活動(縣府提供)` (blind49 dg_12): the photo's credit, no service given (SERVICE)
    assert not [r for r in corpus_plan("blind49/docs/dg_12.txt").responsibilities if r.duty == "提供"]
