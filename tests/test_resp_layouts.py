"""Duty layouts found in the blind sets' misses and extras, each read from its notice's file through its reader
and, where a rule is general, on fragments of the same grammar."""
from __future__ import annotations

from extractor.extract.responsibilities import run_snippet


def duties_of(plan) -> set[tuple[str, str, str]]:
    return {(r.org, r.role, r.duty) for r in plan.responsibilities}


def test_what_a_unit_announces_of_itself_is_its_duty(corpus_plan):
    # a Hong Kong press release: `X今天宣布,由7月1日起,该署延长…` (blind20 cd_07), `X今日(二月三日)公布,该处由明日(二月四日)起
    # 只提供…` (blind25 ci_09): the clause of 该X, without its day
    assert ("地政总署", "lead", "延长各服务柜台周一至五的办公时间") in duties_of(corpus_plan("blind20/docs/cd_07.txt"))
    assert ("劳工处", "lead", "只提供紧急和必须公共服务") in duties_of(corpus_plan("blind25/docs/ci_09.ofd"))


def test_an_announcement_about_another_subject_gives_no_duty():
    # the release speaks of 政府 or of a body's services, not of 该X (blind5 bm_11)
    assert run_snippet("公务员事务局宣布,政府已实施第2阶段5天工作周,有关的服务单位本周六起,周六停止办公。") == []


def test_a_unit_acting_on_its_basis_states_its_duty(corpus_plan):
    # `X根据…要求，组成…` (blind8 br_07, the basis left out) and `X结合…，对…进行汇总筛选，最终…` (blind13 bw_09: the basis
    # kept, with the one action clause after it), with no modal and no duty verb
    assert ("县监察局", "lead", "组成联合督查组采取督查与调研明查与暗访相结合的方式开展抽查") in duties_of(corpus_plan("blind8/docs/br_07.txt"))
    assert ("县农业农村局", "lead", "结合村集体经济发展规划目标任务和资金规模对通过行业部门论证的项目进行汇总筛选") \
        in duties_of(corpus_plan("blind13/docs/bw_09.doc"))


def test_a_basis_and_its_one_action_clause_make_the_duty():
    # blind6 bn_07 (勉县 2023 任务分解): `县委督查办要结合任务分解,认真建立督查台账,综合运用…`
    got = run_snippet("县委督查办要结合任务分解,认真建立督查台账,综合运用四不两直、明察暗访等手段,月开展一次督查督办。")
    assert [(r["org"], r["duty"]) for r in got] == [("县委督查办", "结合任务分解认真建立督查台账")]


def test_a_basis_without_an_action_of_the_unit_gives_nothing():
    # mid-clause, the unit is no subject (`由X根据…` is by_org's; a unit after a verb is an object)
    assert run_snippet("会议要求加强与县农业农村局结合，共同推进。") == []


def _orgs(plan) -> set[str]:
    return {r.org for r in plan.responsibilities}


def test_a_plan_heading_of_a_unit_shape_heads_no_duty_list(corpus_plan):
    # `一、着力构建高效协同的数字政府` over `（一）提升政务服务效能` (blind29 cm_02), `(三)着力稳定烟区` (blind5 bm_05)
    assert "着力构建高效协同的数字政府" not in _orgs(corpus_plan("blind29/docs/cm_02.docx"))
    assert "着力稳定烟区" not in _orgs(corpus_plan("blind5/docs/bm_05.html"))


def test_a_named_unit_heading_still_heads_its_duty_list(corpus_plan):
    # `1.客户服务部（1）通气点火：…` (dev he_06)
    duties = {(r.org, r.duty) for r in corpus_plan("dev/docs/he_06.pdf").responsibilities if r.rule == "duty_list"}
    assert ("客户服务部", "通气点火") in duties


def test_a_duty_to_take_part_makes_a_participant(corpus_plan):
    # `X负责参与…` (ANNOTATION: 负责参与 makes participants): dev hd_01's 省妇联 and 省计划生育协会, their words kept
    got = duties_of(corpus_plan("dev/docs/hd_01.txt"))
    assert ("省妇联", "participant", "参与婴幼儿家庭教育指导服务") in got
    assert ("省计划生育协会", "participant", "参与婴幼儿照护服务的宣传教育和社会监督") in got


