"""Layouts blind50's misses showed that earlier notices or other public pages show too, each read from its notice's file
through its reader."""
from __future__ import annotations

from extractor import parse


def _plan(text: str):
    return parse(text.encode(), filename="t.txt")


def test_a_title_and_its_addressees_run_into_the_first_paragraph(corpus_plan):
    # a law site's one-line copy of 云南省农业厅's 2007 notice (blind50 dh_02), its member list's spaced names outnumbering
    # its paragraphs' spaces, so no page line: the title, then the 主送 cut after its colon
    plan = corpus_plan("blind50/docs/dh_02.txt")
    assert plan.meta.title == "云南省农业厅关于开展当前小春生产及春耕备耕工作调研的通知"
    assert plan.meta.recipients == ["各有关州市农业局"]
    # the same site's one-line copy of 兰州市人民政府办公厅's 2005 forward (blind13 bw_03), cut as a page line: unchanged
    plan = corpus_plan("blind13/docs/bw_03.txt")
    assert plan.meta.title.startswith("兰州市人民政府办公厅转发省环保专项行动联席会议办公室")
    # a clause after the title's space is no 主送: `…的通知 各乡镇要做好以下工作:…` keeps its line
    plan = _plan("关于做好防汛工作的通知 各乡镇要做好以下工作:一是落实责任,二是排查隐患。")
    assert plan.meta.recipients == []
