"""The scan shortcuts lose no match on real notices: the words the rules engine requires of a rule's matches
(`Rule.need`, read from the parsed pattern) stand on the line of every match, and structure's element rules tried
as one alternation give the rule a loop over them gives."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.ingest import read_bytes
from extractor.normalize import normalize
from extractor.rules import Rule, all_rule_files
from extractor.structure import _lexicon, _rule_match

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
TEXTS = sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("blind*/docs/*.txt"))


@pytest.fixture(scope="module")
def notices() -> list[str]:
    return [normalize(read_bytes(p.read_bytes(), filename=p.name)).text for p in TEXTS]


def test_every_match_of_a_rule_holds_its_needed_words_on_its_line(notices):
    assert len(notices) > 100
    checked = 0
    for rf in all_rule_files():
        for rule in rf.rules:
            if rule.pattern is None or rule.need is None:
                continue
            for text in notices:
                for line in text.split("\n"):
                    for m in rule.pattern.finditer(line):
                        assert any(w in line for w in rule.need), (rule.name, m.group())
                        checked += 1
    assert checked > 1000



def test_needed_words_are_looked_for_in_each_text_and_range():
    """A rule's needed words are looked for once a text and the answer shared (`words_held`): a text not holding
    them is skipped, the next text is asked anew, and a range is searched for them (`date_due`'s 前)."""
    rule = Rule("t", "(?:截止|完成)前", {}, [], [], "t.yaml", 1)
    assert rule.need == ("前",)
    spans = lambda text, lo=0, hi=None: [m.span() for m in rule.finditer(text, lo, hi)]  # noqa: E731
    assert spans("于月底完成报送") == []
    assert spans("于月底完成前报送") == [(3, 6)]
    assert spans("于月底截止报送") == []
    text = "截止前报送。\n完成后报送。"
    assert spans(text) == [(0, 3)]
    assert spans(text, 3) == []
    assert spans(text, 0, 3) == [(0, 3)]
    assert spans(text, 0, 2) == []

def test_a_text_lacking_a_word_of_any_needed_set_holds_no_match_of_the_rule(notices):
    """`Rule.other_needs` (the pattern's needed sets but `need`, and those of its `requires`): on every corpus and
    set notice, a text holding no word of one of them holds no match of the pattern, or no line of its requirement."""
    skipped = 0
    for rf in all_rule_files():
        for rule in rf.rules:
            if rule.pattern is None:
                continue
            own = [ws for ws in rule.needs if ws != rule.need]
            required = [ws for ws in rule.other_needs if ws not in own]
            for text in notices:
                if any(not any(w in text for w in ws) for ws in own):
                    assert rule.pattern.search(text) is None, rule.name
                    skipped += 1
                if rule.requires is not None and any(not any(w in text for w in ws) for ws in required):
                    assert rule.requires.search(text) is None, rule.name
                    skipped += 1
    assert skipped > 1000


def test_a_rule_whose_other_needed_words_the_text_lacks_is_not_scanned(monkeypatch):
    """`Rule.finditer` looks up each of the rule's other needed sets in the text's held words before it scans: a text
    lacking one is skipped without the requirement's lines being looked for, and the next text is asked anew."""
    import extractor.rules as rules

    rule = Rule("t", "(?:截止|完成)于(?:月底|年底)", {}, [], [], "t.yaml", 1, requires_source="(?:报送|上报)材料")
    assert rule.need == ("于",)
    assert set(rule.other_needs) == {("完成", "截止"), ("年底", "月底"), ("上报", "报送"), ("材料",)}
    spans = lambda text: [m.span() for m in rule.finditer(text)]  # noqa: E731
    assert spans("完成于月底前报送材料") == [(0, 5)]
    looked: list[str] = []
    monkeypatch.setattr(rules, "required_lines", lambda requires, text, lo, hi, memo=None: looked.append(text) or [])
    assert spans("完成于月中报送材料") == []         # no 月底 or 年底
    assert spans("完成于月底报送报告") == []         # no 材料: the requirement's word
    assert looked == []
    assert spans("完成于月底报送材料。") == [] and looked == ["完成于月底报送材料。"]


def test_a_rules_words_are_checked_against_one_lookup_of_the_texts_memo(monkeypatch):
    """`Rule.finditer` finds the text's memo once and looks up its `need` and each of its `other_needs` in it (as
    `words_held` and `holds_any` do; each found it again: 8,072 look-ups a round of the 19 `parse-text` notices where
    4,164 do), with the same answers; the text last asked about is found without a call of `_memo`."""
    from extractor import rules
    rule = Rule("t", "(?:截止|完成)于(?:月底|年底)", {}, [], [], "t.yaml", 1)
    assert rule.need == ("于",) and len(rule.other_needs) == 2
    found: list[str] = []
    memo = rules._memo
    monkeypatch.setattr(rules, "_memo", lambda text: found.append(text) or memo(text))
    assert [m.span() for m in rule.finditer("请于月底前完成于月底报送")] == [(5, 10)]
    assert [m.span() for m in rule.finditer("完成于月中报送")] == []        # no 月底 or 年底
    assert found == ["请于月底前完成于月底报送", "完成于月中报送"]


def test_structure_alternation_picks_the_first_rule_that_matches(notices):
    lex = _lexicon()
    lines = {line for text in notices for line in text.split("\n") if line}
    assert len(lines) > 1500
    for line in lines:
        first = next(((r.name, r.pattern.match(line)) for i in lex.rules_by_edges.candidates(line)
                      if (r := lex.rules.rules[i]).pattern.match(line)), (None, None))
        groups = {k: v.strip() for k, v in first[1].groupdict().items() if v is not None} if first[1] else {}
        assert _rule_match(line) == (first[0], groups), line


def test_a_needed_word_is_held_as_plain_in_says_its_characters_looked_for_first(notices):
    """`words_held` and `holds_any` look for a word's characters before the word (`_held`): on every corpus and set
    notice each rule's needed word is held exactly where `in` finds it, and a word lacking a character of the text is
    never scanned for (its answer is False with the character's)."""
    from extractor.rules import holds_any, words_held

    words = sorted({w for rf in all_rule_files() for rule in rf.rules for ws in rule.needs for w in ws})
    assert len(words) > 100
    gated = 0
    for text in notices:
        assert words_held(tuple(words), text) == [w for w in words if w in text]
        for w in words:
            assert holds_any((w,), text) == (w in text)
            gated += len(w) > 1 and any(c not in text for c in w)
    assert gated > 1000
    assert words_held(("季度", "年度"), "本年度工作") == ["年度"]
    assert words_held(("度年",), "本年度工作") == []       # each character there, the word not
    assert holds_any(("上半年", "半年"), "上年下半年") is True


def test_a_pinyin_reading_holds_a_tone_marked_letter_on_every_notice():
    """strip_readings looks for readings only in a piece holding a tone-marked letter (`_READING_MARK`): on every
    corpus and set text notice, each line where a reading pattern matches holds one, and the readings of a real
    line (`质(zhì)量`) still go while a bracket of Latin letters without a mark (`(PM2.5)`, `(app)`) stays."""
    from extractor.normalize import _PINYIN, _PINYIN_AT_START, _READING_MARK, _Piece, strip_readings

    found = 0
    for p in TEXTS:
        for line in read_bytes(p.read_bytes(), filename=p.name).blocks:
            for pattern in (_PINYIN, _PINYIN_AT_START):
                for m in pattern.finditer(line.text or ""):
                    assert _READING_MARK.search(m.group()), (p.name, m.group())
                    found += 1
    assert found
    assert strip_readings([_Piece.of("质(zhì)量(liàng)", 0)])[0].text == "质量"
    for text in ("细颗粒物(PM2.5)浓度", "下载(app)办理"):
        assert strip_readings([_Piece.of(text, 0)])[0].text == text


def test_a_piece_without_a_removed_space_has_no_heading_space_cut(notices):
    """split_runs asks `_heading_space_cuts` only of a piece where squeeze_spaces removed a space (`soft`): its cuts
    are such spaces. A crawled line keeping the space after its heading (`一、总体要求 按照…`, blind11 bu_03) is cut there,
    the same line with no space is not."""
    from extractor.normalize import _Piece, split_runs, squeeze_spaces

    line = "一、总体要求 按照省委部署，全面推进各项工作。二、主要任务 加强组织领导，落实工作责任。"
    piece = squeeze_spaces(_Piece.of(line, 0))
    assert piece.soft
    assert [p.text for p in split_runs([_Piece.of("前言。", 0), piece])][1:3] == ["一、总体要求", "按照省委部署，全面推进各项工作。"]
    glued = squeeze_spaces(_Piece.of(line.replace(" ", ""), 0))
    assert not glued.soft
    assert "一、总体要求按照省委部署，全面推进各项工作。" in [p.text for p in split_runs([_Piece.of("前言。", 0), glued])]


def test_text_blocks_asks_only_the_table_readers_whose_mark_the_text_holds():
    """text_blocks asks a table reader only where the text holds its mark (a TAB, `|`, 序号): on every corpus and set text
    notice it gives the blocks that asking every reader at every line, in order, gives; and texts with each mark (a
    TSV row pair, a pipe table, a flat 序号 table, a cell list) still give their tables."""
    from extractor.ingest import text as reader

    def every_reader(text: str) -> list:
        lines, blocks, i = text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), [], 0
        while i < len(lines):
            table, nxt = reader._tsv_table(lines, i) or reader._pipe_table(lines, i) or reader._flat_table(lines, i) \
                or reader.bordered_flat_table(lines, i) or reader.bordered_header_table(lines, i) \
                or reader.serial_bar_table(lines, i) or reader._cell_list_table(lines, i)
            if table is not None and reader._one_cell(table):
                blocks.append(reader.RawBlock("para", reader._one_cell(table)))
            elif table is not None:
                reader.append_table(blocks, reader.RawBlock("table", rows=table))
            else:
                for k in range(i, max(nxt, i + 1)):
                    if lines[k].strip():
                        blocks.append(reader.RawBlock("para", lines[k].strip(), opens=reader._opens_paragraph(lines, k)))
            i = nxt if table is not None else max(nxt, i + 1)
        return blocks

    paths = sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("*/docs/*.txt")) + sorted(CORPUS.glob("*/docs/*.md"))
    marked = 0
    for p in paths:
        text = reader._strip_markup(reader.decode(p.read_bytes())[0])
        marked += any(mark in text for mark in ("\t", "|", "序号"))
        assert reader.text_blocks(text) == every_reader(text), p.name
    assert len(paths) > 200 and marked > 20
    samples = ["甲\t乙\t丙\n1\t2\t3", "| 序号 | 任务 |\n| 1 | 修路 |\n| 2 | 建桥 |", "序号\n任务\n责任单位\n1\n修路\n县交通局\n2\n建桥\n县住建局",
               "\t姓名\n\t单位\n\n\t张伟\n\t县农业农村局"]
    for text in samples:
        assert any(b.kind == "table" for b in reader.text_blocks(text)), text
        assert reader.text_blocks(text) == every_reader(text)


