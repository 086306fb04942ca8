"""Layouts blind45's misses showed that earlier notices or other public pages show too, each read from its notice's file
through its reader."""
from __future__ import annotations

from extractor import parse


def _plan(text: str):
    return parse(text.encode(), filename="t.txt")


def test_a_hotline_called_with_no_name_before_it(corpus_plan):
    # `如有查询,请致电热线 2125 2128。` (the CHP's 流感疫苗 school-outreach item, blind45 dc_10) and `請致電熱線23892222`
    # (a chat bot's reply, a public repository): the line called right after 致电 is the contact
    phones = {c.phone for c in corpus_plan("blind45/docs/dc_10.txt").contacts}
    assert "2125 2128" in phones
    assert [c.phone for c in _plan("你应该即刻去急诊,请致电热线23892222。").contacts] == ["23892222"]


def test_a_taiwan_letter_relayed_under_a_pages_headline_is_titled_by_its_authority(corpus_plan):
    # `【防疫資訊】檢送「…防疫QA」1份,請查照。` over `高雄市政府教育局 函` (a school's relay, blind45 dc_08, a .doc) and
    # `Page 540 - 基隆市議會…議事錄` over `基隆市政府 函` (blind35 cs_09): the 函 is titled 機關 + 文別, not by the page's headline
    assert corpus_plan("blind45/docs/dc_08.doc").meta.title == "高雄市政府教育局函"
    assert corpus_plan("blind35/docs/cs_09.txt").meta.title.endswith("基隆市政府函")


def test_an_association_that_unites_others_is_a_body(corpus_plan):
    # `依據中華民國縣市體育會聯合總會 103 年 6 月 17 日…函辦理` (a Tainan school's 說明, blind45 dc_09, Big5) and Macau's
    # `澳門街坊會聯合總會於三月廿四日…` (joypost.co): a 總會, 聯合 part of its name; a 总会计师 is no body
    names = {o.name for o in corpus_plan("blind45/docs/dc_09.txt").organizations}
    assert "中华民国县市体育会联合总会" in names
    assert [o.name for o in _plan("澳门街坊会联合总会于三月廿四日中午十二时宴请传媒。").organizations] == ["澳门街坊会联合总会"]
    assert _plan("公司财务总会计师张三参加会议。").organizations == []


def test_a_document_sites_page_marker_run_into_the_text_is_dropped(corpus_plan):
    # `县政府成立县农作第2页共4页物秸秆禁烧工作领导小组` (a county's 秸秆禁烧 实施方案 on wnwk.com, blind45 dc_04, a PDF whose line
    # ends inside the marker) and `…新修建道路绿化工作。第 1 页共 5 页下载后可任意编辑牵头…` (blind21 ce_10, a .doc): the marker is
    # page furniture; the body it split is whole again
    names = {o.name for o in corpus_plan("blind45/docs/dc_04.pdf").organizations}
    assert "县农作物秸秆禁烧工作领导小组" in names and not [n for n in names if "页" in n]
    assert "新修建道路绿化工作。下载后可任意编辑牵头" in corpus_plan("blind21/docs/ce_10.doc").text


def test_a_schools_section_by_its_stage_alone_is_no_body(corpus_plan):
    # `为小学 (包括特殊学校的小学部) 学童提供免费流感疫苗接种` (blind45 dc_10) and `小學部學生放學時` (a 國小's 通知單, blind34
    # cr_12): the primary section of any school, no body; a named school's section stays (`信義國中小國中部`, blind31 co_08)
    assert "小学部" not in {o.name for o in corpus_plan("blind45/docs/dc_10.txt").organizations}
    assert "小学部" not in {o.name for o in corpus_plan("blind34/docs/cr_12.txt").organizations}
    assert [o.name for o in _plan("信义国中小国中部负责接待。").organizations] == ["信义国中小国中部"]
