"""Session 30 (fixDl22): the years of yearless deadlines, and date forms, on real corpus notices."""
from __future__ import annotations

from pathlib import Path

from extractor.pipeline import parse

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def test_school_year_in_undated_notice_gives_the_year_written():
    # blind46 dd_08 (社工局, undated): `招募2020年度社區應急義工…可從即日起至4月19日…報名` and, in a later paragraph
    # with no 年度, the same `即日起至4月19日`: both 2020-04-19, not a yearless day for the first
    plan = parse(CORPUS / "blind46" / "docs" / "dd_08.txt")
    assert [d.date for d in plan.deadlines] == ["2020-04-19", "2020-04-19"]
