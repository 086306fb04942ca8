"""Meta and outline layouts fixed in session 45 (fixMeta45): a page's breadcrumb and controls kept out of the title and
the 主送, read from the held-out notices' files and, where a rule is general, on lines of the same shape."""
from __future__ import annotations

from extractor.structure import classify


def test_a_trail_opening_with_a_single_arrow_is_frame(corpus_plan):
    # blind90 ev_06 (平阳县's 规划 notice): `您现在的位置:首页` over `> 其他领域信息公开  > 重大决策  > 专项规划`, read as its title
    plan = corpus_plan("blind90/docs/ev_06.doc")
    assert plan.meta.title and ">" not in plan.meta.title and plan.meta.title.endswith("的通知")
    # blind22 cf_06 (湖州市卫健委's 工作要点): `当前位置:首页` over `>政务频道 >政务公开 >本局文件`
    assert corpus_plan("blind22/docs/cf_06.txt").meta.title == "湖州市卫生健康委关于印发2023年全市卫生健康工作要点的通知"
    assert classify("> 政务公开 > 法规文件 > 其他文件 > 嘉政办发")[0] == "frame"
    assert classify(">政务频道 >政务公开 >本局文件")[0] == "frame"
    # an arrow before a figure in a sentence opens no trail
    assert classify(">60岁的老人,>80岁的高龄老人")[0] != "frame"


def test_a_breadcrumb_set_as_the_pages_heading_is_no_title_hint(corpus_plan):
    # blind89 eu_03: the page's <h2> is `当前的位置:首页>通知公告`, the notice's title the line under it
    assert corpus_plan("blind89/docs/eu_03.html").meta.title == "重庆市绿化委员会办公室关于2021年春季义务植树基地的公告"
    # blind40 cx_02: its <title> `首页>>学生天地>>通知通告通知通告`, the title `关于组织…报名的通知` under it
    assert corpus_plan("blind40/docs/cx_02.html").meta.title == "关于组织2017级学生普通话水平测试报名的通知"


def test_a_pages_control_label_is_no_recipients_line(corpus_plan):
    # blind90 ev_01: the skin switch `皮肤设置:` heading 巢湖市庙岗乡's page, read as the 主送
    plan = corpus_plan("blind90/docs/ev_01.docx")
    assert plan.meta.recipients == []
    assert plan.meta.title == "关于印发巢湖市进一步加强农村留守儿童关爱保护工作的实施意见的通知"
    # blind82 en_11: the listen button `收聽:` under 漢聲廣播電台's headline
    assert corpus_plan("blind82/docs/en_11.txt").meta.recipients == []
    assert classify("皮肤设置:")[0] == "frame" and classify("收听:")[0] == "frame"
    assert classify("各镇(乡)人民政府,县政府直属各单位:")[0] == "recipients"
