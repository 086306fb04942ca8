"""speedX (issue 15): a `_ByLast` lookbehind's literal branches differing only in their first character as one class."""
from __future__ import annotations

from test_rules import scanned_lines

from extractor import rules
from extractor.rules import _as_classes, _ByLast, _requires_scanner, all_rule_files, required_lines


def test_literal_branches_differing_in_their_first_character_are_one_class():
    assert _as_classes(["省长(?!会)", "市长(?!会)", "秘书长(?!会)", "会长(?!会)"]) == ["[省市会]长(?!会)", "秘书长(?!会)"]
    assert _as_classes(["完成时限", "完成期限"]) == ["完成时限", "完成期限"]          # (they differ past the first)
    assert _as_classes(["省长", "市长(?!会)", "专员(?!公署)"]) == ["省长", "市长(?!会)", "专员(?!公署)"]   # (lookaheads differ)
    assert _as_classes(["[长任]:", "(?:领导|同志)[（(]"]) == ["[长任]:", "(?:领导|同志)[（(]"]       # (not literals)


def test_the_post_requirements_test_one_class_at_each_chang():
    """post_then_recurring_name's and name_then_recurring_post's requirements (rules/people.yaml): their `长` pattern
    holds one class of the 18 characters before it, and gives the lines a scan gives."""
    posts = [r.requires for f in all_rule_files() for r in f.rules
             if r.name in ("post_then_recurring_name", "name_then_recurring_post")]
    assert len(posts) == 2
    for requires in posts:
        scanner = _requires_scanner(requires)
        assert isinstance(scanner, _ByLast)
        chang = [p.pattern for p in scanner.patterns if p.pattern.startswith("长")]
        assert len(chang) == 1 and "[省市县区镇乡局厅部处司署关院校会课科]长" in chang[0], chang
        for text in ("市长张三\n秘书长", "区长会议\n省长", "长\n会长会\n科长", "县长(?!会)"):
            for lo in range(len(text)):
                for hi in range(lo, len(text) + 1):
                    rules._TEXT_MEMOS[:] = [(None, {})]
                    assert required_lines(requires, text, lo, hi) == scanned_lines(requires, text, lo, hi), (text, lo, hi)
