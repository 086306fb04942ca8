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
