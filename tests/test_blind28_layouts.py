"""Layouts of the blind28 notices (corpus/blind28: real notices nobody tuned the rules on, SOURCES.md there) and the
notices of earlier sets that share them, each read from its file through its reader: the people, deadline,
organisation and duty rules they showed missing."""
from __future__ import annotations


def test_a_post_over_its_signer_over_the_date_gives_the_person(corpus_plan):
    # blind27 ck_10 (a .doc): `選舉主任` / `譚兆民` / `二零一八年九月二十四日` under a school alumni association's 通告
    people = {p.name: p.title for p in corpus_plan("blind27/docs/ck_10.doc").people}
    assert people.get("谭兆民") == "选举主任"


def test_a_meetings_days_on_a_24_hour_clock_are_scheduled(corpus_plan):
    # blind28 cl_05 (民盟山东省委 2016, a site page): `4月29日14:00,在…举办…大会`, `于4月28日14:30—18:00到珍珠泉宾馆报到`
    dates = [d.date for d in corpus_plan("blind28/docs/cl_05.html").deadlines]
    assert dates.count("2016-04-29") == 4 and "2016-04-28" in dates


def test_schools_named_in_a_request_and_closed_by_their_kind(corpus_plan):
    # blind28 cl_03 (苍南县 教育局, GB18030): `请苍南中学、龙港第二职业学校、南宋镇初级中学、灵溪镇蓝精灵幼儿园等单位做好发言准备`
    plan = corpus_plan("blind28/docs/cl_03.txt")
    names = {o.name for o in plan.organizations}
    assert {"苍南中学", "南宋镇初级中学"} <= names and not any(n.endswith("中小学") for n in names)
    duties = {(r.org, r.duty) for r in plan.responsibilities}
    schools = ("苍南中学", "龙港第二职业学校", "南宋镇初级中学", "灵溪镇蓝精灵幼儿园")
    assert {(s, "做好发言准备") for s in schools} <= duties and not any(org == "灵溪镇" for org, _ in duties)


def test_a_school_on_a_place_line_is_a_venue(corpus_plan):
    # blind15 by_06 (a PDF): `三、培训地点:常州市金坛段玉裁中学报告厅。`
    assert not any("段玉裁中学" in o.name for o in corpus_plan("blind15/docs/by_06.pdf").organizations)


def test_a_democratic_partys_committees_keep_its_name(corpus_plan):
    # blind28 cl_05 (民盟山东省委 2016): `民盟省委研究决定,民盟山东省委庆祝…`, `告知民盟省委办公室`, `中国民主同盟成立75周年`
    names = {o.name for o in corpus_plan("blind28/docs/cl_05.html").organizations}
    assert {"民盟山东省委", "民盟省委办公室", "中国民主同盟"} <= names and not names & {"省委", "山东省委", "省委办公室"}


def test_a_school_letters_signatures_by_post_and_name_give_the_signers(corpus_plan):
    # blind28 cl_11 (桃園市大成國小 停課通知單, Big5): `大成國小校長 張佩君` / `107班導師 邱逸君 敬上`, each a line of its own
    people = {p.name: p.title for p in corpus_plan("blind28/docs/cl_11.txt").people}
    assert people.get("张佩君") == "大成国小校长" and people.get("邱逸君") == "107班导师"
    assert not any(n.endswith("敬上") for n in people)


def test_a_programmes_opening_speeches_give_the_speakers(corpus_plan):
    # blind28 cl_02 (a DOCX): `A、市委常委、统战部长、市知联会名誉会长杨晓渡致开幕词(10分钟)`, `B、区委书记、区长卞百平致欢迎辞,…`
    names = {p.name for p in corpus_plan("blind28/docs/cl_02.docx").people}
    assert {"杨晓渡", "卞百平"} <= names


def test_a_news_pages_dateline_under_its_headline_dates_it(corpus_plan):
    # blind28 cl_12 (民政总署 news, 2018): `…公开会议于本周三举行` over `26.06.2018  15:38`, the page's later entries
    # listed under it; blind16 bz_07 (醫院管理局, 2022): `…門診服務安排` over `29.06.2022 15:00`
    assert corpus_plan("blind28/docs/cl_12.txt").meta.date == "2018-06-26"
    assert corpus_plan("blind16/docs/bz_07.txt").meta.date == "2022-06-29"


