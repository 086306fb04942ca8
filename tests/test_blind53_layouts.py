"""Layouts blind53's misses showed that earlier notices show too, each read from its notice's file through its reader."""
from __future__ import annotations

from extractor import parse


def test_a_roc_dateline_led_by_a_bullet_dates_the_page(corpus_plan):
    # 監察院's news page (blind53 dk_08): `  • 日期:109-11-02` under its headline, the ROC date after `日期:` as a Taiwan
    # town office writes it (`日期：113-04-10資料來源：清潔隊`, blind41 cy_11) and led by a bullet as a ministry's news list
    # leads its Gregorian date (`• 2024/03/08`, blind4 bk_08): the page's date, and the headline above it its title
    meta = corpus_plan("blind53/docs/dk_08.pdf").meta
    assert meta.date == "2020-11-02"
    assert meta.title.replace(" ", "") == "监察院109年10月份提出调查报告4案纠正3案函请改善7案"
    assert corpus_plan("blind41/docs/cy_11.pdf").meta.date == "2024-04-10"


def test_the_ombudsmans_office_is_named_whole(corpus_plan):
    # `申訴專員公署在二○二三至二四年度…` (blind53 dk_10) and `發表申訴專員公署二〇一八年工作簡報` (dk_11): the office the
    # Hong Kong government's list names, not `专员公署` cut after the verb-like 申诉
    for doc in ("blind53/docs/dk_10.txt", "blind53/docs/dk_11.txt"):
        names = {o.name for o in corpus_plan(doc).organizations}
        assert "申诉专员公署" in names and "专员公署" not in names


def test_shares_of_a_counted_whole_of_past_cases_are_no_targets(corpus_plan):
    # 申诉专员公署's 工作简报 (blind53 dk_11) counts the cases first, `在已跟进并终结的2,785宗投诉个案中,经查讯后终结的占84.7%,
    # …占7.9%,…占7.4%`, as 教育局's 派位 news (blind34 cr_08) counts the pupils, `在获派学位的72,829人中,71,912人获派中四学位,
    # 其中约93.8%可升读原校`: shares of what happened, not goals
    values = [t.value for t in corpus_plan("blind53/docs/dk_11.txt").targets]
    assert not {84.7, 7.9, 7.4} & set(values)
    assert 93.8 not in [t.value for t in corpus_plan("blind34/docs/cr_08.ofd").targets]
    # the body that had N cases names its parts after `其中`: 甘肃省卫生计生委's 监测通报 (blind23 cg_04) `兰州大学第二医院有29例
    # 建档立卡出院病人,其中,…1例实际报销比例低于“85%”`, a finding; the policy's `“85%”报销比例` stays its one target
    assert [(t.value, t.op) for t in corpus_plan("blind23/docs/cg_04.txt").targets] == [(85.0, "=")]


def test_a_leader_named_before_the_post_then_the_occasion_or_an_adverb_before_the_act(corpus_plan):
    # name_post_speech: `汤飞帆市长在市政府常务会议上专题研究部署…整改落实工作时指出` (宁波市审计局's report, dk_04: an occasion's
    # clause of 29 characters) and `李克强总理多次主持召开国务院常务会议` (国务院办公厅's 督查 notice, dk_01: an adverb before 主持)
    people = {p.name: p.title for p in corpus_plan("blind53/docs/dk_04.txt").people}
    assert people.get("汤飞帆") == "市长"
    people = {p.name: p.title for p in corpus_plan("blind53/docs/dk_01.html").people}
    assert people.get("李克强") == "总理"


def test_a_breadcrumb_trail_led_by_its_arrow_is_frame(corpus_plan):
    # 宁波市审计局's page (blind53 dk_04): `首页` over `-> 要闻 -> 审计通告 -> 审计公告`, the trail alone on its line (crumb_trail);
    # the headline under it is the title and the salutation under the page's info row its 主送
    meta = corpus_plan("blind53/docs/dk_04.txt").meta
    assert meta.title == "宁波市审计局关于2021年度宁波市本级预算执行和全市其他财政收支审计工作报告反映问题整改情况的报告"
    assert meta.recipients == ["主任", "副主任", "秘书长", "各位委员"]
    body = "关于做好防汛工作的通知\n各乡镇:\n请认真做好防汛工作。\n"
    assert parse(("首页\n>> ... >> 其他政策文件\n" + body).encode(), filename="t.txt").meta.title == "关于做好防汛工作的通知"


