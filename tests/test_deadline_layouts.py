"""Deadlines of notices across the blind sets, each read from its file through its reader: days listed after 分别于,
each the day a scheduled event is held on; a limit put back to a weekday; a plan period that only qualifies a noun."""
from __future__ import annotations

import pytest


def test_days_listed_after_respectively_are_each_a_deadline(corpus_plan):
    # blind14 bx_04 (臺北市教育局 2024, a scanned PDF): `本案分別於113年3月7日(星期四)於北場、113年3月14日(星期四)於中場,
    # 辦理2場計畫說明會`, the scan reading `毫北場`
    dates = [(str(d.date), d.start) for d in corpus_plan("blind14/docs/bx_04.pdf").deadlines]
    assert ("2024-03-07", None) in dates and ("2024-03-14", None) in dates


def test_a_limit_put_back_to_a_weekday_and_its_day_is_the_new_limit(corpus_plan):
    # blind29 cm_09 (教育局 2019, an OFD): `有關的註冊日期現延長至本星期五(十一月二十二日)(即十一月二十至二十二日)`
    assert "--11-22" in [str(d.date) for d in corpus_plan("blind29/docs/cm_09.ofd").deadlines]


@pytest.mark.parametrize("name, clause", [
    ("blind22/docs/cf_01.txt", "签署“十一五”期间对口支援协议的仪式"),
    ("blind29/docs/cm_05.pdf", "“十三五”时期老龄事业发展面临的形势"),
])
def test_a_plan_period_naming_what_a_noun_holds_is_no_deadline(corpus_plan, name, clause):
    assert not [d for d in corpus_plan(name).deadlines if clause in d.task]


@pytest.mark.parametrize("name, day", [
    # `【公告】检送「…作业要点」1份,请贵校于108年4月15日(星期一)前备妥纸本资料…,请查照` (花莲县, the title's place)
    ("blind26/docs/cj_09.txt", "2019-04-15"),
    # `【重要急件】请下列学校于10月29日下班前送本府…核销资料,敬请配合办理`, the day given again in item 五
    ("blind27/docs/ck_11.txt", "2012-10-29"),
])
def test_a_subject_sentence_in_the_title_place_sets_its_deadline(corpus_plan, name, day):
    dates = [str(d.date) for d in corpus_plan(name).deadlines]
    assert dates[0] == day


def test_the_roc_year_of_an_undated_subject_gives_a_yearless_day_its_year(corpus_plan):
    # blind28 cl_10: no date, no title: `主旨:检送「台南市112学年度国民中小学普通班新生入学相关事宜期程表」` schedules
    # `3月17、18日` of 2023, not of the `106年9月1日止出生` written before the days (ck_11's title day, of its title's
    # `101年度`, is the test above's)
    dates = [str(d.date) for d in corpus_plan("blind28/docs/cl_10.ofd").deadlines]
    assert "2023-03-17" in dates and not [d for d in dates if d.startswith("2017")]


def test_a_day_of_next_week_with_its_date_in_brackets_is_when_the_act_is_due(corpus_plan):
    # blind26 cj_12 (教育局 2023): `各家长须依照指定日期,即下星期二或三(6月6或7日),前往获派学校办理入学注册手续`
    dates = [str(d.date) for d in corpus_plan("blind26/docs/cj_12.txt").deadlines]
    assert "--06-06" in dates and "--06-07" in dates


def test_a_window_of_days_for_receiving_applications_is_a_period(corpus_plan):
    # blind13 bw_08 (广州市教育局 2020): `一、市教育局于1月8日至22日接受首次申报`
    assert ("2020-01-22", "2020-01-08") in [(str(d.date), d.start and str(d.start))
                                            for d in corpus_plan("blind13/docs/bw_08.pdf").deadlines]


def test_each_school_terms_days_under_an_items_label(corpus_plan):
    # `(二)投稿时间:第一学期: 112年9月1日至10月10日…止;第二学期: …` / `(四)成绩公告:第一学期: 112年11月20日;第二学期: 113年4月22日。`
    # (blind29 cm_08; the same items in the plan's other years' notices): one window or day per term
    deadlines = {(d.start, d.date) for d in corpus_plan("blind29/docs/cm_08.txt").deadlines}
    assert {("2023-09-01", "2023-10-10"), (None, "2023-11-20"), (None, "2024-04-22")} <= deadlines


