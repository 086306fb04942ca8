"""Layouts blind35's misses showed that earlier notices or other public pages show too, each read from its notice's file
through its reader."""
from __future__ import annotations

from extractor import parse


def test_a_label_with_its_cell_border_is_no_title(corpus_plan):
    # a crawled portal row whose value went to the next line: `进展情况、存在问题 及下一步工作建议: |` over `已完成。… |`
    # (广州's task row, blind35 cs_03, GB18030) is a field, as blind5 bm_01's `政策解读: |`: the rows above it are the
    # notice's text, with the stages' targets and the row's 牵头单位
    plan = corpus_plan("blind35/docs/cs_03.txt")
    assert plan.meta.title is None
    assert [t.value for t in plan.targets] == [20, 50, 90]
    assert [o.name for o in plan.organizations] == ["市城市管理综合执法局"]


def test_a_title_over_an_info_row_stays():
    text = ("关于做好春节期间安全工作的通知\n发布机构: | 县政府办公室 | 有效性: |\n各乡镇:\n请于1月20日前完成安全检查。\n"
            "县政府办公室\n2024年1月5日")
    assert parse(text.encode("utf-8"), filename="t.txt").meta.title == "关于做好春节期间安全工作的通知"


def test_a_competitions_days_in_one_month_with_its_day_written_once(corpus_plan):
    # `二、比賽日期: 109 年 8 月 24~27 日(星期一~四)` (a 花蓮 bulletin forwarding a 臺中 meeting's rules, blind35 cs_11, Big5):
    # the four days, not the month; the label as blind20 cd_01's `決賽日期`, the range as blind34 cr_08's `8月6–11日`
    periods = [(d.start, d.date) for d in corpus_plan("blind35/docs/cs_11.txt").deadlines]
    assert ("2020-08-24", "2020-08-27") in periods
    assert ("2020-08-01", "2020-08-31") not in periods


def test_a_bulletins_subject_heading_its_page_untagged(corpus_plan):
    # `轉送臺中市體育總會田徑委員會辦理「…田徑賽」競賽規程1份。` over `一、依據…` (a 花蓮 bulletin, blind35 cs_11): the
    # subject is the page's title without its full stop, as the tagged `【公告】檢送「…」1份,詳如說明。` is (blind10 bt_02)
    assert corpus_plan("blind35/docs/cs_11.txt").meta.title == \
        "转送台中市体育总会田径委员会办理「109年台中杯全国中等学校田径赛」竞赛规程1份"
    assert corpus_plan("blind10/docs/bt_02.ofd").meta.title == "检送「花莲县105年度学生英语文阅读能力竞赛实施计划」1份,详如说明"


def test_a_lead_in_to_the_items_is_no_subject():
    text = "有关事项通知如下。\n一、请各校于3月1日前报送名单。\n二、逾期不予受理。"
    assert parse(text.encode("utf-8"), filename="l.txt").meta.title != "有关事项通知如下"