def test_the_piece_before_a_position_starts_after_the_last_mark_found_from_the_end(notices):
    """rules' `after_last` (one `re` match of a run up to the last mark, stepping back from the range's end) gives the
    last of all the marks' last places (the text's start where none is), at every line end and a stride of positions of
    the notices, from the text's start and from 40 characters before the end, negative ends and starts counted from
    the text's end as `rfind` counts them."""
    from extractor.rules import after_last
    checked = 0
    for text in notices[:60]:
        ends = [i for i, c in enumerate(text) if c == "\n"] + list(range(-3, len(text) + 3, 37))
        for marks in ("，,。；;：:\n", "。；;\n", "、，,。；;：:\n", "。！？）)", "】"):
            for end in ends:
                for lo in (0, end - 40):
                    assert after_last(text, marks, end, lo) == max(text.rfind(c, lo, end) for c in marks) + 1
                    checked += 1
    assert checked > 5000


def test_a_run_without_marks_starts_and_ends_where_a_walk_a_character_at_a_time_stops(notices):
    """rules' `run_start` and `run_end` (one `re` match or search: targets' clauses and sentences, deadlines' sentence
    before an expression and the sentence it governs) stop where the walk over the characters before or after a
    position stops, at every line end and a stride of positions of the notices, bounded 40 characters away, at the
    text's ends, and at a bound on the wrong side of the position."""
    from extractor.rules import run_end, run_start

    def walked_start(text, marks, pos, lo):
        while pos > lo and text[pos - 1] not in marks:
            pos -= 1
        return pos

    def walked_end(text, marks, pos, hi):
        while pos < hi and text[pos] not in marks:
            pos += 1
        return pos

    checked = 0
    for text in notices[:60]:
        positions = [i for i, c in enumerate(text) if c == "\n"] + list(range(0, len(text) + 1, 37))
        for marks in ("，,。；;！？!?\n\t：:", "。；！？;!?\n\t", "】"):
            for pos in positions:
                for lo in (0, max(0, pos - 40), pos, pos + 1):
                    assert run_start(text, marks, pos, lo) == walked_start(text, marks, pos, lo)
                for hi in (len(text), min(len(text), pos + 40), pos, max(0, pos - 1)):
                    assert run_end(text, marks, pos, hi) == walked_end(text, marks, pos, hi)
                checked += 1
    assert checked > 5000


