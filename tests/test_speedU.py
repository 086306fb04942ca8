"""speedU (issue 15): cheaper forms of scans that must find what the scans they replace found."""
from __future__ import annotations

import re
from pathlib import Path

from extractor import structure
from extractor.extract import organizations, responsibilities
from extractor.ingest import read_file
from extractor.pipeline import parse_raw
from extractor.rules import load_rules, search_lines

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))] + \
    [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "dev" / "docs").glob("*.txt"))]
LINES = sorted({line.strip() for text in TEXTS for line in text.split("\n")})

# the gate each structure rule opens with (speedU), and what the rule's pattern was without it
GATES = {"doc_number": "(?=[^号]*号)", "page_time": "(?=[^:]*:)"}


def test_a_structure_rule_behind_its_gate_matches_every_line_as_without_it():
    """doc_number (every match holds 号) and page_time (every match holds the clock's `:`) open with a lookahead for
    that character: on every line of the corpus and dev notices and on the rules' examples, the same match and groups
    as the pattern without it."""
    rf = load_rules("structure")
    for name, gate in GATES.items():
        rule = rf.rule(name)
        assert rule.pattern.pattern.startswith("^" + gate), name
        plain = re.compile(rule.pattern.pattern.replace(gate, "", 1))
        lines = LINES + [ex.text for ex in rule.examples] + [ex.text for ex in rule.reject]
        matched = 0
        for line in lines:
            a, b = rule.pattern.match(line), plain.match(line)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (name, line)
            matched += a is not None
        assert matched >= 3, name


def test_a_line_without_a_number_or_a_clock_is_no_number_line_and_no_page_time():
    assert structure.classify("山政办发〔2023〕8号")[0] == "doc_number"
    assert structure.classify("时间：2023-03-30 15:53微信")[0] == "frame"     # page_time, a page's furniture
    assert structure.classify("晋中市人民政府办公厅文件")[0] != "doc_number"
    assert structure.classify("2023-03-30 15时53分")[0] is None


def test_the_numbered_school_clue_found_from_its_zhong_where_the_number_class_found_it():
    """`_NUMBERED_SCHOOL_CLUE` opens with 中 (a literal `re` skips to) and looks behind for the number: it is found in
    the texts the class-first pattern found it in, at the same place."""
    old = re.compile(r"[一二三四五六七八九十]中(?=[、，,;；)）]|等)")
    new = organizations._NUMBERED_SCHOOL_CLUE
    assert new.pattern.startswith("中")
    samples = TEXTS + ["彭泽四中、湖口二中等学校", "（亳州四中）", "九中心校、", "中、", "十中等", "第一中学、"]
    for text in samples:
        a, b = new.search(text), old.search(text)
        assert (a is None) == (b is None), text
        assert a is None or a.start() == b.start() + 1
    assert new.search("彭泽四中、湖口二中等学校") and not new.search("九中心校、") and not new.search("中、")


def test_a_line_is_searched_for_page_furniture_once_when_it_holds_none():
    """classify's `furniture` (frame words and buttons in one pattern) finds nothing in a line exactly where neither
    `frame` nor `button` finds anything, on every line of the corpus and dev notices."""
    lex = structure._lexicon()
    found = 0
    for line in LINES + ["分享到：微信 朋友圈", "用户登录 注册", "今天是2023年5月6日 星期六"]:
        either = lex.frame.search(line) is not None or lex.button.search(line) is not None
        assert (lex.furniture.search(line) is not None) == either, line
        found += either
    assert found >= 3
    assert structure.classify("用户登录 注册")[0] == "frame"
    assert structure.classify("分享到：微信 朋友圈")[0] == "frame"


def test_a_multiline_caret_pattern_searched_from_the_newlines_finds_what_search_finds():
    """`search_lines` (structure's `page_date`, `(?m)^…`): the match `search` gives, span and groups, on every corpus and
    dev notice, on the lexicon's own forms at the text's start and after a line, and None where there is none."""
    pattern = structure._lexicon().page_date
    assert pattern.pattern.startswith("(?m)^")
    samples = TEXTS + ["发布时间：2023-05-06\n正文", "标题\n发布日期: 2021年3月4日\n", "无日期\n", "",
                       "x发布时间：2023-05-06", "标题\n2024-09-11香港自由行\n"]
    found = 0
    for text in samples:
        a, b = search_lines(pattern, text), pattern.search(text)
        assert (a and (a.span(), a.groups(), a.groupdict())) == (b and (b.span(), b.groups(), b.groupdict())), text
        found += a is not None
    assert found >= 3
    plain = re.compile("[年月]")        # not opening with `(?m)^`: searched as it is
    assert search_lines(plain, "2023年").span() == plain.search("2023年").span()


def test_item_markers_are_found_once_a_notice_and_as_a_scan_finds_them():
    """`item_markers` keeps its list in the notice's memo: asked again (a `MarkerOutline` and `find` both ask), the same
    list; the markers those a fresh notice of the same text gives (corpus notices whose items are numbered)."""
    checked = 0
    for path in sorted((ROOT / "corpus").glob("*.txt"))[:6]:
        notice = parse_raw(read_file(path)[1])
        first = responsibilities.item_markers(notice)
        assert responsibilities.item_markers(notice) is first
        fresh = parse_raw(read_file(path)[1])
        assert [(m.span(), m.group()) for m in first] == [(m.span(), m.group()) for m in responsibilities.item_markers(fresh)]
        checked += bool(first)
    assert checked >= 3
