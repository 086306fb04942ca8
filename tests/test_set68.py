"""Layouts blind68's misses showed that other notices show too, each read from its notice's file through its reader."""
from __future__ import annotations

from extractor.extract import snippet_notice
from extractor.extract.people import find_people


def test_a_share_in_a_surveys_name_is_no_target(corpus_plan):
    # 常州市统计局's 2025 双随机 办法 in converted script (blind68 dz_07, a .doc): `全國1%人口抽樣調查` gave a target of 1%;
    # 国家统计局's 2015 公告 names the same survey `全国1%人口抽样调查` (rules/targets.yaml percent)
    assert corpus_plan("blind68/docs/dz_07.doc").targets == []


def test_this_years_roc_number_in_brackets_dates_a_range(corpus_plan):
    # 行政院主計總處's 2022 item (blind68 dz_12, a scan): `…普查訂於今(111)年6月1日至7月31日辦理實地訪查工作`; 臺中 and 臺北
    # notices write `今(112)年7月1日起` the same way (rules/deadlines.yaml Y)
    dates = [(d.start, d.date) for d in corpus_plan("blind68/found/dz_12.txt").deadlines]
    assert ("2022-06-01", "2022-07-31") in dates, dates


def test_mailing_back_to_an_office_ends_the_clause_before_it(corpus_plan):
    # 政府統計處's 2021 人口普查 release (blind68 dz_08, a site page): `收到紙本問卷的住戶亦可填寫問卷後寄回統計處` gave the body
    # `住户亦可填写问卷后寄回统计处`; 寄回 sends to the body after it, as blind39 cw_08 `寄回大埔區康樂事務辦事處`
    names = {o.name for o in corpus_plan("blind68/docs/dz_08.html").organizations}
    assert "政府统计处" in names, names
    assert not [n for n in names if "寄回" in n], names
    cw = {o.name for o in corpus_plan("blind39/found/cw_08.txt").organizations}
    assert "大埔区康乐事务办事处" in cw, cw


def test_hong_kongs_census_department_is_one_body(corpus_plan):
    # a paper's copy of 政府統計處's 住戶開支統計調查 release (blind68 dz_09): `政府統計處每5年進行一次` named no body, `統計處會…`
    # the short form alone
    names = {o.name for o in corpus_plan("blind68/docs/dz_09.txt").organizations}
    assert "政府统计处" in names, names


def test_presenters_listed_before_their_talk_are_each_a_person(corpus_plan):
    # DSEC's 2021 人口普查 news (blind68 dz_11, Big5): `由局長楊名就、副局長麥恆珍及資料暨資訊系統廳廳長黎嘉駿介紹…` named only the
    # last; 国新办's 2021 press notice lists four the same way before 介绍 (rules/people.yaml speakers_roll)
    names = {p.name for p in corpus_plan("blind68/docs/dz_11.txt").people}
    assert {"杨名就", "麦恒珍", "黎嘉骏"} <= names, names
    notice = snippet_notice("国务院新闻办公室定于2021年5月11日上午10时举行新闻发布会,请国务院第七次全国人口普查领导小组副组长、"
                            "国家统计局局长宁吉喆,国务院第七次全国人口普查领导小组办公室副主任、国家统计局总统计师曾玉平介绍"
                            "第七次全国人口普查主要数据结果,并答记者问。")
    assert {"宁吉喆", "曾玉平"} <= {p.name for p, _ in find_people(notice)}


def test_a_title_run_on_after_a_breadcrumbs_body_tag(corpus_plan):
    # 庆元's 农业普查 公告 from a news portal (blind68 dz_04, a PDF): its breadcrumb `您当前的位置 : 中国庆元网 > 公告栏 > 公告公示
    # 正文` and the headline under it read as one line; `您当前的位置` (灵璧县's portal, blind24 ch_02) and the crumb 正文 (many
    # portals' `>> 正文`) were not known
    assert corpus_plan("blind68/docs/dz_04.pdf").meta.title == "关于开展庆元县第三次农业普查的公告"
