"""Session 43 (speed43): structure.py's review leftovers mended, every output unchanged (bench/RESULTS.md)."""
from __future__ import annotations

from pathlib import Path

import extractor.structure as st
from extractor.ingest import read_file
from extractor.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent


def _lines(path: str) -> list:
    return st.classify_lines(normalize(read_file(ROOT / path)[1]))


def test_a_short_wrapped_title_is_asked_for_once(monkeypatch):
    """blind65 dw_03's title set in large type (`涿鹿县第四批` / `县级非物质文化遗产` / `申报启事`): `_find_first_title`
    gives its lines with it, and `find_parts` does not ask `_short_wrapped_title` again for them (main asked twice)."""
    lines = _lines("corpus/blind65/docs/dw_03.pdf")
    first, title_lines = st._find_first_title(lines, None)
    assert title_lines and title_lines[0] == first and lines[title_lines[-1]].text == "申报启事"
    asked = []
    real = st._short_wrapped_title
    monkeypatch.setattr(st, "_short_wrapped_title", lambda ls, i: asked.append(i) or real(ls, i))
    parts = st.find_parts(lines, None)
    assert parts[0].title_lines == title_lines
    assert asked.count(first) == 1
