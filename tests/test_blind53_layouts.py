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