@pytest.mark.parametrize("name, day", [
    # blind28 cl_10 (台南市 新生入学 期程, an OFD): `3月19日(星期日)办理抽签`
    ("blind28/docs/cl_10.ofd", "2023-03-19"),
    # blind28 cl_11 (大成国小 停课通知单): `6月27日(星期四)再到学校上课`
    ("blind28/docs/cl_11.txt", "2019-06-27"),
    # blind30 cn_09 (客语研习班): `需报名9月17日(星期日)之「基础级暨初级全国认证第二梯」考试`, and `10月14日(星期六)之「…」考试`
    ("blind30/docs/cn_09.html", "2023-09-17"),
    ("blind30/docs/cn_09.html", "2023-10-14"),
    # blind30 cn_12 (宣美幼稚园 入学流程): `• 10月6日(六),接受报名至中午12:00`
    ("blind30/docs/cn_12.txt", "2018-10-06"),
])
def test_a_day_with_its_weekday_and_what_is_done_on_it_is_scheduled(corpus_plan, name, day):
    assert (day, None) in [(str(d.date), d.start) for d in corpus_plan(name).deadlines]


def test_a_day_before_a_window_of_clock_times_written_with_a_dash_is_scheduled(corpus_plan):
    # blind30 cn_12: `• 11月3日(六)或11月17日(六)上午9:00-下午1:00`, the interview days
    dates = [str(d.date) for d in corpus_plan("blind30/docs/cn_12.txt").deadlines]
    assert dates.count("2018-11-03") == 1 and dates.count("2018-11-17") == 1


def test_a_closing_date_shared_by_two_calls_is_their_limit(corpus_plan):
    # blind24 ch_12 (社会福利署 2023): `…(第5期)及「个人电脑中央基金」(基金)(第47期)现正接受申请,截止申请日期皆为2023年3月15日`
    assert ("2023-03-15", None) in [(str(d.date), d.start) for d in corpus_plan("blind24/docs/ch_12.txt").deadlines]


def test_a_day_that_a_check_in_label_follows_is_the_check_in_day(corpus_plan):
    # blind21 ce_06 (湖北省科技厅 2017): `一、会议时间` / `7月13日下午—7月14日上午。7月13日上午为会议报到时间。`, and item 2's
    # `请于7月13日中午12点前…登记入住`, and item 3's `请于7月13日下午2点15前直接到…参会` (minutes without 分: CLOCK)
    dates = [(str(d.date), d.start) for d in corpus_plan("blind21/docs/ce_06.pdf").deadlines]
    assert dates.count(("2017-07-13", None)) == 3


def test_a_year_opening_a_clause_that_allocates_money_is_that_years_period(corpus_plan):
    # blind21 ce_01 (国办函〔2016〕38号's task table): `中央财政安排1000亿元专项奖补资金,重点用于职工分流安置,2016年安排500亿元`
    deadlines = [(d.start and str(d.start), str(d.date)) for d in corpus_plan("blind21/docs/ce_01.docx").deadlines]
    assert ("2016-01-01", "2016-12-31") in deadlines


def test_a_chinese_numeral_year_whose_zero_was_lost_is_still_that_year(corpus_plan):
    # blind28 cl_09 (市政署 通告, a PDF): signed `二 一 九年八月二十八日`, its `截止申请日期为本年十月三十一日`;
    # blind31 co_11 (澳门 news): `于二一二年八月二十一日至十月二十一日期间`, then `八月三十一日（星期五）`
    plan = corpus_plan("blind28/docs/cl_09.pdf")
    assert str(plan.meta.date) == "2019-08-28"
    assert "2019-10-31" in [str(d.date) for d in plan.deadlines]
    assert "2012-08-31" in [str(d.date) for d in corpus_plan("blind31/docs/co_11.pdf").deadlines]


def test_the_school_year_of_a_headline_over_the_explanation_gives_a_yearless_day_its_year(corpus_plan):
    # blind31 co_09 (花蓮 吉安國小's bulletin, no date, no title, no 主旨 label): `113學年度國小應屆畢業生就讀公立國中前置準備作業,
    # 請參閱。` stands over `說明:`, whose `於4月1日前將畢業生名冊送至學區國中` is 2024, the school year's first (as cl_10's 主旨)
    dates = [str(d.date) for d in corpus_plan("blind31/docs/co_09.txt").deadlines]
    assert dates[:2] == ["2024-04-01", "2024-04-24"]


