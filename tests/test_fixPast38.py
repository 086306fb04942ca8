"""fixPast38: a unit's clause with no modal whose verb takes 了, however far from the unit, reports what was done
(ANNOTATION: past actions are no responsibilities); after a modal (将) the clause is still to come."""
from extractor.extract.responsibilities import run_snippet


def _duties(text: str) -> list[tuple[str, str]]:
    return [(i["org"], i["duty"]) for i in run_snippet(text)]


def test_perfective_far_from_the_verb_is_past():
    # blind51 di_07: the 了 some sixty characters after 组织
    text = ("按照《产品质量检验机构工作质量分类监管办法》,国家质检总局组织各省、自治区、直辖市质量技术监督局对全国承担监督抽查"
            "和工业产品生产许可证检验工作的918家检验机构的工作质量进行了分类考核评价。")
    assert not [d for d in _duties(text) if d[0] == "国家质检总局"]


def test_perfective_in_a_later_clause_is_past():
    # blind72 ed_05: 掀起了 in the third clause of the unit's sentence
    text = ("在2022年“12.4”国家宪法日暨宪法宣传周活动之际,西营司法所统筹谋划,精心部署,在全镇上下掀起了以“学习宣传贯彻党的"
            "二十大精神,推动全面贯彻实施宪法”为主题的宪法宣传周活动。")
    assert not [d for d in _duties(text) if d[0] == "西营司法所"]


def test_bare_time_then_perfective_is_past():
    # blind79 ek_10 (a 消防局 release): 于…期间, then 进行了 after the comma
    text = "为提高市民的防火安全意识,消防局于1、2月期间,进行了一系列农历新年前防火宣传活动,包括拜访社区中心、坊众互助会。"
    assert not [d for d in _duties(text) if d[0] == "消防局"]


def test_modal_keeps_the_clause_to_come():
    # blind37 cu_02: 将 before the verb, a duty in its gold despite its 了
    text = "为有效推进市政府重点工作,市政府督查室将对全市农村人居环境综合整治情况进行了全面督查。现将有关事宜通知如下:"
    assert ("市政府督查室", "对全市农村人居环境综合整治情况进行了全面督查") in _duties(text)


def test_future_time_keeps_the_duty():
    # hf_01's form: 将于 a date, no 了
    text = "7.教育局科学教育组将于2026年3月6日（星期五）举办简介会，介绍申请计划的方法。"
    assert ("教育局科学教育组", "举办简介会介绍申请计划的方法") in _duties(text)
