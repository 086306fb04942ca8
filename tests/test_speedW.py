"""speedW (issue 15): requirements scanned once a last character, their branches lookbehinds behind it."""
from __future__ import annotations

import re

from test_rules import check_scanner_gives_scan_lines, scanned_lines

from extractor import rules
from extractor.rules import _ByLast, _requires_scanner, required_lines


def _cut_ranges(requires: re.Pattern, text: str) -> list[tuple[int, int]]:
    """Ranges cutting a match's first characters off, ending inside one, or starting a character before it."""
    found = list(requires.finditer(text))
    return [(m.start() + k, len(text)) for m in found for k in (0, 1, 2)][:30] + \
        [(0, m.end() - k) for m in found for k in (0, 1)][:20] + [(m.start() - 1, m.end() - 1) for m in found if m.start()][:20]


def test_a_requirement_scanned_once_a_last_character_finds_the_lines_a_scan_finds():
    """Every rule's `requires` scanned once for each character its matches end with (`_ByLast`: names_in_bracket's
    `(?:领导|同志|人员|代表)[（(]`, `[长任挥人员导][:：]`, `委员|院长|…|主任`, the two post requirements of
    post_then_recurring_name and name_then_recurring_post, branches of 2 to 4 characters and lookaheads): the lines a
    scan of the whole range gives, on every corpus and dev notice, whole and in ranges cutting a match's first
    characters off or ending inside one."""
    assert check_scanner_gives_scan_lines(_ByLast, ranges=_cut_ranges) >= 5


def test_which_requirements_are_scanned_once_a_last_character():
    by_last = _requires_scanner(re.compile("(?:领导|同志|人员|代表)[（(]"))
    assert isinstance(by_last, _ByLast) and (by_last.shortest, by_last.longest) == (3, 3) and len(by_last.patterns) == 2
    posts = _requires_scanner(re.compile("(?:书记|秘书长|专员(?!公署)|行政长官)|科长"))
    assert isinstance(posts, _ByLast) and (posts.shortest, posts.longest) == (2, 4)
    assert sorted(p.pattern[0] for p in posts.patterns) == sorted("记长员官")
    # a branch of more than one width, opening with a literal, ending with a wide class, a newline, case-blind: not
    for source in ("(?:领导|人)[（(]", "1[01]\\d[/.]", "[A-Z][a-z]", "[领同]导?[（(]", "[甲乙]\n", "(?i:[ab]c)"):
        assert not isinstance(_requires_scanner(re.compile(source)), _ByLast), source
    for source in ("(?:领导|同志|人员|代表)[（(]", "(?:书记|秘书长|专员(?!公署)|行政长官)|科长"):
        requires = re.compile(source)
        for text in ("领导（张三、李四、王五）", "\n导（\n领导(", "员（", "秘书长\n书记", "行政长官 专员公署\n专员\n秘书长"):
            for lo in range(len(text)):
                for hi in range(lo, len(text) + 1):
                    rules._TEXT_MEMOS[:] = [(None, {})]
                    assert required_lines(requires, text, lo, hi) == scanned_lines(requires, text, lo, hi), (text, lo, hi)
