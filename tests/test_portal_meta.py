"""Meta that only a page's frame gives, or takes away (corpus/blind9, blind13, blind23-blind25; SOURCES.md names each): a portal's
`发布机构` cell as the issuer where nothing else names one, a `标题` cell with the number glued before the title, the
title in a breadcrumb's last crumb, no title for a page of dated news items, and a Macau 批示's date over its post and signer's name on one line."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.pipeline import parse

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _text(text: str):
    return parse(text.encode("utf-8"), filename="x.txt")


# jianghan.gov.cn's info table (blind9 bs_06, blind25 ci_06), as the text reader gives its rows
_JIANGHAN = ("文号\t江政办〔2020〕2号\t发文日期\t2020-04-19 00:00\n"
             "发布机构\t{publisher}\t有效性\t有效\n"
             "标题\t江政办〔2020〕2号区人民政府办公室关于印发2020年区政府工作报告确定的主要目标任务责任分解方案的通知\n"
             "江政办〔2020〕2号区人民政府办公室关于印发2020年区政府工作报告确定的主要目标任务责任分解方案的通知\n"
             "各街道办事处,区人民政府各部门,区属各单位:\n"
             "现将《方案》印发给你们,请一并贯彻执行。\n")


def test_a_publisher_cell_names_the_issuer_of_an_unsigned_notice():
    meta = _text(_JIANGHAN.format(publisher="江汉区人民政府办公室")).meta
    assert meta.issuer == "江汉区人民政府办公室"
    assert meta.title == "区人民政府办公室关于印发2020年区政府工作报告确定的主要目标任务责任分解方案的通知"
    assert meta.doc_number == "江政办〔2020〕2号"


def test_a_publisher_cell_cut_to_its_level_or_naming_two_bodies_is_no_issuer():
    """`县政府办公室` (blind8 br_03), `泾县人民政府(办公室)` (blind bl_07), a place (`海州`, blind15 by_11), an office
    without its body's place (`政府办`, blind25 ci_06)."""
    for publisher in ("县政府办公室", "泾县人民政府(办公室)", "海州", "政府办"):
        assert _text(_JIANGHAN.format(publisher=publisher)).meta.issuer is None


def test_a_signature_outranks_the_publisher_cell():
    text = _JIANGHAN.format(publisher="江汉区人民政府办公室") + "江汉区人民政府\n2020年4月19日\n"
    assert _text(text).meta.issuer == "江汉区人民政府"


def test_a_portal_row_pair_names_the_issuer():
    """绩溪县上庄镇's portal (blind24 ch_03): `发布机构:…主题分类:其他` and the rows again one a line."""
    plan = parse(CORPUS / "blind24" / "docs" / "ch_03.txt")
    assert plan.meta.issuer == "绩溪县上庄镇人民政府"


def test_the_title_in_a_breadcrumbs_last_crumb():
    """广州市教育局's page (blind13 bw_08): no headline but the crumb, run together with its column's name."""
    text = ("当前位置：首页>公开>其他>规划计划广州市教育局关于做好面向中小学生的全市性竞赛活动相关工作的通知\n"
            "·发布时间：2020-01-0716:21:45\n各区教育局，各有关单位：\n现将有关工作要求通知如下：\n特此通知。\n"
            "广州市教育局\n2020年1月7日\n")
    assert _text(text).meta.title == "广州市教育局关于做好面向中小学生的全市性竞赛活动相关工作的通知"


def test_the_crumb_ends_at_the_titles_document_type():
    """A document site's crumb with a tag after the title (blind23 cg_05)."""
    text = ("您好,欢迎访问三七文档\n当前位置:首页>商业/管理/HR >公司方案>全市城乡环境卫生整治情况督查通报城乡环境卫生整治方案\n"
            "4月21日,县委督查室对各乡镇开展环境卫生整治情况进行了现场督查,现将有关情况通报如下。\n")
    assert _text(text).meta.title == "全市城乡环境卫生整治情况督查通报"


def test_a_crumb_without_a_formal_title_gives_none():
    text = "当前位置:首页>福州科技>通知公告\n各有关单位:\n请认真执行。\n"
    assert _text(text).meta.title is None


def test_a_macau_despatch_dated_over_its_post_and_signer_on_one_line():
    """A gazette page of two 社會文化司司長批示 (blind25 ci_07): the date over `社會文化司司長柯嵐`."""
    plan = parse(CORPUS / "blind25" / "docs" / "ci_07.txt")
    assert (plan.meta.issuer, plan.meta.date) == ("社会文化司司长", "2026-01-16")


