"""Outline layouts of notices across the blind sets, each read from its file through its reader: a short label
closing a list of requests, the office's number of a Taiwan document number cut by a line break, and a page saved on
one line whose markers stand before a space, their items after it."""
from __future__ import annotations

import pytest
from test_blind_layouts import _headings


@pytest.mark.parametrize("name, label", [
    # blind17 ca_06 (福州市科技局, a .docx): `三、纸质申报:…于3月7日前送至…窗口。` then `四、联系人与联系方式` over `资财处:…`
    ("blind17/docs/ca_06.docx", (1, "联系人与联系方式")),
    # blind28 cl_05 (民盟山东省委, a site page): `(二)本次会议不安排接送站,请自行参会。` then `(三)联系方式` over `电话:…`
    ("blind28/docs/cl_05.html", (2, "联系方式")),
])
def test_a_short_label_after_a_sentence_of_its_list_is_a_heading(corpus_plan, name, label):
    assert label in _headings(corpus_plan(name))


def test_the_requests_before_the_label_stay_sentences(corpus_plan):
    # blind28 cl_05: `(一)请各市委会…务必于4月20日前将参会人员回执…告知民盟省委办公室。` is a request, no heading
    assert [h for _, h in _headings(corpus_plan("blind28/docs/cl_05.html"))] == ["参会人员", "时间地点", "报到时间", "注意事项",
                                                                           "联系方式"]


@pytest.mark.parametrize("name", ["blind14/docs/bx_04.pdf", "blind20/docs/cd_03.html", "blind18/docs/cb_04.docx"])
def test_a_document_numbers_office_cut_to_a_line_is_no_item(corpus_plan, name):
    # bx_04 `依據教育部113年2月1日臺教師` / `(一)字第` / `1130011202號函辦理`; cd_03 and cb_04 the same cut
    assert not any(h.startswith("字第") for _, h in _headings(corpus_plan(name)))


@pytest.mark.parametrize("name, item", [
    # a marker before a space keeps its item on its line: blind22 cf_01 (教育部 预通知, a page saved on one line):
    # `…推荐先进  二、 各高等学校在总结工作的基础上,…`; blind24 ch_09 (教育部 函, the same): `說明: 一、 本部為鼓勵技專校院學生…`
    ("blind22/docs/cf_01.txt", "二、各高等学校在总结工作的基础上"),
    ("blind24/docs/ch_09.txt", "一、本部为鼓励技专校院学生"),
    # the first item a colon announces starts a line: blind8 br_06 (章镇 工作报告, a page saved with its breaks lost):
    # `…重点抓好以下五方面工作: (一)聚力提质增效,…。实体经济…`; blind18 cb_03 (Taiwan 函): `二、比賽活動資訊說明如下: (一)競賽活動分為…`
    ("blind8/docs/br_06.txt", "(一)聚力提质增效"),
    ("blind18/docs/cb_03.txt", "(一)竞赛活动分为"),
])
def test_an_outline_item_starts_its_own_line(corpus_plan, name, item):
    assert any(line.startswith(item) for line in corpus_plan(name).text.splitlines())


def test_the_sentences_of_a_list_with_spaced_markers_are_no_sections(corpus_plan):
    # blind22 cf_01: `五、受援高校填写附件一的统计表。` after `四、 经验交流会上…` is one more sentence of its list
    headings = [s.heading for s in corpus_plan("blind22/docs/cf_01.txt").sections]
    assert "受援高校填写附件一的统计表" not in headings


def test_an_announced_first_item_run_on_after_the_colon_is_a_section(corpus_plan):
    # blind8 br_06: the first of `以下五方面工作:` is the level-1 heading over `1.构建现代产业体系。`
    assert _headings(corpus_plan("blind8/docs/br_06.txt")) == [(1, "聚力提质增效,加快多链融合,塑造产业发展新优势"),
                                                              (2, "构建现代产业体系")]


def test_a_document_sites_paragraph_marks_break_its_paragraphs(corpus_plan):
    # blind28 cl_07 (a 镇 plan's excerpt on a document site, PDF export): `…乱停乱放。Р四、实施步骤Р第一阶段…。Р五、组织机构和
    # 保障措施Р(一)加强领导。…`, the site's ¶ saved as the Cyrillic Р
    plan = corpus_plan("blind28/docs/cl_07.pdf")
    assert "Р" not in plan.text
    assert [(1, "实施步骤"), (1, "组织机构和保障措施"), (2, "加强领导"), (2, "成立机构"), (2, "部门合作")] == \
        [h for h in _headings(plan) if h[1] in ("实施步骤", "组织机构和保障措施", "加强领导", "成立机构", "部门合作")]


def test_the_stages_of_a_plans_steps_are_its_sections(corpus_plan):
    # blind28 cl_07: `四、实施步骤` over `第一阶段启动宣传阶段。各机关…` … `第三阶段考核验收阶段。活动期间…`
    assert _headings(corpus_plan("blind28/docs/cl_07.pdf"))[:4] == [(1, "实施步骤"), (2, "启动宣传阶段"), (2, "实施推进阶段"),
                                                                    (2, "考核验收阶段")]


