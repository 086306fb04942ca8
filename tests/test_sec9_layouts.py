"""Sections of notices across the blind sets, each read from its file through its reader: a page saved on one line
whose markers stand before a space, their items after it."""
from __future__ import annotations

from pathlib import Path

import pytest
from test_blind_layouts import cached_plans

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.fixture(scope="module")
def plans():
    return cached_plans(CORPUS)


@pytest.mark.parametrize("name, item", [
    # blind22 cf_01 (教育部 预通知, a page saved on one line): `…推荐先进  二、 各高等学校在总结工作的基础上,…`
    ("blind22/docs/cf_01.txt", "二、各高等学校在总结工作的基础上"),
    # blind24 ch_09 (教育部 函, the same): `說明: 一、 本部為鼓勵技專校院學生…`
    ("blind24/docs/ch_09.txt", "一、本部为鼓励技专校院学生"),
])
def test_a_marker_before_a_space_keeps_its_item(plans, name, item):
    assert any(line.startswith(item) for line in plans(name).text.splitlines())


def test_the_sentences_of_a_list_with_spaced_markers_are_no_sections(plans):
    # blind22 cf_01: `五、受援高校填写附件一的统计表。` after `四、 经验交流会上…` is one more sentence of its list
    headings = [s.heading for s in plans("blind22/docs/cf_01.txt").sections]
    assert "受援高校填写附件一的统计表" not in headings

