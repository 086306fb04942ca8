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


def test_the_next_points_numeral_comes_from_the_one_converter():
    """`_runs_on_inline` asks numerals' `cn_counting` (moved there from the Word reader) for the next point's numeral:
    blind72 ed_05's `一是开展宪法“七进”主题活动。…。二是动员镇、村干部…` runs on; main's own table stopped at 九."""
    from extractor.numerals import cn_counting
    assert [cn_counting(n) for n in (1, 9, 10, 11, 20, 105)] == ["一", "九", "十", "十一", "二十", "一百零五"]
    assert not hasattr(st, "_NEXT_NUMERAL")
    ten = "十是抓好落实。各村要明确专人。十一是加强督查"
    assert st._runs_on_inline(ten, st._outline_marker(ten)[1])
    real = [ln.text for ln in _lines("corpus/blind72/docs/ed_05.txt") if ln.text.startswith("一是开展宪法")]
    assert real and st._runs_on_inline(real[0], st._outline_marker(real[0])[1])


def test_the_skip_link_is_the_lexicons():
    """GOV.MO's skip link is read from rules/structure.yaml (`skip_link`, the frame word it was a copy of), and its
    page's headline is still the first line under it (blind83 eo_11: `本澳大米存量充足,内地有足够配额供澳`)."""
    from extractor.rules import load_rules
    lex = load_rules("structure").lexicon
    assert lex["skip_link"] in lex["frame_words"] and not hasattr(st, "_SKIP_LINK")
    lines = _lines(next(str(p.relative_to(ROOT)) for p in (ROOT / "corpus/blind83/docs").glob("eo_11.*")))
    k = st._skip_link_headline(lines, len(lines))
    assert k is not None and lines[k].text.startswith("本澳大米存量充足")


def test_the_page_regexes_are_rules_with_examples():
    """`_PHOTO_CREDIT`, `_POSTED_AT` and `_PORTAL_NAME` are rules/structure.yaml's photo_credit, posted_at and
    portal_name (`element: false`: no line is classified by them; their examples run in tests/test_rules.py), asked of
    the real pages' lines as before."""
    from extractor.rules import load_rules
    rf = load_rules("structure")
    for name in ("photo_credit", "posted_at", "portal_name"):
        rule = rf.rule(name)
        assert rule.fields.get("element") is False and rule.examples and rule.reject
        assert not hasattr(st, "_" + name.upper())
        assert all(st.classify(ex.text)[0] != name for ex in rule.examples)
    lex = st._lexicon()
    credit = [ln.text for ln in _lines("corpus/blind84/docs/ep_09.txt") if lex.photo_credit.match(ln.text)]
    assert credit and "记者" in credit[0]
    eo_12 = _lines(next(str(p.relative_to(ROOT)) for p in (ROOT / "corpus/blind83/docs").glob("eo_12.*")))
    assert any(lex.posted_at.match(ln.text) and ln.kind == "frame" for ln in eo_12)
    cy_10 = _lines(next(str(p.relative_to(ROOT)) for p in (ROOT / "corpus/blind41/docs").glob("cy_10.*")))
    assert any(lex.portal_name.search(ln.text) for ln in cy_10[:4])
