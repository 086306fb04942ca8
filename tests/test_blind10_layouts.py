"""Layouts of the blind10 notices (corpus/blind10: Taiwan bulletins passing on 函, 衛福部 calls, Hong Kong notices,
as the pages corpus stores them, some made into .doc and OFD files; SOURCES.md there) that the rules were
missing: bulletin headlines, a bulletin site's office, schedules given with their hours, listed days without
their month, Hong Kong's enquiry line and the names of units after 本部 or joined by 及."""
from __future__ import annotations

from pathlib import Path

import pytest
from test_blind_layouts import cached_plans
from test_layouts import outline

DOCS = Path(__file__).resolve().parent.parent / "corpus" / "blind10" / "docs"


@pytest.fixture(scope="module")
def plans():
    return cached_plans(DOCS)


def _due(plan) -> list[tuple]:
    return [(d.start, d.date) for d in plan.deadlines]


def test_a_flagged_bulletin_headline_is_the_title_and_the_site_office_the_issuer(plans):
    # bulletin.hlc.edu.tw: `花蓮縣政府教育處 RSS訂閱` over `☆(填報即將到期,…)★為辦理…完成填報。`, then `0215 更新:`
    meta = plans("bt_01.txt").meta
    assert meta.title == "为办理补助105学年度第2学期国民中小学学生无力缴交代收代办费案,请各校于2月28日前至线上填报系统(编号2401)完成填报"
    assert (meta.issuer, meta.recipients) == ("花莲县政府教育处", [])
    assert _due(plans("bt_01.txt")) == [(None, "2017-02-28")]     # the body's 106年2月28日前, not the headline's


def test_a_tagged_headline_written_as_a_sentence_in_an_ofd(plans):
    # `【公告】檢送「…實施計畫」1份,詳如說明。` (an OFD made from the page's text)
    assert plans("bt_02.ofd").meta.title == "检送「花莲县105年度学生英语文阅读能力竞赛实施计划」1份,详如说明"


def test_days_given_with_their_hours_are_scheduled(plans):
    # 運輸署公告 `於2024年10月7日至2024年12月7日逢星期一至星期五每日上午10時至下午4時期間臨時封閉`
    assert _due(plans("bt_09.txt")) == [("2024-10-07", "2024-12-07")]
    # `市民可於二月三日至七日(星期一至五),上午十時至下午四時,就…投入…投遞箱內`
    assert ("2020-02-03", "2020-02-07") in _due(plans("bt_11.txt"))


def test_listed_days_take_the_month_written_before_them(plans):
    # `星期日(四月二十三日)、二十五及二十七日晚上十一时三十分至翌日早上五时三十分`, then `由四月二十三日、二十五日及二十七日…`;
    # not the release's own `今日(四月二十日)`
    days = ["2017-04-23", "2017-04-25", "2017-04-27"]
    assert [d.date for d in plans("bt_10.txt").deadlines] == days + days


def test_hong_kong_enquiry_line_and_bureau_names(plans):
    plan = plans("bt_11.txt")
    assert "1823" in [c.phone for c in plan.contacts]
    assert "运输及房屋局" in [o.name for o in plan.organizations]
    assert "运输署" in [o.name for o in plans("bt_10.txt").organizations]      # `已上载运输署网页`, not 上载运输署


def test_units_after_a_self_reference_in_a_doc(plans):
    # a Word 97 file: `本部心理及口腔健康司網站`; `地方政府社會局(處)` is any local government's
    names = [o.name for o in plans("bt_05.doc").organizations]
    assert "心理及口腔健康司" in names and "口腔健康司" not in names and "地方政府社会局" not in names


def test_a_signature_with_the_post_and_the_name_signs_for_the_body(plans):
    # 運輸署公告 signed `運輸署署長李頌恩` on one line: the 署 issues it, the 署長 is a person; the 署 is named only in
    # the title and the signature, so it is no mention of the body
    plan = plans("bt_09.txt")
    assert plan.meta.issuer == "运输署"
    assert [(p.name, p.title) for p in plan.people] == [("李颂恩", "运输署署长")]
    assert "运输署" not in [o.name for o in plan.organizations]


def test_numbered_sentences_and_links_are_not_headings(plans):
    # a school's bulletin: `1. 依據市府來函:中華民國111年3月8日, 發文字號:…` cites its basis (no label), `2. 來文重申…。`
    # is one sentence with only sentences (`一、…。` `二、…。`) under it
    assert outline(plans("bt_07.txt")) == []
    # `相關連結:` over `1. https://eschool.hlc.edu.tw/`: a link, not a heading `https`
    assert outline(plans("bt_01.txt")) == []


