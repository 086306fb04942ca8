"""Responsibilities on the corpus notices and fragments: roles, duty cuts, tables, collective subjects."""
from __future__ import annotations

import functools
from pathlib import Path

from extractor.extract import Found, snippet_notice
from extractor.extract.responsibilities import (
    Unit,
    _abbreviates,
    _by_note,
    _grammar,
    _last_piece,
    extract,
    run_snippet,
)
from extractor.models import Deadline, Span
from extractor.pipeline import parse
from extractor.rules import load_rules

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@functools.cache
def plan(stem: str):
    return parse(next(CORPUS.glob(f"{stem}_*.txt")))


def duties(text: str) -> list[tuple[str, str, str]]:
    return [(r["org"], r["role"], r["duty"]) for r in run_snippet(text)]


def duties_on(text: str, date: str) -> list[tuple[str, str, str]]:
    """The duties of a fragment of a notice of that date."""
    return [(r["org"], r["role"], r["duty"]) for r in run_snippet(text, date=date)]


def test_every_org_of_a_responsibility_is_a_listed_organisation():
    for stem in ("000", "002", "003", "004"):
        p = plan(stem)
        assert {r.org for r in p.responsibilities} <= {o.name for o in p.organizations}


def test_division_of_labour_gives_one_lead_per_unit_and_skips_persons():
    text = ("具体分工如下：组长负责“双认证”工作整体谋划和统筹协调；县农业农村局负责协调“双认证”进度汇总情况和仪器设备移交事宜；"
            "县人社局协调专业技术人员招聘事宜；办公室设在县综合检验检测中心，负责领导小组日常事务。")
    assert duties(text) == [("县农业农村局", "lead", "协调双认证进度汇总情况和仪器设备移交事宜"),
                            ("县人社局", "lead", "协调专业技术人员招聘事宜")]


def test_collective_subjects_get_no_duty():
    text = "各相关单位要确定专人负责；财政部门要将经费列入县财政预算；请各市农业农村局于12月30日前报送。"
    assert duties(text) == []


def test_reported_events_are_not_assignments():
    text = "4月27日，深圳局召开检测工作整顿动员大会。食品检测技术中心主动开展自查。"
    assert duties(text) == []


def test_shortened_name_takes_the_full_form_and_together_gives_a_participant():
    text = ("县农业农村局完成检测仪器设备移交。农业农村局要发挥好牵头抓总作用，并和县市场监督管理局一起，做好沟通对接，"
            "保证材料的真实性。")
    got = duties(text)
    assert ("县农业农村局", "lead", "发挥好牵头抓总作用并和县市场监督管理局一起做好沟通对接") in got
    assert ("县市场监督管理局", "participant", "做好沟通对接") in got


def test_task_table_row_with_a_cell_that_says_who_undertakes():
    p = plan("003")
    row12 = {(r.org, r.role) for r in p.responsibilities if r.duty == "检测机构比武与知识竞赛"}
    assert row12 == {("科技司", "lead"), ("执法司", "lead"), ("中国质检协会", "lead"),
                     ("认监委", "participant"), ("标准委", "participant")}


def test_table_rows_take_the_deadline_of_their_time_cell():
    p = plan("003")
    assert {r.deadline for r in p.responsibilities if r.duty == "开展检验机构委托检验工作调研"} == {"--04-30"}


def test_deadline_after_the_sentence_in_its_paragraph_governs_it():
    text = "县人社局完成专业技术人员的招聘，满足认证要求。（2023年6月30日前完成）"
    notice = snippet_notice(text)
    at = notice.text.index("2023")
    dl = Deadline(date="2023-06-30", text="2023年6月30日前", span=Span(start=at, end=at + 11))
    got = extract(notice, Found(deadlines=[dl]))
    assert [(r.org, r.duty, r.deadline) for r in got] == [("县人社局", "完成专业技术人员的招聘", "2023-06-30")]


def test_news_article_keeps_only_the_explicit_assignment():
    assert [(r.org, r.role) for r in plan("004").responsibilities] == [("深圳局检测工作整顿活动工作组", "lead")]


def test_appointments_and_bodies_in_job_titles_are_not_duties():
    text = "成立领导小组，由县政府副县长李明任组长，县农业农村局局长王强任副组长。"
    assert duties(text) == []


def test_labelled_tag_gives_the_item_heading_to_each_named_unit():
    text = ("（一）加强监测抽检。全年完成农产品定量检测1200批次以上，快速检测10000批次以上。"
            "（牵头单位：县农业农村局；配合单位：县市场监督管理局、各乡镇人民政府）\n"
            "（二）推进合格证制度。2024年6月底前实现规模主体合格证开具全覆盖。（责任单位：县农业农村局、县市场监督管理局）")
    assert duties(text) == [("县农业农村局", "lead", "加强监测抽检"), ("县市场监督管理局", "participant", "加强监测抽检"),
                            ("县农业农村局", "lead", "推进合格证制度"), ("县市场监督管理局", "lead", "推进合格证制度")]


def test_ranked_tag_and_tag_without_heading_take_the_sentence_before():
    text = "鼓励金融机构加大涉农信贷投放。（责任单位：省地方金融监管局、人民银行济南分行，列第一位者为牵头单位）"
    assert duties(text) == [("省地方金融监管局", "lead", "鼓励金融机构加大涉农信贷投放"),
                            ("人民银行济南分行", "participant", "鼓励金融机构加大涉农信贷投放")]


def test_label_lines_and_a_sentence_of_units_close_the_task_before_them():
    text = ("（二）加强高标准农田建设。2024年新建高标准农田300万亩。省农业农村厅牵头，省财政厅、省自然资源厅配合。\n"
            "（四）完善农产品流通体系。加快建设冷链物流骨干网络。\n牵头单位：省商务厅\n配合单位：省交通运输厅、各市人民政府")
    assert duties(text) == [("省农业农村厅", "lead", "加强高标准农田建设"), ("省财政厅", "participant", "加强高标准农田建设"),
                            ("省自然资源厅", "participant", "加强高标准农田建设"), ("省商务厅", "lead", "完善农产品流通体系"),
                            ("省交通运输厅", "participant", "完善农产品流通体系")]


def test_a_bracket_of_units_without_role_words_is_not_a_tag():
    assert duties("成立工作专班（县农业农村局、县财政局），统筹推进。") == []


def test_unit_column_cell_that_says_who_leads_and_who_helps():
    text = ("序号\t工作任务\t责任单位\t完成时限\n1\t开展校园食品安全守护行动\t市教育局、市市场监管局\t2024年9月底前\n"
            "2\t深化农药兽药残留治理\t市农业农村局牵头，市市场监管局配合\t2024年11月底前")
    assert duties(text) == [("市教育局", "lead", "开展校园食品安全守护行动"), ("市市场监管局", "lead", "开展校园食品安全守护行动"),
                            ("市农业农村局", "lead", "深化农药兽药残留治理"), ("市市场监管局", "participant", "深化农药兽药残留治理")]


DEV = CORPUS / "dev" / "docs"


@functools.cache
def dev_plan(name: str):
    return parse(DEV / name)