def test_the_extractors_are_looked_up_once_a_process(monkeypatch):
    """pipeline's `_extractor` resolves each module's `extract` once: a parse asks no `import_module` (nine a parse)."""
    import importlib

    from extractor import pipeline
    pipeline.parse("关于报送材料的通知\n各单位：请于5月1日前报送。".encode())
    asked: list[str] = []
    real = importlib.import_module
    monkeypatch.setattr(importlib, "import_module", lambda name, *a: asked.append(name) or real(name, *a))
    plan = pipeline.parse("关于报送材料的通知\n各单位：请于5月1日前报送。".encode())
    assert asked == [] and [d.date for d in plan.deadlines] == ["--05-01"]


def test_a_span_made_by_its_validator_is_the_model_its_keywords_make(notices):
    """`NoticeText.span` builds its Span through the model's validator from the fields' dict: equal to `Span(**fields)`,
    the same fields set and the same JSON."""
    from extractor.models import Span
    doc = normalize(read_bytes(TEXTS[0].read_bytes(), filename=TEXTS[0].name))
    for start in range(0, len(doc.text), 97):
        span = doc.span(start, start + 5)
        made = Span(start=span.start, end=span.end, page=span.page, para=span.para, box=span.box)
        assert type(span) is Span and span == made and span.model_fields_set == made.model_fields_set
        assert span.model_dump_json() == made.model_dump_json()