def test_a_page_of_dated_news_items_has_no_title():
    """社會福利署's `最新消息` (blind16 bz_05, blind24 ch_12): entries headed `2023年2月…`, the first no title of the page."""
    text = ("最新消息\n日期主题\n2023年2月新增的及计划中将增加的康复服务名额\n"
            "由二零二三年一月至二零二三年三月新增的及计划中将增加的康复服务名额,现已公布。有关资料可在这里下载。\n"
            "2023年2月公布邀请提交营办资助独立幼儿中心建议书结果\n社会福利署较早前邀请合资格的非政府机构提交建议书。\n"
            "2023年2月申请视障人士资讯科技计划\n计划现正接受申请,截止申请日期为2023年3月15日。\n")
    assert _text(text).meta.title is None


def test_one_headline_headed_by_its_month_is_a_title():
    text = "2023年2月新增的及计划中将增加的康复服务名额\n由二零二三年一月至三月新增的康复服务名额,现已公布。\n"
    assert _text(text).meta.title == "2023年2月新增的及计划中将增加的康复服务名额"


def test_a_headline_a_site_prefixed_with_figures_over_the_title_itself_gives_the_title(corpus_plan):
    # blind19 cc_06 (明翰范文网, an OFD): `2022关于留坝县创森迎检工作督查情况的通报` twice, the site's year before the title,
    # then the notice's own `关于留坝县创森迎检工作督查情况的通报`
    assert corpus_plan("blind19/docs/cc_06.ofd").meta.title == "关于留坝县创森迎检工作督查情况的通报"


def test_a_pages_controls_and_greeting_head_no_notice(corpus_plan):
    # a page's controls name the page or the control (主页, 本页, 按钮) and its greeting hails the visitor (您好): frame,
    # never the title. blind33 cq_11 (a Macau newspaper's page): `您好!今天是` / `設為主頁收藏本頁` over the news;
    # blind26 cj_11 (a 民政處 page): `關閉按鈕` over `重要公告`
    assert corpus_plan("blind33/docs/cq_11.txt").meta.title not in ("设为主页收藏本页", "您好!今天是")
    assert corpus_plan("blind26/docs/cj_11.doc").meta.title != "关闭按钮"


@pytest.mark.parametrize("name, title", [
    # a tag whose head word is the item's kind is no part of the title: `[特別通知]有關11月19日星期二停課安排` (blind29 cm_09,
    # 教育局 news, square brackets), as `【公告】` (blind10 bt_02); a tag of another head stays: a topic (`【統一派位】`, blind26
    # cj_12), an urgency (`【重要急件】`, blind27 ck_11), as their golds keep them
    ("blind29/docs/cm_09.ofd", "有关11月19日星期二停课安排"),
    ("blind26/docs/cj_12.txt", "【统一派位】教育局:67.6%学童获派首三志愿"),
])
def test_a_headlines_kind_tag_is_dropped_and_its_topic_kept(corpus_plan, name, title):
    assert corpus_plan(name).meta.title == title


def test_a_headline_with_its_number_glued_before_it_numbers_the_notice_and_a_colonless_addressee_line_is_its_recipients():
    """凌海市's page (lnlh.gov.cn, blind33 cq_07): `凌政办发[2020]35号凌海市推进…的通知` heads the page over the notice's own
    title, which has no number under it; the 主送 line lost its colon and stands over the first paragraph."""
    meta = parse(CORPUS / "blind33" / "docs" / "cq_07.txt").meta
    assert meta.doc_number == "凌政办发[2020]35号"
    assert meta.recipients == ["大有经济开发区管委会", "各乡镇人民政府(街道办事处)", "市政府有关部门市直有关单位"]
    assert meta.title == "凌海市人民政府办公室关于印发凌海市推进县域义务教育优质均衡发展督导评估规划实施细则的通知"


def test_a_colonless_addressee_line_cut_in_its_bracket():
    """长清区's page (blind13 bw_01): `各街道办事处、镇人民政府,济南经济开发区管委会,区政府各部门(单位` over the first paragraph."""
    meta = parse(CORPUS / "blind13" / "docs" / "bw_01.txt").meta
    assert meta.recipients == ["各街道办事处", "镇人民政府", "济南经济开发区管委会", "区政府各部门(单位"]