def test_tags_after_run_on_items_give_the_heading_with_lead_and_participants():
    """hc_04 (国办发〔2020〕24号): one line of items, each closed by `（X牵头，Y等…按职责分工负责）`."""
    got = {(r.org, r.role) for r in dev_plan("hc_04.txt").responsibilities if r.duty == "深入推进多规合一"}
    assert got == {("自然资源部", "lead"), ("住房城乡建设部", "participant")}


def test_label_tags_and_a_heading_cut_at_a_space():
    """hd_04 (平潭县国土资源局): `（牵头单位：A，参加单位：B）`; `参与单位：各国土所` names no unit."""
    got = [(r.org, r.role, r.duty) for r in dev_plan("hd_04.txt").responsibilities]
    assert got == [("监察大队", "lead", "坚决纠正保障性住房建设的不正纠风问题"),
                   ("征地部", "participant", "坚决纠正保障性住房建设的不正纠风问题"),
                   ("征地部", "lead", "坚决纠正违法违规强制征地拆迁问题"),
                   ("法规科", "participant", "坚决纠正违法违规强制征地拆迁问题"),
                   ("用地科", "lead", "坚决纠正行业乱收费问题")]


def test_a_one_sentence_item_gives_its_measure_without_the_condition():
    """hc_01 (国办发〔2018〕117号): `对…的省（区、市），[measure]。（X负责）`; the same duty twice stays twice."""
    resp = dev_plan("hc_01.txt").responsibilities
    assert ("商务部", "在外贸转型升级基地培育中给予优先支持") in {(r.org, r.duty) for r in resp}
    assert sum(r.org == "财政部" and r.duty == "在分配年度中央财政资金时予以适当倾斜" for r in resp) == 2


def test_duties_listed_under_a_unit():
    """hf_05 (勞動部 計畫): `主辦機關為本部勞動力發展署…，其任務如下：(一)…`; the 各分署 list names no unit."""
    got = [r.duty for r in dev_plan("hf_05.txt").responsibilities if r.rule == "duty_list"]
    assert got == ["本计划之拟订规划修正及解释", "本计划整体执行之管控评核及成效检讨", "本计划资讯系统之规划建置及维运",
                   "稳定就业津贴之转拨"]


def test_a_membership_sentence_is_no_duty():
    text = "建立常态化联合工作机制，由客户服务部、工程运营部、安全监察部为核心参与部门，明确各部门核心履职要求。"
    assert duties(text) == []


def test_a_ranking_note_in_a_bracket_after_a_unit_line_ranks_it_and_later_tags():
    # bf_12 (丽水 市政府工作报告重点工作责任分解): `列第一位为牵头或汇总单位,下同` in a bracket closing the list;
    # `分别牵头` still makes each unit lead
    text = ("4.固定资产投资增长10%。\n责任单位:市发改委、市经信局、市财政局(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)\n"
            "6.城乡居民收入增速保持全省领先、农民收入增速快于城镇居民。\n责任单位:市人力社保局、市农业农村局分别牵头\n"
            "10.实施招商引资“百千”行动,每年招引亿元以上制造业项目100个。\n责任单位:市双招双引办、市发改委,各县(市、区)政府、丽水开发区管委会")
    assert duties(text) == [
        ("市发改委", "lead", "固定资产投资增长10%"), ("市经信局", "participant", "固定资产投资增长10%"),
        ("市财政局", "participant", "固定资产投资增长10%"),
        ("市人力社保局", "lead", "城乡居民收入增速保持全省领先农民收入增速快于城镇居民"),
        ("市农业农村局", "lead", "城乡居民收入增速保持全省领先农民收入增速快于城镇居民"),
        ("市双招双引办", "lead", "实施招商引资百千行动每年招引亿元以上制造业项目100个"),
        ("市发改委", "participant", "实施招商引资百千行动每年招引亿元以上制造业项目100个"),
        ("丽水开发区管委会", "participant", "实施招商引资百千行动每年招引亿元以上制造业项目100个")]


def test_mid_clause_by_org_gives_a_whole_duty_but_not_a_relative_clause():
    # bk_01 (邓州 三单 notice): the task before 由, the duty after the unit
    text = "涉及全市的重要政务工作由市政府办公室政务监督室依据相关文件、会议纪要建立工作台账进行专项交办;市领导交办任务由相关科室交办。"
    assert duties(text) == [("市政府办公室政务监督室", "lead", "依据相关文件会议纪要建立工作台账进行专项交办")]
    # hf_05 (劳动部 计划): a definition ending in 者 names a person; 劳动部 (本部) gets no duty from it
    text = ("一、劳动部（以下简称本部）为执行方案，特订定本计划。\n(一)青年：依本方案规定向教育部提出申请后，经审查通过，"
            "由教育部提供推荐名单交由本部办理就业媒合作业者。")
    assert "劳动部" not in {org for org, _role, _duty in duties(text)}


def test_a_clause_with_its_own_subject_and_modal_ends_the_duty():
    # bn_09 `局方將於本月14日向家長寄出選校通知書,家長仍可以紙本形式遞交…`; not an adverb before the modal (同时须)
    assert duties("教育局将于本月14日向家长寄出选校通知书,家长仍可以纸本形式递交表格。") == \
        [("教育局", "lead", "向家长寄出选校通知书")]
    assert duties("县农业农村局负责组织验收，同时须做好资料归档。") == \
        [("县农业农村局", "lead", "组织验收同时须做好资料归档")]


def test_a_units_other_name_in_a_bracket_is_part_of_the_unit():
    # blind8 br_07 (2008 督查要点), blind14 bx_09 (家校会 press release): the bracketed name gets no duty of its own
    text = ("每月初,由县政府领导亲自带队,或委托督查组按要求开展督查工作,县政府办公室(县政府督查室)具体做好组织协调和服务保障。"
            "家庭与学校合作事宜委员会(家校会)将于星期一(九月五日)在互联网上发布《小学概览2016》(中文及英文版)。")
    assert duties(text) == [("县政府办公室", "lead", "具体做好组织协调和服务保障"),
                            ("家庭与学校合作事宜委员会", "lead", "在互联网上发布小学概览2016")]


def test_the_weekdays_of_a_weekly_service_are_kept_in_the_duty_a_single_day_is_not():
    # blind25 ci_09 (劳工处 press release: `職業介紹所事務科會於星期一、三及五提供…`, `…亦會於星期一至五辦公時間…`), as blind18
    # cb_06 keeps `于星期一至五…`; blind14 bx_09 `将于星期一(九月五日)…`: one day before the action, no part of it
    assert duties("职业介绍所事务科会于星期一、三及五提供有限度柜位服务。") == \
        [("职业介绍所事务科", "lead", "于星期一三及五提供有限度柜位服务")]
    assert duties("电话就业服务中心亦会于星期一至五办公时间透过电话提供查询及就业服务。") == \
        [("电话就业服务中心", "lead", "于星期一至五办公时间透过电话提供查询及就业服务")]
    assert duties("家庭与学校合作事宜委员会将于星期一(九月五日)在互联网上发布《小学概览2016》。") == \
        [("家庭与学校合作事宜委员会", "lead", "在互联网上发布小学概览2016")]