def test_a_reports_speaker_under_its_title_stands_before_its_salutation(corpus_plan):
    # 瑞金市's 整改情况的报告 (blind53 dk_05): `市审计局局长李火生` between the title's 题注 and `主任、各位副主任、各位委员:`, as
    # 慈溪's, 衢州's and 宁波's 审计工作报告 print their speaker (pages corpus): the salutation is still the 主送
    assert corpus_plan("blind53/docs/dk_05.ofd").meta.recipients == ["主任", "各位副主任", "各位委员"]
    text = "关于2022年度市级预算执行的审计工作报告\n衢州市审计局局长 刘石平\n主任、各位副主任、秘书长,各位委员:\n我受市政府委托,报告审计情况。\n"
    assert parse(text.encode(), filename="t.txt").meta.recipients == ["主任", "各位副主任", "秘书长", "各位委员"]


def test_a_paper_forwarded_to_a_body_gives_it_no_duty(corpus_plan):
    # 監察院's monthly account (blind53 dk_08): `函请机关(构)说明、查处186件,送请机关参处142件,…` counts the cases sent on;
    # 送请, as 函请 and 转请, forwards a paper, it asks no duty of the body named after it (asked_after_task); the same
    # forwarding in a 台东 school bulletin, `…及组织章程送请学校转报本府备查` (blind10 bt_03), no duty either
    assert not any("142件" in r.duty for r in corpus_plan("blind53/docs/dk_08.pdf").responsibilities)
    assert corpus_plan("blind10/docs/bt_03.txt").responsibilities == []


def test_a_surveys_answer_or_an_outcome_after_the_figure_is_no_target(corpus_plan):
    # reported_after: 申诉专员公署's 年报 (dk_10) `约92%交回问卷的投诉人及参与机构表示满意公署的调解服务`, as 研考会's 民调 writes
    # `78%的岛内民众对当局服务质量表示满意`: what people answered, not a goal
    values = [t.value for t in corpus_plan("blind53/docs/dk_10.txt").targets]
    assert 92.0 not in values
    # outcome_after: a share whose noun got something, dk_10 `另有约3%的个案获提供…`, as 教育局's 派位 news (blind34 cr_08)
    # `共有99.9%中三学生获派入读中四`
    assert 3.0 not in values
    assert 99.9 not in [t.value for t in corpus_plan("blind34/docs/cr_08.ofd").targets]


def test_a_leader_named_by_post_before_an_instruction_on_some_work_is_a_person(corpus_plan):
    # 锦州市's 海洋督察整改 report (blind53 dk_03): `锦州市代市长于学利对…工作做出批示:“…”` and, after the quotation closes,
    # `”副市长张忠龙在…报告的批示中也提出要求` (post_then_name_act)
    people = {p.name: p.title for p in corpus_plan("blind53/docs/dk_03.docx").people}
    assert people == {"于学利": "锦州市代市长", "张忠龙": "副市长"}


def test_the_line_introducing_a_speechs_full_text_names_its_speaker(corpus_plan):
    # 政府新闻公报 (blind53 dk_10): `以下是政务司司长陈国基今日(十二月十八日)在立法会会议上提交…的政府复文致辞全文:`
    # (title_before_act)
    assert [(p.name, p.title) for p in corpus_plan("blind53/docs/dk_10.txt").people] == [("陈国基", "政务司司长")]


def test_an_ombudsman_named_by_the_post_before_the_name_is_a_person(corpus_plan):
    # 申訴專員公署's release (blind53 dk_11): `申訴專員劉燕卿今日(一月三十一日)發表…` (专员 a head's post, HEAD_POST)
    assert [(p.name, p.title) for p in corpus_plan("blind53/docs/dk_11.txt").people] == [("刘燕卿", "申诉专员")]


def test_a_headline_run_together_with_its_copy_is_read_once(corpus_plan):
    # a Macau paper's commentary (blind53 dk_12, a .doc): the headline and its copy over the text on one line
    assert corpus_plan("blind53/docs/dk_12.doc").meta.title == "初步形成积极互动的审计与被审计关系"
