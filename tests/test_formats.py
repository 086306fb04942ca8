"""A notice reads the same from its DOCX, its PDF export, its web page and its OFD as from its text.

The fixtures (fixtures/<format>/<stem>.<format>) are made from corpus/<stem>.txt by
scripts/make_fixtures.py: outline markers as Word automatic numbering, the text tables as real
tables, a government site's frame around the HTML article, the PDF's text objects in an OFD. Whatever the format, the parse must
give the text's meta and outline, and the tables must come back as table blocks.
"""
from __future__ import annotations

import functools
import importlib.util
import re
import sys
from pathlib import Path

import pytest

from extractor import parse
from extractor.ingest import read_file
from extractor.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
STEMS = sorted(p.stem for p in (ROOT / "corpus").glob("*.txt"))
FORMATS = ["docx", "pdf", "html", "ofd"]
TABLE_FORMATS = ["docx", "pdf", "html"]  # the OFD fixtures carry the PDF's text objects, not its table rules
META_FIELDS = ["title", "doc_number", "issuer", "date", "recipients", "cc"]


def fixture(stem: str, fmt: str) -> Path:
    return ROOT / "fixtures" / fmt / f"{stem}.{fmt}"


@functools.cache
def plan_of(path: Path):
    return parse(path)


def text_plan(stem: str):
    return plan_of(ROOT / "corpus" / f"{stem}.txt")


def flat_sections(sections) -> list[tuple[int, str]]:
    out = []
    for s in sections:
        out.append((s.level, s.heading))
        out += flat_sections(s.children)
    return out


def squeeze(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


@functools.cache
def _generator():
    """scripts/make_fixtures.py, whose reading of the text's tables is what the fixtures hold."""
    spec = importlib.util.spec_from_file_location("make_fixtures", ROOT / "scripts" / "make_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)   # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def source_rows(stem: str) -> list[tuple[str, str]]:
    """(first cell, last non-empty cell) of every body row of the text's tables."""
    gen = _generator()
    items = gen.read_notice((ROOT / "corpus" / f"{stem}.txt").read_text(encoding="utf-8"))
    rows = []
    for table in (i for i in items if isinstance(i, gen.Table)):
        for row in table.rows[table.header_rows:]:
            cells = [squeeze("".join(c)) for c in row]
            filled = [c for c in cells if c]
            rows.append((cells[0], filled[-1]))
    return rows


CASES = [(stem, fmt) for stem in STEMS for fmt in FORMATS]
TABLE_CASES = [(stem, fmt) for stem in STEMS if source_rows(stem) for fmt in TABLE_FORMATS]


@pytest.mark.parametrize("stem,fmt", CASES, ids=[f"{s[:3]}-{f}" for s, f in CASES])
def test_fixture_is_read_as_its_format(stem, fmt):
    assert plan_of(fixture(stem, fmt)).source.format == fmt


@pytest.mark.parametrize("stem,fmt", CASES, ids=[f"{s[:3]}-{f}" for s, f in CASES])
def test_meta_matches_text(stem, fmt):
    want = text_plan(stem).meta.model_dump(include=set(META_FIELDS))
    got = plan_of(fixture(stem, fmt)).meta.model_dump(include=set(META_FIELDS))
    assert got == want


@pytest.mark.parametrize("stem,fmt", CASES, ids=[f"{s[:3]}-{f}" for s, f in CASES])
def test_sections_match_text(stem, fmt):
    want = flat_sections(text_plan(stem).sections)
    got = flat_sections(plan_of(fixture(stem, fmt)).sections)
    assert got == want


@pytest.mark.parametrize("stem,fmt", TABLE_CASES, ids=[f"{s[:3]}-{f}" for s, f in TABLE_CASES])
def test_tables_stay_tables(stem, fmt):
    """Every body row of the text's tables is a row of a table block, its first and last cells intact,
    and a table broken across pages gives each row once (the repeated header rows aside)."""
    _, raw = read_file(fixture(stem, fmt))
    doc = normalize(raw)
    rows = [[squeeze(c.text) for c in row] for b in doc.blocks if b.kind == "table" for row in b.rows or []]
    assert rows, f"{fixture(stem, fmt).name}: no table block"
    for first, last in source_rows(stem):
        found = [r for r in rows if r and r[0] == first]
        assert len(found) == 1, f"row {first!r}: {len(found)} table rows start with it"
        assert last in found[0], f"row {first!r}: last cell {last!r} not in {found[0]}"