def test_a_new_demand_after_a_comma_ends_the_duty_but_not_a_conditions_demand():
    # blind7 bq_05 (市发展改革委 负责…,要建立健全…); dev hc_07 (监察部 负责…，对工作不力…的，要严肃追究责任)
    assert duties("市发展改革委负责《方案》工作任务的统一督导调度,要建立健全工作推进机制。") == \
        [("市发展改革委", "lead", "方案工作任务的统一督导调度")]
    assert duties("监察部负责对地方政府落实稀土政策情况进行监督检查，对工作不力的，要严肃追究责任。") == \
        [("监察部", "lead", "对地方政府落实稀土政策情况进行监督检查对工作不力的要严肃追究责任")]


def test_a_bodys_stated_future_action_after_a_time_or_with_a_bare_hui():
    # blind15 by_09 (time before the unit, the issuer's `经研究` ends the duty), by_02 (a window item); blind9 bs_09 (会)
    assert duties("接省文明办通知,于3月中下旬省文明办将组织专家组对我区创建省级示范文明城区工作进行调研,经研究,"
                  "定于3月5日召开区创建省级示范文明城区迎检工作会议,具体通知如下:") == \
        [("省文明办", "lead", "组织专家组对我区创建省级示范文明城区工作进行调研")]
    assert duties("2. 5月23日-5月26日省厅组织在线初审;") == [("省厅", "lead", "组织在线初审")]
    assert duties("牌照事务处会暂停即时申请的柜位服务,但会继续处理已在网上登记预约的柜位服务。") == \
        [("牌照事务处", "lead", "暂停即时申请的柜位服务但会继续处理已在网上登记预约的柜位服务")]
    assert duties("县政府会议研究决定。") == []


def test_a_request_to_a_named_body_is_its_lead_duty_whatever_the_verb():
    # ANNOTATION (`请X…` is a lead duty): a meeting notice's `请市司法局安排并通知参会` (blind15 by_01); the body's
    # leaders and staff invited (`请市政府市长…参加`, `…主要负责同志列席会议`) and a collective get none
    assert duties("3.邀请1名市政府法律顾问组成员列席会议。请市司法局安排并通知参会。") == \
        [("市司法局", "lead", "安排并通知参会")]
    assert duties("请县公安局、县交通运输局安排警力维持会场周边交通秩序。") == \
        [("县公安局", "lead", "安排警力维持会场周边交通秩序"), ("县交通运输局", "lead", "安排警力维持会场周边交通秩序")]
    assert duties("1.请市政府市长、副市长、秘书长参加。2.请市司法局、宣城日报社主要负责同志列席会议。"
                  "请各县农业农村局认真组织实施。") == []
    # a body after a preposition is no addressee of the request (blind17 ca_06)
    assert duties("一、请按省科技厅通知要求(见附件),组织申报2023年度中央引导地方科技发展资金项目。") == []


def test_that_department_is_the_last_one_named_before():
    # blind18 cb_06 `屋宇署4月1日起逐步恢復更多公共服務。…該署會限制…`, blind9 bs_09 `機電署表示,…該署會以電話或郵遞通知
    # 申請人…`: 该署 is the last 署 named before it, not an earlier one
    text = ("运输署将于明日调整服务。机电署表示,办事处暂停服务,该署会以电话或邮递通知申请人有关申请结果。"
            "为减低社交接触,该署亦会限制同一时间可接受服务的人士数目。")
    assert duties(text)[1:] == [("机电署", "lead", "以电话或邮递通知申请人有关申请结果"),
                                ("机电署", "lead", "限制同一时间可接受服务的人士数目")]
    # 应该 is no reference, nor 该署长 (a person)
    assert duties("机电署发出通告。办事处应该会通知申请人。") == []


def test_a_request_run_on_after_a_clause_of_its_own_stands_alone():
    # blind15 by_01 (宣城 常务会议 notice): no stop between the clause and 请; a noun topic is still reordered (cb_01)
    assert duties("3.邀请1名市政府法律顾问组成员列席会议请市司法局安排并通知参会。") == [("市司法局", "lead", "安排并通知参会")]
    assert duties("有关与国防部协调案件请二科尽速汇整。") == [("二科", "lead", "尽速汇整有关与国防部协调案件")]


def test_an_item_opening_with_a_year_after_its_marker_keeps_its_bare_tag():
    # blind16 bz_03 (連江縣 縣長裁示事項): `6、98年…` is an item, 、 never a decimal point; `1.5` still no marker
    text = "5、對於公產管理要加強督導。(財政局)\n6、98年元旦升旗活動相關事宜,應事先做好規劃辦理。(教育局)"
    assert ("教育局", "lead", "98年元旦升旗活动相关事宜应事先做好规划办理") in duties(text)
    assert duties("1.5万元用于补助要做好登记。(财政局)") == []


def test_a_tags_list_goes_on_after_a_group_closed_by_its_kind():
    # blind17 ca_09 (新都区 政策措施): `…区水务局等部门,区国投公司、各街道办事处配合`
    text = ("4.加强项目谋划储备。建立投资项目信息化管理平台。（区发改局牵头，区财政局、区水务局等部门，"
            "区国投公司、各街道办事处配合）")
    assert duties(text) == [("区发改局", "lead", "加强项目谋划储备"), ("区财政局", "participant", "加强项目谋划储备"),
                            ("区水务局", "participant", "加强项目谋划储备"), ("区国投公司", "participant", "加强项目谋划储备")]
    # `等有关部门和单位`: 单位 is a collective, no unit (hc_02)
    assert [o for o, _r, _d in duties("（一）加大稳岗支持力度。可返还失业保险费。（人力资源社会保障部、财政部等有关部门和单位负责）")] \
        == ["人力资源社会保障部", "财政部"]


def test_by_with_a_qualifier_and_a_kind_closing_the_units():
    # blind9 bs_02 (四川 督查 notice): `由所涉及的A、B等省级主管部门（单位）牵头完成自查报告`
    text = ("19个方面督查重点，由所涉及的省政府办公厅、住房城乡建设厅、财政厅等省级主管部门（单位）牵头完成自查报告，"
            "其他相关部门（单位）配合，于6月20日前向省政府报送自查报告。")
    assert duties(text) == [(o, "lead", "完成自查报告") for o in ("省政府办公厅", "住房城乡建设厅", "财政厅")]
    assert duties("林长制工作由对应的县级责任单位具体负责。") == []


def test_a_body_before_a_persons_name_and_post_is_no_subject():
    # blind13 bw_03 (甘肃 督查通报): the body is the person's institution; a verb before a post is no name
    assert duties("根据要求，由监察部陈昌智副部长带队的国务院联合督查组于11月11日至14日对我省环保专项行动工作进行了督查。") == []
    assert duties("县教育局召开局长办公会议研究部署。") == [("县教育局", "lead", "召开局长办公会议研究部署")]


# --- task tables kept as text, run-on unit labels (blind21) ---------------------------------------------------

