"""speedY (issue 15): a requirement that is a class of up to 12 characters looked for character by character."""
from __future__ import annotations

import re

from test_rules import CORPUS_TEXTS, DEV_TEXTS, check_scanner_gives_scan_lines, scanned_lines
from test_speedV import lines_by_loop

from extractor import rules
from extractor.rules import _lines_with_words, _requires_scanner, required_lines

TEXTS = CORPUS_TEXTS + DEV_TEXTS


def test_the_time_anchor_is_looked_for_character_by_character():
    """deadlines' TIME_ANCHOR (`[年月日号天周季旬Qq]`, the requirement of 17 rules): its ten characters found by `str.find`,
    where `re` tested the class at every character of the notice."""
    anchors = {r.requires.pattern for r in rules.load_rules("deadlines").rules if r.requires is not None}
    assert "[年月日号天周季旬Qq]" in anchors
    assert _requires_scanner(re.compile("[年月日号天周季旬Qq]")) == tuple("年月日号天周季旬Qq")
    # more characters than _FIND_CHARS, a class holding a newline, a case-blind one, words of two: not
    assert not isinstance(_requires_scanner(re.compile("[年月日号天周季旬Qq时点分]")), tuple)
    assert not isinstance(_requires_scanner(re.compile("[年月日号天周季旬\nQ]")), tuple)
    assert not isinstance(_requires_scanner(re.compile("(?i:[年月日号天周季旬Qq])")), tuple)
    assert not isinstance(_requires_scanner(re.compile("年底|月底|日前|号前|天内|周内|季末")), tuple)


def test_a_requirement_looked_for_by_its_words_finds_the_lines_a_scan_finds():
    """Every requirement looked for word by word (the time anchor among them) gives the lines a scan of the range gives,
    on every corpus and dev notice: whole, its middle third, and ranges cut inside a line on both sides."""
    def inside_lines(requires, text):
        return [(7, len(text) - 5), (len(text) // 2 + 1, len(text) - 1)] if len(text) > 20 else []

    assert check_scanner_gives_scan_lines(tuple, inside_lines) >= 20


def test_the_lines_of_several_words_are_those_of_the_loop_it_replaced():
    """`_lines_with_words` of several words (each line's start found once, from the first word standing in it) against
    the loop it replaced (a line's start found at every word in it), on small texts for every range and on every
    corpus and dev notice."""
    chars = tuple("年月日号天周季旬Qq")
    for text in ("年\n月日\n\nQ号q", "1月2日\n天天\n", "季\n旬", "\n年\n"):
        for lo in range(len(text) + 1):
            for hi in range(lo, len(text) + 1):
                assert _lines_with_words(chars, text, lo, hi) == lines_by_loop(chars, text, lo, hi), (text, lo, hi)
                assert _lines_with_words(("月日", "日"), text, lo, hi) == lines_by_loop(("月日", "日"), text, lo, hi)
    for text in TEXTS:
        for lo, hi in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3), (3, len(text) - 2)):
            assert _lines_with_words(chars, text, lo, hi) == lines_by_loop(chars, text, lo, hi)


def test_the_time_anchors_lines_on_a_deadline_sentence():
    """A notice's sentences (a deadline, a list of days) and a line without an anchor: the lines a scan gives."""
    requires = re.compile("[年月日号天周季旬Qq]")
    text = "各单位请于2024年3月15日前报送材料。\n联系人：张三\n每季度末报送一次,Q1完成。\n"
    for lo in range(len(text)):
        for hi in range(lo, len(text) + 1, 3):
            rules._TEXT_MEMOS[:] = [(None, {})]
            assert required_lines(requires, text, lo, hi) == scanned_lines(requires, text, lo, hi), (lo, hi)