def test_the_left_edge_walk_over_plain_name_characters_in_one_step_stops_where_the_walk_by_characters_did(
        notices, monkeypatch):
    """organizations' `_left_edge` jumps over a run of plain ideographs (`_plain_run_start`, one `re` match over the
    reversed text) where it stepped a character at a time: the same left edge and stop word at every suffix match of
    the notices, with no soft breaks, with every fifth line start a soft break and with every seventh position one
    (a break inside a run stops the walk there, as the walk by characters stopped)."""
    from extractor.extract import organizations as org
    lx = org.lexicon()
    cases = []
    for text in notices[:80]:
        lines = frozenset(i + 1 for i, c in enumerate(text) if c == "\n" and i % 5 == 0)
        for soft in (frozenset(), lines, frozenset(range(0, len(text), 7))):
            for m in lx.suffix_re.finditer(text):
                cases.append((text, m.start(), soft, org._left_edge(text, m.start(), soft, lx)))
    monkeypatch.setattr(org, "_plain_run_start", lambda text, lo, i, soft: i)     # the walk by characters
    assert all(org._left_edge(text, s, soft, lx) == edge for text, s, soft, edge in cases)
    assert len(cases) > 5000



def _longest_at(words: frozenset, most: int, text: str, i: int, hi: int) -> int:
    """The longest of the words (of `most` characters at most) at `i` ending by `hi`, every length tried."""
    return next((n for n in range(min(most, hi - i), 0, -1) if text[i:i + n] in words), 0)


def _longest_ending(words: frozenset, most: int, text: str, e: int) -> int:
    """The longest of the words (of `most` characters at most) that ends at `e`, every length tried."""
    return next((n for n in range(min(most, e), 0, -1) if text[e - n:e] in words), 0)


def test_a_word_list_finds_the_longest_word_at_and_ending_at_a_position_as_a_walk_over_every_length_does(notices):
    """organizations' `_Words.at` and `_Words.ending` try only the lengths of the words that open (end) with the two
    characters there, and the words of one character apart: at every position of 40 notices, each of the gazetteer's
    lists gives the longest word a walk over every length of the list gives, with and without a bound `hi`."""
    from extractor.extract import organizations as org
    gz = org.gazetteer()
    found = 0
    for words in (gz.places, gz.bodies, gz.anchors, gz.inner, gz.opener_words):
        most = max(map(len, words.words))
        for text in notices[:40]:
            for i in range(len(text)):
                hi = min(len(text), i + 3)
                assert words.at(text, i) == _longest_at(words.words, most, text, i, len(text))
                assert words.at(text, i, hi) == _longest_at(words.words, most, text, i, hi)
                found += words.at(text, i) > 0
                if words.end_pair_lengths:
                    assert words.ending(text, i + 1) == _longest_ending(words.words, most, text, i + 1)
    assert found > 1000