def _units_of(text: str, fmt: str = "txt") -> set[tuple[str, str, str]]:
    from extractor.extract.responsibilities import clean_duty
    p = parse(text.encode("utf-8"), filename=f"n.{fmt}")
    return {(r.org, r.role, clean_duty(r.duty)) for r in p.responsibilities}


def test_a_task_table_copied_one_cell_a_line_with_its_borders_is_read_from_any_row():
    # blind13 bw_10: rows 80-81 of a 分解表 under `目标与任务` / `牵头责任单位` / `责任单位`
    text = ("2024年《政府工作报告》重点工作目标任务分解表\n序号 |\n目标与任务 |\n分 管 县领导 |\n牵头责任单位 |\n责任单位 |\n"
            "80 |\n新增托位数400个以上。 |\n俞 悦 |\n县教育局 |\n县各有关单位 |\n"
            "81 |\n保障芜职院现代物流智造学院秋季开学。 |\n陆 明 |\n县教育局 |\n县各有关单位 |\n")
    got = _units_of(text)
    assert ("县教育局", "lead", "新增托位数400个以上") in got
    assert ("县教育局", "lead", "保障芜职院现代物流智造学院秋季开学") in got
    assert not any(org == "县各有关单位" for org, _r, _d in got)


def test_a_bordered_row_short_of_a_merged_category_cell_keeps_its_units_in_their_columns():
    # blind21 ce_09 (崇川区 民生实事): `主要任务` merged over the copied rows, `||` an empty cell and the row's end,
    # the last row cut by the page; `责任主体与协同单位` after the 牵头 column names participants
    text = ("民生实事项目推进情况\n序号 |\n主要任务 |\n全年目标任务 |\n分管 领导 |\n牵头 单位 |\n责任主体与协同单位 |\n"
            "1-10月推进情况 |\n说明 |\n"
            "24 |\n优化提升50条背街后巷交通组织。 |\n徐国江 |\n城管局 |\n市政局、相关街道 |\n已进场施工,完成30%。 |\n||\n"
            "25 |\n新建建筑垃圾中转站8个。 |\n徐国江 |\n城管局 |\n崇川经济开发区、相关街道 |\n已建成3个。 |\n")
    for fmt, doc in (("txt", text), ("html", "<html><body>" + "".join(f"<p>{line}</p>" for line in text.split("\n")
                                                                     if line) + "</body></html>")):
        got = _units_of(doc, fmt)
        assert ("城管局", "lead", "优化提升50条背街后巷交通组织") in got, fmt
        assert ("市政局", "participant", "优化提升50条背街后巷交通组织") in got, fmt
        assert ("崇川经济开发区", "participant", "新建建筑垃圾中转站8个") in got, fmt
        assert not any(org == "徐国江" for org, _r, _d in got)
    p = parse(text.encode("utf-8"), filename="n.txt")
    assert not p.targets and not [d for d in p.deadlines if d.text == "1-10月"]    # a column of results


def test_a_task_table_pasted_with_spaces_between_its_cells_is_read():
    # blind21 ce_01 (国办函[2016]38号): a letter-spaced header, a task with a space in it
    text = ("量化指标任务分工\n序号 工 作 任 务 牵头负责部门\n1 居民消费价格涨幅3%左右 发展改革委\n"
            "2 城镇新增就业1000万人以上 人力资源社会保障部\n3 安排财政赤字2.18万亿元, 赤字率提高到3% 财政部\n")
    got = _units_of(text)
    assert ("发展改革委", "lead", "居民消费价格涨幅3%左右") in got
    assert ("人力资源社会保障部", "lead", "城镇新增就业1000万人以上") in got
    assert ("财政部", "lead", "安排财政赤字2.18万亿元赤字率提高到3%") in got


def test_a_numbered_line_after_a_serial_header_alone_is_no_table():
    text = "序号 工作任务 牵头单位\n1 人员名单另行通知\n请各单位按时报送。\n"
    assert not _units_of(text)


def test_unit_labels_run_on_in_one_line_give_the_item_its_units():
    # blind21 ce_10: `牵头领导:…责任部门:…` and `配合领导:…配合部门:…` in a text that lost its line breaks
    text = ("实施专项整治工作(一)建筑施工场地专项整治建筑施工场地:要求施工企业创建文明施工场地。牵头领导:阮斌副局长责任部门:"
            "建工科、质监站(二)小街巷专项整治小街巷:开展专项整治工作。牵头领导:王元灿副局长责任部门:城建科、市政管理处"
            "配合做好专项整治工作(一)配合区执法局做好环境卫生保洁,门前三包工作配合领导:张明贵副局长配合部门:区园林局")
    got = set(duties(text))
    assert ("质监站", "lead", "建筑施工场地专项整治建筑施工场地") in got
    assert ("市政管理处", "lead", "小街巷专项整治小街巷") in got
    assert ("区园林局", "participant", "配合区执法局做好环境卫生保洁门前三包工作") in got
    assert not any(org == "市政管理处" and "配合做好" in duty for org, _r, duty in got)


def test_a_group_set_up_keeps_its_duty_after_the_clauses_of_its_posts():
    # blind21 ce_05
    got = duties("特成立镇创建全国文明城市工作领导小组,由党委书记任组长,党委副书记、镇长任常务副组长,宣传委员任副组长,"
                 "负责统筹、指挥、协调全镇创建全国文明城市工作。")
    assert ("镇创建全国文明城市工作领导小组", "lead", "统筹指挥协调全镇创建全国文明城市工作") in got


def test_participants_closed_by_their_kind_share_the_leads_duty():
    # blind23 cg_06: `等部门密切配合` after the participants' list, two clauses of duty after them
    got = duties("县国土资源局牵头,县发改局、县住建局等部门密切配合,抢抓时间,全力推进本次永久基本农田划定工作。")
    duty = "抢抓时间全力推进本次永久基本农田划定工作"
    assert ("县国土资源局", "lead", duty) in got
    assert ("县发改局", "participant", duty) in got and ("县住建局", "participant", duty) in got


def test_funds_raised_by_a_unit_take_the_cost_named_before_without_its_amount():
    # blind23 cg_07 (常发改 概算调整): `费N万元,资金来源(调整为)由X筹措解决`
    got = duties("二、核定工程概算总投资仍为49696万元,其中:地块南侧临棕榈路公共绿地建设费260万元,资金来源调整为由"
                   "常州雨润地华房地产开发有限公司筹措解决;集体土地上的征地拆迁费26447万元,资金来源由钟楼区人民政府筹措解决。")
    assert ("常州雨润地华房地产开发有限公司", "lead", "筹措解决地块南侧临棕榈路公共绿地建设费") in got
    assert ("钟楼区人民政府", "lead", "筹措解决集体土地上的征地拆迁费") in got
    assert not any("资金来源" in d for _o, _r, d in got)


