"""Branch fixNew37: figures compared with a past point (按年, 实施前) are results, not targets (blind79 ek_09, blind75 eg_11)."""
from __future__ import annotations

from extractor.extract.targets import run_snippet


def figures(text: str) -> list[tuple[float, str, str]]:
    return [(t["value"], t["unit"], t["op"]) for t in run_snippet(text)]


def test_year_on_year_figures_of_a_hong_kong_report_are_results():
    """blind79 ek_09: 消防處's year, `按年` (year on year) before the shares."""
    text = "成災的火警則有5,222宗,按年增加154宗,當中95.6%能於召達時間內到場,較服務承諾標準高3.1%。"
    assert figures(text) == []


def test_before_and_after_a_measure_figures_are_results():
    """blind75 eg_11: 健保署's 部分負擔新制 一年成效, shares before and after the measure."""
    assert figures("基層門診就醫件數占率,實施前後自70.17%上升至70.39% (增加0.22%)") == []
    assert figures("部分負擔占醫療費用比率皆較實施前上升,醫學中心自13.9%上升至16.1% ,區域醫院自10.4%上升至12.2%") == []


def test_a_goal_word_keeps_the_target():
    assert figures("新制实施前后对比,力争基层就诊率达到75%以上。") == [(75.0, "%", ">=")]
    assert figures("力争按年增长5%以上") == [(5.0, "%", ">=")]
