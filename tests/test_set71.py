"""Layouts blind71's misses showed that other notices show too, each read from its notice's file through its reader."""
from __future__ import annotations


def _orgs(plan) -> list[str]:
    return [o.name for o in plan.organizations]


def test_a_law_page_labels_its_title_and_issuer(corpus_plan):
    # law.esnai.com's page of 长人社发[2013]5号 (blind71 ec_07): `发文标题:` and `发文部门:` label the title and the issuer
    # (as office systems' 发文 forms do); its frame line `法规内容  本文仅供参考…` stood as the title and `页面功能:` over its
    # buttons is no addressee
    meta = corpus_plan("blind71/docs/ec_07.pdf").meta
    assert meta.title == "长沙市人力资源和社会保障局关于印发《长沙市民办职业培训机构审批和管理办法》的通知"
    assert meta.issuer == "长沙市人力资源和社会保障局"
    assert "页面功能" not in meta.recipients


def test_a_head_s_post_with_its_rank_before_the_name(corpus_plan):
    # 六安市's 春风行动 report read from its scan (blind71 ec_03): `副市长、一级巡视员孙学龙到现场指导`
    people = {p.name: p.title for p in corpus_plan("blind71/docs/ec_03.pdf").people}
    assert people.get("孙学龙") == "副市长、一级巡视员"


def test_taiwan_s_copula_is_no_part_of_the_body_after_it(corpus_plan):
    # `旨揭計畫係勞動部針對…` (淡江大學's relay, blind71 ec_12, a .doc) and `是項說明會,係教育部國民及學前教育署委請…`
    # (a 花蓮 school's relay, blind57 do_11): 係 (is) stands before the body it names
    assert "劳动部" in _orgs(corpus_plan("blind71/docs/ec_12.doc"))
    orgs = _orgs(corpus_plan("blind57/docs/do_11.txt"))
    assert "教育部国民及学前教育署" in orgs and not any(o.startswith("系") for o in orgs)


def test_a_birth_range_is_no_deadline(corpus_plan):
    # 長武縣's 招聘 公告 (blind71 ec_02, GB18030): `(1982年5月31日至2005年5月31日期间出生)` bounds the applicants' age, as
    # `(2019年9月1日—2020年8月31日期间出生)` bounds a 幼儿园's intake (blind61 ds_05)
    dates = [d.date for d in corpus_plan("blind71/docs/ec_02.txt").deadlines]
    assert "2005-05-31" not in dates