def test_a_sentence_or_one_body_under_the_title_is_no_colonless_recipients():
    """A first paragraph (`各单位要高度重视,…`) and a body's name alone are no addressee list; a headline whose glued
    title names another notice gives no number."""
    base = "关于做好防汛工作的通知\n{line}\n为做好今年防汛工作,现将有关事项通知如下:\n一、提高认识\n各地要高度重视。\n"
    assert _text(base.format(line="各单位要高度重视,切实加强组织领导,确保责任落实到位。")).meta.recipients == []
    assert _text(base.format(line="县应急管理局")).meta.recipients == []
    other = "豫政办〔2021〕3号河南省人民政府办公厅关于印发某某方案的通知\n" + base.format(line="各市人民政府,省政府各部门")
    meta = _text(other).meta
    assert meta.doc_number is None
    assert meta.recipients == ["各市人民政府", "省政府各部门"]


def test_a_sentence_announcing_a_list_is_no_recipients_line():
    """`…主要分为以下四类:` in 新店镇's 总体应急预案 (huoqiu.gov.cn/public/6601301/26837001.html): a sentence of the body."""
    text = ("1. 总则\n1.1 编制目的\n为了提高政府处置各种突发公共事件的能力,特制定本预案。\n"
            "根据突发公共事件的发生过程、性质和机理,突发公共事件主要分为以下四类:\n"
            "(1)自然灾害。主要包括水旱灾害,气象灾害等。\n(2)事故灾难。主要包括各类安全事故等。\n")
    assert _text(text).meta.recipients == []


def test_a_reply_titled_over_two_lines_under_its_number():
    """长春市住房保障和房屋管理局's 答复 (blind35 cs_04): `长房议字〔2025〕11号签发人:赵洪利` over `对市政协第十四届第四次会议` /
    `第2025D048号集体提案的答复`; the line under the number opens the title, 答复 its kind."""
    meta = parse(CORPUS / "blind35" / "docs" / "cs_04.docx").meta
    assert meta.title == "对市政协第十四届第四次会议第2025D048号集体提案的答复"
    assert meta.doc_number == "长房议字〔2025〕11号"


def test_a_title_whose_comma_is_its_slogans_heads_the_page():
    """四川省生态环境厅's 公示 (pouringspot.com's copy, 2021-05-11): the headline's `,` stands inside its quoted slogan, so
    the line is no clause cut before the first paragraph."""
    text = ("关于2021年四川省第四届“美丽中国,我是行动者”系列评选活动初评结果的公示\n"
            "5月6日至7日,四川省生态环境厅、四川省委宣传部共同主办的第四届“美丽中国,我是行动者”系列评选活动初评会在蓉召开。"
            "会议评选出“绿色先锋”候选人15名。\n"
            "根据评选办法规定,初评结果将向社会公示,接受公众监督。公示期为2021年5月8日-5月12日(5日)。\n")
    assert _text(text).meta.title == "关于2021年四川省第四届“美丽中国,我是行动者”系列评选活动初评结果的公示"


def test_a_news_outlets_tag_opens_the_first_sentence_not_a_headline():
    """news.now.com (newsId=397834): the headline over `【Now新聞台】康文署宣布周三起,…`, whose tag names the outlet, not the
    item's kind (`【公告】`) or topic (`【統一派位】`), as 澳門日報's `【本報】…` does in blind31 co_11."""
    text = ("周三起所有康樂和文化場地和設施暫停開放\n\n"
            "【Now新聞台】康文署宣布周三起,暫停開放所有康樂和文化場地和設施,直至另行通告,同時取消七月餘下所有康體文化活動。\n\n"
            "所有室內體育設施包括體育館、壁球中心、羽毛球中心等亦將於周三起關閉。\n")
    assert _text(text).meta.title == "周三起所有康乐和文化场地和设施暂停开放"
    kind = "【公告】檢送「本縣特殊優良教師遴選及表揚作業要點」1份,請查照。\n一、依據本府來函辦理。\n二、請踴躍參加。\n"
    assert _text(kind).meta.title == "检送「本县特殊优良教师遴选及表扬作业要点」1份,请查照"


def test_a_formal_notices_page_time_is_not_its_date():
    """后勤处's notice (blind34 cr_03): `发布时间:2020-03-24` under `后勤处关于…的通知` is when the page was posted; a news
    page's dateline under its headline still dates it (blind28 cl_12 `26.06.2018 15:38`)."""
    assert parse(CORPUS / "blind34" / "docs" / "cr_03.txt").meta.date is None
    assert parse(CORPUS / "blind28" / "docs" / "cl_12.txt").meta.date == "2018-06-26"