def test_the_meeting_an_attendance_report_opens_with_is_past(corpus_plan):
    # blind31 co_04 (汉阴县 2022, `…会议到会情况的通报`): `5月22日14:30在县职教中心三楼会议室,县政府召开全体(扩大)会议…` is the
    # meeting reported on; the body's `于5月25日18:00前…作出书面情况说明` is still due
    assert [str(d.date) for d in corpus_plan("blind31/docs/co_04.html").deadlines] == ["2022-05-25"]


def test_a_two_digit_roc_year_before_a_full_day(corpus_plan):
    # blind18 cb_01 (臺北市 會報 2009): `評比將分別於98年12月3日下午和12月10日至本局考評`, 98年 being 民國 98
    dates = [str(d.date) for d in corpus_plan("blind18/docs/cb_01.html").deadlines]
    assert "2009-12-03" in dates and "2009-12-10" in dates


@pytest.mark.parametrize("name, days", [
    # blind4 bk_02 (三水区 2007): `各部门各单位要在每季度末(分别在6月、9月和12月底),将…进展情况…报区督查组`
    ("blind4/docs/bk_02.txt", ["2007-06-30", "2007-09-30", "2007-12-31"]),
    # blind28 cl_04 (林区公路 2017): `请各乡镇人民政府于每月28日(本次报送于5月29日)之前将…报送`
    ("blind28/docs/cl_04.doc", ["2017-05-29"]),
])
def test_the_days_a_rhythm_names_for_this_time_in_brackets(corpus_plan, name, days):
    dates = [str(d.date) for d in corpus_plan(name).deadlines]
    assert all(day in dates for day in days)


@pytest.mark.parametrize("name, year", [
    # blind33 cq_04 (西南交通大学, no date): `学校定于8月26日(星期五)上午8:00…举行2011级本科生开学典礼`
    ("blind33/docs/cq_04.html", "2011"),
    # blind32 cp_12 (教育暨青年局, no date): `二零一二/二零一三学年即将开学…将集中在九月一日至六日开课`
    ("blind32/docs/cp_12.txt", "2012"),
])
def test_an_undated_notice_opening_a_school_year_dates_its_days_by_it(corpus_plan, name, year):
    dates = [str(d.date) for d in corpus_plan(name).deadlines]
    assert dates and all(d.startswith(year) for d in dates)


def test_a_school_years_first_days_of_class_are_scheduled(corpus_plan):
    # blind32 cp_12: `将集中在九月一日至六日开课,其中九月一日开课的学校有十九所、九月三日开课的有五十一所,而九月四日至六日开课的…`
    dates = [(str(d.date), d.start and str(d.start)) for d in corpus_plan("blind32/docs/cp_12.txt").deadlines]
    assert dates == [("2012-09-06", "2012-09-01"), ("2012-09-01", None), ("2012-09-03", None),
                     ("2012-09-06", "2012-09-04")]


def test_a_window_written_with_a_spaced_dash_after_a_label(corpus_plan):
    # blind33 cq_02 (重庆交通大学 2023-09-11): `一、研究生管理系统报到注册时间:新老生均为9月1日 - 9月30日。`
    assert ("2023-09-30", "2023-09-01") in [(str(d.date), d.start and str(d.start))
                                            for d in corpus_plan("blind33/docs/cq_02.txt").deadlines]


@pytest.mark.parametrize("name, days", [
    # blind33 cq_10 (运输署 2011-09-30, a scan): `在十月一、二、五及九日，连城道及歌连臣角道将会封闭`
    ("blind33/docs/cq_10.pdf", ["2011-10-01", "2011-10-02", "2011-10-05", "2011-10-09"]),
    # blind22 cf_10 (康文署, no date): `将于下星期一（十一月十八日）起暂停开放，于十一月二十三日重开`
    ("blind22/docs/cf_10.pdf", ["--11-23"]),
])
def test_the_days_a_road_or_facility_closes_or_reopens(corpus_plan, name, days):
    dates = [str(d.date) for d in corpus_plan(name).deadlines]
    assert all(d in dates for d in days)


def test_an_arrangement_kept_until_a_day(corpus_plan):
    # blind34 cr_10 (社会福利署, no date): `以上三项安排会由农历年假期结束后维持至二月十七日`
    assert "--02-17" in [str(d.date) for d in corpus_plan("blind34/docs/cr_10.pdf").deadlines]


