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


def test_a_macau_post_is_no_name_and_the_capacity_bounds_one(corpus_plan):
    # 澳門新聞局 2007-10-17 (blind52 dj_11): `由社會文化司司長主持` names no 文化司 (a body's name before its head's post),
    # `由司長擔任主席` no 司长 (a post alone, 司 a surname); `社會文化司司長崔世安以辦公室主席身份主持會議` names 崔世安
    people = {p.name: p.title for p in corpus_plan("blind52/docs/dj_11.txt").people}
    assert set(people) == {"崔世安", "安栋梁"} and people["崔世安"] == "社会文化司司长"


def test_natural_resources_is_the_field_of_a_bureau_not_an_adverb(corpus_plan):
    # 潮州市's plan (blind52 dj_06): `市公安局、自然资源局、住房和城乡建设局` names 自然资源局 whole (自然, naturally, no
    # adverb before the field of the 2018 reform's bureaus), no 资源局
    names = {o.name for o in corpus_plan("blind52/docs/dj_06.pdf").organizations}
    assert "自然资源局" in names and "资源局" not in names