def test_a_number_cell_ends_at_its_hao_before_the_rows_next_label():
    """qqhr.gov.cn's info rows over 齐政办发〔2019〕29号 (pages corpus), the body's own number line left out: the cell's
    value `齐政办发〔2019〕29号   上 载 日 期 2019-12-02` ends at the number's 号 (as cv_02's before `发布机关:`, blind38)."""
    text = ("发 布 机 构 市人民政府办公室 发 文 日 期 2019-11-29\n"
            "名        称 齐齐哈尔市人民政府办公室关于印发《齐齐哈尔市政务云平台管理实施细则》等三个文件的通知\n"
            "文        号 齐政办发〔2019〕29号   上 载 日 期 2019-12-02\n"
            "齐齐哈尔市人民政府办公室关于印发《齐齐哈尔市政务云平台管理实施细则》等三个文件的通知\n"
            "各县(市)、区人民政府,市政府各委、办、局:\n"
            "  经市政府同意,现将《齐齐哈尔市政务云平台管理实施细则》印发给你们,请认真遵照执行。\n"
            "齐齐哈尔市人民政府办公室\n2019年11月29日\n")
    assert _text(text).meta.doc_number == "齐政办发〔2019〕29号"


def test_a_breadcrumbs_label_alone_over_its_trail_is_frame():
    """szzj.gov.cn's page of 城南新区's 实施意见 (pages corpus): `您当前的位置:` on its own line over the trail is the
    breadcrumb's label, no 主送 line, and the site's name above it no title."""
    text = ("嵊州市人民政府\n您当前的位置:\n>> ... >> 其他政策文件\n"
            "索 引 号: 11330683742010670P/2017-84094 主题分类: 其他\n"
            "关于认真做好城南新区(三江街道)村和社区组织换届选举工作的实施意见\n"
            "发布日期:2017-03-28-00:00:00 信息来源:嵊州市 浏览次数: 字号:[ ]\n"
            "各片、办、局、中心,各行政村(社区)、街道所属有关单位:\n"
            "今年3月份开始,全市村和社区党组织将进行换届选举。现提出如下实施意见。\n"
            "一、指导思想\n以邓小平理论为指导,认真做好村和社区组织换届工作。\n")
    meta = _text(text).meta
    assert meta.title == "关于认真做好城南新区(三江街道)村和社区组织换届选举工作的实施意见"
    assert meta.recipients == ["各片", "办", "局", "中心", "各行政村(社区)", "街道所属有关单位"]


def test_the_date_under_a_lone_posting_label_is_the_pages():
    """zszx.zsnews.cn's page of 中山市政协's meeting notice (pages corpus): `发布时间:` over `2009年12月21日` under the
    formal title is when the site posted it, not the notice's date; a news headline is still dated by its page (as
    kailu.gov.cn's `发布时间:` over `2025-05-22 10:03`)."""
    notice = ("关于召开政协中山市第十届委员会常务委员会第十一次会议的通知\n发布时间:\n2009年12月21日\n市政协常委:\n"
              "经研究,定于2009年12月29日(星期二)上午召开会议。现将有关事项通知如下:\n一、会议议程\n市政协常委。\n")
    assert _text(notice).meta.date is None
    news = ("全县召开生态保护大会\n发布时间:\n2025年5月22日\n"
            "5月21日,全县生态保护大会召开。县政府副县长常亮主持会议并讲话。\n")
    assert _text(news).meta.date == "2025-05-22"


@pytest.mark.parametrize("path", ["blind34/docs/cr_12.txt", "blind32/docs/cp_10.ofd", "blind27/docs/ck_12.txt",
                                  "blind35/docs/cs_09.txt"])
def test_a_fields_label_over_its_value_is_no_addressee_line(corpus_plan, path):
    """`公告类别:` (cr_12), `公告内容:` (cp_10), `编注:` (ck_12), a Taiwan 函's `保存年限:` (cs_09): a field's label, no 主送."""
    recipients = corpus_plan(path).meta.recipients
    assert not [r for r in recipients if r.endswith(("类别", "内容", "编注", "年限", "条件", "期限"))], recipients


def test_an_editors_byline_is_no_title(corpus_plan):
    """`编辑: 棉鞋 | 2015-02-21 |` over an excerpt of a 安全生产 plan (blind36 ct_05): the page's byline, no headline."""
    assert corpus_plan("blind36/docs/ct_05.txt").meta.title is None