def test_the_implementers_a_tags_note_names_for_every_task_are_not_its_units(corpus_plan):
    # `(责任单位:市工信局、市财政局等有关部门,各县区人民政府、园区管委会。以下政策措施均需各县区人民政府、园区管委会落实,不再单独
    # 列出)` (blind24 ch_01) and `(牵头单位:市行政审批服务局;责任单位:市直有关部门、单位,各区市政府、开发区管委。以下任务均需各区市
    # 政府、开发区管委落实,不再一一列出)` (blind29 cm_02): the units the note names carry out all the tasks, listed once
    assert "园区管委会" not in {r.org for r in corpus_plan("blind24/docs/ch_01.txt").responsibilities}
    resp = corpus_plan("blind29/docs/cm_02.docx").responsibilities
    assert "开发区管委" not in {r.org for r in resp}
    assert ("市行政审批服务局", "lead") in {(r.org, r.role) for r in resp if r.duty == "深化政务服务网上办"}


def test_the_meeting_a_notice_calls_for_its_day_is_no_duty(corpus_plan):
    # `省人民政府定于12月1日上午9:00召开…电视电话会议` (blind17 ca_03) calls the notice's own meeting, as the 会议通知 of
    # blind33 cq_01 do; a meeting held at set times and another action after 定于 stay duties
    assert not any(r.org == "省人民政府" for r in corpus_plan("blind17/docs/ca_03.txt").responsibilities)
    assert run_snippet("市科协决定于2008年3月12日上午8:30在鹰潭宾馆三楼会议室召开鹰潭市科协工作会议。") == []
    assert [(r["org"], r["duty"]) for r in run_snippet("省厅定期召开攻坚行动调度会,加强会商分析。")] == \
        [("省厅", "定期召开攻坚行动调度会加强会商分析")]
    assert [(r["org"], r["duty"]) for r in run_snippet("省教育厅定于本月中下旬组织分校同志外出学习考察。")] == \
        [("省教育厅", "组织分校同志外出学习考察")]


def test_a_place_before_an_event_or_a_facility_keeps_it_in_the_duty(corpus_plan):
    # Hong Kong press releases: `发展局及海滨事务委员会于湾仔海滨举行…` (blind25 ci_10), `教育局学位分配组8月6–11日办公时间内,
    # 在…吕祺教育服务中心设置咨询中心` (blind34 cr_08, the bare day left out)
    ci_10 = duties_of(corpus_plan("blind25/docs/ci_10.txt"))
    assert {("发展局", "lead", "于湾仔海滨举行一个圣诞一个维港期间限定活动"),
            ("海滨事务委员会", "lead", "于湾仔海滨举行一个圣诞一个维港期间限定活动")} <= ci_10
    assert ("教育局学位分配组", "lead", "在香港湾仔皇后大道东269号吕祺教育服务中心设置咨询中心为学生提供升学资料及所需协助") \
        in duties_of(corpus_plan("blind34/docs/cr_08.ofd"))
    # a time after 在 and a verb other than an event's or a facility's give none
    assert run_snippet("国务院新闻办公室在七月二十五日举行新闻发布会。") == []


def test_an_earliest_or_expected_time_before_the_action_is_left_out(corpus_plan):
    # `社會福利署最早於2018年7月24日向…家庭,發放上網費津貼` (blind16 bz_05); a plan changed (`原计划于`) gives none
    assert ("社会福利署", "lead", "向有成员在二零一八一九学年接受中小学程度教育并符合资格领取综援计划下与就学有关的定额津贴的"
            "家庭发放上网费津贴") in duties_of(corpus_plan("blind16/docs/bz_05.txt"))
    assert run_snippet("县教育局原计划于3月举办运动会。") == []


