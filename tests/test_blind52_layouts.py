"""Layouts blind52's misses showed that earlier notices show too, each read from its notice's file through its reader."""
from __future__ import annotations

from extractor import parse


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


def test_the_sites_address_and_phone_over_its_copyright_line_are_its_footer(corpus_plan):
    # 澎湖縣議會's proposal page (blind52 dj_10, a .doc): `.地址:澎湖縣馬公市中正路七十六號` / `.電話:(06)9263521` over
    # `.最佳瀏覽解析度:… 澎湖縣議會.版權所有`: the council's frame, no contact of the proposal
    assert corpus_plan("blind52/docs/dj_10.doc").contacts == []
    body = "关于做好防汛工作的通知\n各乡镇:\n请认真做好防汛工作。\n"
    footer = ".地址:澎湖县马公市中正路七十六号\n.电话:(06)9263521\n.最佳浏览解析度:1024x768 澎湖县议会.版权所有\n"
    assert parse((body + footer).encode(), filename="t.txt").contacts == []
    # the notice's own contact line over a line that is no copyright stays the notice's
    plain = parse((body + "联系电话:(06)9263521\n").encode(), filename="t.txt")
    assert [c.phone for c in plain.contacts] == ["(06)9263521"]


def test_a_file_name_heading_a_document_sites_copy_is_the_title_without_its_type(corpus_plan):
    # book118's preview of 北京's plan (blind52 dj_07) opens with `大气污染防治2021年行动计划.pdf`; a 文库 page (blind32 cp_05)
    # with `…(2021-2022年)(18页).docx`: the file's type and the site's page count are no part of the title
    assert corpus_plan("blind52/docs/dj_07.txt").meta.title == "大气污染防治2021年行动计划"
    assert corpus_plan("blind32/docs/cp_05.txt").meta.title.endswith("(2021-2022年)")


def test_a_meeting_headline_or_caption_line_is_no_duty(corpus_plan):
    # `  • 境外旅遊危機處理辦公室召開首次會議` (blind52 dj_11), a caption over the report of the meeting held, as the related item's
    # headline `民政总署谘询委员会召开特别会议` on a 民政总署 page (blind28 cl_12): no duty (meeting_headline)
    for doc in ("blind52/docs/dj_11.txt", "blind28/docs/cl_12.txt"):
        assert not [r for r in corpus_plan(doc).responsibilities if r.duty.startswith("召开")]


def test_a_photo_credit_is_no_service(corpus_plan):
    # `金門縣政府辦理『1月份縣長與鄉親有約』活動(縣府提供)` (blind49 dg_12): the photo's credit, no service given (SERVICE)
    assert not [r for r in corpus_plan("blind49/docs/dg_12.txt").responsibilities if r.duty == "提供"]


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


def test_a_task_tagged_with_its_units_in_square_brackets_is_no_heading(corpus_plan):
    # 嘉鱼县's 责任分解 (blind52 dj_01): `(一)地区生产总值增长11%。[牵头单位:县发改局(粮食局);责任单位:…]` beside `(二)…增长32%。
    # (牵头单位:县财政局;…)`: the tag in square brackets as in round ones (unit_tag_line), a task of the list, no section
    heads = [s.heading for s in corpus_plan("blind52/docs/dj_01.html").sections]
    assert heads == ["2021年经济社会发展主要目标"]
    text = "一、主要任务\n1、以爱国卫生运动为抓手,巩固疫情防控成果。[牵头单位:区卫健局;责任单位:各街道]\n2、做好环境整治。[牵头单位:区城管局]\n"
    assert len(parse(text.encode(), filename="t.txt").sections) == 1


def test_a_news_lead_in_names_the_document_it_carries(corpus_plan):
    # `日前,潮州印发《潮州市打赢蓝天保卫战实施方案(2019-2020年)》。全文如下:` over the plan (blind52 dj_06) and `…安徽省林业局
    # 发布关于2023年度林长制工作督查激励建议名单的公示,具体内容如下:` (blind21 ce_11): the named document is the title
    assert corpus_plan("blind52/docs/dj_06.pdf").meta.title == "潮州市打赢蓝天保卫战实施方案(2019-2020年)"
    assert corpus_plan("blind21/docs/ce_11.txt").meta.title == "关于2023年度林长制工作督查激励建议名单的公示"
    # a lead-in to a list names no document
    assert parse("为做好防汛工作,现将有关事项通知如下:\n一、加强值班。\n".encode(), filename="t.txt").meta.title is None


def test_a_title_wrapped_over_four_lines_under_its_guanyu_line_is_one_title(corpus_plan):
    # 嘉鱼县's 嘉政办发〔2021〕5号 (blind52 dj_01): `县人民政府办公室关于` / `对县《政府工作报告》确定的2021年` / `重点工作及市
    # 《政府工作报告》涉及嘉鱼的` / `重点事项进行责任分解的通知`, as blind19 cc_02's three lines
    assert corpus_plan("blind52/docs/dj_01.html").meta.title == \
        "县人民政府办公室关于对县《政府工作报告》确定的2021年重点工作及市《政府工作报告》涉及嘉鱼的重点事项进行责任分解的通知"


def test_a_ticker_of_other_headlines_does_not_close_the_header_zone(corpus_plan):
    # a Hong Kong news page (blind52 dj_08): a run of promoted headlines (`快將開售!「寶可夢…」最新情報公開!   …`) with no full
    # stop over the item's headline `加強跨部門協作 防止登革熱擴散`
    assert corpus_plan("blind52/docs/dj_08.txt").meta.title == "加强跨部门协作防止登革热扩散"


def test_the_noscript_notice_of_a_taiwan_accessibility_page_is_frame(corpus_plan):
    # 行政院's 第3640次院會決議 printed to PDF (blind52 dj_09): `您的瀏覽器不支援JavaScript功能，…請開啟友善列印：` read as the
    # recipients and closed the header before `日期：108-02-14`
    assert corpus_plan("blind52/docs/dj_09.pdf").meta.date == "2019-02-14"
