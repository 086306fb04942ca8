"""Layouts blind39's misses showed that earlier notices or other public pages show too, each read from its notice's file
through its reader."""
from __future__ import annotations

from extractor import parse


def test_a_course_or_activity_called_off_is_no_office(corpus_plan):
    # gov.mo's 勞工事務局 item (blind39 cw_11, Big5): `建築業職安卡課程停辦`, `各項…及活動停辦`; 停办 is a verb as 举办 and 开办
    # are (`近日歲末年終大型活動已停辦或延期`, ge.ntcu.edu.tw's 2021 notice), no 办 of an office
    assert [o.name for o in corpus_plan("blind39/docs/cw_11.txt").organizations] == ["劳工事务局"]
    text = "近日岁末年终大型活动已停办或延期,请全校师生办理集会活动前严格执行风险评估。"
    assert not parse(text.encode(), filename="t.txt").organizations


def test_a_hearing_schedules_day_clock_and_place_after_yu(corpus_plan):
    # 臺中市政府's 公告 (blind39 cw_12): `(一)111年1月26日上午9時30分整於本市龍井區公所3樓會議室(…)舉辦座談會` and four more
    # such lines: a day, its half-day and clock (minutes closed by 整), the place after 于, the event: each a scheduled day
    days = [d.date for d in corpus_plan("blind39/docs/cw_12.txt").deadlines]
    assert days[-5:] == ["2022-01-26", "2022-01-26", "2022-02-09", "2022-02-09", "2022-02-17"]


def test_a_taiwan_district_or_township_office_is_a_body(corpus_plan):
    # 公所, the office of a Taiwan 區, 鄉 or 鎮: `於本市龍井區公所3樓會議室` and four more in 臺中's 公告 (blind39 cw_12),
    # `假臺南市學甲區公所三樓會議室` (blind16 bz_01, a site page)
    names = [o.name for o in corpus_plan("blind39/docs/cw_12.txt").organizations]
    assert {"龙井区公所", "大肚区公所", "清水区公所", "梧栖区公所", "沙鹿区公所"} <= set(names)
    assert "台南市学甲区公所" in [o.name for o in corpus_plan("blind16/docs/bz_01.html").organizations]
    # but a bare 區公所 is the kind every district has (`並由鄉、鎮 (市) 、區公所通知其入國民小學`, blind28 cl_10 quoting a law)
    assert "区公所" not in [o.name for o in corpus_plan("blind28/docs/cl_10.ofd").organizations]


def test_a_hospitals_campus_is_no_part_of_its_name(corpus_plan):
    # 院区 (a hospital's campus): `启用县人民医院新院区` in 青阳's progress table (blind39 cw_04, GB18030) names 县人民医院; as
    # `安贞医院通州院区基本完工` names 安贞医院 (wjw.beijing.gov.cn's 2023 report)
    names = [o.name for o in corpus_plan("blind39/docs/cw_04.txt").organizations]
    assert "县人民医院" in names and not [n for n in names if n.endswith("新院")]
    text = "友谊医院通州院区二期开诊运行;安贞医院通州院区基本完工。"
    assert [o.name for o in parse(text.encode(), filename="t.txt").organizations] == ["友谊医院", "安贞医院"]


def test_the_macau_news_bureaus_links_are_the_pages_frame(corpus_plan):
    # cdn.gcs.gov.mo prints its links under each item (`澳门特别行政区政府新闻局 Facebook`, `… 官方微信`, `澳门政府资讯`,
    # `已复制连结`): 文化局's items of blind33 cq_12 (an OFD) and blind39 cw_10 (a scan read by OCR) name no news bureau
    for path in ("blind33/docs/cq_12.ofd", "blind39/docs/cw_10.pdf"):
        names = [o.name for o in corpus_plan(path).organizations]
        assert not {"澳门特别行政区政府新闻局", "澳门政府"} & set(names), (path, names)


def test_a_headline_ending_in_a_document_type_is_dated_by_its_page(corpus_plan):
    # gov.mo's release `文化局7月4日至8日对外服务安排` over `文化局` / `2022-07-03 23:41` (blind39 cw_10, a PDF) and a portal's
    # `大理市城镇燃气安全专项整治工作实施方案` over `• 2023年09月15日` (cw_03, a DOCX): headlines that end in a document type
    # but have no 关于 subject, news items dated by their page; `后勤处关于…的通知` under its `发布时间:2020-03-24` is a
    # notice of GB/T 9704's form, which its page does not date (blind34 cr_03)
    assert corpus_plan("blind39/docs/cw_10.pdf").meta.date == "2022-07-03"
    assert corpus_plan("blind39/docs/cw_03.docx").meta.date == "2023-09-15"
    assert corpus_plan("blind34/docs/cr_03.txt").meta.date is None


def test_a_bulleted_frame_label_or_the_articles_source_names_no_body(corpus_plan):
    # the page head's `•来源:大理市应急管理局` (blind39 cw_03) and `本文来源：农业厅` under an item (blind45 dc_07) name the site's
    # poster, no body the notice mentions; `資料來源:` names the body whose data is cited (blind27 ck_12)
    assert [o.name for o in corpus_plan("blind39/docs/cw_03.docx").organizations] == []
    assert "农业厅" not in [o.name for o in corpus_plan("blind45/docs/dc_07.pdf").organizations]
    assert "国家通讯传播委员会" in [o.name for o in corpus_plan("blind27/docs/ck_12.txt").organizations]