def test_a_weekday_after_a_date_does_not_end_the_duty_and_two_joined_days_are_kept(corpus_plan):
    # `社會福利署於2024年8月27日(星期二)至2024年9月9日(星期一)接受院舍提交新配額申請` (blind34 cr_09); `十月十七日及十八日`
    # (blind33 cq_11's form) is kept from its 于 as a range is
    assert ("社会福利署", "lead", "于2024年8月27日星期二至2024年9月9日星期一接受院舍提交新配额申请") \
        in duties_of(corpus_plan("blind34/docs/cr_09.txt"))
    assert [r["duty"] for r in run_snippet("康乐及文化事务署将于十一月十二日和十三日(星期六和日)举办欢乐公园系列活动。")] == \
        ["于十一月十二日和十三日星期六和日举办欢乐公园系列活动"]


def test_a_role_clause_opened_by_by_closes_the_task_before_it():
    # `由X具体负责。` / `具体由X负责。` / `…,具体由X负责。` after an item's work (eimio.cn 縣民族團結進步工作宣傳活動方案, items
    # (一), (四), (五)): the item's heading is the duty, not the role word left after the unit
    got = run_snippet("(一)对外宣传\n联合媒体开辟新闻专栏,重点推出民族团结进步系列专题报道。由县委宣传部具体负责。\n"
                      "(四)举办百日文化广场展演活动\n以党委为单位,每天由一个党委组织展演一台文艺晚会。具体由县文体局负责。\n"
                      "(五)举办全县民族团结运动会\n于5月下旬举办全县第22届民族团结运动会,届时将举行群众游行庆祝活动,具体由县文体局负责。")
    assert [(r["org"], r["duty"], r["role"]) for r in got] == [
        ("县委宣传部", "对外宣传", "lead"), ("县文体局", "举办百日文化广场展演活动", "lead"),
        ("县文体局", "举办全县民族团结运动会", "lead")]
    # the clause's units are a tag's: no by_org item keeps the role word as its duty (gzkndz.com 商南縣冬令救助)
    got = run_snippet("实行包抓负责制,由县民政局牵头负责,县直各部门单位、各镇办具体实施。")
    assert [(r["org"], r["rule"]) for r in got] == [("县民政局", "unit_sentence")]


def test_a_service_a_unit_gives_or_stops_is_its_duty(corpus_plan):
    # Hong Kong service arrangements (hkcd.com 2020-07-21): the service said in the present after the unit, with its 只
    got = run_snippet("入境处只提供补领身份证服务、紧急申请及领取旅游证件及死亡登记等服务。"
                      "婚姻登记处只处理递交拟结婚通知书及在登记处举行婚礼,其他公共服务暂停。")
    assert [(r["org"], r["duty"]) for r in got] == [
        ("入境处", "只提供补领身份证服务紧急申请及领取旅游证件及死亡登记等服务"), ("婚姻登记处", "只处理递交拟结婚通知书及在登记处举行婚礼")]
    # a service's hours or a past stop are no duty; nor, by blind18 cb_08's gold, a stop after its day with 由 or a
    # service after 则于
    assert run_snippet("县图书馆开放时间为周二至周日上午9时至下午5时。县人民医院停止了部分门诊服务。") == []
    orgs = _orgs(corpus_plan("blind18/docs/cb_08.txt"))
    assert "运输署驾驶考试中心" not in orgs and "车辆检验中心" not in orgs


def test_a_courtesy_to_the_public_ends_the_duty():
    # blind33 cq_12 (文化局 news): the gold's duty ends before `感谢市民的理解及配合`; blind27 ck_11's before `敬请配合`
    got = run_snippet("文化局将密切留意疫情情况,积极配合卫生部门发出的相关指引,适时作出相应安排,感谢市民的理解及配合。")
    assert [(r["org"], r["duty"]) for r in got] == [("文化局", "密切留意疫情情况积极配合卫生部门发出的相关指引适时作出相应安排")]


def test_a_statement_made_at_a_time_is_no_duty(corpus_plan):
    # blind38 cv_12 (a school's letter): `教育局於2021年1月4日宣佈所有幼稚園及中小學…` reports what the bureau said
    assert "教育局" not in _orgs(corpus_plan("blind38/docs/cv_12.txt"))
    assert run_snippet("教育局于7月14日宣布,因过去数天疫情有扩散的迹象,学校要由7月15日起暂停所有校内活动两星期。") == []


