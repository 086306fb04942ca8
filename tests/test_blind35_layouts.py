"""Layouts blind35's misses showed that earlier notices or other public pages show too, each read from its notice's file
through its reader."""
from __future__ import annotations

from extractor import parse


def test_a_label_with_its_cell_border_is_no_title(corpus_plan):
    # a crawled portal row whose value went to the next line: `进展情况、存在问题 及下一步工作建议: |` over `已完成。… |`
    # (广州's task row, blind35 cs_03, GB18030) is a field, as blind5 bm_01's `政策解读: |`: the rows above it are the
    # notice's text, with the stages' targets and the row's 牵头单位
    plan = corpus_plan("blind35/docs/cs_03.txt")
    assert plan.meta.title is None
    assert [t.value for t in plan.targets] == [20, 50, 90]
    assert [o.name for o in plan.organizations] == ["市城市管理综合执法局"]


def test_a_title_over_an_info_row_stays():
    text = ("关于做好春节期间安全工作的通知\n发布机构: | 县政府办公室 | 有效性: |\n各乡镇:\n请于1月20日前完成安全检查。\n"
            "县政府办公室\n2024年1月5日")
    assert parse(text.encode("utf-8"), filename="t.txt").meta.title == "关于做好春节期间安全工作的通知"
