"""speedV (issue 15): requirements scanned once a first character; a word's lines by one match a line."""
from __future__ import annotations

import re

from test_rules import CORPUS_TEXTS, DEV_TEXTS, check_scanner_gives_scan_lines

from extractor.rules import _ByFirst, _lines_with_words, _requires_scanner, all_rule_files

TEXTS = CORPUS_TEXTS + DEV_TEXTS


def test_a_requirement_scanned_once_a_first_character_finds_the_lines_a_scan_finds():
    """Every rule's `requires` scanned once for each character its matches open with (`_ByFirst`:
    member_after_bracket's `[)）]…`, name_before_charge's `[:：]…`, time_set's `(?:时间|日期|日)…`): the lines a scan of
    the whole range gives, on every corpus and dev notice, whole and in part."""
    assert check_scanner_gives_scan_lines(_ByFirst) >= 5


def test_which_requirements_are_scanned_once_a_first_character():
    member = next(r for rf in all_rule_files() for r in rf.rules if r.name == "member_after_bracket")
    scanner = _requires_scanner(member.requires)
    assert isinstance(scanner, _ByFirst) and len(scanner.patterns) == 2
    assert all(p.pattern.startswith("(?=") for p in scanner.patterns)
    # a class of more characters, a match that may hold a newline or read after its end, a case-blind one: not
    assert not isinstance(_requires_scanner(re.compile("[年月日号天周季旬Qq]")), _ByFirst)
    assert not isinstance(_requires_scanner(re.compile("[)）][^（(]{2,4}[（(]")), _ByFirst)
    assert not isinstance(_requires_scanner(re.compile("[)）][\u4e00-\u9fff]{2,4}(?=[（(])")), _ByFirst)
    assert not isinstance(_requires_scanner(re.compile("(?i:[ab]c)")), _ByFirst)


def lines_by_loop(words, text, lo, hi):
    """The lines of text[lo:hi] holding one of the words, by the loop `_lines_with_words` replaced: a line's start
    found at every word's find."""
    lines = set()
    for word in words:
        at = text.find(word, lo, hi)
        while at >= 0:
            stop = text.find("\n", at)
            end = hi if stop < 0 else min(hi, stop + 1)
            lines.add((max(lo, text.rfind("\n", 0, at) + 1), end))
            at = text.find(word, end, hi)
    return sorted(lines)


def test_the_lines_holding_a_word_are_those_a_loop_over_its_finds_gives():
    """`_lines_with_words` (one match of the word and its line's rest a line) against the loop it replaced, on every
    corpus and dev notice, whole and in part, for single words and sets of words."""
    for text in TEXTS + ["、\n、", "a、b\n\n、", "、"]:
        for lo, hi in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3), (1, len(text) - 1)):
            for words in (("、",), ("（", "("), ("时", "点", ":", "："), ("联系人",), ("年",), ("*",)):
                assert _lines_with_words(words, text, lo, hi) == lines_by_loop(words, text, lo, hi)