def test_a_units_officer_in_charge_is_no_duty_of_the_unit():
    # blind23 cg_08 (Taiwan 教育局 notice): 承辦人 is the case officer, a person, as 负责人
    assert duties("請有意申請學校於113年4月29日前,填具申請表ㄧ式2份, 寄至本局(國小教育科承辦人)彙辦(免備文)。") == []
    assert ("县教育局", "lead", "承办本次比赛的组织工作") in duties("县教育局承办本次比赛的组织工作。")


def test_inspection_tasks_split_among_units_are_their_duties():
    # blind23 cg_01 (赤峰 复查 notice): `任务划分:A检查X;B检查Y` gives each unit its lead duty; 检查发现 reports a finding
    got = duties("任务划分:市蒙医中医医院检查松山区、红山区和宁城县;宁城县蒙医中医医院检查喀旗、敖汉旗和元宝山区。")
    assert ("市蒙医中医医院", "lead", "检查松山区红山区和宁城县") in got
    assert ("宁城县蒙医中医医院", "lead", "检查喀旗敖汉旗和元宝山区") in got
    assert duties("县市场监督管理局检查发现3家企业未按规定公示年度报告。") == []


def test_an_action_dated_before_the_notice_is_reported_not_assigned():
    # blind23 cg_02 (a notice of 2017-11-06) and blind14 bx_01 (a 告示 of 2023-08-29): `X于<an earlier date>V` recounts
    # what was done; the same action dated after the notice is still to come
    cg_02 = "为落实《通知》精神,民政部于2017年10月24日下发《关于开展政府驻地迁移信息核查和监督检查工作的通知》。"
    assert [r for r in run_snippet(cg_02, date="2017-11-06") if r["org"] == "民政部"] == []
    bx_01 = "市政署市政管理委员会于二零二三年八月四日会议议决把位于澳门特别行政区之公共街道命名及界定,有关资料如下:"
    assert run_snippet(bx_01, date="2023-08-29") == []
    later = [(r["org"], r["duty"]) for r in run_snippet(cg_02, date="2017-10-01")]
    assert ("民政部", "下发关于开展政府驻地迁移信息核查和监督检查工作的通知") in later
    # a time limit is no date of an event, whatever the page's date
    limit = "县农业农村局于2023年5月1日前完成项目验收。"
    assert ("县农业农村局", "lead", "完成项目验收") in duties_on(limit, "2023-06-01")


def test_a_semicolon_does_not_end_the_heading_of_a_tagged_item():
    # blind25 ci_01 (海盐 责任分解, lines run together): the item's first sentence holds three targets split by `;`; the
    # `责任单位:` line after it gives that sentence, not its first clause (the outline ends headings at 。/： only)
    got = duties("一、王丹县长牵头重点工作 1.全县生产总值增长7.5%左右;一般公共预算收入增长8.5%;城乡居民人均可支配收入与经济增长"
                 "基本同步,收入倍差进一步缩小。 责任单位:县发改局、县财政局 2.落实党政机关过紧日子的要求。 责任单位:县财政局")
    assert ("县发改局", "lead", "全县生产总值增长7.5%左右一般公共预算收入增长8.5%城乡居民人均可支配收入与经济增长基本同步"
            "收入倍差进一步缩小") in got


def test_cooperating_units_line_names_participants():
    # blind24 ch_02 (灵璧 任务分解): `主要协作单位:` under each task's `牵头责任单位:`, as `配合单位:`; 县政府有关部门 is a
    # collective and gives none
    got = duties("3.毫不放松抓好新冠肺炎疫情常态化防控工作,完善疾病预防控制体系和平战结合的疫情防控救治体系。\n牵头责任单位:县卫健委\n"
                 "主要协作单位:各乡镇人民政府、经济开发区管委会,县政府有关部门、有关直属单位\n4.创建国家卫生县城。\n"
                 "牵头责任单位:县卫健委\n主要协作单位:各乡镇人民政府、经济开发区管委会,县政府有关部门、有关直属单位")
    assert ("经济开发区管委会", "participant", "创建国家卫生县城") in got
    assert ("县卫健委", "lead", "毫不放松抓好新冠肺炎疫情常态化防控工作完善疾病预防控制体系和平战结合的疫情防控救治体系") in got
    assert {org for org, _r, _d in got} == {"县卫健委", "经济开发区管委会"}


def test_parks_in_a_tags_list_are_units():
    # blind8 br_08: the 责任单位 after a named 牵头单位 are its participants, parks included
    got = duties("7.修编经济开发区整体规划,提升完善各产业园发展规划。(牵头单位:县政府园区发展服务中心;责任单位:新材料产业园、"
                 "高端装备产业园、食品产业园、商贸物流园等)")
    assert [(org, role) for org, role, _d in got] == [("县政府园区发展服务中心", "lead"), ("新材料产业园", "participant"),
                                                      ("高端装备产业园", "participant"), ("食品产业园", "participant"),
                                                      ("商贸物流园", "participant")]


def test_jointly_after_by_gives_the_duty_after_the_partners():
    # blind25 ci_05 (襄城县 乡镇职责任务清单): `由X会同Y进行解释` as `X会同Y…`, the task before 由 in reading order
    got = duties("《清单》和《目录》由中共襄城县委机构编制委员会办公室会同县司法行政部门进行解释。")
    assert got == [("中共襄城县委机构编制委员会办公室", "lead", "进行解释清单和目录")]


def test_the_issuers_decision_formula_is_no_duty():
    # blind24 ch_04 (玉环 安全生产工作会议 notice): `县政府研究决定召开…` announces the issuer's decision
    assert duties("县政府研究决定召开全县安全生产工作会议。现将有关事项通知如下:") == []
    assert duties("县农业农村局研究制定补助办法。") == [("县农业农村局", "lead", "研究制定补助办法")]


def test_a_bulleted_units_action_without_its_time_or_place_clause():
    # blind25 ci_10 (區選繽紛日 press release): a bullet opens the unit's clause; `,地点分别是…` / `,活动时间为…` describe the
    # action, as `,地点为…` after an action in blind18 cb_11 and `,举办时间为…` in blind11 bu_12
    got = duties("(一)多个嘉年华活动在全港多区进行,包括:\n•康乐及文化事务署会在六个室外场地举办加入运动元素及游戏等的「区选乐缤纷」"
                 "嘉年华活动,地点分别是九龙公园(功夫阁)、启德车站广场。除长洲北帝庙游乐场活动外,其余场地的活动时间均为下午二时至五时。")
    assert got == [("康乐及文化事务署", "lead", "在六个室外场地举办加入运动元素及游戏等的区选乐缤纷嘉年华活动")]
    timed = duties("市教体局将举办读书分享活动,活动时间为2025年3月至2026年2月。")
    assert timed == [("市教体局", "lead", "举办读书分享活动")]


