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