def test_venues_and_offices_are_no_bodies(plans):
    # 民政事務總署: `十八區民政諮詢中心` (one in each district), `牌照事務處的辦事處`, `所有社區會堂及社區中心(除用作臨時避寒中心、
    # 臨時庇護中心…外)`
    assert [o.name for o in plans("bt_12.txt").organizations] == ["民政事务总署", "民政总署遗产受益人支援组", "牌照事务处"]


def test_a_unit_that_declares_its_self_reference_and_its_stated_actions(plans):
    # `運輸及房屋局常任秘書長(房屋)轄下獨立審查組(本組)將在此期間內增設投遞箱,…。本組稍後會通知申請人…`
    plan = plans("bt_11.txt")
    assert "独立审查组" in [o.name for o in plan.organizations]
    assert [(r.org, r.duty, r.role) for r in plan.responsibilities] == [
        ("独立审查组", "在此期间内增设投递箱", "lead"), ("独立审查组", "通知申请人收到有关资料或发出确认信", "lead")]


def test_a_taiwan_event_day_held_at_a_venue(plans):
    # `一、旨揭競賽,訂 105 年 12 月 3 日(星期六)假花蓮縣鑄強國民小學辦理。`: 訂 sets the day, 假 names the venue
    # and `報名時間: 105 年 11 月 11 日(星期五)起至 11 月 17 日(星期四)止` is a period, its 止 closing it
    assert _due(plans("bt_02.ofd")) == [(None, "2016-12-03"), ("2016-11-11", "2016-11-17")]


def test_bulletin_words_that_are_no_names(plans):
    # `寄至承辦人信箱外` (信箱: a mailbox), `學校如有非學校型態實驗教育學生` (a condition after a subject)
    assert plans("bt_01.txt").people == []
    assert [o.name for o in plans("bt_08.txt").organizations] == ["教育部"]


def test_a_call_for_proposals_in_a_doc_its_units_and_provisos(plans):
    # `本部社會及家庭署` (a unit after 本部), `地方政府社會局(處)、衛生局` (any local government's), `首頁/特殊族群處遇/…`
    # (a menu path); `三、各單位所提計畫…亦可提出申請。惟為符合…` is a rule with its proviso, not a heading
    plan = plans("bt_05.doc")
    assert sorted(o.name for o in plan.organizations) == sorted(["心理及口腔健康司", "财政部公益彩券回馈金运用及管理作业小组",
                                                               "社会及家庭署"])
    # `一、本次受理申請方式說明如下:` ends its line at the colon over `(一)民間單位:…` `(二)地方政府:…`: their heading.
    # The DOC numbers them `（一）` twice: LibreOffice's export of the DOCX it was made from wrote each list as a list of
    # its own (7 LSTs, no LFO overrides), so Word shows the same restarted numbers the reader writes out
    assert outline(plan) == [(1, "本次受理申请方式说明如下"), (2, "民间单位"), (2, "地方政府")]


def test_a_bulletin_pages_posting_offices_are_its_frame(plans):
    # bulletin.hlc.edu.tw closes its page with `主辦單位: 本府教育處` / `承` (the stored page cut there): the office that
    # posts it, no body the notice mentions (blind_tw_hk tw_02 ends the same way: test_tw_hk_layouts)
    assert [o.name for o in plans("bt_01.txt").organizations] == ["教育部国民及学前教育署"]


def test_a_bulletin_headline_opening_with_a_word_and_a_colon_over_its_posting_office(corpus_plan):
    # a 高雄 school's bulletin (blind10 bt_07): `重申:請同仁避免…` over `發佈單位:文書組` / `發佈日期:2022-03-08`: the title, and
    # the bulletin dated by its page
    meta = corpus_plan("blind10/docs/bt_07.txt").meta
    assert (meta.title, meta.date) == ("重申:请同仁避免将私人物品投递至市府或所服务之学校", "2022-03-08")
    # a contact line over the posting office is no headline
    from extractor import parse
    text = "受理113年度科普活动计划申请\n联络人:王小明\n公告单位:自然司二科\n请各校于5月1日前报送。\n"
    assert parse(text.encode(), filename="t.txt").meta.title == "受理113年度科普活动计划申请"