def test_a_requests_list_takes_the_units_the_organisations_stage_leaves_unnamed():
    # blind24 ch_04 (玉环 安全生产工作会议 notice): the last broadcaster of the `请` list is unnamed by the organisations stage;
    # blind26 cj_02 (平湖 现场会 notice): two places named in full, neither named there
    got = duties("请玉环报社、县电视台、县广播电台派记者参加。")
    assert [(org, role) for org, role, _d in got] == [("玉环报社", "lead"), ("县电视台", "lead"), ("县广播电台", "lead")]
    got = duties("（二）请曹桥街道、林埭镇做好现场观摩及“优美庭院”创建工作经验介绍准备,会议交流采用PPT形式;")
    assert [org for org, _r, _d in got] == ["曹桥街道", "林埭镇"]
    assert all(d.startswith("做好现场观摩及优美庭院创建工作经验介绍准备") for _o, _r, d in got)
    # a request to persons: no unit from the shortest shape (`参会` ends in 会)
    assert duties("（一）请参会人员于上午8:30前到市政府平台集中出发,原则上不得请假。") == []


def test_a_request_to_the_units_named_before_it():
    # blind7 bq_02 (紫阳 督查通报): `请以上责任单位…` after the units named in its sentence
    got = duties("其中,由县民政局负责的第1件、县发改局负责的第4件、县税务局负责的第13件确定事项进展滞后,"
                 "请以上责任单位加快工作节奏,全力推动确定事项落实。")
    assert got == [(org, "lead", "加快工作节奏全力推动确定事项落实") for org in ("县民政局", "县发改局", "县税务局")]
    # blind27 ck_11 (花莲 核销 letter): `请上述学校务必于…前…` after the paragraph that lists them; the time is no duty
    got = duties("四、目前仍未办理核销的学校:新城国小、大荣国小、光复国小。\n"
                 "五、请上述学校务必于10月29日下班前检具第三项说明资料至本府,敬请配合。")
    assert [org for org, _r, _d in got] == ["新城国小", "大荣国小", "光复国小"]
    assert all(d.startswith("下班前检具第三项说明资料至本府") for _o, _r, d in got)
    # nothing named before: no unit
    assert duties("五、请上述学校务必于10月29日下班前检具第三项说明资料至本府,敬请配合。") == []


def test_a_past_action_whose_verb_takes_le_after_its_object_is_no_duty():
    # blind27 ck_01 (重庆 征求意见的函): `我局会同A、B组织有关单位起草了《…》` recounts what was done
    got = duties("为有效指导我市公共厕所的建设实施,我局会同市城管局、市文化旅游委组织有关单位起草了"
                 "《重庆市公共厕所规划设计导则》(征求意见稿),现公开征求意见。")
    assert got == []
    # 了 in 了解, 为了, 除了 is no past
    assert duties("县财政局负责除了专项资金以外的资金保障。") == [("县财政局", "lead", "除了专项资金以外的资金保障")]
    assert duties("县农业农村局要深入了解群众需求。") == [("县农业农村局", "lead", "深入了解群众需求")]


def test_a_bracketed_note_on_who_notifies_an_attendee():
    # blind24 ch_04 (玉环 安全生产工作会议 notice): the note names who notifies the company before it; the attendees after the
    # bracket are no part of the duty; `县安委会全体成员` (县安委 read, its 会 no modal) gives nothing
    got = duties("三、对象:各镇乡(办事处)安委会主任、安委办主任;县安委会全体成员;县电信局、大鹿岛旅游开发总公司"
                 "(由县风景旅游管理局负责通知)分管安全生产工作的领导各1名。")
    assert got == [("县风景旅游管理局", "lead", "通知大鹿岛旅游开发总公司")]
    # blind28 cl_03 (苍南县 基础教育发展大会 notice): a note that closes its item is on the whole list of the item, after its marker
    got = duties("二、参加对象:\n1.县四套班子领导,县有关部门主要负责人,乡镇党委书记、镇长及分管教育副镇长(由县委办、县府办通知);\n"
                 "6.部分党代表、人大代表、政协委员(由人事科通知);")
    assert got == [("县委办", "lead", "通知县四套班子领导县有关部门主要负责人乡镇党委书记镇长及分管教育副镇长"),
                   ("县府办", "lead", "通知县四套班子领导县有关部门主要负责人乡镇党委书记镇长及分管教育副镇长"),
                   ("人事科", "lead", "通知部分党代表人大代表政协委员")]


def test_a_meeting_notices_speakers_present_their_experience():
    # blind27 ck_02 (福建 全省文明办主任会议): each speaker's talk is its duty; a past talk or a body's account is none
    got = duties("六、大会发言对象及材料准备:\n厦门市文明办介绍创建全国文明城市经验;德化县文明办介绍创建全国文明县城经验;"
                 "东山县文明办介绍陈城镇澳角村创建全国文明村经验;省电力公司介绍创建全国文明单位经验。发言材料要求精练。")
    assert got == [("厦门市文明办", "lead", "介绍创建全国文明城市经验"), ("德化县文明办", "lead", "介绍创建全国文明县城经验"),
                   ("东山县文明办", "lead", "介绍陈城镇澳角村创建全国文明村经验"), ("省电力公司", "lead", "介绍创建全国文明单位经验")]
    assert duties("会上,县农业农村局介绍了创建省级示范县的经验。") == []
    assert duties("县农业农村局介绍,全县已推广稻渔综合种养经验。") == []


def test_a_definitions_persons_after_by_are_no_duty():
    # dev hf_05 (劳动部 青年就业领航计划): `，由教育部提供推荐名单交由本部办理就业媒合作业者` defines 青年 (those who…)
    text = ("二、本计划用词，定义如下：\n(一)青年：中华民国设有户籍之高中职应届毕业生，经审查通过，"
            "由教育部提供推荐名单交由本部办理就业媒合作业者。")
    assert duties(text) == []
    assert duties("经审查通过后，由教育部提供推荐名单。") == [("教育部", "lead", "提供推荐名单")]


def test_a_heading_that_holds_a_date_heads_no_list_of_duties():
    # blind18 cb_04 (a Taiwan 函 split at its number's `(一)`): `依据教育部108年1月24日台教社` has a unit's last character only
    text = "一、依据教育部108年1月24日台教社\n(一)字第1080011531A号函办理。\n二、旨揭绘画比赛,参加对象为全国国民小学学生。"
    assert duties(text) == []


def test_a_release_says_what_the_unit_will_do_after_its_words():
    # blind9 bs_09 (運輸署 news): `X表示,會…` leaves X out as the subject of 會; `,個別通知…` (individually) goes on with it
    got = duties("所有原定安排在明日至本月15日的驾驶考试都会暂停,直至另行通知。\n"
                 "运输署表示,会在恢复驾驶考试服务后,个别通知受影响考生新订的考试日期。")
    assert got == [("运输署", "lead", "在恢复驾驶考试服务后个别通知受影响考生新订的考试日期")]
    # words with a subject of their own (blind5 bm_11) give the speaker nothing
    assert duties("公务员事务局表示,政府已实施第2阶段5天工作周,有关的服务单位本周六起,周六停止办公。") == []
    # 个别 before a noun opens a new subject still
    got = duties("县农业农村局要加强督促检查,个别部门和单位没有按时完成的要通报。")
    assert got == [("县农业农村局", "lead", "加强督促检查")]