def test_a_connective_adverb_before_the_duty_verb_keeps_the_duty():
    # `X还负责…` (sina.com.cn 2022-03-02 大冶), `X分工负责…` (guangyuanol.cn 2015-11-06), `A和B分别负责…`; not `还将`, a
    # report's plan (seeds 004 `深圳局还将专门组织编写…`, no duty in its gold)
    got = run_snippet("县财政局负责项目资金筹措、调度;县农牧局分工负责方案审查,技术指导,落实专人督促项目进度。")
    assert ("县农牧局", "方案审查技术指导落实专人督促项目进度") in [(r["org"], r["duty"]) for r in got]
    got = run_snippet("县财政局和县农牧局分别负责资金拨付和技术指导。")
    assert [r["org"] for r in got] == ["县财政局", "县农牧局"]
    assert run_snippet("深圳局还将专门组织编写检测整顿培训教材。") == []
    # 亦会 is the modal's, not 亦 before the verb 会同 (blind29 cm_10 `亦會同步在網頁公佈`)
    assert not any(r["duty"].startswith("步") for r in run_snippet("县教育局亦会同步在网页公布名单。"))


def test_label_lines_under_an_item_of_several_sentences_give_its_first_sentence(corpus_plan):
    # blind24 ch_02 (灵璧 任务分解): `5.树立…理念,推广…服务。补齐…。加快…。` over `牵头责任单位:` / `主要协作单位:` lines
    got = duties_of(corpus_plan("blind24/docs/ch_02.html"))
    assert ("县卫健委", "lead", "树立全周期健康管理理念推广家庭医生签约服务") in got
    assert ("经济开发区管委会", "participant", "树立全周期健康管理理念推广家庭医生签约服务") in got
    assert not any(duty.startswith("树立") and len(duty) > 30 for _org, _role, duty in got)


def test_label_lines_find_their_item_over_a_pdfs_wrapped_lines(corpus_plan):
    # blind39 cw_05 (石景山 任务分解, a PDF): item 1 wrapped over ten lines above `牵头单位:` / `协办单位:`; its first
    # sentence, not the level-1 heading above it
    got = duties_of(corpus_plan("blind39/docs/cw_05.pdf"))
    first = "完善街道党工委对地区治理重大工作的领导体制机制优化决策程序涉及基层治理的重大事项重点工作重要问题由街道党工委讨论决定" \
        "全面提升街道抓党建抓治理抓服务的领导能力"
    assert ("区委组织部", "lead", first) in got and ("区委编办", "participant", first) in got
    assert not any(duty == "提高城市基层党建工作水平加强党对基层治理的全面领导" for _org, _role, duty in got)


def test_an_action_said_as_going_on_is_the_units_duty():
    # gov.mo news (2482, 2654): 持续 before the verb, kept in the duty; not 持续了 / 持续的
    got = run_snippet("市政署持續於各區疏通、維護下水道。")
    assert [(r["org"], r["role"], r["duty"]) for r in got] == [("市政署", "lead", "持续于各区疏通维护下水道")]
    assert run_snippet("县卫生健康委员会持续了三个月的专项整治已经结束。") == []


def test_a_units_premises_stand_between_it_and_its_verb(corpus_plan):
    # blind30 cn_10 `社会工作局总部(西坟马路6号)将於12月22日至30日期间开展中央冷气系统更换工程`
    got = duties_of(corpus_plan("blind30/docs/cn_10.pdf"))
    assert any(org == "社会工作局" and duty.startswith("于12月22日至30日期间开展中央冷气系统更换工程") for org, _r, duty in got)


def test_a_clause_of_the_persons_an_action_is_for_ends_its_duty(corpus_plan):
    # blind38 cv_10: `…接受《…》的申請,津貼的申請對象為…` (detail_clause with its owner before it)
    got = [d for org, _r, d in duties_of(corpus_plan("blind38/docs/cv_10.pdf")) if org == "教育及青年发展局"]
    assert any(d.endswith("学习用品津贴的申请") for d in got) and not any("申请对象" in d for d in got)


