"""Section layouts fixed in session fixSec30: a top heading run into its paragraph with no stop between them, the
paragraph opening with 本次 / 根据 / 按照 (rules/structure.yaml `heading_run_on`)."""
from __future__ import annotations

from extractor.structure import _lexicon


def headings_of(plan) -> list[tuple[int, str]]:
    return [(s.level, s.heading) for s in plan.sections]


def test_a_top_heading_run_into_its_paragraphs_opener_is_cut_there(corpus_plan):
    # blind67 dy_01 (湘潭县农业农村局, one crawled line): `…通知如下:一、项目类型本次申报的项目为…三大类17个小项…,(见附件)二、…`
    assert (1, "项目类型") in headings_of(corpus_plan("blind67/docs/dy_01.txt"))
    # blind62 dt_03 (大圩镇 信息采集 方案, a document site's PDF): `二、采集对象范围界定本次信息采集的标准时点为截至2018年10月1日。`
    assert (1, "采集对象范围界定") in headings_of(corpus_plan("blind62/docs/dt_03.pdf"))


def test_a_sentence_with_a_subject_or_a_modal_before_the_opener_is_no_heading():
    run_on = _lexicon().heading_run_on
    assert run_on.match("巡查内容根据《医院巡查工作管理办法(试行)》").group("head") == "巡查内容"
    assert run_on.match("活动主题本次活动主题为“营造良好营商环境”").group("head") == "活动主题"
    # (corpus sentences that open numbered items: blind and dev notices)
    assert run_on.match("各单位要严格按照《通知》要求,认真组织做好本单位工作") is None
    assert run_on.match("各牵头单位要按照《2007年三水区政府工作主要任务》") is None
    assert run_on.match("本次申报材料只需通过网络系统提交") is None
    assert run_on.match("招生原则严格按照小学“就近入学、划片招生”") is None
    assert run_on.match("请各县市区按照《陕西省乡村教师现状调研表》") is None
    # a subject with its modifier, 的 or 所 (blind50 dh_09, an OCR'd Macau 批示)
    assert run_on.match("上款所指人员的每月报酬根据招商投资促进局人员通则的规定订定") is None
