"""speedT (issue 15): shortcuts that must give what the plain scans give."""
from __future__ import annotations

import re

from test_rules import CORPUS_TEXTS, DEV_TEXTS, check_scanner_gives_scan_lines

from extractor.rules import _line_words, _LinesOfWords, _requires_scanner, all_rule_files, required_lines

TEXTS = CORPUS_TEXTS + DEV_TEXTS


def test_a_requirement_looked_for_on_the_lines_of_its_words_finds_the_lines_a_scan_finds():
    """Every rule's `requires` that is looked for on the lines holding one of its needed words (`_LinesOfWords`):
    the lines a scan of the whole range gives, on every corpus and dev notice, whole and in part."""
    assert check_scanner_gives_scan_lines(_LinesOfWords) >= 5


def test_only_a_requirement_held_in_one_line_and_reading_nothing_after_it_is_looked_for_by_its_words():
    # in one line, a word every match holds: the verbs of title_before_speech's requirement, 定/订 of `日[定订]于`
    assert _line_words(re.compile("[长记任席委官员监][\u4e00-\u9fff]{2,4}(?:强调|指出)")) == ("强调", "指出")
    assert _line_words(re.compile("(?:时间|日期|日)[定订][在于为]")) == ("定", "订")
    assert _line_words(re.compile("[自从][^，。；\n]{1,30}?[至到]")) in (("从", "自"), ("到", "至"))
    assert _line_words(re.compile("(?<=[于在])日[定订]")) == ("日",)      # a lookbehind reads before the match
    # a match that may hold a newline (`[^，。]`, `\s`, `.` with DOTALL), or reads after its end (a lookahead, `$`)
    assert _line_words(re.compile("[自从][^，。；]{1,30}?[至到]")) is None
    assert _line_words(re.compile(r"日\s*[定订]")) is None
    assert _line_words(re.compile("日.[定订]", re.S)) is None
    assert _line_words(re.compile("日[定订](?=于)")) is None
    assert _line_words(re.compile("日[定订]$")) is None
    assert _line_words(re.compile("(?i:日[定订])")) is None


def test_a_requirement_across_a_line_break_is_scanned_whole():
    """`日\\n定` holds a match across the break: not looked for line by line."""
    requires = re.compile(r"日\s?[定订]")
    text = "会议时间另日\n定于三月。\n"
    assert not isinstance(_requires_scanner(requires), _LinesOfWords)
    assert required_lines(requires, text, 0, len(text)) == [(0, 7)]


def test_a_pattern_opening_with_a_multiline_caret_is_tried_only_at_line_starts():
    """`(?m)^…` (signature_line, structure's past_part_title, deadlines' ROC year line): the start finder gives the
    text's start and the positions after a newline, and `scan` finds what `finditer` finds, over whole texts and from
    the middle of a line."""
    from extractor.extract.deadlines import _ROC_OPENING_YEAR
    from extractor.rules import StartFinder, scan, start_finder
    from extractor.structure import _lexicon

    finder = start_finder(re.compile(r"(?m)^[\u4e00-\u9fff]{2,4}(?:局长|部长)$"))
    assert isinstance(finder, StartFinder) and finder.at_start and finder.offset == 1
    text = "部长\n王大明局长\n  2017年工作总结\n2017年工作要点\n113年度清沟作业\n"
    assert list(finder.positions(text, 0, len(text))) == [0, 3]
    signature = next(r for rf in all_rule_files() for r in rf.rules if r.name == "signature_line")
    for pattern in (_lexicon().past_part_title, _lexicon().plan_part_title, _ROC_OPENING_YEAR, signature.pattern):
        for t in [text] + TEXTS:
            for lo, hi in ((0, len(t)), (1, len(t)), (len(t) // 3, 2 * len(t) // 3)):
                assert [(m.span(), m.groups()) for m in scan(pattern, t, lo, hi)] == \
                    [(m.span(), m.groups()) for m in pattern.finditer(t, lo, hi)], (pattern.pattern, t[:30])
    assert [m.group(1) for m in scan(_lexicon().past_part_title, text)] == ["2017"]
    assert [m.group(1) for m in scan(_ROC_OPENING_YEAR, text)] == ["113"]


def test_a_pattern_may_match_only_a_text_holding_a_word_of_each_set_its_matches_hold():
    """`may_match` (responsibilities' objection_call and report_close, asked of every notice): False only where
    `search` finds nothing; True where a word of each needed set stands, even with no match."""
    from extractor.extract.responsibilities import _grammar
    from extractor.rules import may_match
    g = _grammar()
    objection, report = g["objection_call"], g["report_close"]
    assert may_match(objection, "如对公示内容有异议，请于5日内反映。") and objection.search("如对公示内容有异议，请于5日内反映。")
    assert not may_match(objection, "如有问题，请及时联系。")           # no 异议 nor 不同意见
    assert may_match(report, "以上情况\n特此报告。\n") and report.search("以上情况\n特此报告。\n")
    assert not may_match(report, "特此通知。")                         # 特此 but no 报告, 函告 or 汇报
    assert may_match(report, "特此通知。报告如下") and report.search("特此通知。报告如下") is None
    for text in TEXTS:
        for pattern in (objection, report):
            assert may_match(pattern, text) or pattern.search(text) is None
