"""speed42 (session 42): people's source lines find where normalisation joined two raw blocks by cutting the origin array
at its separators in C, walking only the pieces that hold more than one block's characters, where every character was
walked through `groupby`. The joins and the lines are what the walk gave, on real corpus notices (the parse-text
notices, the dev notices, every fifth text, Word file and web page of the blind sets' docs) and on made arrays."""
from __future__ import annotations

from array import array
from itertools import groupby
from pathlib import Path

import pytest

from extractor.extract import people
from extractor.ingest import read_file
from extractor.normalize import normalize
from extractor.pipeline import parse_raw

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
_PATHS = sorted(CORPUS.glob("*.txt")) + sorted((CORPUS / "dev" / "docs").glob("*.txt")) \
    + sorted(CORPUS.glob("blind*/docs/*.txt"))[::5] + sorted(CORPUS.glob("blind*/docs/*.docx"))[::5] \
    + sorted(CORPUS.glob("blind*/docs/*.html"))[::5]


def _walked(origin) -> list[int]:
    """The joins as `_source_lines` found them before: every character walked through `groupby`."""
    joins, pos, previous = [], 0, -1
    for block, run in groupby(origin):
        if pos and block >= 0 and previous >= 0:
            joins.append(pos)
        pos += len(list(run))
        previous = block
    return joins


@pytest.fixture(scope="module")
def origins():
    out = []
    for p in _PATHS:
        out.append((p.name, normalize(read_file(p)[1]).origin_block))
    return out


def test_joins_are_the_walks(origins):
    """Every real notice's joins are the walk's, and some notices have joins (the test is not idle)."""
    joined = 0
    for name, origin in origins:
        assert people._joins(origin) == _walked(origin), name
        joined += bool(_walked(origin))
    assert joined >= 10 and len(origins) >= 100


@pytest.mark.parametrize("values", [
    [], [-1], [3], [3, 3, -1, 4, 4], [0, 0, 1, 1, -1, -1, 2, 3, 2, -1, 5],       # joins inside pieces, separators doubled
    [5, -60876, 0xFFFF, 5, 6],          # 34 12 ff ff | ff ff 00 00: a separator's bytes across two items (walked whole)
    [-1, 7, 7, 8, -1, 9, -2, 9, 9, 10],  # another negative origin inside a piece: no join beside it
    [1] * 40 + [2] * 3 + [-1] + [2] * 5 + [3],
])
def test_joins_of_made_arrays(values):
    origin = array("i", values)
    assert people._joins(origin) == _walked(origin)


def test_source_lines_are_unchanged():
    """The lines of a notice with joins (a Word file's) are those the walk's joins give."""
    for p in _PATHS[-40:]:
        notice = parse_raw(read_file(p)[1])
        assert people._joins(notice.doc.origin_block) == _walked(notice.doc.origin_block)
        assert people.source_lines(notice) == list(people._source_lines(notice))


class _Counted(array):
    """An origin array that counts the items its iterators give."""
    given = 0

    def __iter__(self):
        for v in array.__iter__(self):
            _Counted.given += 1
            yield v


def test_few_characters_walked(origins):
    """Under a tenth of the characters are walked (main walked each of them)."""
    total = 0
    _Counted.given = 0
    for _name, origin in origins[:60]:
        counted = _Counted("i", origin)
        notice = type("N", (), {})()
        notice.text, notice.body = "", []
        notice.doc = type("D", (), {"origin_block": counted})()
        list(people._source_lines(notice))
        total += len(origin)
    assert total > 50_000
    assert _Counted.given < total / 10
