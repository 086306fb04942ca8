"""Layouts blind57's misses showed that earlier notices or public pages show too, each read from its notice's file through
its reader."""
from __future__ import annotations


def test_counted_subjects_are_no_numbered_section(corpus_plan):
    # an EDB circular on a blog (blind57 do_08): `在中文、英文和數學三科的表現`; 彰化's 研習 notice, scanned (do_12): `國語文、
    # 數學及英語文三科共6梯次`: the numeral counts the subjects, no 科 of a body (counted_subjects); a numbered 科 asked to
    # act is still one (blind18 cb_01's `請三科儘速修改陳報`)
    for path in ("blind57/docs/do_08.doc", "blind57/found/do_12.txt"):
        names = {o.name for o in corpus_plan(path).organizations}
        assert not any(n.endswith("三科") for n in names), path
    assert "三科" in {o.name for o in corpus_plan("blind18/docs/cb_01.html").organizations}


def test_schools_of_the_whole_province_are_a_kind(corpus_plan):
    # 金坛区教育局's 视频会议 notice (blind57 do_02): `组织参加全省学校2021年秋季学期…`, `总结前一阶段全省学校疫情防控工作`:
    # the clause's opening words cut 全 off, and `省学校` was listed; the schools of a whole province are a kind (_ALL_OF)
    names = {o.name for o in corpus_plan("blind57/docs/do_02.txt").organizations}
    assert not any(n.endswith("学校") for n in names)
    assert {"区教育局", "基教科", "督导室"} <= names


def test_a_speaker_named_after_the_role_before_a_talk(corpus_plan):
    # 澳門日報's 文化講堂 item (blind57 do_09, Big5): `紙料店負責人黃競時將介紹…`, `澳門歷史研究者黃健威將根據…`: the speaker
    # by the role written before the name, then what the speaker will do (speaker_before_talk, with GOV.MO's 2021 item)
    people = {p.name: p.title for p in corpus_plan("blind57/docs/do_09.txt").people}
    assert people == {"黄竞时": "纸料店负责人", "黄健威": "澳门历史研究者"}


def test_a_papers_tag_with_xiaoxi_opens_the_report(corpus_plan):
    # 澳門日報's item (blind57 do_09): the headline twice over `【本報消息】由文化局主辦的…`; 本報消息 is the outlet's tag as
    # 本報訊 is (blind31 co_11), so the tagged line is the report's first paragraph, no headline (byline_tag), and 文化局 a body
    # of its body
    plan = corpus_plan("blind57/docs/do_09.txt")
    assert plan.meta.title == "文化讲堂九月两讲座报名"
    assert "文化局" in {o.name for o in plan.organizations}
    assert corpus_plan("blind31/found/co_11.txt").meta.title == "青年政策咨询公众首个专场周五举行"


def test_a_long_bulletin_subject_cut_at_a_mark_is_still_its_headline(corpus_plan):
    # 花蓮縣's bulletin (blind57 do_11): `【公告】請本縣各國中務必派員參加教育部「…『東部場次花蓮縣說明會』」,詳如說明,請 查照辦理。`,
    # 66 characters; its first 60 end on `,`, which is no end of the subject (_subject_opening); blind26 cj_09's subject of
    # 80 characters the same way
    assert corpus_plan("blind57/docs/do_11.txt").meta.title.endswith("详如说明,请查照办理")
    assert corpus_plan("blind26/docs/cj_09.txt").meta.title.startswith("检送「本县特殊优良教师遴选及表扬作业要点」1份")


def test_a_tests_time_and_a_class_run_are_scheduled(corpus_plan):
    # 金华's 普通话 培训 and 测试 notice, as a site page (blind57 do_01): `办班时间为4月2日(星期六)—4月23日(星期六)`, `学员测试时间为
    # 4月24日`, `考生测试时间为5月7日`: a test's time as an exam's and a class's run as a training's (event_time_label)
    dates = [(d.start, d.date) for d in corpus_plan("blind57/docs/do_01.html").deadlines]
    assert ("2016-04-02", "2016-04-23") in [(str(s) if s else None, str(e)) for s, e in dates]
    assert {"2016-04-24", "2016-05-07"} <= {str(e) for _, e in dates}


def test_a_hosts_relative_clause_gives_no_duty(corpus_plan):
    # 澳門日報's item (blind57 do_09): `由文化局主辦的持續性藝術普及計劃《文化講堂》,九月將舉辦…`: 主辦的 qualifies the programme
    # (relative_clause, as blind7 bq_02's `由县民政局负责的第1件` and blind31 co_09's `由额满国中制发之通知单`), so the whole
    # sentence is no duty of 文化局
    assert not [r for r in corpus_plan("blind57/docs/do_09.txt").responsibilities if r.org == "文化局"]


def test_districts_listed_before_a_zone_are_places(corpus_plan):
    # 金华's 普通话 test notice (blind57 do_01): `市区(包含婺城区、金东区、开发区)` lists the city's districts, each a place, not
    # a body sharing 开发区; blind30 cn_04's `滨江区、经济技术开发区、西湖风景名胜区` the same; a zone listed before a zone
    # stays a body (blind26 cj_03 `鄂城新区、花湖开发区`)
    assert not {"婺城区", "金东区"} & {o.name for o in corpus_plan("blind57/docs/do_01.html").organizations}
    assert "滨江区" not in {o.name for o in corpus_plan("blind30/docs/cn_04.txt").organizations}
    assert "鄂城新区" in {o.name for o in corpus_plan("blind26/docs/cj_03.txt").organizations}


def test_a_time_led_schedule_pasted_with_spaces_is_a_table(corpus_plan):
    # 徐州's 2017 出版 考试工作计划 (blind57 do_04): `时间 工作内容` over `8月1日 现场资格初审`, `10月6日至12日 报考人员…`, `12月底 …`,
    # the time-led schedule other 人事考试 plans print with borders; each row's time cell is its step's date, with or without
    # 前; the rows under a merged time cell (`省向人社部人事考试中心报送试卷预订单`) have none
    dates = [(d.start, d.date) for d in corpus_plan("blind57/docs/do_04.txt").deadlines]
    assert (None, "2017-08-01") in dates and ("2017-10-06", "2017-10-12") in dates and (None, "2017-12-31") in dates
    assert len(dates) == 11
