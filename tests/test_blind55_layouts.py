"""Layouts blind55's misses showed that earlier notices show too, each read from its notice's file through its reader."""
from __future__ import annotations


def test_a_press_release_tag_before_the_headline_is_no_part_of_the_title(corpus_plan):
    # 勞工事務局's 2017-07-22 release (blind55 dm_10, a .doc): `[新聞稿]勞工局呼籲建築工地做好應對颱風之安全措施`; 新闻稿 names
    # the item's kind (headline_kind_tags), as the same bureaus label their items (`新聞稿2018.02.12`, blind43 da_10)
    assert corpus_plan("blind55/docs/dm_10.doc").meta.title == "劳工局呼吁建筑工地做好应对台风之安全措施"


def test_a_gregorian_date_label_with_the_pages_next_label_run_on_dates_the_item(corpus_plan):
    # dm_10's `日期:2017-07-22 分類: 新聞, 僱員, …` under its headline (the paragraph run on after it by the reader), as
    # blind13 bw_09's `日期: 2024-12-04 浏览量:271 来源:彰武县农业农村局` and blind41 cy_11's `日期：113-04-10資料來源：清潔隊`
    assert corpus_plan("blind55/docs/dm_10.doc").meta.date == "2017-07-22"
    assert corpus_plan("blind13/docs/bw_09.doc").meta.date == "2024-12-04"


def test_a_task_table_names_its_task_column_by_place_before_the_units_with_a_time_column(corpus_plan):
    # 徐庄镇's 2017 安全生产专项整治 schedule (blind55 dm_01, html): `专项整治行业名称 | 时间安排 | 责任单位`, a row per
    # month; no task header word, but the first column before the unit column in a table with a time column names the
    # tasks (as dm_06's `演练科目 | 情景构建 | 牵头责任单位 | 责任单位 | 时限要求`)
    duties = {(r.org, r.duty) for r in corpus_plan("blind55/docs/dm_01.html").responsibilities}
    assert ("城建办", "建筑施工及市政建设") in duties
    assert ("交警六中队", "交通运输") in duties


def test_a_bordered_cell_table_without_serials_is_read_by_its_header_width(corpus_plan):
    # 大英县's 应急演练 table (blind55 dm_06, text): one cell a line ending ` |`, no 序号 column, the header
    # `演练科目 | 情景构建 | 牵头责任 单 位 | 责任单位 | 时限要求` giving each row its five cells (the bordered layout of
    # blind43 da_12 and blind46 dd_08, the task header of blind13 bw_10 and blind21 ce_09's `序号 |` tables)
    plan = corpus_plan("blind55/docs/dm_06.txt")
    duties = {(r.org, r.duty, r.role) for r in plan.responsibilities}
    assert ("县安委办", "危化品泄漏", "lead") in duties
    assert ("县民政局", "危化品泄漏", "participant") in duties
    assert ("县维稳办", "群体性事件", "lead") in duties
    assert ("县防汛办", "防汛", "lead") in duties
    assert not any(r.org == "县应急办" and r.duty.startswith("各镇乡") for r in plan.responsibilities)


def test_a_list_of_units_closed_by_its_kind_leads_with_the_modal_after_it(corpus_plan):
    # dm_02 (a 嵊州 township's plan): `城建办、农办、派出所(交通中队)、消防站等部门要明确职责,…`, as cg_06's `…等部门密切配合`;
    # blind15 by_07's `县规划、国土等部门要认真把关` lists domains, no units: no duty
    duties = {(r.org, r.role) for r in corpus_plan("blind55/docs/dm_02.txt").responsibilities}
    assert {("城建办", "lead"), ("农办", "lead"), ("派出所", "lead"), ("消防站", "lead")} <= duties
    assert corpus_plan("blind15/docs/by_07.txt").responsibilities == []


def test_a_sites_fields_under_its_copyright_line_are_the_frame(corpus_plan):
    # dm_10's footer `2016澳門特別行政區政府勞工事務局版權所有` / `地址:…電話:(853) 2856 4109傳真:…電郵:dsalinfo@dsal.gov.mo`
    # (lexicon footer_fields_under, as blind13 bw_09's `版权所有:…` / `地址:… 邮编:… Email:…`): no contact and no
    # organisation of the notice; the number the release gives (`可致電83999221向本局查詢`) is
    plan = corpus_plan("blind55/docs/dm_10.doc")
    assert [c.phone for c in plan.contacts] == ["83999221"]
    assert "澳门特别行政区政府劳工事务局" not in {o.name for o in plan.organizations}


def test_a_call_by_phone_to_an_office_gives_its_bracketed_number(corpus_plan):
    # a 臺南 district office's typhoon notice (blind55 dm_12): `可電話連絡公所農業及建設課(06-6521038)`, 電話連絡 as 電洽,
    # the office between the verb and the number (local_phone)
    assert [c.phone for c in corpus_plan("blind55/docs/dm_12.txt").contacts] == ["06-6521038"]


def test_a_townships_offices_by_their_short_names_are_organisations(corpus_plan):
    # 徐庄镇's schedule (dm_01) `安监站 安监所`, `电管所`, `民政所`; `镇安监站` in dm_02 (guarded_suffixes
    # 站 and 所: 安监, 民政, 电管)
    names = {o.name for o in corpus_plan("blind55/docs/dm_01.html").organizations}
    assert {"安监站", "安监所", "电管所", "民政所"} <= names
    assert "镇安监站" in {o.name for o in corpus_plan("blind55/docs/dm_02.txt").organizations}


def test_english_help_text_of_a_hidden_widget_does_not_close_the_header_zone(corpus_plan):
    # GOV.MO's release printed to PDF (blind55 dm_09): `An off-canvas can hold any content you want.…` and its `Width` /
    # `240px` / `Height` / `100%` rows over the headline; a body paragraph is Chinese sentences
    assert corpus_plan("blind55/docs/dm_09.pdf").meta.title == "劳工事务局火警演习公众接待服务如常"


def test_a_recipients_line_broken_by_the_margin_is_one_recipients_line(corpus_plan):
    # 沙县区森林防灭火指挥部's OFD (blind55 dm_03): `…区森林防灭火指挥部各成员单` over `位,各国有林场森林防灭火指挥部:`; 甘肃省卫生厅's
    # OFD (blind50 dh_04): `…兰州大学第一、` over `二医院,甘肃中医学院附属医院:`
    assert corpus_plan("blind55/docs/dm_03.ofd").meta.recipients == [
        "各乡(镇)人民政府", "街道办事处", "区森林防灭火指挥部各成员单位", "各国有林场森林防灭火指挥部"]
    assert corpus_plan("blind50/docs/dh_04.ofd").meta.recipients[-2:] == ["二医院", "甘肃中医学院附属医院"]
    # not the dates of a 版记 over the 主送 line (blind4 bk_05: `2023年6月21日中共北京市委常委会会议审议批准…发布` over `各区委,…:`)
    assert corpus_plan("blind4/docs/bk_05.txt").meta.recipients[0] == "各区委"