def test_parallel_hosts_after_by_each_take_the_task_before_by():
    # blind23 cg_10 (康文署 駐留計劃): `計劃由A主辦、B與C合辦`: A's verb ends at 、, the task before 由 its object
    got = duties("计划由康乐及文化事务署主办、艺术推广办事处与艺术机构Helsinki International Artist Programme合办,"
                 "旨在推动本地与国际艺术交流。")
    assert got == [("康乐及文化事务署", "lead", "主办计划")]


def test_the_last_piece_reads_the_shapes_with_their_leading_run_lazy():
    # the last piece of a request's list runs into its verb (`请玉环报社、县电视台、县广播电台派记者参加`, blind24 ch_04): the
    # shortest unit shape, read from the same vars as the shape (its leading run, then `?`, then its suffix), so that an
    # edit of a shape is an edit of its lazy form
    rf, g = load_rules("responsibilities"), _grammar()
    for kind, lazy in (("UNIT", "last_unit"), ("PLACE", "last_place")):
        run, suffix = rf.expand(f"${{{kind}_RUN}}"), rf.expand(f"${{{kind}_SUFFIX}}")
        assert rf.expand(f"${{{kind}_SHAPE}}") == run + suffix
        assert g[lazy].pattern == run + "?" + suffix
    assert _last_piece("县广播电台派记者参加。", 0) == "县广播电台"


def test_a_by_note_is_found_once_with_its_close():
    # blind24 ch_04: the 由 that opens a bracketed note and where the note closes, found once for the duty's end and its topic
    text = "县电信局、大鹿岛旅游开发总公司(由县风景旅游管理局负责通知)分管安全生产工作的领导各1名。"
    at = text.index("县风景")
    by, close = _by_note(text, Unit(at, at + len("县风景旅游管理局"), [("县风景旅游管理局", at)]))
    assert (text[by], text[close]) == ("由", ")")


def test_a_body_written_short_takes_its_duty_under_the_listed_fuller_name():
    # blind21 ce_01 (国办函[2016]38号): `国办将加强跟踪督办` in a notice signed 国务院办公厅, which the organisations
    # list gives once, in that fuller form: the duty goes to the same name
    text = ("国务院办公厅关于印发2016年《政府工作报告》量化指标任务分工的通知\n国务院有关部门:\n"
            "三、国办将加强跟踪督办,定期梳理汇总落实情况。\n国务院办公厅\n2016年4月6日\n")
    p = parse(text.encode("utf-8"), filename="n.txt")
    assert [(r.org, r.duty) for r in p.responsibilities] == [("国务院办公厅", "加强跟踪督办定期梳理汇总落实情况")]
    assert {r.org for r in p.responsibilities} <= {o.name for o in p.organizations}


def test_by_a_unit_inside_a_relative_clause_is_no_duty_of_it():
    # blind31 co_09 (新北 入学 notice): `由X制发之通知单`, the written language's 之 for 的, names the slip X issues;
    # the clause's subject (国小) forwards it, X is given nothing from it (X's own clause after 另, `将于…公告…`, is its
    # stated action where X is named: the notice's text names no 额满国中, a kind of school)
    got = duties("四、另额满国中将于4月30日公告申请入学之新生排序名单,国小代为转发由额满国中制发之通知单,通知家长备齐相关"
                 "证明文件。")
    assert not any("通知单" in duty or "转发" in duty for _org, _role, duty in got)
    assert duties("各单位要认真执行由国务院制定的政策。") == []
    # a whole duty after a mid-clause 由X is kept (blind4 bk_01)
    assert duties("市政府常务会议议定事项由市政府办公室政务监督室依据相关文件建立工作台账进行专项交办。") == [
        ("市政府办公室政务监督室", "lead", "依据相关文件建立工作台账进行专项交办")]


def test_scheduled_actions_said_with_the_forms_of_dingyu_and_yuding():
    # 訂於 (blind32 cp_09 金沙鎮公所), 特定於 (blind33 cq_11 郵電局), 預定 (blind32 cp_08 內政部); a clause with its own
    # 訂於 schedules another action; 原訂於 (blind33 cq_12) is what was planned before a change
    got = duties("县教育局订于10月13日举办重阳节进香活动,订于9月20日上午8时起至11时30分于各里办公处受理报名。")
    assert got == [("县教育局", "lead", "举办重阳节进香活动")]
    got = duties("另外,为配合政府总部开放日之举行,邮电局特定于二零二零年十月十七日及十八日上午九时至下午六时正,"
                 "在政府总部对面设置临时柜台。")
    assert got == [("邮电局", "lead", "于二零二零年十月十七日及十八日上午九时至下午六时正在政府总部对面设置临时柜台")]
    assert duties("二、教育部预定选拔30位孝行楷模,每人致赠奖座1座。") == [("教育部", "lead", "选拔30位孝行楷模每人致赠奖座1座")]
    assert duties("而县文化局原订于7月至8月期间举行的工作坊,有关报名及抽签安排取消。") == []


def test_a_yearless_date_up_to_the_notices_day_reports_what_was_done():
    # blind33 cq_08, a school's letter of 2020-07-14: `教育局於7月14日宣布,…`; a date further back may be next year's
    text = "县教育局于7月14日宣布,学校要由7月15日起暂停所有校内活动两星期。"
    assert duties_on(text, "2020-07-14") == []
    # (a statement is none on any day: speech_opening, blind38 cv_12)
    assert duties_on(text, "2020-07-10") == []
    assert duties_on("县教育局于7月14日举办简介会。", "2020-07-10") == [("县教育局", "lead", "举办简介会")]
    assert duties_on("县教育局于1月10日举办简介会。", "2020-12-20") == [("县教育局", "lead", "举办简介会")]


def test_named_units_after_collectives_closed_by_their_kind():
    # blind33 cq_04 `請各教學單位、黨辦、校辦…安排…`, blind25 ci_09 `…轄下各分區辦事處及職業介紹所事務科會於…`; 至於 turns
    # to another topic; a 各 that distributes over the kinds after it leaves a collective subject
    got = duties("请各教学单位、县公安局、城建办、县交通运输局安排一位主要领导参加,并在主席台就座。")
    assert got == [(u, "lead", "安排一位主要领导参加并在主席台就座") for u in ("县公安局", "城建办", "县交通运输局")]
    got = duties("县公安局辖下各分区办事处及县交通运输局会于星期一、三及五提供有限度柜位服务,"
                 "至于专门解答查询的热线将维持星期一至五办公时间服务。")
    assert got == [("县交通运输局", "lead", "于星期一三及五提供有限度柜位服务")]
    assert duties("各省、自治区、县交通运输局要在本意见印发之日起30日内制定办法。") == []


def test_ling_opens_a_sentence_before_its_subjects():
    # blind32 cp_12 `另教育暨青年局與地球物理暨氣象局將密切關注…`; after 另 a relative clause or a sum states no duty
    # (blind31 co_10, blind27 ck_11)
    got = duties("另县教育局与县气象局将密切关注开学期间的天气状况,并将透过电台、电视台及该局网页发放相关讯息。")
    assert [(o, r) for o, r, _d in got] == [("县教育局", "lead"), ("县气象局", "lead")]
    assert duties("另县教育局举办的课程,明日亦暂停一天。六、另县教育局实支8,840元,原送来的核销结余为2,000元。") == []