def test_a_law_databases_issuer_line_over_a_title_that_names_its_issuer():
    """法律资料网's page of 防城港市's 防政办发〔2007〕18号 (law407.infoeach.com, pages corpus): the headline, repeated, then
    the database's issuer line over the title a third time (as bk_04 and bn_06 print it over `关于…`): the issuer."""
    title = "防城港市人民政府办公室关于印发防城港市深入实施城乡清洁工程规划(2007-2011年)的通知"
    text = (f"{title}\n作者:法律资料网 时间:2024-07-22 08:35:06  浏览:9594   来源:法律资料网\n{title}\n"
            f"广西壮族自治区防城港市人民政府办公室\n{title}\n防政办发〔2007〕18号\n各区、县(市)人民政府,市直各委、办、局:\n"
            "经市人民政府同意,现将《防城港市深入实施“城乡清洁工程”规划(2007-2011年)》印发给你们,请认真组织实施。\n"
            "二OO七年三月十六日\n")
    meta = _text(text).meta
    assert (meta.title, meta.issuer, meta.date) == (title, "广西壮族自治区防城港市人民政府办公室", "2007-03-16")


def test_a_law_databases_issuer_line_between_the_headlines_copies():
    """法律资料网's pages of a 民政部 notice and a 上海市人大常委会 规定 (law991 and law75.infoeach.com, pages corpus): the
    headline is the title, and the database's issuer line stands between its copies under it."""
    for title, issuer in (("民政部关于灾区过冬衣被和修复倒塌房屋救济款发放使用问题的通知", "民政部"),
                          ("上海市人民代表大会常务委员会关于市人民政府制定规章设定行政处罚罚款限额的规定", "上海市人大常委会")):
        text = (f"收藏本站| 设为首页| 首页\n{title}\n作者:法律资料网 时间:2024-07-13 13:07:23  浏览:8660   来源:法律资料网\n"
                f"{title}\n{issuer}\n{title}\n{issuer}\n"
                "为了帮助今年遭灾严重地区的群众,克服生活上的困难,现作如下规定。\n一、严格控制使用范围,坚持专款专用。\n")
        meta = _text(text).meta
        assert (meta.title, meta.issuer) == (title, issuer)


def test_a_portals_labels_in_square_brackets():
    """cqck.gov.cn's page of 城口县's 预案 notice (pages corpus), as tancheng.gov.cn's row (blind37 cu_01, below): a row of
    labels in square brackets, each value ending at the next label."""
    text = ("[ 索引号 ]11500229MB1970703J/2021-00004 [ 发文字号 ]城府办发〔2020〕243 号 [ 发布机构 ]城口县卫生健康委员会 "
            "[ 主题分类 ]卫生 [ 成文日期 ]2021-02-21 [ 发布日期 ]2021-02-21 [ 体裁分类 ]预案\n"
            "城口县人民政府办公室关于印发城口县突发公共卫生事件专项应急预案的通知\n1总则\n1.1编制目的\n"
            "为有效预防、及时控制和消除突发公共卫生事件可能造成的严重危害,制定本预案。\n")
    meta = _text(text).meta
    assert (meta.doc_number, meta.date) == ("城府办发〔2020〕243号", "2021-02-21")


def test_a_portals_bracketed_row_dates_the_notice_and_stays_off_its_body(corpus_plan):
    """tancheng.gov.cn (blind37 cu_01): `[ 成文日期 ] 2023-11-16 [ 公开日期 ] 2023-11-16 [ 有  效  性 ] 有效中` under the
    headline gives the date; the rows are no body (`郯城县政府办公室` of `[ 发布机构 ]` is no organisation it names)."""
    plan = corpus_plan("blind37/docs/cu_01.html")
    assert plan.meta.date == "2023-11-16"
    assert "郯城县政府办公室" not in [o.name for o in plan.organizations]


@pytest.mark.parametrize("dateline, headline, date", [
    # a school association's news list (blind40 cx_10), each item dated in square brackets over its headline
    ("[2019-11-19 16:30]", "香港学校朗诵节特别通告", "2019-11-19"),
    # a Macau bureau's release (ias.gov.mo, blind43 da_10), its kind before its day-dotted date
    ("新聞稿2018.02.12", "“弱勢家庭幼兒優先入托制度”共收55宗申請", "2018-02-12"),
    # a Taiwan town office's news item (blind41 cy_11), its ROC date after 日期 with its source run on
    ("日期：113-04-10資料來源：清潔隊", "頭城鎮公所清溝作業及日程表", "2024-04-10"),
])
def test_a_news_items_dateline_in_the_pages_own_forms(dateline, headline, date):
    first, second = (dateline, headline) if dateline.startswith("[") else (headline, dateline)
    text = f"{first}\n{second}\n本年度清溝作業於4月8日開始,陸續辦理全鎮各里巷道溝渠清理作業。\n如有疑問,請洽公所。\n"
    meta = _text(text).meta
    assert meta.title and meta.date == date
