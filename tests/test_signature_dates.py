"""The notice's date where no body signs over it (blind27's work list): a date over a paper it carries whose type is
no notice's (`…的起草说明`, `…须知`), a date under a person's signature, a date over a content farm's lines, and a date
over a page's attachment header."""
from __future__ import annotations

from extractor.pipeline import parse


def _meta(text: str):
    return parse(text.encode("utf-8"), filename="x.txt").meta


def test_a_date_over_a_draft_note():
    """blind27 ck_05: `附:…` / `2020年6月30日` / `关于《…》(征求意见稿)的起草说明` / `一、起草背景`."""
    text = ("关于征求《东至县公共租赁住房管理实施细则(征求意见稿)》意见的公告\n"
            "为健全我县住房保障体系,东至县住建局起草完成《东至县公共租赁住房管理实施细则》,现征求广大居民的意见。\n"
            "一、网上征求意见时间:2020年7月2日至8月2日\n"
            "附:1、《东至县公共租赁住房管理实施细则(征求意见稿)》2、县政府规范性文件征求意见反馈表\n"
            "2020年6月30日\n"
            "关于《东至县公共租赁住房管理实施细则》(征求意见稿)的起草说明\n"
            "一、起草背景\n为认真贯彻党的十九大精神,加快建立住房制度。\n")
    assert _meta(text).date == "2020-06-30"


def test_a_date_under_a_persons_signature_over_a_guide():
    """blind27 ck_10: `選舉主任` / `譚兆民` / `二零一八年九月二十四日` / `…選舉須知`."""
    text = ("校友校董选举通告\n各东华三院黄凤翎中学校友:\n"
            "本人诚意邀请有意回馈母校并为教育出力的校友参加这次校友校董选举,现随函附上选举程序及选举时间表。\n"
            "选举主任\n谭兆民\n二零一八年九月二十四日\n2018年东华三院黄凤翎中学校友校董选举须知\n一.时间表\n二.校友校董选举指引\n")
    assert _meta(text).date == "2018-09-24"


def test_a_date_over_a_content_farms_lines():
    """blind27 ck_06: the farm's `以上就是小编为您带来的…` and `版权声明:…` under the date are the page's frame."""
    text = ("石家庄市人民政府办公厅文件\n石政办函〔2008〕11号\n"
            "石家庄市人民政府办公厅关于全省森林防火工作电视电话会议参会人员到会情况的通报\n各县(市)、区人民政府,市政府各部门:\n"
            "2月27日下午,我市收听收看了全省森林防火工作电视电话会议。\n没有参加会议的单位:灵寿县政府、行唐县政府。\n"
            "二○○八年三月五日\n以上就是小编为您带来的“石家庄市人民政府办公厅关于…的通报”全部内容。\n"
            "版权声明:本文内容整理自互联网,如果本公司侵犯了您的权利,请及时与我们联系。\n")
    assert _meta(text).date == "2008-03-05"


def test_a_date_over_an_attachment_header():
    """blind15 by_03's last line `附件:` (its attachment not on the page); blind21 ce_07's `相关附件:` over the file."""
    text = ("各有关单位:\n按照住房和城乡建设部要求,现就做好申报工作通知如下。\n特此通知。\n"
            "附件:《住房和城乡建设部办公厅关于组织申报2022年科学技术计划项目的通知》(建办标函〔2022〕3号)\n"
            "2022年1月20日\n(联系人:顾叶飞联系电话: 28468622)\n(此件主动公开)\n附件:\n")
    assert _meta(text).date == "2022-01-20"
    text = ("关于召开工作会议的通知\n各代表团:\n会议重要,请相关人员依时参加。\n“双代会”筹备工作领导小组(代章)\n2016年12月12日\n"
            "(联系人:诸华,联系电话:020-84115101)\n(发布时间:2016-12-12)\n相关附件:\n附件:工作会议回执.doc\n")
    assert _meta(text).date == "2016-12-12"


def test_a_news_reports_dateline():
    """blind6 bn_10 `本报3月4日讯`, blind21 ce_11 `安徽环境新闻网讯2月2日`: the report's date, in the latest year its text names."""
    assert _meta("本报3月4日讯(记者要维维)记者今日从省政府获悉:2016年山西省《政府工作报告》任务分工已经全部下发责任部门。\n"
                 "副省长郭迎光:负责抓好农业和农村工作的落实。\n").date == "2016-03-04"
    assert _meta("安徽环境新闻网讯2月2日,安徽省林业局发布关于2023年度林长制工作督查激励建议名单的公示,具体内容如下:\n"
                 "现将名单予以公示,公示时间为2024年2月2日至2月9日。\n").date == "2024-02-02"


