"""Responsibilities and targets fixed in session 37 (fixResp29), each read from its notice's file through its reader and,
where a rule is general, on a fragment of the same grammar."""
from __future__ import annotations

from extractor.extract.responsibilities import run_snippet


def duties_of(plan) -> set[tuple[str, str, str]]:
    return {(r.org, r.role, r.duty) for r in plan.responsibilities}


def test_a_sanction_on_failing_units_ends_the_supervisors_duty(corpus_plan):
    # blind52 dj_01, blind8 br_10 and br_01: `,对…不力…的单位予以通报` / `的严肃问责` is the supervision's consequence
    duties = duties_of(corpus_plan("blind52/docs/dj_01.html"))
    assert ("县政府政务督查室", "lead", "对各单位的贯彻落实情况开展专项督查") in duties
    duties = duties_of(corpus_plan("blind8/docs/br_10.txt"))
    assert ("市政府办公室", "lead", "加强日常跟踪督办定期通报结果适时启动专项督查") in duties
    got = run_snippet("兴庆区政府办公室将严格按照“年初建账、逐月查账、年底交账”的督查制度,加强跟踪督查,了解掌握进展情况,"
                      "对办理不力的单位予以通报,督促抓紧实施,确保圆满完成任务。")
    assert [r["duty"] for r in got] == ["严格按照年初建账逐月查账年底交账的督查制度加强跟踪督查了解掌握进展情况"]
    # (blind28 cl_07's `,对未完成目标任务的将通报批评`)
    got = run_snippet("县环保局负责对活动开展情况进行督查,对未完成目标任务的将通报批评。")
    assert [r["duty"] for r in got] == ["对活动开展情况进行督查"]


def test_a_condition_closed_by_its_comma_or_a_neutral_report_stays_in_the_duty():
    # blind bl_19 (its gold keeps `对…的予以通报曝光`); a report of progress names no failing unit
    got = run_snippet("市人民政府督查室定期组织开展专项和暗访督查,对目标责任落实不力、影响工作进度和成效的,予以通报曝光。")
    assert [r["duty"] for r in got] == ["定期组织开展专项和暗访督查对目标责任落实不力影响工作进度和成效的予以通报曝光"]
    got = run_snippet("县政府办公室负责跟踪督办,对各单位的进展情况予以通报。")
    assert [r["duty"] for r in got] == ["跟踪督办对各单位的进展情况予以通报"]


def test_an_object_put_first_as_the_topic_is_part_of_the_duty(corpus_plan):
    # blind44 db_04 `对收集到的提案线索,市政协提案委将认真整理归纳。`, blind25 ci_04 `对于大家提出的意见和建议，宁津县交通运输局将…`
    duties = duties_of(corpus_plan("blind44/docs/db_04.txt"))
    assert ("市政协提案委", "lead", "对收集到的提案线索认真整理归纳") in duties
    got = run_snippet("对于大家提出的意见和建议，宁津县交通运输局将进行整理并认真研究，进一步修改和完善。")
    assert [r["duty"] for r in got] == ["对大家提出的意见和建议进行整理并认真研究进一步修改和完善"]


def test_a_condition_on_those_judged_is_no_topic_of_the_duty():
    # `对…的，X要…` (the shape of blind9 bs_02's `对落实进展缓慢的，要逐一查明原因`) names whom the action is for
    got = run_snippet("对落实进展缓慢的单位,县政府督查室要逐一查明原因。")
    assert [r["duty"] for r in got] == ["对落实进展缓慢的单位逐一查明原因"]
    got = run_snippet("对落实进展缓慢的,县政府督查室要逐一查明原因。")
    assert [r["duty"] for r in got] == ["逐一查明原因"]


def test_a_ranking_of_the_commonest_kinds_reports_no_target(corpus_plan):
    # blind53 dk_11 (申诉专员公署's 工作简报): `三大最常见原因分别是…(34.2%)、…(13.6%)…(12.6%)`; 12315 reports' `较大的主要有`
    from extractor.extract.targets import run_snippet as targets_of
    plan = corpus_plan(_doc("blind53", "dk_11"))
    assert [t.value for t in plan.targets] == []
    assert targets_of("从投诉问题来看,投诉受理量较大的问题主要有:质量(256件)、其他(233件)、售后服务(98件)、合计占比81.12%。") == []
    assert [t["value"] for t in targets_of("投诉量较大的主要有三个行业,力争其投诉率下降10%以上。")] == [10.0]


def _doc(set_name: str, stem: str) -> str:
    from pathlib import Path
    docs = Path(__file__).resolve().parent.parent / "corpus" / set_name / "docs"
    return f"{set_name}/docs/" + next(p.name for p in docs.iterdir() if p.stem == stem)


def test_the_issuers_turn_to_its_points_ends_the_duty(corpus_plan):
    # blind61 ds_01 `…到我县开展校园安全工作联合督导检查,现就有关事项通知如下:`, blind49 dg_02 `…进行专项督查,现将有关事项通知如下:`
    duties = duties_of(corpus_plan(_doc("blind61", "ds_01")))
    assert ("泉州市卫健委", "lead", "到我县开展校园安全工作联合督导检查") in duties
    duties = duties_of(corpus_plan(_doc("blind49", "dg_02")))
    assert ("区监察局", "participant", "组成督查组对2017年我区市委市政府重要工作和区三类重点项目未完成年度工作任务项目进行专项督查") in duties


def test_an_item_numbered_with_the_small_full_stop_is_an_item(corpus_plan):
    # blind56 dn_01 `1﹒全省生产总值增长8%。` / blind6 bn_02 `2﹒固定资产投资力争增长10%以上…`, each with its 牵头责任单位 below
    from extractor.normalize import clean_text
    assert clean_text("1﹒全省生产总值增长8%。") == "1.全省生产总值增长8%。"
    duties = duties_of(corpus_plan(_doc("blind56", "dn_01")))
    assert ("省发展改革委", "lead", "全省生产总值增长8%") in duties
    duties = duties_of(corpus_plan(_doc("blind6", "bn_02")))
    assert ("省发展改革委", "lead", "固定资产投资力争增长10%以上在实际工作中奋力完成得更快一些") in duties