def test_a_stages_period_before_its_colon_stays_in_its_marker():
    # plans' timetables put the stage's period between it and its colon (`第一阶段（3月）：完成基础架构搭建`): the heading is
    # what follows the colon, not the period
    from extractor.pipeline import parse

    text = ("关于开展环境整治行动的实施方案\n\n一、实施步骤\n第一阶段（2023年3月—4月）：动员部署。各单位制定方案，明确责任。\n"
            "第二阶段：集中整治阶段（2023年5月—9月）。各单位按照方案开展整治。\n二、工作要求\n（一）加强领导。各单位要高度重视。\n")
    assert _headings(parse(text.encode(), filename="plan.txt")) == [(1, "实施步骤"), (2, "动员部署"), (2, "集中整治阶段（2023年5月—9月）"),
                                                         (1, "工作要求"), (2, "加强领导")]


def test_a_heading_spaced_letter_by_letter_on_a_page_saved_on_one_line_is_one_word(corpus_plan):
    # blind13 bw_05 (遂宁市 防汛应急预案 征求意见 page, saved on one line): `…邮箱:snsfb@163.com 1 总 则 1.1 编制目的 为…`;
    # the same plan layout prints `1 总  则1.1 编制目的` (blind26 cj_01's 粮食应急预案)
    assert _headings(corpus_plan("blind13/docs/bw_05.txt"))[:4] == [(1, "总则"), (2, "编制目的"), (2, "编制依据"),
                                                                    (2, "适用范围")]


@pytest.mark.parametrize("name, label", [
    # blind25 ci_04 (宁津县's 征求意见 notice): `（三）邮箱:njjtysjghk@dz.shandong.cn` under `三、意见反馈的途径`
    ("blind25/docs/ci_04.pdf", "邮箱"),
    # blind30 cn_04 (杭州市卫生局's meeting notice): `3.联系人:徐钦芳;联系电话:87014804,…` under `五、其它事项`
    ("blind30/docs/cn_04.txt", "联系人"),
])
def test_a_numbered_contact_field_is_an_entry_not_a_section(corpus_plan, name, label):
    assert label not in [h for _, h in _headings(corpus_plan(name))]


@pytest.mark.parametrize("name, labels", [
    # blind41 cy_03 (汉中市民政局's 建言 notice): `（一）电子邮件:发送邮件至…` opens `三、参与方式`'s list of ways, over
    # `（二）通信地址:…` and `（三）电话反馈:…`
    ("blind41/docs/cy_03.docx", [(2, "电子邮件"), (2, "通信地址"), (2, "电话反馈")]),
    # blind40 cx_08 (彰化县's 竞赛 notice): `1、联络人:洛津国小教务主任。` `2、联络电话:…` under `(五)联络方式:`
    ("blind40/docs/cx_08.txt", [(2, "联络方式"), (3, "联络人"), (3, "联络电话")]),
])
def test_a_contact_field_opening_its_list_heads_its_value(corpus_plan, name, labels):
    headings = _headings(corpus_plan(name))
    assert headings[-len(labels):] == labels


def test_a_rank_before_its_ordinal_indicator_is_no_item(corpus_plan):
    # blind18 cb_11 (Macau 行政公职局 通告): `1.º` / `李世杰` … `5.º` rows of a table before `4.分配任用的进行`;
    # blind26 cj_08 (评核成绩): `1.º林素华8.37` …
    assert (1, "分配任用的进行") in _headings(corpus_plan("blind18/docs/cb_11.txt"))
    assert _headings(corpus_plan("blind26/docs/cj_08.txt")) == []


def test_a_step_opening_with_its_time_of_day_is_no_heading(corpus_plan):
    # blind28 cl_02 (论坛 plan): `2、下午1:30复兴论坛(市知联会陈群会长主持)` over `A、…致开幕词(10分钟)`
    assert not any(h.startswith("下午") for _, h in _headings(corpus_plan("blind28/docs/cl_02.docx")))


def test_the_entries_of_a_list_a_verb_takes_as_its_object_are_no_sections(corpus_plan):
    # blind28 cl_11 (大成国小's 停课 notice): `6、请家长于停课期间协助学生完成以下作业:` over `(1)数卷一张`
    assert _headings(corpus_plan("blind28/docs/cl_11.txt")) == []


@pytest.mark.parametrize("name, label", [
    # blind30 cn_08 (高雄市 教育局): `五、申请方式(请完成下列2项作业,缺一则视同资料不全,不予受理):` over `(一)至本局…`
    ("blind30/docs/cn_08.txt", "申请方式(请完成下列2项作业,缺一则视同资料不全,不予受理)"),
    # blind30 cn_09 (桃园市 客家事务局): `(二)初级认证研习市府班(四县腔/海陆腔)、中级暨中高级认证研习市府班(四县腔/海陆腔):`
    ("blind30/docs/cn_09.html", "初级认证研习市府班(四县腔/海陆腔)、中级暨中高级认证研习市府班(四县腔/海陆腔)"),
])
def test_a_note_in_brackets_beside_a_heading_is_not_weighed(corpus_plan, name, label):
    assert label in [h for _, h in _headings(corpus_plan(name))]


