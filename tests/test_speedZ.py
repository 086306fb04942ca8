"""speedZ (issue 15): find_mentions' per-suffix tests ask `re` and `endswith` only where they can hold; each gives what
the way it replaced gave (written out here) on real corpus notices read through the reader."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import pytest

from extractor.extract import organizations as org
from extractor.ingest.text import decode

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
# the parse-text notices, the dev notices and every fifth text of the blind sets' docs
_PATHS = sorted(CORPUS.glob("*.txt")) + sorted((CORPUS / "dev" / "docs").glob("*.txt")) \
    + sorted(CORPUS.glob("blind*/docs/*.txt"))[::5]
TEXTS = [decode(p.read_bytes())[0] for p in _PATHS]


# --- the ways replaced ------------------------------------------------------------------------------------------

def runs_on_by_every_character(text: str, s: int, e: int, lx) -> bool:
    for k in range(s, e):
        m = lx.continuation_re.match(text, k)
        if m and m.end() > e and not text.startswith(lx.not_run_on, k):
            return True
    if text.startswith("\n", e) and e - text.rfind("\n", 0, s) > org._WRAPPED_LINE:
        return runs_on_by_every_character(text[s:e] + text[e + 1:e + 4], 0, e - s, lx)
    return False


def ordinary_word_by_search(text: str, e: int, lx) -> bool:
    if lx.counted_subjects_re.search(text, max(0, e - 5), e):
        return True
    m = lx.not_org_re.search(text, max(0, e - lx.not_org_chars), e)
    return m is not None and not text.endswith(lx.long_suffixes + lx.office_cores, 0, m.start() + 1)


def ends_in_name_by_endswith(text: str, i: int, e: int, lx) -> bool:
    return text.endswith(lx.suffixes, i, e) or org.gazetteer().bodies.ending(text, e) > 0


def inside_place_by_at(text: str, lo: int, at: int, n: int) -> bool:
    places = org.gazetteer().places
    return any(places.at(text, j) >= max(3, at + n - j + 1) for j in range(max(lo, at - 3), at))


def last_stop_by_slices(text: str, i: int, window: str, lx) -> tuple[int, Optional[str]]:
    hi = len(window)
    while last := lx.reversed_stops_re.search(window[:hi][::-1]):
        stop = last.group()[::-1]
        at = i + hi - last.end()
        if org.gazetteer().places.at(text, at) < len(stop) + 2 and not inside_place_by_at(text, i, at, len(stop)) \
                and not org._joint_group(text, at, stop, i + len(window), lx) \
                and not (len(stop) == 1 and (at > i and text[at - 1:at + 1] in lx.stop_word_ends
                                             or text[at:at + 2] in lx.stop_word_starts)) \
                and not (stop in lx.core_stops and at + len(stop) == i + len(window)):
            if len(stop) > 1 and org._not_level(text, at + len(stop) - 1) and stop[:-1] in lx.stops:
                return at + len(stop) - 1, stop[:-1]
            return at + len(stop), stop
        hi -= last.end()
    return i, None


def clause_goes_on_by_every_character(text: str, lo: int, hi: int, lx) -> Optional[int]:
    gz = org.gazetteer()
    for q in range(lo + 2, hi - 2):
        if text[q] in org._PREDICATE_MARKS and gz.opener_words.at(text, q + 1, hi) \
                and any(ends_in_name_by_endswith(text, lo, p, lx) and not ordinary_word_by_search(text, p, lx)
                        for p in range(lo + 2, q + 1)):
            return q
    return None


def joint_head_from_the_line_start(text: str, start: int, e: int) -> bool:
    ls = text.rfind("\n", 0, start) + 1
    if ls == start:
        return (beside := org._CO_SIGNER_BESIDE.match(text, e)) is not None and beside.end() > e \
            and org._JOINT_HEAD_LINE.match(text, start) is not None
    return start - ls >= 4 and text.endswith(org._SIGNER_ENDS, ls, start) \
        and text.startswith("\n", e) and org._JOINT_HEAD_LINE.match(text, ls) is not None


def split_local_place_first(m: org.Mention, text: str, gz) -> list[org.Mention]:
    lx = org.lexicon()
    at = m.start + 2 if text.startswith("中共", m.start) else m.start
    n = org._place_at(text, at, lx, gz)
    if not n or lx.levels.get(text[at:at + n]) == 0 or m.suffix.startswith("分") or m.suffix == "支行":
        return [m]
    corporate = ("公司", "集团", "银行")

    def units(a: int, b: int) -> int:
        return sum(1 for q in range(a + 2, b - 1) if ends_in_name_by_endswith(text, a, q, lx))
    for p in range(m.start + 2, m.end - 2):
        n = org._place_at(text, p, lx, gz)
        if n and p + n < m.end and ends_in_name_by_endswith(text, m.start, p, lx) \
                and not ends_in_name_by_endswith(text, m.start, p + n, lx) \
                and not text.endswith(corporate, m.start, p) and units(p, m.end) <= units(m.start, p):
            head = max((x for x in lx.suffix_set if text.endswith(x, m.start, p)), key=len, default=text[p - 1])
            tail = org.Mention(p, m.end, text[p:m.end], m.rule, m.suffix,
                               org._is_collective(text, p, m.end, None, lx, m.suffix))
            first = org.Mention(m.start, p, text[m.start:p], m.rule, head)
            return split_local_place_first(first, text, gz) + split_local_place_first(tail, text, gz)
    return [m]


# --- the tests ----------------------------------------------------------------------------------------------------

def _suffix_spans(text: str):
    return [m.span() for m in org.lexicon().suffix_re.finditer(text)]


def test_the_texts_are_read():
    assert len(TEXTS) >= 100 and sum(len(_suffix_spans(t)) for t in TEXTS) > 2500


def test_a_suffix_runs_on_and_ends_an_ordinary_word_as_the_tests_of_every_character_said():
    """`_runs_on` (a continuation's beginning looked up before `re` is asked) and `_ordinary_word` (a not_org word's last
    two characters, or 科, before `re` is asked) at every suffix of the texts, also inside a wrapped line."""
    lx = org.lexicon()
    for text in TEXTS:
        for s, e in _suffix_spans(text):
            assert org._runs_on(text, s, e, lx) == runs_on_by_every_character(text, s, e, lx), (text[s - 8:e + 8], s)
            assert org._ordinary_word(text, e, lx) == ordinary_word_by_search(text, e, lx), (text[s - 8:e + 8], s)
    for text, s, e in (("軍事機關部\n隊", 4, 5), ("某某单位的工作人员和领导干部\n署理", 13, 14), ("数学三科", 3, 4), ("全国中小学", 4, 5)):
        assert org._runs_on(text, s, e, lx) == runs_on_by_every_character(text, s, e, lx)
        assert org._ordinary_word(text, e, lx) == ordinary_word_by_search(text, e, lx)


class _Counting:
    """A pattern that counts what it is asked."""

    def __init__(self, pattern):
        self.pattern, self.asked = pattern, 0

    def match(self, *args):
        self.asked += 1
        return self.pattern.match(*args)

    def search(self, *args):
        self.asked += 1
        return self.pattern.search(*args)


def test_re_is_asked_only_where_a_continuation_or_an_ordinary_word_can_stand(monkeypatch):
    """On the parse-text notices `re` is asked at under a third of a suffix's characters for a continuation, and at under
    a quarter of the suffixes for a not_org word or a count of subjects (it was asked at each)."""
    lx = org.lexicon()
    continuation, not_org, counted = (_Counting(lx.continuation_re), _Counting(lx.not_org_re),
                                      _Counting(lx.counted_subjects_re))
    monkeypatch.setattr(lx, "continuation_re", continuation)
    monkeypatch.setattr(lx, "not_org_re", not_org)
    monkeypatch.setattr(lx, "counted_subjects_re", counted)
    characters = suffixes = 0
    for text in TEXTS[:19]:
        for s, e in _suffix_spans(text):
            characters, suffixes = characters + e - s, suffixes + 1
            org._runs_on(text, s, e, lx)
            org._ordinary_word(text, e, lx)
    assert suffixes > 1000
    assert continuation.asked < characters / 3
    assert not_org.asked < suffixes / 4 and counted.asked < suffixes / 10


def test_a_name_ends_and_a_place_holds_a_stop_word_as_before():
    """`_ends_in_name` (the suffixes tried only after their last character) at every position of each text, and
    `_inside_place` (`at` asked only at a place's first pair) before every character."""
    lx = org.lexicon()
    for text in TEXTS[::3]:
        for e in range(len(text) + 1):
            for i in (max(0, e - 6), max(0, e - 1), e):
                assert org._ends_in_name(text, i, e, lx) == ends_in_name_by_endswith(text, i, e, lx), (text[e - 8:e], e)
        for at in range(len(text)):
            for n in (1, 2):
                assert org._inside_place(text, max(0, at - 5), at, n) == inside_place_by_at(text, max(0, at - 5), at, n)


def test_the_last_stop_and_the_clause_going_on_are_the_old_ones():
    """`_last_stop` (the window reversed once) and `_clause_goes_on` (its names ended as `_ends_in_name` says) on the window
    before every suffix of the texts, and `_joint_head` (a line's end asked before its start) at every suffix name."""
    lx = org.lexicon()
    for text in TEXTS:
        for s, e in _suffix_spans(text):
            for lo in (max(0, s - lx.max_chars), max(0, s - 9)):
                window = text[lo:s]
                assert org._last_stop(text, lo, window, lx) == last_stop_by_slices(text, lo, window, lx), (window, s)
                assert org._clause_goes_on(text, lo, s, lx) == clause_goes_on_by_every_character(text, lo, s, lx)
            for start in range(max(0, s - 12), s):
                assert org._joint_head(text, start, e) == joint_head_from_the_line_start(text, start, e), (start, e)


@pytest.mark.parametrize("name", ["中共湖南省委办公厅湖南省人民政府办公厅", "省农业农村厅省财政厅", "市委办公室市政府办公室",
                                  "省委省政府市委市政府", "区委区政府督查室", "山西省电力公司朔州供电公司"])
def test_local_bodies_written_together_split_as_before(name):
    """`_split_local` (a name's end asked before `_place_at`) on names written together and on every name the texts give."""
    gz = org.gazetteer()
    m = org.Mention(0, len(name), name, "suffix_name", name[-2:] if name.endswith(("办公厅", "办公室")) else name[-1])
    assert org._split_local(m, name, gz) == split_local_place_first(m, name, gz)


def test_the_mentions_of_the_texts_split_as_before():
    gz = org.gazetteer()
    count = 0
    for text in TEXTS:
        for m in org.find_mentions(text):
            if m.rule == "suffix_name":
                count += 1
                assert org._split_local(m, text, gz) == split_local_place_first(m, text, gz), m
    assert count > 1000


def test_place_words_are_looked_up_only_where_a_name_ends_or_a_place_opens(monkeypatch):
    """`_split_local` asks `_place_at` only after a name's end, and `_inside_place` asks `at` only at a place's first pair
    (both asked at every position before): on the parse-text notices' mentions and stop words."""
    gz = org.gazetteer()
    asked = {"_place_at": 0, "at": 0}
    place_at, at = org._place_at, gz.places.at

    def counting_place_at(*args):
        asked["_place_at"] += 1
        return place_at(*args)

    def counting_at(*args):
        asked["at"] += 1
        return at(*args)
    mentions = [(text, m) for text in TEXTS[:19] for m in org.find_mentions(text) if m.rule == "suffix_name"]
    monkeypatch.setattr(org, "_place_at", counting_place_at)
    monkeypatch.setattr(gz.places, "at", counting_at)
    positions = sum(max(0, m.end - m.start - 4) for _, m in mentions)
    for text, m in mentions:
        org._split_local(m, text, gz)
    assert positions > 1000 and asked["_place_at"] < positions * 4 / 5     # (main: more than the positions)
    stops, asked["at"] = 0, 0
    for text in TEXTS[:19]:
        for s, _ in _suffix_spans(text):
            for at_ in range(max(0, s - 6), s):
                stops += 1
                org._inside_place(text, max(0, at_ - 5), at_, 1)
    assert asked["at"] < stops / 4      # (main: the three positions before each, near three a stop)