def test_a_decision_formula_with_the_approval_asked_gives_no_duty(corpus_plan):
    # blind38 cv_07 `经集团党委、工会、团委研究并报请董事长同意,决定举办下列系列员工文体活动`
    assert duties_of(corpus_plan("blind38/docs/cv_07.ofd")) == set()


def test_a_task_table_one_cell_a_paragraph_in_html_is_read_as_the_text_files(corpus_plan):
    # blind38 cv_02 (嘉兴 2023年政府工作报告重点工作责任分解): `<p>序号</p><p>主 要 工 作 任 务</p><p>责任单位</p><p>1</p>…`, the
    # layout blind8 br_09's text annex has one cell a line
    assert ("市发展改革委", "lead", "地区生产总值增长6%左右") in duties_of(corpus_plan("blind38/docs/cv_02.html"))
    assert ("区发展改革委", "lead", "地区生产总值增长5.5%左右") in duties_of(corpus_plan("blind8/docs/br_09.txt"))


def test_unit_labels_run_on_after_one_items_heading(corpus_plan):
    # blind24 ch_02: item 2 runs on `…生命安全牵头责任单位:县卫健委主要协作单位:各乡镇人民政府、经济开发区管委会,…` where the
    # other items put each label on a line of its own
    got = duties_of(corpus_plan("blind24/docs/ch_02.html"))
    assert ("县卫健委", "lead", "加强重大公共卫生安全风险源头防控切实保障人民群众生命安全") in got
    assert ("经济开发区管委会", "participant", "加强重大公共卫生安全风险源头防控切实保障人民群众生命安全") in got


def test_a_label_inside_an_items_sentence_is_no_run_on_tag_where_no_line_opens_with_it():
    # the notice puts no unit label on a line of its own: a label run on in an item's words is not read as a tag
    got = run_snippet("2.请各单位明确责任单位:县卫健委负责汇总。\n3.做好宣传工作。")
    assert all(r["rule"] != "run_on_label" for r in got)


def test_places_named_after_a_collective_of_regions_share_the_head_of_the_last(corpus_plan):
    # `请各省辖市、济源示范区、航空港区市场监督管理局结合…` (blind42 cz_02) and `请各省、自治区、直辖市和新疆生产建设兵团市场监管局
    # (厅、委),各国家资质认定(计量认证)行业评审组,结合…` (blind6 bn_03): each named place with the head is asked, the kinds are not
    cz_02 = _orgs(corpus_plan("blind42/docs/cz_02.txt"))
    assert {"济源示范区市场监督管理局", "航空港区市场监督管理局"} <= cz_02
    assert not any(org.startswith("省辖市") for org in cz_02)
    assert "新疆生产建设兵团市场监管局" in _orgs(corpus_plan("blind6/docs/bn_03.pdf"))


def test_a_collective_of_regions_over_a_kind_asks_no_unit():
    # 各 distributes over every piece where the last one is a kind too (`请各区、县(市)卫生局…`, blind30 cn_04)
    assert run_snippet("请各区、县(市)卫生局于3月4日前将参加会议人员名单回执报送。") == []


def test_a_hope_after_the_action_is_no_part_of_its_duty(corpus_plan):
    # `劳工事务局将于本年四月,联同本澳有关团体合办一系列职安健讲座及推广活动,期望透过不同形式的活动,…` (blind50 dh_10): the
    # gold ends before `,期望` (purpose_words)
    assert ("劳工事务局", "lead", "联同本澳有关团体合办一系列职安健讲座及推广活动") in duties_of(corpus_plan("blind50/docs/dh_10.txt"))


def test_an_action_from_the_notices_day_is_the_units_duty(corpus_plan):
    # `卫生局即日起针对碾米厂及谷类分装厂进行卫生稽查,重点包括…` (blind48 df_12): TIME_FROM's 即日起, its focus a detail
    assert ("卫生局", "lead", "即日起针对碾米厂及谷类分装厂进行卫生稽查") in duties_of(corpus_plan("blind48/docs/df_12.txt"))