def test_a_taiwan_date_in_figures_closing_the_notice_dates_it(corpus_plan):
    # blind28 cl_11 (a 桃園 school's 停課通知, 2019): `108/06/19` under the signatures gives the date and the year of
    # `自6月20日起至6月26日止`; blind_tw_hk tw_05's `107-07-27` heading the page is its posting date, not the notice's
    from extractor.structure import read_date
    assert read_date("108/06/19")[0] == "2019-06-19" and read_date("107-07-27")[0] == "2018-07-27"
    plan = corpus_plan("blind28/docs/cl_11.txt")
    assert plan.meta.date == "2019-06-19"
    assert ("2019-06-20", "2019-06-26") in [(d.start, d.date) for d in plan.deadlines]
    assert corpus_plan("blind_tw_hk/docs/tw_05.txt").meta.date is None


def test_a_chair_or_speaker_named_before_the_post_is_a_person(corpus_plan):
    # blind28 cl_02 (a DOCX): `2、下午1:30复兴论坛(市知联会陈群会长主持)`; cl_05 (民盟山东省委 2016): `召开庆祝大会,温孚江主委讲话,…`
    chair = {p.name: p.title for p in corpus_plan("blind28/docs/cl_02.docx").people}
    assert chair.get("陈群") == "市知联会会长"
    speaker = {p.name: p.title for p in corpus_plan("blind28/docs/cl_05.html").people}
    assert speaker.get("温孚江") == "主委"


def test_a_greeting_in_the_place_of_the_addressees_is_no_recipient(corpus_plan):
    # blind28 cl_11 (Big5): `親愛的家長您好:` under the 停課通知單's title; blind22 cf_10 (a PDF): `電台及電視台當值宣布員注意：` over
    # `請儘快播出下列報告，於適當時間重複廣播：`, a Hong Kong release to be broadcast
    assert corpus_plan("blind28/docs/cl_11.txt").meta.recipients == []
    assert corpus_plan("blind22/docs/cf_10.pdf").meta.recipients == []


def test_posts_joined_before_a_name_are_one_title(corpus_plan):
    # blind28 cl_02: `B、区委书记、区长卞百平致欢迎辞`; blind6 bn_10 (山西 2016): `由省委副书记、省长李小鹏牵头`
    speakers = {p.name: p.title for p in corpus_plan("blind28/docs/cl_02.docx").people}
    assert speakers.get("卞百平") == "区委书记、区长"
    assert speakers.get("杨晓渡") == "市委常委、统战部长、市知联会名誉会长"
    leads = {p.name: p.title for p in corpus_plan("blind6/docs/bn_10.txt").people}
    assert leads.get("李小鹏") == "省委副书记、省长"


def test_members_named_after_their_role_in_a_clause_that_sets_up_a_group(corpus_plan):
    # blind28 cl_07 (a PDF): `由镇委书记庞飞任组长,镇长杨骏任副组长,组员许德群、陶宏壮、…、冯秋慧、王福厚组成;`
    people = {p.name: p.title for p in corpus_plan("blind28/docs/cl_07.pdf").people}
    assert {"许德群", "戴于岛", "符茂敬", "张建堂", "黄贤帅", "洪贤瑞", "冯秋慧", "王福厚"} <= set(people)
    assert people["王福厚"] == "组员"


def test_a_mailbox_line_over_a_contact_persons_line_is_its_own_entry(corpus_plan):
    # blind28 cl_05: `邮箱:sdmmbgs@163.com` / `联系人:汤立勇13153168779` / `冯阳18654514732`; the same order in blind13
    # bw_04 (`…E-mail:yukeban2004@sina.com)。` / `联系人:马骥` / `联系电话:0371--65956924、65907827`)
    for path, email, phone in (("blind28/docs/cl_05.html", "sdmmbgs@163.com", "13153168779"),
                               ("blind13/docs/bw_04.docx", "yukeban2004@sina.com", "0371--65956924")):
        contacts = {(c.phone, c.email) for c in corpus_plan(path).contacts}
        assert (None, email) in contacts and (phone, None) in contacts
