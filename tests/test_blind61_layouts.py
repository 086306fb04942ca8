"""Layouts blind61's misses showed that earlier notices or other public pages show too, each read from its notice's file
through its reader."""
from __future__ import annotations

from extractor import parse


def _plan(text: str):
    return parse(text.encode(), filename="t.txt")


def test_a_news_reports_byline_names_its_writers(corpus_plan):
    # a 海口网 item on 龙华区's 校园周边整治 (blind61 ds_03): `海口网2月7日消息(记者钟元韬 通讯员刘伟 崔善红)`, two posts and three
    # names; 海口网's 2013 item (yinhu3.com) `(見習記者 吳丹丹)`; a 金門 item (blind49 dg_12) `記者于家豪/綜合報導`
    plan = corpus_plan("blind61/docs/ds_03.txt")
    assert [(p.name, p.title) for p in plan.people] == [("钟元韬", "记者"), ("刘伟", "通讯员"), ("崔善红", "通讯员")]
    found = _plan("海口网1月25日消息(见习记者 吴丹丹)建设教育强区,树立教育品牌。").people
    assert [(p.name, p.title) for p in found] == [("吴丹丹", "见习记者")]
    # the reporter who learnt something, and 媒体记者 in a list, are no byline
    found = _plan("2月7日,记者从海口龙华区相关会议获悉,论证会邀请了有关学校负责人和媒体记者,共约50人参加。").people
    assert found == []


def test_the_hand_is_no_body(corpus_plan):
    # a 花蓮 school's 轉知 of the 國教署's 教師工作坊 letter (blind61 ds_09, OFD) under `勤洗手保持手部清潔`; a 臺北 school's
    # 政令宣導 (thps.tp.edu.tw) `請全校學生注意手部清潔`: 手部 a part of the body, as 面部 and 肘部 (blind58, blind60)
    assert [o.name for o in corpus_plan("blind61/docs/ds_09.ofd").organizations] == ["教育部国民及学前教育署"]
    text = "請全校學生注意手部清潔、生病不適戴口罩或在家休息、就醫檢查。"
    assert not any(o.name.endswith("手部") for o in _plan(text).organizations)


def test_a_terms_opening_and_first_lessons_are_its_days(corpus_plan):
    # a 盐城 开学 notice (blind61 ds_07, a scan read by OCR): `开学报到时间为9月1日,上课时间为9月4日`; a list of 2023 开学
    # dates (chuangrenyuanyi.com) `唐山市中小學秋季學期開學時間為2023年9月1日`
    assert [d.date for d in corpus_plan("blind61/docs/ds_07.pdf").deadlines] == ["--09-01", "--09-04"]
    found = _plan("2023年唐山市中小学秋季学期开学时间为2023年9月1日。").deadlines
    assert [d.date for d in found] == ["2023-09-01"]
    assert _plan("具体开学时间请以学校通知为准。").deadlines == []


def test_a_household_registration_before_a_day_is_a_condition(corpus_plan):
    # a 彰化 school's 新生統一報到日 post (blind61 ds_08, Big5): `學生分發係以當年度5月15日以前設籍為基準`; 設籍 is the 户籍 of
    # 泸龙府办函〔2020〕49号's `2020年6月11日前,户籍在龙马潭区的`: who counts, not a time to act
    assert [d.date for d in corpus_plan("blind61/docs/ds_08.txt").deadlines] == ["2022-04-09"]
    assert _plan("一、2020年6月11日前,户籍在龙马潭区的适龄儿童少年。").deadlines == []


def test_a_range_in_brackets_dates_the_period_before_it(corpus_plan):
    # the 海口网 item on 龙华区's 春季开学 整治 (blind61 ds_03): `在开学期间全天(2月10日至20日)和学校日常上下学时间,辖区派出所要
    # 指派专职民警…`; a town's 秸秆禁烧 方案 (blind45 dc_05) `秋季秋收期间(10月1日一10月31日)`
    assert ("--02-10", "--02-20") in {(d.start, d.date) for d in corpus_plan("blind61/docs/ds_03.txt").deadlines}
    assert ("2021-10-01", "2021-10-31") in {(d.start, d.date) for d in corpus_plan("blind45/docs/dc_05.txt").deadlines}


def test_shares_a_bureaus_data_give_are_no_targets(corpus_plan):
    # an exmoo item on the Macau 教青局's 2020 開學 dates (blind61 ds_12): `根據教育暨青年局資料,…其中9月1日開學的學校逾60%、9月2日
    # 約15%`; the same bureau's data in a 2010s item (blind32 cp_12) `据教育暨青年局资料显示,百分之九十六的…将集中在九月一日至六日开课`
    assert corpus_plan("blind61/docs/ds_12.txt").targets == []