def test_a_dated_event_with_its_hour_and_place_is_reported_and_a_release_says_jiangyu():
    # blind31 co_04 `5月22日14:30在縣職教中心三樓會議室,縣政府召開…`; `X表示,將於…` as bs_09's `X表示,會…`
    assert duties("5月22日14:30在县职教中心三楼会议室,县政府召开全体(扩大)会议暨廉政工作会议。") == []
    assert duties("运输署今日表示,将于3月1日暂停驾驶考试服务。") == [("运输署", "lead", "暂停驾驶考试服务")]


def unit_duties(text: str) -> list[tuple[str, str]]:
    """The units and duties of a whole notice given as text."""
    return [(r.org, r.duty) for r in parse(text.encode(), filename="notice.txt").responsibilities]


def test_a_short_form_gives_its_duty_to_the_body_the_notice_names_in_full():
    # blind44 db_06: 院感办 in the body, the office signing in full
    text = ("关于开展2024年医院感染风险评估的通知\n各临床、医技科室:\n根据《三级医院等级评审标准》要求,院感办定于7月下旬至8月"
            "上旬开展2024年医院感染风险评估。请各科室做好准备。\n医院感染管理办公室\n2024年7月22日\n")
    assert unit_duties(text) == [("医院感染管理办公室", "于7月下旬至8月上旬开展2024年医院感染风险评估")]
    # blind33 cq_04: 校办 among the units asked, 校长办公室 named after them
    text = ("关于组织新生开学典礼的通知\n各单位:\n请各教学单位、党办、校办、研究生院安排一位主要领导参加,并在主席台就座。"
            "请于8月24日前将领导姓名报校长办公室。\n")
    assert ("校长办公室", "安排一位主要领导参加并在主席台就座") in unit_duties(text)
    # blind37 cu_06: 市局, the bureau a listed office opens with
    text = ("关于推荐一村一品示范村镇的通知\n各县区农业农村局:\n请于6月30日前,将申报所需的材料报市农业农村局乡村产业发展科,"
            "市局将在各地申报的基础上,组织审核,择优推荐1个省级“一村一品”专业示范村镇报省农业农村厅。\n")
    assert [org for org, _ in unit_duties(text)] == ["市农业农村局"]
    # a known body is no local one; what the full name adds must not change the suffix
    assert unit_duties("关于做好投资的通知\n各乡镇:\n发展改革委将加强统筹。市发展改革委负责汇总。\n") == [
        ("发展改革委", "加强统筹"), ("市发展改革委", "汇总")]
    suffixes = load_rules("responsibilities").lexicon["short_suffixes"]
    assert _abbreviates("县委办", "县委办公室", suffixes)
    assert not _abbreviates("县委", "县委办公室", suffixes)
    assert not _abbreviates("教育局", "教育局学位分配组", suffixes)


def test_a_unit_that_sends_staff_takes_the_duty():
    # blind44 db_01 (共和县 统计开放日 notice): 派员 as a duty verb, as co_10 and cy_12 give it after 将
    text = "其他部门全力配合,按照各自职责开展宣传活动。县电视台派员做好相关宣传报道工作。"
    assert duties(text) == [("县电视台", "lead", "派员做好相关宣传报道工作")]


def test_an_event_held_at_a_place_on_a_day_in_chinese_numerals():
    # blind44 db_11 (a Macau paper's society news): 合办 after a day in Chinese numerals, its programme from a clock time no
    # part of the duty; db_10 特别 before the place
    got = duties("行政暨公职局、公务华员职工会十月三日上午在松山合办“公务员庆祝国庆环山步行同乐日”,9:00-10:00有武术表演、"
                 "拳术速成班、10:15环山步行、11:45茶聚,更安排啤酒竞饮比赛。")
    assert got == [(u, "lead", "在松山合办公务员庆祝国庆环山步行同乐日") for u in ("行政暨公职局", "公务华员职工会")]
    got = duties("为了让市民亲身体验耕种的乐趣,民政总署特别于黑沙公园后方的开心农耕场,举办“农耕新体验”活动。")
    assert got == [("民政总署", "lead", "于黑沙公园后方的开心农耕场举办农耕新体验活动")]


def test_units_set_apart_as_labels_in_a_division_of_the_work(corpus_plan):
    # blind45 dc_04 (a county's 秸秆禁烧 实施方案: `各组成单位及其职责如下:县环保局。负责…。县农委。负责…;负责…`, a unit's
    # name as its own sentence) and blind46 dd_01 (`具体分工如下:` / `1、体育中心:提供…` / `2、档案室:提供…`, labels the
    # organisations extractor leaves unnamed): each label's duty is the unit's
    got = {(r.org, r.duty) for r in corpus_plan("blind45/docs/dc_04.pdf").responsibilities}
    assert {("县环保局", "对全县秸秆禁烧工作实施统一监督并承担县禁烧办的日常工作"), ("县农委", "全县农作物秸秆综合利用工作的督导"),
            ("县监察局", "对全县秸秆禁烧工作的行政监督对发生重大责任事故的有关责任人员进行行政责任追究和处理")} <= got
    got = {(r.org, r.role, r.duty) for r in corpus_plan("blind46/docs/dd_01.html").responsibilities}
    assert got == {("体育中心", "lead", "提供体育赛事军训等方面材料"), ("档案室", "lead", "提供获奖证书文件等材料")}
    # no division before the label: none
    assert duties("三、获奖资料要求注明具体奖项。\n1、县教育局:提供体育赛事、军训等方面材料") == []


def test_a_tag_in_ascii_square_brackets_after_an_item(corpus_plan):
    # blind47 de_03 (下陆区 2020年区政府重点工作责任分解, a web page): `[牵头单位:A、B;责任单位:…成员单位、各街办(新区)]`, the
    # same tag as `（牵头单位：…）` and the square `〔…〕` / `【…】`; the collectives give no unit
    got = {(r.org, r.role, r.duty) for r in corpus_plan("blind47/docs/de_03.txt").responsibilities}
    duty = "以爱国卫生运动和文明城市创建为抓手大力开展环境卫生综合整治强化群众风险防控意识切实巩固疫情防控成果"
    assert {("区卫健局", "lead", duty), ("区创文办", "lead", duty)} <= got
    assert all(org in ("区卫健局", "区创文办") for org, _role, _duty in got)
    # item 1 says a short first sentence and three more before its tag: that sentence, as a heading (blind bl_17 item 2
    # `继续按不高于2017年征收标准征收残疾人就业保障金。落实…。(…负责)` has the same); its long first sentence is none (item 1)
    assert ("区卫健局", "lead", "切实提高政治站位慎终如始精准抓好疫情防控工作") in got
    got = {(r.org, r.duty[:20]) for r in corpus_plan("blind/docs/bl_17.txt").responsibilities}
    assert ("市残联", "继续按不高于2017年征收标准征收残疾人") in got and ("市医保局", "按照国家统一部署平稳有序实施企业职工基本") in got