def test_a_year_heading_a_list_of_arrangements_is_no_deadline(corpus_plan):
    # blind34 cr_07 (教育局 2021): `2021年劳动节放假安排如下:` then the days off and the days worked
    plan = corpus_plan("blind34/docs/cr_07.doc")
    assert not [d for d in plan.deadlines if str(d.date) == "2021-12-31"]
    assert ("2021-05-05", "2021-05-01") in [(str(d.date), d.start and str(d.start)) for d in plan.deadlines]


@pytest.mark.parametrize("name, period", [
    # blind28 cl_02 (浙江 a university's 统战部, the 论坛方案 annexed): `一、论坛时间:6月下旬(周四、五两天)`
    ("blind28/docs/cl_02.docx", ("2010-06-30", "2010-06-21")),
    # blind32 cp_07 (汉塘 a hospital's 征文方案): `五、评选:` / `（一）评选时间:2019年5月1日——5月31日;`
    ("blind32/docs/cp_07.pdf", ("2019-05-31", "2019-05-01")),
    # blind32 cp_01 (a hospital's 演讲比赛 notice of 2016-04-01): `一、时间及地点:` / `时间:4月14日下午2:00。` / `地点:十一楼会议室。`
    ("blind32/docs/cp_01.txt", ("2016-04-14", None)),
])
def test_an_items_heading_naming_its_events_time(corpus_plan, name, period):
    assert period in [(str(d.date), d.start and str(d.start)) for d in corpus_plan(name).deadlines]


@pytest.mark.parametrize("name, period", [
    # blind23 cg_10 (康文署, no date): `挑选一名参加者暂定于明年4月15日至7月15日到芬兰的芬兰堡参与驻留及展览活动`
    ("blind23/docs/cg_10.txt", ("--07-15", "--04-15")),
    # blind34 cr_06 (a county's 创强 notice, 2011): `评估验收组将于5月26日(周四)下午至27日上午到有关学校视察学校校容校貌`
    ("blind34/docs/cr_06.pdf", ("2011-05-27", "2011-05-26")),
])
def test_the_days_someone_is_scheduled_to_go_somewhere_to_take_part_or_inspect(corpus_plan, name, period):
    assert period in [(str(d.date), d.start and str(d.start)) for d in corpus_plan(name).deadlines]


def test_a_yearless_step_of_a_plan_drafted_before_the_notice_keeps_the_notices_year(corpus_plan):
    # blind17 ca_01 (来苏镇 2021-03-11): `一、前期准备(3月27日前)` / `1月20日前,镇设立…工作指导机构`: a step of the plan past by
    # its issue, not next January, ten months off (blind7 bq_08's `于1月15日前` of 2016-12-27 is next year's, nineteen days off)
    dates = [str(d.date) for d in corpus_plan("blind17/docs/ca_01.html").deadlines]
    assert "2021-01-20" in dates and "2022-01-20" not in dates


def test_a_range_after_in_a_sentence_that_asks_for_it_is_the_period_to_act_in(corpus_plan):
    # blind36 ct_12 (教育局 小一入学 news): `可把填妥的表格连同证明文件,在9月22日至26日直接交回有关学校`, `可在9月22日至明年1月30日
    # 内,将填妥的申请表…交回…教育局学位分配组`: periods whatever the verb (交回)
    periods = [(d.start and str(d.start), str(d.date)) for d in corpus_plan("blind36/docs/ct_12.txt").deadlines]
    assert ("--09-22", "--09-26") in periods and ("--09-22", "--01-30") in periods


def test_a_forms_window_run_to_a_day_is_its_limit(corpus_plan):
    # blind36 ct_11 (教青局 2021): `收集各地澳门学生的回澳意向(填写期至5月31日23时59分)`
    assert "2021-05-31" in [str(d.date) for d in corpus_plan("blind36/docs/ct_11.txt").deadlines]


def test_a_time_headings_day_taken_whole(corpus_plan):
    # blind49 dg_02 (大亚湾区 督查 notice, an OFD): `二、督查時間` / `2018年1月4日全天`, the day the checks are held
    # on, before its two sessions `(一)2018年1月4日上午…`, `(二)2018年1月4日下午…`
    deadlines = corpus_plan("blind49/docs/dg_02.ofd").deadlines
    assert [(d.start, d.date, d.rule) for d in deadlines][:1] == [(None, "2018-01-04", "time_heading")]