def test_a_seal_note_after_the_signature():
    """blind21 ce_07: `“双代会”筹备工作领导小组(代章)` over `2016年12月12日`; a template's `村民委员会（公章）` the same."""
    text = ("关于召开教职工代表大会工作会议的通知\n各代表团:\n请各单位于12月14日前填写会议回执。\n"
            "“双代会”筹备工作领导小组(代章)\n2016年12月12日\n")
    meta = _meta(text)
    assert (meta.issuer, meta.date) == ("“双代会”筹备工作领导小组", "2016-12-12")
    text = "防返贫监测民主评议结果公示\n现将民主评议结果公示如下。\n村民委员会（公章）\n2024年3月5日\n"
    assert _meta(text).issuer == "村民委员会"


def test_a_date_after_the_closing_formula_over_a_list():
    """blind40 cx_07: `特此批复。` / `二○○七年六月二十五日` / `上海市社区建设模范居委会` / `1、…`: the date closes the body,
    the list under it is the 批复's annex."""
    text = ("上海市民政局关于同意新桥居委会等3个居委会为社区建设模范居委会的批复\n(沪民基发〔2007〕39号)\n黄浦区民政局:\n"
            "你局黄民[2007]42号文收悉。经验收,同意为上海市社区建设模范居委会(名单附后)。\n特此批复。\n二○○七年六月二十五日\n"
            "上海市社区建设模范居委会\n1、南京东路街道新桥居委会\n2、豫园街道肇方居委会\n3、豫园街道方西居委会\n")
    assert _meta(text).date == "2007-06-25"


def test_a_date_in_brackets_under_the_title():
    """blind34 cr_02: `中共湖州市委湖州市人民政府` / `关于深化…` / `城乡社区治理的实施意见` / `(2018年7月2日)`, no signature."""
    text = ("当前位置:首页>政策文件>市政策文件\n关于深化城乡社区建设加强和完善城乡社区治理的实施意见\n中共湖州市委湖州市人民政府\n"
            "关于深化城乡社区建设加强和完善\n城乡社区治理的实施意见\n(2018年7月2日)\n"
            "为全面提升城乡社区治理水平,现就深化城乡社区建设提出如下实施意见。\n一、总体要求\n高举伟大旗帜,完善城乡社区治理体制。\n")
    assert _meta(text).date == "2018-07-02"
    # a date in brackets in the body is a day it names, not the notice's
    text = "关于召开全县安全生产会议的通知\n各乡镇:\n会议定于下周召开,请准时参加。\n(2018年7月2日)\n一、参会人员\n各乡镇分管领导。\n"
    assert _meta(text).date is None


def test_joint_issuers_side_by_side_on_one_signature_line():
    """blind7 bq_04 (鹤岗市's 府院联动 notice): two bodies sign on one line, a space between them; each is an issuer
    (ANNOTATION: the gold's `鹤岗市人民政府、鹤岗市中级人民法院`), as dev he_01's `中国银保监会浙江监管局           浙江省司法厅`."""
    text = ("鹤政发〔2025〕4号\n鹤岗市人民政府 鹤岗市中级人民法院印发\n关于完善“府院联动”机制的意见的通知\n"
            "各县(区)人民政府、法院,市政府各部门:\n"
            "《鹤岗市人民政府鹤岗市中级人民法院关于完善“府院联动”机制的意见》已经市政府常务会议审议通过,现印发给你们,"
            "请认真贯彻执行。\n鹤岗市人民政府 鹤岗市中级人民法院\n2025年4月30日\n")
    assert _meta(text).issuer == "鹤岗市人民政府、鹤岗市中级人民法院"


def test_a_name_spaced_out_letter_by_letter_signs_alone():
    """A signature spaced out character by character (`山 阴 县 人 民 政 府`) is one body's name."""
    text = ("山阴县人民政府关于做好春耕生产工作的通知\n各乡镇人民政府:\n现就做好春耕生产工作通知如下。\n"
            "山 阴 县 人 民 政 府\n2023年3月1日\n")
    assert _meta(text).issuer == "山阴县人民政府"