def test_an_item_told_as_an_act_is_no_heading(corpus_plan):
    # blind22 cf_01 (教育部 预通知, a page saved on one line): `一、各高等学校就实施对口支援工作以来的情况进行总结。` is the
    # first request of its list, a collective subject with its preposition 就, no heading (its gold holds no section)
    assert _headings(corpus_plan("blind22/docs/cf_01.txt")) == []


@pytest.mark.parametrize("clause", [
    "学校于今天将书单、订书密码和2份暑期功课寄给同学/家长",     # blind33 cq_08 (normalised): set at a time by 于, sent by 将
    "请参会人员于上午8",                                        # blind26 cj_02 (the clock's colon ends the clause)
    "各科室于9月5日前将节目报院工会",                            # blind32 cp_02
    "该工程已由我委以常发改〔20xx〕511号文批复项目初步设计",        # blind23 cg_07: done, 已由
    "已获109年核定补助2年以上、4年以下之中长程计划",               # blind10 bt_05
    "各高等学校就实施对口支援工作以来的情况进行总结",               # blind22 cf_01: a collective subject and 就
    "各承办单位在提交县政府办公室纸质答复函时",                     # blind8 br_05
    "通过信函的方式将意见寄至金华市婺城区双龙南街828号",            # blind9 bs_11: sent by 将 to a place
    "征集佳作将在南湖区中心医院内网展示",                          # blind32 cp_07: to come, 将 before its preposition
    "我办将对各地报送的材料进行汇总",                              # blind17 ca_02
])
def test_the_grammar_of_an_act_says_a_sentence(clause):
    from extractor.structure import _said
    assert _said(clause)


@pytest.mark.parametrize("heading", [
    "继续按不高于2017年征收标准征收残疾人就业保障金",     # blind bl_17's gold heading: a comparison, not a time
    "关于召开会议的通知", "已完成的主要工作", "各司其职", "将生态文明建设融入经济社会发展全过程", "前期准备(3月27日前)",
    "加强组织领导", "时间表", "着眼于2035年远景目标",
])
def test_a_topic_is_no_act(heading):
    from extractor.structure import _said
    assert not _said(heading)


def test_a_document_sites_list_label_is_no_chapter(corpus_plan):
    # blind32 cp_03 (a 范文 site's copy of 长府发[2001]15号): `第一篇:南溪县长兴镇人民政府文件` above the notice is the site's
    # label of its first sample, not a chapter: the plan's `一、总体目标` is the outline's first level
    assert (1, "总体目标") in _headings(corpus_plan("blind32/docs/cp_03.doc"))


@pytest.mark.parametrize("name, topics", [
    # blind32 cp_02 (滨州市中医医院's 歌咏比赛 notice): `三、时间、地点` with nothing under it between topics that head text
    ("blind32/docs/cp_02.txt", [(1, "活动主题"), (1, "参加人员"), (1, "时间、地点"), (1, "具体要求"), (1, "奖项设置")]),
    # blind27 ck_10 (黄凤翎中学's 选举须知, a .doc): `一.时间表` and `二.校友校董选举指引`, their tables lost, over `三.递交参选表格`
    ("blind27/docs/ck_10.doc", [(1, "时间表"), (1, "校友校董选举指引"), (1, "递交参选表格")]),
])
def test_a_topic_whose_text_was_lost_is_a_heading_as_its_siblings(corpus_plan, name, topics):
    assert _headings(corpus_plan(name))[:len(topics)] == topics


def test_a_heading_closed_by_a_half_width_stop():
    """blind36 ct_05 (宁波's 安全生产大检查 excerpt): every sentence ends in `.`, `(二)全面检查与突出重点相结合.紧紧围绕…`;
    `一.按照…` (blind14 bx_02) keeps its marker."""
    from extractor.pipeline import parse
    text = ("关于开展安全生产大检查的通知\n各区县:\n五、方法步骤\n(一)全面检查与突出重点相结合.紧紧围绕检查的主要内容,开展全面检查.\n"
            "(二)提高认识,加强领导.各单位行政一把手要对大检查情况负全责.\n")
    plan = parse(text.encode("utf-8"), filename="x.txt")
    assert _headings(plan) == [(1, "方法步骤"), (2, "全面检查与突出重点相结合"), (2, "提高认识,加强领导")]
    plan = parse("一.按照《职业税规章》第三条规定办理申报。\n二.倘纳税人之报酬有变更,须于十五日内申报。\n".encode(),
                 filename="x.txt")
    assert plan.text.startswith("一.按照") and "\n二.倘" in plan.text
    # a `.` inside a quoted name separates its parts (康文署's `十一月「親子營敍星光下.大埔海濱公園」與市民歡度週末`, blind39)
    assert "星光下.大埔" in parse("十一月「亲子营敍星光下.大埔海滨公园」与市民欢度周末\n".encode(), filename="x.txt").text
    assert parse("壹.計畫目標\n一、推動閱讀活動。\n貳.實施方式\n".encode(), filename="x.txt").text.startswith("壹.计划目标")
