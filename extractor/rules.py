r"""Rule files: extraction rules kept as data in `rules/*.yaml`, each with its examples.

A rule file names its `dimension` (the extractor module `extractor.extract.<dimension>`
that reads it) and holds:

    dimension: deadlines
    version: 3
    vars:                      # regex fragments, used in patterns as ${NAME}
      MONTH: '(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])'
    lexicon:                   # word lists the extractor reads (suffixes, titles, verbs...)
      period_words: [上旬, 中旬, 下旬]
    rules:
      - name: month_day_due
        pattern: '${MONTH}月(?P<day>\d{1,2})日(?:前|之前)'
        requires: '[日号]'      # optional: tried only on lines holding a match of this
        ...                    # any further keys are the extractor's own fields
        examples:              # each must be produced by this rule, with these fields
          - text: 6月30日前完成
            expect: {date: '--06-30'}
        reject:                # near-misses this rule must not produce anything for
          - 4月15日，总局召开会议

`tests/test_rules.py` runs every example of every rule through the extractor's
`run_snippet(text, **context)`. Files are loaded once per process; a malformed file raises
`RuleError` naming its file, rule and line.

A file read and found sound (every pattern compiled) is kept, as the data YAML gave, in
`.cache/<file>.marshal` beside it (when that folder can be written), under a key: the hash of the
file's text, the Python, PyYAML and loader it was read and checked with, and the data's CRC-32.
A later process whose file has that key, and data of that CRC, reads the kept data (~1 ms against
~30 ms of YAML for all files) and makes each pattern when it is first used, not all ~300 at load:
`notices query` uses a dozen of them.
Each is built from the program `re` compiled it to, kept too (`pattern_program`): `re`'s parser
and compiler run in Python, ~80 ms of a process's first parse. A changed file has another key:
it is read from YAML, checked whole and kept again.
"""
from __future__ import annotations

import _sre
import array
import functools
import hashlib
import marshal
import os
import re
import re._compiler as _compiler
import re._constants as _constants
import re._parser as _parser
import sys
import tempfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional


def _rules_dir() -> Path:
    """$NOTICES_RULES_DIR; else the rule files installed with the package (`extractor/rule_files`,
    see pyproject.toml); else, in a checkout, `rules/` beside the package."""
    if os.environ.get("NOTICES_RULES_DIR"):
        return Path(os.environ["NOTICES_RULES_DIR"])
    installed = Path(__file__).parent / "rule_files"   # the package's folder, as importlib.resources.files gives
    if installed.is_dir():                            # it (without importing importlib.resources and zipfile)
        return installed
    return Path(__file__).resolve().parent.parent / "rules"


RULES_DIR = _rules_dir()
_VAR = re.compile(r"\$\{([A-Z_][A-Z0-9_]*)\}")


class RuleError(ValueError):
    """A malformed rule file; the message names the file, the rule and the line."""


@dataclass
class Example:
    text: str
    expect: dict[str, Any] = field(default_factory=dict)
    context: dict[str, Any] = field(default_factory=dict)


@dataclass
class Rule:
    name: str
    source: Optional[str]                   # the pattern, the file's ${VARS} substituted
    fields: dict[str, Any]
    examples: list[Example]
    reject: list[Example]
    file: str
    line: int
    requires_source: Optional[str] = None   # a match, with what it looks at, lies on a line holding this

    @functools.cached_property
    def pattern(self) -> Optional[re.Pattern]:
        """The rule's regex, compiled when first used (a rule file checked before compiled whole once), or built
        from its program where one was kept with the file (`pattern_program`)."""
        return _built(self.source, self.programs[0])

    @functools.cached_property
    def requires(self) -> Optional[re.Pattern]:
        return _built(self.requires_source, self.programs[1])

    def get(self, key: str, default: Any = None) -> Any:
        return self.fields.get(key, default)

    _starts: Any = field(default=..., init=False, repr=False, compare=False)   # start_finder(pattern), on first use
    start_spec: Any = field(default=..., repr=False, compare=False)    # finder_spec of it, where kept (else ...)
    need_spec: Any = field(default=..., repr=False, compare=False)     # needed_words(pattern), where kept (else ...)
    programs: tuple = field(default=(None, None, None), repr=False, compare=False)  # pattern_program of `pattern`,
                                                                # `requires` and the gated pattern, where kept
    edge_spec: Any = field(default=..., repr=False, compare=False)     # edge_classes(pattern), where kept (else ...)
    _gated: Optional[re.Pattern] = field(default=None, init=False, repr=False, compare=False)  # gated(pattern, _starts)
    _scanner: Any = field(default=None, init=False, repr=False, compare=False)     # what `_scan` calls, found once

    @functools.cached_property
    def edges(self) -> tuple[Optional[str], Optional[str]]:
        """The classes every match of the pattern starts and ends with (`edge_classes`), read from the pattern once."""
        return edge_classes(self.pattern) if self.edge_spec is ... else self.edge_spec

    @functools.cached_property
    def needs(self) -> tuple[tuple[str, ...], ...]:
        """Sets of words every match holds one of (`needed_words`), read from the pattern once."""
        if self.need_spec is not ...:
            return self.need_spec
        return () if self.pattern is None else needed_words(self.pattern)

    @functools.cached_property
    def need(self) -> Optional[tuple[str, ...]]:
        """The pattern's most telling `needs`: the set of fewest words (the longest, between equals), leaving out a
        set whose words are each a match of `requires` (the lines scanned hold one already); None where there is
        none."""
        sets = [words for words in self.needs
                if not (self.requires is not None and all(self.requires.fullmatch(w) for w in words))]
        if not sets:
            return None
        return min(sets, key=lambda ws: (len(ws), -min(map(len, ws))))

    @functools.cached_property
    def other_needs(self) -> tuple[tuple[str, ...], ...]:
        """The other sets of words a match needs: the pattern's `needs` but `need`, and the `needed_words` of its
        `requires` (a match stands on a line holding a match of it). A text holding no word of one of them holds no
        match: each is looked up in the text's held words (`holds_any`) before a scan."""
        required = () if self.requires is None else needed_words(self.requires)
        return tuple(dict.fromkeys(words for words in (*self.needs, *required) if words != self.need))

    def finditer(self, text: str, lo: int = 0, hi: Optional[int] = None) -> Iterator[re.Match]:
        """The pattern's matches in text[lo:hi]; with `requires`, tried only on the lines (newline
        included) that hold it: most of a notice's lines, skipped at C speed. A range (those lines, or
        text[lo:hi]) holding no word of the pattern's `need` holds no match and is skipped (`date_due`
        needs 前 or 止, `year_part` 季度, 上半年…)."""
        hi = len(text) if hi is None else hi
        latest, memo = _TEXT_MEMOS[0]   # (found once for all the rule's words; the latest text's without a call)
        if latest is not text:
            memo = _memo(text)
        need = self.need
        if need is not None:
            held = []           # (`words_held`, and `holds_any` below, written out: ~8,300 calls a round of the 19
            for word in need:   # `parse-text` notices)
                has = memo.get(word)
                if has is None:
                    has = _held(word, text, memo)
                if has:
                    held.append(word)
            need = held
            if not need or not (hi - lo == len(text) or _holds_one(need, text, lo, hi)):
                return iter(())
        for words in self.other_needs:
            for word in words:
                has = memo.get(word)
                if has is None:
                    has = _held(word, text, memo)
                if has:
                    break
            else:
                return iter(())
        if self.requires is None:
            return self._scan(text, lo, hi)
        lines = required_lines(self.requires, text, lo, hi, memo)
        if self.fields.get("across_break"):
            lines = _across_breaks(lines, text, hi)
        return self._scan_lines(text, lines, need)

    def _scan_lines(self, text: str, lines: list[tuple[int, int]],
                    need: Optional[tuple[str, ...]]) -> Iterator[re.Match]:
        scan = self._scanner or self._find_scanner()     # (found once a call, not once a line)
        if need is None:
            for start, end in lines:
                yield from scan(text, start, end)
            return
        find = text.find
        for start, end in lines:
            for word in need:           # (`_holds_one` written out: ~4,600 lines a round)
                if find(word, start, end) >= 0:
                    yield from scan(text, start, end)
                    break

    def _scan(self, text: str, lo: int, hi: int) -> Iterator[re.Match]:
        """pattern.finditer(text, lo, hi), the same matches (with m.pos the match's start). Where a match
        can only start at a few positions (`start_finder`), the pattern is tried only there: `re` finds
        no such shortcut itself for a pattern opening with a lookbehind, a group or a repeat, and would
        run its whole program at every position."""
        return (self._scanner or self._find_scanner())(text, lo, hi)

    def _find_scanner(self) -> Callable[[str, int, int], Iterator[re.Match]]:
        """What `_scan` calls with (text, lo, hi), worked out once a rule: the gated pattern's `finditer`, the pattern's
        own where no start is known, else `_at_positions` with the pattern and its start finder."""
        if self._starts is ...:
            self._starts = start_finder(self.pattern) if self.start_spec is ... else finder_from(self.start_spec)
            gate = self._starts.gate if isinstance(self._starts, StartFinder) else ""
            self._gated = (from_program(_gated_source(gate, self.source), self.programs[2]) if gate and self.programs[2]
                           else gated(self.pattern, gate))
        if self._gated is not None:
            self._scanner = self._gated.finditer
        elif self._starts is None:
            self._scanner = self.pattern.finditer
        else:
            self._scanner = functools.partial(_at_positions, self.pattern, self._starts)
        return self._scanner


def _scan(pattern: re.Pattern, starts: Optional[StartFinder | AnchorFinder], text: str, lo: int,
          hi: int) -> Iterator[re.Match]:
    """pattern.finditer(text, lo, hi), tried only at the positions `starts` gives (all of them if None)."""
    return pattern.finditer(text, lo, hi) if starts is None else _at_positions(pattern, starts, text, lo, hi)


def _at_positions(pattern: re.Pattern, starts: StartFinder | AnchorFinder, text: str, lo: int,
                  hi: int) -> Iterator[re.Match]:
    match, end = pattern.match, lo
    for start in starts.positions(text, lo, hi):
        if start >= end and (m := match(text, start, hi)) is not None:
            end = m.end()
            yield m


_FINDERS: dict = {}     # id of a pattern an extractor scans with `scan` -> (the pattern, its start finder): by id, as
                        # a Pattern hashes its whole compiled code at every lookup (~300 codes: µs)


def scan(pattern: re.Pattern, text: str, lo: int = 0, hi: Optional[int] = None) -> Iterator[re.Match]:
    """pattern.finditer(text, lo, hi), the same matches, tried only where one can start (`start_finder`, found once
    a pattern): for an extractor's own pattern that opens with a lookbehind (deadlines' year, `${NB}${Y}`: `re` runs
    its whole program at every position)."""
    known = _FINDERS.get(id(pattern))
    if known is None or known[0] is not pattern:
        known = _FINDERS[id(pattern)] = (pattern, start_finder(pattern))
    starts = known[1]
    return _scan(pattern, starts, text, lo, len(text) if hi is None else hi)


_AFTER_BREAK: dict = {}     # id of a `(?m)^…` pattern (see _FINDERS) -> (it, `\n(?:…)`), for `search_lines`


def search_lines(pattern: re.Pattern, text: str) -> Optional[re.Match]:
    r"""pattern.search(text), the same match, for a pattern opening with `(?m)^` (structure's `page_date`): `re` finds no
    start for `^` under MULTILINE and runs the whole program at every position of the text. Asked at the text's start
    (`match`), then after each newline by `\n(?:…)`, whose newline `re` skips to at a few instructions a character, and
    the pattern matched again right after the newline that one found: the leftmost match, its span and groups those
    `search` gives (the same program tried from the same position; only its `pos` is that position)."""
    known = _AFTER_BREAK.get(id(pattern))
    if known is None or known[0] is not pattern:
        source = pattern.pattern
        after = None
        if isinstance(source, str) and source.startswith("(?m)^") and pattern.flags & re.MULTILINE:
            after = regex("\\n(?:" + source[len("(?m)"):] + ")", pattern.flags)
        known = _AFTER_BREAK[id(pattern)] = (pattern, after)
    after = known[1]
    if after is None:
        return pattern.search(text)
    found = pattern.match(text)
    if found is None and (b := after.search(text)) is not None:
        found = pattern.match(text, b.start() + 1)
    return found


_NEEDS: dict = {}       # id of a pattern (see _FINDERS) -> (it, its `needed_words`), for `may_match`


def may_match(pattern: re.Pattern, text: str) -> bool:
    """False where `text` holds no word of one of the sets every match of `pattern` holds a word of (`needed_words`):
    there `pattern.search(text)` finds nothing, and the scan (a start class tested at every character, a `(?m)^`
    pattern's program run at every position) is saved by a few `in` tests in C."""
    known = _NEEDS.get(id(pattern))
    if known is None or known[0] is not pattern:
        known = _NEEDS[id(pattern)] = (pattern, needed_words(pattern))
    return all(any(word in text for word in words) for words in known[1])


_UP_TO_LAST: dict = {}      # marks -> the regex of a run of text up to the last of them (`after_last`)
_FIRST_OF: dict = {}        # marks -> the regex of one of them (`run_end`)


def after_last(text: str, marks: str, end: int, lo: int = 0) -> int:
    """Right after the last of the characters `marks` in text[lo:end], 0 where none: `max(text.rfind(c, lo, end) for c
    in marks) + 1`, the same answer (a negative `lo` or `end` counts from the text's end, as `rfind` reads it). One match
    of `(?s).*[marks]`: `re` takes all of text[lo:end] at once and steps back to the last mark, where each mark's `rfind`
    scanned back to it (a mark the text lacks: all of the range) and the marks were looped over in Python (where a
    sentence or clause starts, before a deadline or a duty: ~1,000 calls a round of the 19 `parse-text` notices)."""
    up_to_last = _UP_TO_LAST.get(marks)
    if up_to_last is None:
        up_to_last = _UP_TO_LAST[marks] = regex("(?s).*[" + "".join(map(re.escape, marks)) + "]")
    if lo < 0 or end < 0:
        lo, end, _ = slice(lo, end).indices(len(text))
    if lo >= end:
        return 0
    m = up_to_last.match(text, lo, end)
    return 0 if m is None else m.end()


def run_start(text: str, marks: str, pos: int, lo: int = 0) -> int:
    """Where the run of characters other than `marks` that ends at `pos` starts, not before `lo` (`pos` where `pos <=
    lo`): the answer of `while pos > lo and text[pos - 1] not in marks: pos -= 1`, in one `re` match (`after_last`)."""
    return pos if pos <= lo else max(after_last(text, marks, pos, lo), lo)


def run_end(text: str, marks: str, pos: int, hi: int) -> int:
    """Where the run of characters other than `marks` that starts at `pos` ends, not after `hi` (`pos` where `pos >=
    hi`): the answer of `while pos < hi and text[pos] not in marks: pos += 1`, in one `re` search."""
    if pos >= hi:
        return pos
    first = _FIRST_OF.get(marks)
    if first is None:
        first = _FIRST_OF[marks] = regex("[" + "".join(map(re.escape, marks)) + "]")
    m = first.search(text, pos, hi)
    return hi if m is None else m.start()


_REQUIRES_SCAN: dict = {}     # id of a `requires` pattern (see _FINDERS) -> (it, its words (`_literal_words`, when
                              # few) or the pattern it is scanned with (`gated`: `time_label`'s, an alternation of
                              # words `re` finds no start class for, 0.10 -> 0.035 ms a notice))
_FIND_WORDS = 6               # a requirement of this many words or fewer is looked for with `str.find`, word by word
_FIND_CHARS = 12              # (and a class of this many characters or fewer: `str.find` of one character is a memchr
                              # in C, ~0.1 instruction a character, where `re`'s class test is ~50)
_TEXT_MEMOS: list = [(None, {})]    # (text, its memo) of the texts last scanned, the latest first (never empty: before a
                          # first text, None's); a memo: (id(requires), lo, hi) -> (requires, its lines holding it); a
                          # needed word -> whether the text holds it (`words_held`)
_MEMO_TEXTS = 2           # texts kept: a parse asks about its notice's text, then its title (organisations' numbered
                          # sections), then its text again (people): with one kept, the text's words and lines were all
                          # looked for again


def _memo(text: str) -> dict:
    """What was worked out about `text`, one of the texts last asked about (an older text's is not needed again)."""
    memos = _TEXT_MEMOS
    if memos[0][0] is text:
        return memos[0][1]
    for i, (known, memo) in enumerate(memos):
        if known is text:
            memos.insert(0, memos.pop(i))
            return memo
    memo: dict = {}
    memos.insert(0, (text, memo))
    del memos[_MEMO_TEXTS:]
    return memo


_WORD_CHARS: dict = {}    # a needed word -> its distinct characters, none for a word of one (`_held`); bounded by the
                          # rules' words


def _held(word: str, text: str, memo: dict) -> bool:
    """Whether the text holds the word, the answer kept in the memo. Each of its characters is looked for first (one
    character's `in` is a memchr, ~0.3 us over 8 k characters, against ~7 us for a word of two or more, whose scan
    is walked whole when absent): ~87 % of the absent words lack a character of the text (19 notices: 4,052 of
    4,643), and so are never scanned for."""
    chars = _WORD_CHARS.get(word)
    if chars is None:
        chars = _WORD_CHARS[word] = tuple(dict.fromkeys(word)) if len(word) > 1 else ()
    for char in chars:
        held = memo.get(char)
        if held is None:
            held = memo[char] = char in text
        if not held:
            memo[word] = False
            return False
    has = memo[word] = word in text
    return has


def words_held(words: tuple[str, ...], text: str, memo: Optional[dict] = None) -> list[str]:
    """The words the text holds, each word looked for once a text (`_held`) and the answer shared by every rule that
    needs it, where each rule searched the whole text with an alternation of its words (~84 searches a notice over
    ~220 words, `re` stepping through a start class at ~50 instructions a character). `memo`: the text's (`_memo`),
    where the caller has it already."""
    memo = _memo(text) if memo is None else memo
    held = []
    for word in words:
        has = memo.get(word)
        if has is None:
            has = _held(word, text, memo)
        if has:
            held.append(word)
    return held


def holds_any(words: tuple[str, ...], text: str, memo: Optional[dict] = None) -> bool:
    """Whether the text holds one of the words (as `words_held`, each word looked for once a text)."""
    memo = _memo(text) if memo is None else memo
    for word in words:
        has = memo.get(word)
        if has is None:
            has = _held(word, text, memo)
        if has:
            return True
    return False


def _holds_one(words: tuple[str, ...], text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] holds one of the words."""
    find = text.find
    for word in words:
        if find(word, lo, hi) >= 0:
            return True
    return False


def required_lines(requires: re.Pattern, text: str, lo: int, hi: int, memo: Optional[dict] = None) -> list[tuple[int, int]]:
    """The lines of text[lo:hi] (newline included, cut to [lo, hi)) that hold a match of `requires`.
    Kept for the text last asked about: the rules of a file share their `requires` (every deadline
    rule needs a time word), and would otherwise each find the same lines again. `memo`: the text's (`_memo`), where
    the caller has it already."""
    memo = _memo(text) if memo is None else memo
    key = (id(requires), lo, hi)      # (by id: see _FINDERS)
    known = memo.get(key)
    if known is not None and known[0] is requires:
        return known[1]
    known = _REQUIRES_SCAN.get(id(requires))
    if known is None or known[0] is not requires:
        known = _REQUIRES_SCAN[id(requires)] = (requires, _requires_scanner(requires))
    scanner = known[1]
    if isinstance(scanner, tuple):
        lines = _lines_with_words(scanner, text, lo, hi)
    elif isinstance(scanner, _LinesOfWords):
        search = scanner.pattern.search
        lines = [line for line in _lines_with_words(scanner.words, text, lo, hi) if search(text, *line) is not None]
    elif isinstance(scanner, _ByLast):
        lines = []
        for pattern in scanner.patterns:        # (a match's last character stands ≥ longest - 1 after the range's start)
            more = _match_lines(pattern, text, lo + scanner.longest - 1, hi)
            if more:
                lines = sorted({*lines, *more}) if lines else more
        if lines:       # (the first line's start, cut at lo + longest - 1 by the scan, is cut at lo)
            lines[0] = (max(lo, text.rfind("\n", 0, lines[0][0]) + 1), lines[0][1])
        for at in range(lo, min(hi, lo + scanner.longest - scanner.shortest)):
            if requires.match(text, at, hi) is not None:        # (a longer branch's match ending before lo + longest - 1)
                stop = text.find("\n", at)
                line = (max(lo, text.rfind("\n", 0, at) + 1), hi if stop < 0 else min(hi, stop + 1))
                if line not in lines:
                    lines = sorted({*lines, line})
    elif isinstance(scanner, _ByFirst):
        lines = _match_lines(scanner.patterns[0], text, lo, hi)
        for pattern in scanner.patterns[1:]:
            more = _match_lines(pattern, text, lo, hi)
            if more:
                lines = sorted({*lines, *more}) if lines else more
    else:
        lines = _match_lines(scanner, text, lo, hi)
    memo[key] = (requires, lines)
    return lines


def _match_lines(pattern: re.Pattern, text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The lines of text[lo:hi] (as `required_lines`) on which a match of `pattern` starts, `finditer`'s matches."""
    lines, end = [], lo
    for need in pattern.finditer(text, lo, hi):
        if need.start() < end:
            continue
        start = max(lo, text.rfind("\n", 0, need.start()) + 1)
        stop = text.find("\n", need.start())
        end = hi if stop < 0 else min(hi, stop + 1)
        lines.append((start, end))
    return lines


def _requires_scanner(requires: re.Pattern) -> tuple[str, ...] | re.Pattern:
    """The words a requirement matches, when it is a few words and nothing else (`[将拟定订]于|订|安排于`, `[（(]`):
    `str.find` skips to each in C, where `re`, for a class of ideographs or an alternation not all of whose branches
    open with a literal, runs its program at every position (the requirements of the 19 `parse-text` notices: 0.75
    -> 0.48 ms a notice); a class of up to `_FIND_CHARS` characters (`[年月日号天周季旬Qq]`) alike, each character a
    `memchr`, where `re` tested the class at every character. Else the pattern, behind the gate of its start class
    where `re` has none."""
    words = None if requires.flags & re.IGNORECASE else _words(_parser.parse(requires.pattern, requires.flags).data,
                                                               strict=True)
    if words and all(w and "\n" not in w for w in words) and (
            len(words) <= _FIND_WORDS or len(words) <= _FIND_CHARS and all(len(w) == 1 for w in words)):
        return tuple(dict.fromkeys(words))
    words = _line_words(requires)
    by_first = _by_first(requires, _BY_FIRST if words is not None else _BY_FIRST_SCANNED)
    if by_first is not None:
        return by_first
    by_last = _by_last(requires, _BY_FIRST if words is not None else _BY_FIRST_SCANNED)
    if by_last is not None:
        return by_last
    starts = start_finder(requires)     # (a requirement's class, where `re` has none, is always a gain)
    gate = f"(?={starts.finder.pattern})" if isinstance(starts, StartFinder) and not starts.offset else ""
    pattern = gated(requires, gate) or requires
    return pattern if words is None else _LinesOfWords(words, pattern)


@dataclass(frozen=True)
class _LinesOfWords:
    """A requirement looked for only on the lines holding one of `words` (every match holds one, and lies in one line):
    the words found by `str.find` in C, then one `search` of `pattern` a line, where a scan of the whole text ran the
    pattern's start class over every character (`[长记任席委官员]…[:：]?(?:牵头|负总责|负责)` on the lines of its verbs)."""
    words: tuple[str, ...]
    pattern: re.Pattern


_BY_FIRST = 2      # a requirement opening with a class of this many characters or fewer is scanned once a character
_BY_FIRST_SCANNED = 8      # (the same, where it is scanned whole: where the class test ran at every character)


@dataclass(frozen=True)
class _ByFirst:
    """A requirement every match of which opens with one of a few characters (`[)）][\u4e00-\u9fff]{2,4}[（(]`,
    `[:：](?:主持|…)`, `兼任|担任|任…`),
    every match in one line (`_within_line`): scanned once for each of its characters, the pattern behind a gate of
    that one character (`(?=）)(?:…)`), which `re` skips to by comparing each character with it (a few instructions a
    character, `_start_class_program`), where it tests the class at every character of the text (~50); the lines
    holding a match of one of them are the lines holding a match of the requirement."""
    patterns: tuple[re.Pattern, ...]


def _by_first(requires: re.Pattern, most: int) -> Optional[_ByFirst]:
    """The `_ByFirst` scanner of a requirement, where every match opens with one of 2 to `most` characters (`_first`)
    and lies in one line reading nothing after it; None otherwise."""
    C = _constants
    if requires.flags & (re.IGNORECASE | re.DOTALL | re.VERBOSE):
        return None
    parsed = _parser.parse(requires.pattern, requires.flags)
    if parsed.getwidth()[0] == 0 or not _within_line(parsed.data):
        return None
    try:
        items, nullable = _first(parsed.data)
    except _NoShortcut:
        return None
    if nullable or not all(o is C.LITERAL and a != 10 for o, a in items):
        return None
    chars = list(dict.fromkeys(chr(a) for _o, a in items))
    if not 2 <= len(chars) <= most:
        return None
    patterns = [gated(requires, f"(?={re.escape(c)})") for c in chars]
    if any(p is None or _start_class_program(p.pattern, p.flags) is None for p in patterns):
        return None
    return _ByFirst(tuple(patterns))


@dataclass(frozen=True)
class _ByLast:
    """A requirement whose matches end with one of a few characters (`(?:领导|同志|人员|代表)[（(]`, `[长任挥人员导][:：]`,
    `委员|院长|…|主任`, the posts `(?:总书记|书记|…|行政长官)|课长|科长`), each match in one line, its branches each
    of one width: scanned once for each of those characters, the branches ending with it lookbehinds behind it
    (`长(?:(?<=院长|…)|(?<=秘书长))`: `re` skips to the character by comparison), from `longest - 1` after the range's
    start, and matched at each of the range's first `longest - shortest` characters (where a longer branch's match
    would start before the range); where `re` tested the requirement's start class at every character, or the lines of
    its commonest character (a bracket) were searched. A match's line is its last character's."""
    patterns: tuple[re.Pattern, ...]
    shortest: int
    longest: int


def _by_last(requires: re.Pattern, most: int) -> Optional[_ByLast]:
    """The `_ByLast` scanner of a requirement whose top alternation's branches (`_branches`) are each of one width
    (1 to 8, 2 or more for one of them) and end with one of 1 to `most` literal characters (`_last_chars`, a
    lookahead after them kept), none opening with a literal (`re` skips to that already); None otherwise."""
    if requires.flags & (re.IGNORECASE | re.DOTALL | re.VERBOSE | re.MULTILINE):
        return None
    parsed = _parser.parse(requires.pattern, requires.flags)
    if parsed.getwidth()[0] == 0 or not _within_line(parsed.data, ahead=True) or _opens_with_literal(parsed.data):
        return None
    branches = _branches(requires.pattern)
    if branches is None:
        return None
    by_char: dict[str, dict[int, list[str]]] = {}
    try:
        for branch in branches:
            ops = _parser.parse(branch, requires.flags)
            low, high = ops.getwidth()
            chars = _last_chars(ops.data)
            if not 1 <= low == high <= 8 or chars is None:
                return None
            for c in chars:
                by_char.setdefault(c, {}).setdefault(low, []).append(branch)
    except re.error:
        return None
    widths = {w for ws in by_char.values() for w in ws}
    if not 1 <= len(by_char) <= most or "\n" in by_char or max(widths) < 2:
        return None
    try:
        patterns = [re.compile(re.escape(c) + "(?:" + "|".join(
            f"(?<={'|'.join(f'(?:{b})' for b in _as_classes(ws[w]))})" for w in sorted(ws)) + ")", requires.flags)
            for c, ws in by_char.items()]
    except re.error:
        return None
    if not all(_literal_prefix(p) for p in patterns):
        return None
    return _ByLast(tuple(patterns), min(widths), max(widths))


def _as_classes(branches: list[str]) -> list[str]:
    """Branches of one width that are literals differing only in their first character, with the same lookaheads after
    them, written as one class and the rest (`省长(?!会)|市长(?!会)|秘书长` -> `[省市]长(?!会)|秘书长`): in a
    `_ByLast` lookbehind `re` then tests one class at each last character where it tried each branch in turn; the
    lookbehind holds where one of the branches holds, as before. Other branches, and a group of one, kept as they are."""
    C = _constants
    groups: dict[tuple[str, str], list[str]] = {}
    for branch in branches:
        ops = list(_parser.parse(branch).data)
        n = 0
        while n < len(ops) and ops[n][0] is C.LITERAL:
            n += 1
        word = "".join(chr(a) for _o, a in ops[:n])
        tail = branch[len(word):]
        key = (word[1:], tail) if n >= 2 and branch.startswith(word) and _lookaheads_only(tail) else ("", branch)
        groups.setdefault(key, []).append(branch)
    out = []
    for (rest, tail), members in groups.items():
        if len(members) == 1:
            out += members
        else:       # (a class of the first characters, the rest and the lookaheads as the members wrote them)
            firsts = "".join(re.escape(m[0]) for m in members)
            out.append(f"[{firsts}]{re.escape(rest)}{tail}")
    return out


def _branches(source: str) -> Optional[list[str]]:
    """The branches of a pattern's top alternation, a branch that is a group `(?:…)` (with lookaheads after it) opened
    into its own (`(?:a|b)(?!会)|c` -> `a(?!会)`, `b(?!会)`, `c`); None where the source is not read (a class or a
    bracket it can't step over)."""
    split = _split_top(source)
    if split is None:
        return None
    out: list[str] = []
    for part in split:
        if part.startswith("(?:"):
            inner = _split_top(part)
            close = None if inner is None else _group_close(part)
            if close is not None and _lookaheads_only(part[close + 1:]):
                opened = _branches(part[3:close])
                if opened is None:
                    return None
                out += [branch + part[close + 1:] for branch in opened]
                continue
        out.append(part)
    return out


def _split_top(source: str) -> Optional[list[str]]:
    """A source cut at its top level's `|`; None where a class or a bracket is left open."""
    parts, depth, start, i, n = [], 0, 0, 0, len(source)
    while i < n:
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(source, i)
            if i >= n:
                return None
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return None
        elif ch == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    if depth:
        return None
    parts.append(source[start:])
    return parts


def _class_end(source: str, i: int) -> int:
    """Where the character class opening at source[i] (`[`) closes (its `]`), or the source's length if it never does;
    a `]` first in the class (after `^`) is one of its characters."""
    n = len(source)
    i += 1
    if i < n and source[i] == "^":
        i += 1
    if i < n and source[i] == "]":
        i += 1
    while i < n and source[i] != "]":
        i += 2 if source[i] == "\\" else 1
    return i


def _group_close(part: str) -> Optional[int]:
    """Where the group opening a part closes."""
    depth, i, n = 0, 0, len(part)
    while i < n:
        ch = part[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(part, i)
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return None


def _lookaheads_only(tail: str) -> bool:
    """Whether a source is nothing but lookaheads (`(?!会)`, `(?=[为是])`) or nothing."""
    try:
        ops = _parser.parse(tail).data
    except re.error:
        return False
    C = _constants
    return all(op in (C.ASSERT, C.ASSERT_NOT) and av[0] == 1 for op, av in ops)


def _literal_prefix(pattern: re.Pattern) -> bool:
    """Whether `re` gave the pattern a literal prefix, which it skips to by comparison."""
    code = _compiler._code(_parser.parse(pattern.pattern, pattern.flags), pattern.flags)
    code = getattr(code, "code", code)
    return code[0] == _constants.INFO and bool(code[2] & _constants.SRE_INFO_PREFIX)


def _last_chars(ops) -> Optional[list[str]]:
    """The characters every match of a parsed sequence ends with, where its last item (lookaheads after it left out)
    is a literal, a class of literals, an alternation or a group of them; None otherwise."""
    C = _constants
    ops = list(ops)
    while ops and ops[-1][0] in (C.ASSERT, C.ASSERT_NOT) and ops[-1][1][0] == 1:
        ops.pop()       # (a lookahead after the last character: it reads on from the match's end)
    if not ops:
        return None
    op, av = ops[-1]
    if op is C.LITERAL:
        return [chr(av)]
    if op is C.IN:
        if not all(o is C.LITERAL for o, _a in av):
            return None
        return list(dict.fromkeys(chr(a) for _o, a in av))
    if op is C.SUBPATTERN:
        return _last_chars(av[3].data)
    if op is C.BRANCH:
        chars: list[str] = []
        for branch in av[1]:
            more = _last_chars(branch.data)
            if more is None:
                return None
            chars += more
        return list(dict.fromkeys(chars))
    return None


def _line_words(requires: re.Pattern) -> Optional[tuple[str, ...]]:
    """The fewest words of which every match of `requires` holds one (`needed_words`, at most `_FIND_WORDS`), where
    every match lies inside one line and reads nothing after its end (`_within_line`): the lines holding a match are
    then the lines holding one of the words on which a `search` bounded by the line finds one. None otherwise."""
    if requires.flags & (re.IGNORECASE | re.DOTALL | re.VERBOSE):
        return None
    parsed = _parser.parse(requires.pattern, requires.flags)
    if parsed.getwidth()[0] == 0 or not _within_line(parsed.data) or _opens_with_literal(parsed.data):
        return None
    sets = [words for words in needed_words(requires) if all(w and "\n" not in w for w in words)]
    if not sets:
        return None
    words = min(sets, key=lambda ws: (len(ws), -min(map(len, ws))))
    return words if len(words) <= _FIND_WORDS else None


def _opens_with_literal(ops) -> bool:
    """Whether the pattern opens, in its groups, with a literal: `re` skips to it in C at a few steps a character
    (`日起?[至到]`, `电话[:：]\\d{12}`), where a class (or an alternation) is tested at each character by a call."""
    C = _constants
    while ops and ops[0][0] is C.SUBPATTERN:
        ops = ops[0][1][3].data
    return bool(ops) and ops[0][0] is C.LITERAL


_NEWLINE_CATEGORIES = frozenset(getattr(_constants, name) for name in (
    "CATEGORY_SPACE", "CATEGORY_NOT_DIGIT", "CATEGORY_NOT_WORD", "CATEGORY_LINEBREAK", "CATEGORY_LOC_NOT_WORD",
    "CATEGORY_UNI_SPACE", "CATEGORY_UNI_NOT_DIGIT", "CATEGORY_UNI_NOT_WORD", "CATEGORY_UNI_LINEBREAK"))


def _class_holds_newline(items) -> bool:
    """Whether a parsed class (`[^，。；]`, `[\\u4e00-\\u9fff]`, `[\\s\\S]`) matches a newline."""
    C = _constants
    negated, held = False, False
    for op, av in items:
        if op is C.NEGATE:
            negated = True
        elif op is C.LITERAL:
            held = held or av == 10
        elif op is C.RANGE:
            held = held or av[0] <= 10 <= av[1]
        elif op is C.CATEGORY:
            held = held or av in _NEWLINE_CATEGORIES
        else:
            return True     # (not read: taken as holding one)
    return held != negated


def _within_line(ops, ahead: bool = False) -> bool:
    """Whether no item of the parsed pattern can match a newline or read past the match's end (a lookahead, `$`, `\\b`):
    a lookbehind reads before the match only, as in a scan of the whole text. `ahead`: a lookahead may read on (the
    range is scanned whole, as before: only the match itself must lie in one line)."""
    C = _constants
    for op, av in ops:
        if op is C.LITERAL:
            if av == 10:
                return False
        elif op is C.NOT_LITERAL or op is C.ANY:
            if op is C.ANY or av != 10:
                return False
        elif op is C.IN:
            if _class_holds_newline(av):
                return False
        elif op is C.AT:
            if av not in (C.AT_BEGINNING, C.AT_BEGINNING_STRING, C.AT_BEGINNING_LINE):
                return False
        elif op in (C.ASSERT, C.ASSERT_NOT):
            if av[0] != -1 and not ahead:
                return False        # (a lookbehind: it reads before the match, as the scan of the whole text did)
        elif op is C.SUBPATTERN:
            if av[1] or av[2] or not _within_line(av[3].data, ahead):
                return False
        elif op is C.ATOMIC_GROUP:
            if not _within_line(av.data, ahead):
                return False
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            if not _within_line(av[2].data, ahead):
                return False
        elif op is C.BRANCH:
            if not all(_within_line(alt.data, ahead) for alt in av[1]):
                return False
        else:
            return False        # (a back reference, a conditional group, a category: not looked into)
    return True


def _across_breaks(lines: list[tuple[int, int]], text: str, hi: int) -> list[tuple[int, int]]:
    """The lines a rule with `across_break` is tried on: a line that ends in a closing bracket runs on into the next line
    (and that one into the next, on the same condition), one window: a sentence a PDF or a page broke after a bracketed
    day or weekday (blind28 cl_10 `3月21日至24日(星期二至五)` / `辦理報到。`; blind34 cr_08 `派位結果明天(8月6日)` / `公布`)."""
    out: list[tuple[int, int]] = []
    for start, end in lines:
        if out and start < out[-1][1]:
            continue                    # (a line already inside the window before it)
        while end < hi and end >= 2 and text[end - 1] == "\n" and text[end - 2] in ")）":
            stop = text.find("\n", end)
            end = hi if stop < 0 else min(hi, stop + 1)
        out.append((start, end))
    return out


def _lines_with_words(words: tuple[str, ...], text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The lines of text[lo:hi] (as `required_lines`) holding one of the words (none of which holds a newline)."""
    find, rfind = text.find, text.rfind
    if len(words) == 1:     # (one word: one match a line; for several, a loop of `find`s measured cheaper)
        return [(max(lo, rfind("\n", 0, m.start()) + 1), m.end()) for m in _rest_of_line(words[0]).finditer(text, lo, hi)]
    first: dict[int, int] = {}     # a line's end -> the first place a word stands in it: its start found once a line
    for word in words:
        at = find(word, lo, hi)
        while at >= 0:
            stop = find("\n", at, hi)
            end = hi if stop < 0 else stop + 1
            if first.get(end, hi) > at:
                first[end] = at
            at = find(word, end, hi)        # the next line holding it
    return [(max(lo, rfind("\n", lo, at) + 1), end) for end, at in sorted(first.items())]


_REST_OF_LINE: dict = {}    # a word -> the regex of it and the rest of its line (`_rest_of_line`)


def _rest_of_line(word: str) -> re.Pattern:
    """The regex of `word` and the rest of its line, newline included: `finditer` gives one match a line holding the
    word, the first, its end the line's (cut at the range's end); `re` skips to the word's first character in C and
    takes the line's rest in one step, where a loop in Python found the word, the line's end and the word again after
    it (`、` on ~40 % of a notice's lines)."""
    pattern = _REST_OF_LINE.get(word)
    if pattern is None:
        pattern = _REST_OF_LINE[word] = regex(re.escape(word) + "[^\n]*\n?")
    return pattern


_MAX_START_CHARS = 400       # a start set larger than this (all ideographs, \w) is no shortcut


@dataclass(frozen=True)
class StartFinder:
    """The positions where a match of a pattern can start: found by `finder`, a match of which at i
    gives the position i + `offset` (1 when it finds the character a leading lookbehind requires);
    `gate`, the same condition as a lookahead to put before the pattern (`gated`, whose class `re` then skips
    to in C: `compile_pattern`), for every start class a match's first character is read from: the gated pattern
    saves a step in Python at each candidate, a generator's resumption and a `match` call, where `re` tries its
    program in C (year_part, a class with digits, 0.060 -> 0.038 ms a notice; run_on_label, whose class
    `[联电咨…]` stands every ~40 characters of a notice, 0.56 -> 0.22 ms a round of the 19 `parse-text` notices;
    event_time_label, local_phone, by_year alike). A class read from before a lookbehind (`offset` 1) keeps its
    finder: its finder checks the character before and after each candidate in one C scan."""
    finder: re.Pattern
    offset: int
    gate: str = ""
    at_start: bool = False      # a match may also start at the text's start (`^` beside the lookbehind)

    def positions(self, text: str, lo: int, hi: int) -> Iterator[int]:
        offset = self.offset
        if self.at_start and lo == 0:
            yield 0
        for m in self.finder.finditer(text, max(lo - offset, 0), hi):
            yield m.start() + offset


def start_finder(pattern: re.Pattern) -> Optional[StartFinder | AnchorFinder]:
    """Where every match of `pattern` can start, when the pattern cannot match the empty string: after
    a character of the class its leading lookbehind ends with (`(?<=[于在])…`), and/or at a character of
    the class every match starts with when that class is small, and/or in a window before an item
    every match holds (`AnchorFinder`) when that item's class is much smaller (not where `re` skips to the start
    class itself: `_re_skips_to_start`); None when none is known. The
    pattern tried only at those positions finds the same matches as `pattern.finditer`. Read from the
    parsed pattern: lookarounds and anchors consume nothing, a group or optional repeat lets the next
    item start the match too."""
    if pattern.flags & re.IGNORECASE:
        return None
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    if parsed.getwidth()[0] == 0:
        return None
    first = _start_class(parsed.data)
    anchor = _anchor(parsed)
    before = _lookbehind_last(parsed.data, multiline=bool(parsed.state.flags & re.MULTILINE))
    if before is not None:      # (`(?m)^`: after each newline, where `re` ran the whole program at every position,
        # signature_line's `(?m)^(?:(?P<title>…` over every notice)
        return _behind(before, first, anchor)
    if first is not None and _re_skips_to_start(parsed):
        return None     # (`re` skips to the class in C: an anchor's windows, walked in Python, cost more, post_name_roll's
        # `、` in 19 texts 2.3 -> 1.3 ms)
    if anchor is not None and (first is None or anchor[0][1] * _RARER <= first[1]):
        (source, _size), nearest, farthest, item = anchor
        before = _lookbehind_last(parsed.data, branches=True, multiline=bool(parsed.state.flags & re.MULTILINE))
        if before is not None and farthest:
            return _behind(before, first, anchor)   # (name_run: `、` 2–4 on, after `：`, `，`, `领导`…, 1.3 -> 0.7 ms a round)
        words = _words([item])
        word = re.compile("|".join(map(re.escape, words))) if words and max(map(len, words)) > 1 else None
        return AnchorFinder(re.compile(f"[{source}]"), nearest, farthest, first and re.compile(f"[{first[0]}]"), word)
    if first is None:
        return None
    return StartFinder(re.compile(f"[{first[0]}]"), 0, f"(?=[{first[0]}])")


def _behind(before: tuple[str, bool], first: Optional[tuple[str, int]], anchor: Optional[tuple]) -> StartFinder:
    """The start finder of a pattern opening with a lookbehind (`_lookbehind_last`): the character before a match, then
    the class a match starts with and the item every match holds a bounded way on (`_anchor`), both checked in C by
    lookaheads where an `AnchorFinder` walks the anchor's windows in Python."""
    ahead = "" if anchor is None or not anchor[2] else f"(?=[\\s\\S]{{{anchor[1]},{anchor[2]}}}[{anchor[0][0]}])"
    return StartFinder(re.compile(f"[{before[0]}]" + (f"(?=[{first[0]}])" if first else "") + ahead), 1,
                       at_start=before[1])


def gated(pattern: re.Pattern, gate: str) -> Optional[re.Pattern]:
    """The pattern behind its start finder's gate (`(?=[年月日])(?:…)`, `(?<=[于在])(?:…)`): the same matches, groups
    and group names from `finditer` (the gate holds wherever a match starts), found in C. `re` tries a pattern that
    opens with a group, a repeat or a lookbehind at every position with its whole program; behind the gate, most
    positions fail at the first step (`time_label`'s requirement: 0.10 -> 0.035 ms a notice), and no step per
    candidate is taken in Python. None where there is no gate (or the pattern cannot be wrapped: global flags)."""
    if not gate or pattern.flags & re.VERBOSE:
        return None
    try:
        return compile_pattern(_gated_source(gate, pattern.pattern), pattern.flags)
    except re.error:
        return None


def _gated_source(gate: str, source: str) -> str:
    return f"{gate}(?:{source})"


def trie_source(words) -> str:
    """Literal words as one pattern nested by their shared beginnings (`中心(?:小学|组)?`): at a position `re` follows
    only the words that start there, where an alternation tries every word in turn. The words that match at a
    position are each a beginning of the longest: tried longest first, as an alternation of the words written
    longest first, so either pattern matches alike wherever it stands."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:%s)" % "|".join(branches)
        return "(?:%s)?" % body if "" in node else body
    return build(trie)


_BUILT: dict = {}       # source -> the pattern built from its kept program: one a source, as `re.compile`'s cache gives
                        # one, so that rules of the same `requires` share what is kept by its id (`required_lines`)


def _built(source: Optional[str], program: Optional[tuple]) -> Optional[re.Pattern]:
    """A rule's pattern (None for none): from its kept program, else compiled."""
    if source is None:
        return None
    if program is None:
        return compile_pattern(source)
    pattern = _BUILT.get(source)
    if pattern is None:
        pattern = _BUILT[source] = from_program(source, program)
    return pattern


def compile_pattern(source: str, flags: int = 0) -> re.Pattern:
    """re.compile(source, flags); where the pattern opens with a gate, a lookahead of one class (`(?=[12一二])…`),
    with that class as `re`'s start class. `re` finds a start class only where a pattern opens with a class or
    with literals: behind a gate it runs its whole program at every position of a search, where with the class
    it skips in C to the gate's characters (finditer over a notice ~2x faster). The same pattern: the gate stays
    its first step (match, fullmatch and the groups as before), the start class only lets a search pass over
    positions where the gate fails."""
    pattern = re.compile(source, flags)
    return _with_start_class(pattern) if source.startswith("(?=") else pattern


def _with_start_class(pattern: re.Pattern) -> re.Pattern:
    """The compiled pattern with its gate's class in its info block (see `compile_pattern`); the pattern itself where
    it opens otherwise, `re` found a prefix or class of its own, or a case-blind or bytes pattern, and wherever this
    Python's `re` internals are not the ones read here (the outputs are the same either way, only slower)."""
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.IGNORECASE | re.LOCALE):
        return pattern
    try:
        return _start_class_pattern(pattern) or pattern
    except (AttributeError, IndexError, RuntimeError, TypeError, ValueError):
        return pattern


def _start_class_pattern(pattern: re.Pattern) -> Optional[re.Pattern]:
    """`_with_start_class`'s work on `re`'s internals; None where the pattern keeps `re`'s own info block."""
    program = _start_class_program(pattern.pattern, pattern.flags)
    return None if program is None else _sre.compile(pattern.pattern, *program)


def _start_class_program(source: str, flags: int) -> Optional[tuple]:
    """The program (`pattern_program`) of a pattern opening with a gate, with the gate's class as its start class
    (Python 3.11–3.13's `re._parser`/`re._compiler`; later versions' `_code` gives an object with `code` and
    `repeat_count`, which `_sre.compile` takes last); None where the pattern keeps `re`'s own info block."""
    C = _constants
    parsed = _parser.parse(source, flags)
    ops = parsed.data
    if not ops or ops[0][0] is not C.ASSERT or ops[0][1][0] != 1 or len(ops[0][1][1].data) != 1:
        return None
    op, av = ops[0][1][1].data[0]
    if op is C.LITERAL:
        items = [(op, av)]
    elif op is C.IN and not any(o is C.NEGATE for o, _a in av):
        items = list(av)
    else:
        return None
    compiled = _compiler._code(parsed, flags)
    code = getattr(compiled, "code", compiled)
    if code[0] != C.INFO or code[2] != 0 or code[3] == 0:      # a prefix or class of its own; or empty matches
        return None
    charset, cased = _compiler._optimize_charset(items)
    if cased:
        return None
    if len(charset) == 1 and charset[0][0] is C.LITERAL:
        # one character (`(?=请)`): a prefix of one, which `re` skips to by comparing each character with it, where it
        # would call its class test at each (~50 instructions a character of a notice); its skip 0, the program whole
        # (the gate included) tried at each (as `_compiler._compile_info` writes a prefix, its overlap table [0])
        info = [C.INFO, 0, C.SRE_INFO_PREFIX, code[3], code[4], 1, 0, charset[0][1], 0]
    else:
        info = [C.INFO, 0, C.SRE_INFO_CHARSET, code[3], code[4]]   # as `_compiler._compile_info` writes a start class
        _compiler._compile_charset(charset, flags, info)
    info[1] = len(info) - 1
    return _program(parsed, flags, compiled, info + code[1 + code[1]:])


def _program(parsed, flags: int, compiled, code: list) -> tuple:
    """What `_sre.compile` takes after a pattern's source (as `re._compiler.compile` gives it): the flags, the program
    `code`, the groups and their names; `compiled` is what `_compiler._code` gave (its `repeat_count`, where it has
    one, goes last)."""
    indexgroup = [None] * parsed.state.groups
    for name, i in parsed.state.groupdict.items():
        indexgroup[i] = name
    repeat_count = (compiled.repeat_count,) if hasattr(compiled, "repeat_count") else ()
    return (flags | parsed.state.flags, code, parsed.state.groups - 1, dict(parsed.state.groupdict), tuple(indexgroup),
            *repeat_count)


def pattern_program(source: str, flags: int = 0, plain: bool = False) -> Optional[tuple]:
    """What `compile_pattern(source, flags)` is built from (`_program`, its code as the bytes of 32-bit words: ~400 k
    words for deadlines.yaml, which marshal would read as as many integers), kept with a rule file so that a later
    process builds each pattern (`from_program`, in C) without `re`'s parser and compiler, which run in Python
    (~0.6 ms a rule pattern; a notice's first parse compiles ~150). None where the pattern so built is not the very
    one `compile_pattern` gives (the same program, flags, groups and group names): another Python's `re` internals.
    `plain`: the program of `re.compile(source, flags)` itself (`regex`)."""
    try:
        pattern = re.compile(source, flags) if plain else compile_pattern(source, flags)
        program = None
        if not plain and source.startswith("(?=") and not pattern.flags & (re.IGNORECASE | re.LOCALE):
            program = _start_class_program(source, pattern.flags)
        if program is None:
            parsed = _parser.parse(source, flags)
            compiled = _compiler._code(parsed, flags)
            program = _program(parsed, flags, compiled, getattr(compiled, "code", compiled))
        program = (program[0], array.array("I", program[1]).tobytes(), *program[2:])
        built = from_program(source, program)
    except (re.error, AttributeError, IndexError, OverflowError, RuntimeError, TypeError, ValueError):
        return None
    same = built == pattern and built.groups == pattern.groups and built.groupindex == pattern.groupindex
    return program if same else None


def from_program(source: str, program: tuple) -> re.Pattern:
    """The pattern `pattern_program(source)` gave the program of."""
    flags, code, *groups = program
    return _sre.compile(source, flags, array.array("I", code).tolist(), *groups)


def _re_skips_to_start(parsed) -> bool:
    """`re` itself skips to where a match can start (in C): the pattern opens, in its groups, with a literal, a
    class or an alternation of literals (what `re` makes its search prefix or start class of). A start finder
    would only add a step in Python per candidate (`每`, `由`, `《`, `联系人|联络人`)."""
    C = _constants
    ops = parsed.data
    while ops and ops[0][0] is C.SUBPATTERN and not ops[0][1][1] and not ops[0][1][2]:
        ops = ops[0][1][3].data
    if not ops:
        return False
    op, av = ops[0]
    if op is C.LITERAL:
        return True
    if op is C.IN:
        return not any(o is C.NEGATE for o, _a in av)
    return op is C.BRANCH and all(alt.data and alt.data[0][0] is C.LITERAL for alt in av[1])


_MAX_ANCHOR_OFFSET = 48      # how far before its anchor a match may start, at most, for the anchor to be a shortcut
_RARER = 4                   # an anchor is used beside a start class this many times its size (a class's size is
                             # a rough guide to how often it stands: numerals and 年 are as common as digits)


@dataclass(frozen=True)
class AnchorFinder:
    r"""The positions where a match of a pattern can start, found from an item every match holds (the
    anchor: `〔` of `[\u4e00-\u9fff]{2,14}〔…`, `月` of a date) whose character `finder` finds between
    `nearest` and `farthest` characters after the match's start: the window before each anchor, at the
    characters of the class every match starts with (`first`) when that is known. `re` would try
    every position of a text for a pattern that opens with a run of any ideographs. When the anchor is
    one of a few words (`强调|指出|主持|…|要求`), a window is opened only where one of them (`word`) stands,
    not at every character they start with (要 of 主要, 主 of 主任)."""
    finder: re.Pattern
    nearest: int
    farthest: int
    first: Optional[re.Pattern] = None
    word: Optional[re.Pattern] = None

    def positions(self, text: str, lo: int, hi: int) -> Iterator[int]:
        nearest, farthest, first, word, after = self.nearest, self.farthest, self.first, self.word, lo
        for m in self.finder.finditer(text, lo + nearest, hi):
            if word is not None and word.match(text, m.start(), hi) is None:
                continue
            start, last = max(m.start() - farthest, after), m.start() - nearest
            if start <= last:
                if first is None:
                    yield from range(start, last + 1)
                else:
                    for f in first.finditer(text, start, last + 1):
                        yield f.start()
                after = last + 1


def finder_spec(finder: Optional[StartFinder | AnchorFinder]) -> Optional[tuple]:
    """A start finder as data (kept with its rule file: finding it parses the pattern again, ~0.4 ms a rule)."""
    if finder is None:
        return None
    if isinstance(finder, StartFinder):
        return ("start", finder.finder.pattern, finder.offset, finder.gate, finder.at_start)
    return ("anchor", finder.finder.pattern, finder.nearest, finder.farthest, finder.first and finder.first.pattern,
            finder.word and finder.word.pattern)


def finder_from(spec: Optional[tuple]) -> Optional[StartFinder | AnchorFinder]:
    if spec is None:
        return None
    if spec[0] == "start":
        return StartFinder(regex(spec[1]), spec[2], spec[3], spec[4])
    return AnchorFinder(regex(spec[1]), spec[2], spec[3], spec[4] and regex(spec[4]), spec[5] and regex(spec[5]))


def _anchor(parsed) -> Optional[tuple[tuple[str, int], int, int, tuple]]:
    """((class source, size), nearest, farthest offset from a match's start, the item) of the item with the
    smallest start class among those every match holds at a bounded offset, in the pattern's
    sequence (groups opened); None if there is none."""
    best, nearest, farthest = None, 0, 0
    for item in _sequence(parsed.data):
        found = _start_class([item])
        if found is not None and (best is None or found[1] < best[0][1]):
            best = (found, nearest, farthest, item)
        low, high = _parser.SubPattern(parsed.state, [item]).getwidth()
        nearest, farthest = nearest + low, farthest + high
        if farthest > _MAX_ANCHOR_OFFSET:
            break
    return best


_MAX_WORDS = 64


def _words(ops, strict: bool = False) -> Optional[list[str]]:
    """Every string a sequence of literals, literal classes and alternations of them matches (`强调|指出`,
    `[省市]政府`; a lookaround or anchor in it is left out: what it matches starts with one of the strings; with
    `strict`, None: it matches exactly where one of the strings stands), None if it holds anything else or more
    than _MAX_WORDS strings."""
    C = _constants
    words = [""]
    for op, av in ops:
        if op is C.LITERAL:
            tails = [chr(av)]
        elif op is C.IN and all(o is C.LITERAL for o, _a in av):
            tails = [chr(a) for _o, a in av]
        elif op is C.SUBPATTERN and not av[1] and not av[2]:
            tails = _words(av[3].data, strict)
        elif op in (C.ASSERT, C.ASSERT_NOT, C.AT) and not strict:
            tails = [""]        # consumes nothing: the words are then more than the item matches, never fewer
        elif op is C.BRANCH:
            alts = [_words(alt.data, strict) for alt in av[1]]
            tails = None if any(a is None for a in alts) else [w for a in alts for w in a]
        else:
            return None
        if tails is None or len(words) * len(tails) > _MAX_WORDS:
            return None
        words = [w + t for w in words for t in tails]
    return words


_MAX_NEED_CLASS = 12         # a class or set of more words than this (digits, numerals) tells too little to look for
_MAX_NEED_SETS = 4           # the smallest sets kept: each is counted in a text before a scan


def needed_words(pattern: re.Pattern) -> tuple[tuple[str, ...], ...]:
    """Sets of words such that every match of `pattern`, with what its lookaheads read, holds a word of each set
    (`date_due`: (月,), (前, 止)): a text, or a range `finditer` is bounded by, holding no word of one of them
    holds no match. Read from the parsed pattern: a run of literals is a word, a small class of literals a set of
    one-character words, an alternation the union of one set of each branch; what a lookbehind reads may lie
    before the range and is left out, as is every optional item."""
    if pattern.flags & re.IGNORECASE:
        return ()
    sets = {tuple(sorted(_shortest(words))) for words in _needs(_parser.parse(pattern.pattern, pattern.flags).data)}
    return tuple(sorted((words for words in sets if len(words) <= _MAX_NEED_CLASS), key=lambda ws: (len(ws), ws))
                 )[:_MAX_NEED_SETS]


def _needs(ops) -> list[frozenset[str]]:
    """The word sets of a sequence (`needed_words`): its runs of literals and what each other item needs."""
    C = _constants
    found: list[frozenset[str]] = []
    run = ""
    for op, av in ops:
        if op is C.LITERAL:
            run += chr(av)
            continue
        if run:
            found.append(frozenset([run]))
            run = ""
        found += _item_needs(op, av)
    if run:
        found.append(frozenset([run]))
    return found


def _item_needs(op, av) -> list[frozenset[str]]:
    C = _constants
    if op is C.IN:
        chars = []
        for o, a in av:
            if o is C.LITERAL:
                chars.append(chr(a))
            elif o is C.RANGE and a[1] - a[0] < _MAX_NEED_CLASS:
                chars += map(chr, range(a[0], a[1] + 1))
            else:
                return []
        return [frozenset(chars)] if len(chars) <= _MAX_NEED_CLASS else []
    if op is C.SUBPATTERN:
        return [] if av[1] & re.IGNORECASE else _needs(av[3].data)
    if op is C.ATOMIC_GROUP:
        return _needs(av.data)
    if op is C.ASSERT and av[0] == 1:           # a lookahead reads within the range too
        return _needs(av[1].data)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        return _needs(av[2].data) if av[0] >= 1 else []
    if op is C.BRANCH:
        branches = [_needs(alt.data) for alt in av[1]]
        if not all(branches):
            return []
        return [_shortest(frozenset().union(*(min(b, key=lambda ws: (len(ws), -min(map(len, ws)))) for b in branches)))]
    return []


def _shortest(words: frozenset[str]) -> frozenset[str]:
    """The words of a set no other word of which they hold (之前 goes where 前 is: a text holding 之前 holds 前)."""
    return frozenset(w for w in words if not any(v != w and v in w for v in words))


def _sequence(ops) -> Iterator[tuple]:
    """The items of a sequence, a group's items in its place (a group matches where its items do)."""
    for op, av in ops:
        if op is _constants.SUBPATTERN and not av[1] and not av[2]:
            yield from _sequence(av[3].data)
        else:
            yield op, av


def _first_class(parsed) -> Optional[str]:
    """The class (regex source) every match of a parsed pattern starts with, if it is small; else None."""
    found = _start_class(parsed.data)
    return None if found is None else found[0]


def _start_class(ops) -> Optional[tuple[str, int]]:
    """(class source, number of characters) every match of a sequence starts with, if it is small."""
    try:
        items, nullable = _first(ops)
    except _NoShortcut:
        return None
    size = sum(_class_size(op, av) for op, av in items)
    if nullable or not items or size > _MAX_START_CHARS:
        return None
    return "".join(_class_source(op, av) for op, av in items), size


class EdgeCharIndex:
    """Which of a list of patterns may match a text at its start (`pattern.match(text)`), by the text's
    first character and, for a pattern that must match to the text's end (`…$`), its last: a line is tried
    only against those (one that opens with 一、 not against 附件：…, one that ends in 。 not against the
    rules of a line ending in 印发, 文件 or a date: ~12 element rules a line of rules/structure.yaml -> ~3.4)."""
    _MAX_KEPT = 4096        # (first, last) characters remembered

    def __init__(self, patterns: list[Optional[re.Pattern]], edges: Optional[list[tuple]] = None):
        """`edges`: each pattern's `edge_classes`, where known (a rule's, kept with its file)."""
        self._patterns = patterns
        self._classes = [tuple(None if c is None else regex(f"[{c}]") for c in pair)
                         for pair in (map(edge_classes, patterns) if edges is None else edges)]
        self._by_edges: dict[tuple[str, str], tuple[int, ...]] = {}

    def candidates(self, text: str) -> tuple[int, ...]:
        """The indexes of the patterns that may match `text` at its start, in order. (A text ending in a newline
        is not looked up by its last character: `$` also matches before that newline.)"""
        edges = text[:1], "" if text.endswith("\n") else text[-1:]
        found = self._by_edges.get(edges)
        if found is None:
            first, last = edges
            found = tuple(i for i, (p, (f, e)) in enumerate(zip(self._patterns, self._classes))
                          if p is not None and (not first or f is None or f.match(first))
                          and (not last or e is None or e.match(last)))
            if len(self._by_edges) < self._MAX_KEPT:
                self._by_edges[edges] = found
        return found


def edge_classes(pattern: Optional[re.Pattern]) -> tuple[Optional[str], Optional[str]]:
    """The classes (regex sources) every match of a pattern starts with (`_first_class`) and, matching to the text's
    end, ends with (`_last_class`); None for each not known."""
    if pattern is None:
        return None, None
    first = None if pattern.flags & re.IGNORECASE else _first_class(_parser.parse(pattern.pattern, pattern.flags))
    return first, _last_class(pattern)


def _last_class(pattern: re.Pattern) -> Optional[str]:
    """The class (regex source) every match of a pattern ends with, where the pattern ends in `$` (or `\\Z`): the last
    character of a text it matches to its end (or of the text before a final newline); None where that is not so or
    the class is not small (a pattern that may match nothing, ends on `.` or on any ideograph)."""
    C = _constants
    if pattern.flags & (re.IGNORECASE | re.MULTILINE):
        return None
    ops = list(_parser.parse(pattern.pattern, pattern.flags).data)
    if not ops or ops[-1] not in ((C.AT, C.AT_END), (C.AT, C.AT_END_STRING)):
        return None
    try:
        items, nullable = _last(ops)
    except _NoShortcut:
        return None
    if nullable or not items or sum(_class_size(op, av) for op, av in items) > _MAX_START_CHARS:
        return None
    return "".join(_class_source(op, av) for op, av in items)


def _lookbehind_last(ops, branches: bool = False, multiline: bool = False) -> Optional[tuple[str, bool]]:
    """(the class (regex source) of the last character of the lookbehind a pattern opens with, i.e. of the character
    just before every match, whether a match may also start at the text's start): the lookbehind alone, or with
    `branches` a group of branches each a lookbehind or `^` (`(?:(?<=[：:\\n，,])|(?<=领导)|^)`, people's name_run: the
    class of their last characters); None if the pattern opens otherwise or such a character is no class."""
    C = _constants
    if branches and ops and ops[0][0] is C.BRANCH:      # (a group without a name is no item of its own)
        items = ops[0][1][1]
    elif ops:
        items = [_parser.SubPattern(None, [ops[0]])]
    else:
        return None
    classes, at_start = [], False
    for branch in items:
        if len(branch.data) != 1:
            return None
        op, av = branch.data[0]
        if op is C.AT and av is C.AT_BEGINNING:
            at_start = True
            if multiline:           # (`^` after every newline too)
                classes.append("\\n")
            continue
        if op is not C.ASSERT or av[0] != -1 or not av[1].data:
            return None
        op, av = list(av[1].data)[-1]
        if op is C.LITERAL:
            classes.append(_class_source(op, av))
        elif op is C.IN and not any(o is C.NEGATE or (o is C.CATEGORY and a is not C.CATEGORY_DIGIT) for o, a in av):
            classes.append("".join(_class_source(o, a) for o, a in av))
        else:
            return None
    return ("".join(classes), at_start) if classes else None


class _NoShortcut(Exception):
    """The pattern opens with something a start class cannot describe (., [^…], a back-reference)."""


def _first(ops) -> tuple[list, bool]:
    """(class items a match of this sequence can start with, whether it can match the empty string)."""
    C = _constants
    items: list = []
    for op, av in ops:
        if op is C.LITERAL:
            return items + [(op, av)], False
        if op is C.IN:
            if any(o is C.NEGATE or (o is C.CATEGORY and a is not C.CATEGORY_DIGIT) for o, a in av):
                raise _NoShortcut
            return items + list(av), False
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue                                   # consumes nothing
        if op is C.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                raise _NoShortcut
            sub, nullable = _first(av[3].data)
        elif op is C.ATOMIC_GROUP:
            sub, nullable = _first(av.data)
        elif op is C.BRANCH:
            firsts = [_first(alt.data) for alt in av[1]]
            sub, nullable = [i for f, _ in firsts for i in f], any(n for _, n in firsts)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            sub, nullable = _first(av[2].data)
            nullable = nullable or av[0] == 0
        else:
            raise _NoShortcut                          # ANY, NOT_LITERAL, GROUPREF, conditionals…
        items += sub
        if not nullable:
            return items, False
    return items, True


def _last(ops) -> tuple[list, bool]:
    """(class items a match of this sequence can end with, whether it can match the empty string): `_first`, read
    from the sequence's end."""
    C = _constants
    items: list = []
    for op, av in reversed(ops):
        if op is C.LITERAL:
            return items + [(op, av)], False
        if op is C.IN:
            if any(o is C.NEGATE or (o is C.CATEGORY and a is not C.CATEGORY_DIGIT) for o, a in av):
                raise _NoShortcut
            return items + list(av), False
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue                                   # consumes nothing
        if op is C.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                raise _NoShortcut
            sub, nullable = _last(av[3].data)
        elif op is C.ATOMIC_GROUP:
            sub, nullable = _last(av.data)
        elif op is C.BRANCH:
            lasts = [_last(alt.data) for alt in av[1]]
            sub, nullable = [i for f, _ in lasts for i in f], any(n for _, n in lasts)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            sub, nullable = _last(av[2].data)
            nullable = nullable or av[0] == 0
        else:
            raise _NoShortcut                          # ANY, NOT_LITERAL, GROUPREF, conditionals…
        items += sub
        if not nullable:
            return items, False
    return items, True


def _class_size(op, av) -> int:
    if op is _constants.RANGE:
        return av[1] - av[0] + 1
    return 10 if op is _constants.CATEGORY else 1       # \d: the ten digits (others are rare in a notice)


def _class_source(op, av) -> str:
    if op is _constants.LITERAL:
        return re.escape(chr(av))
    if op is _constants.RANGE:
        return f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
    return r"\d"


@dataclass
class RuleFile:
    dimension: str
    module: str                         # the module whose run_snippet runs the examples
    version: int
    path: Path
    vars: dict[str, str]
    lexicon: dict[str, Any]
    rules: list[Rule]
    _expanded: dict = field(default_factory=dict, init=False, repr=False, compare=False)   # pattern -> expand()
    derived: dict = field(default_factory=dict, init=False, repr=False, compare=False)   # what an extractor works out
                                                                # from the file once (its rules grouped, lexicon tuples)

    def rule(self, name: str) -> Rule:
        """The rule of that name (the rules by name, indexed once: extractors look rules up for every unit)."""
        by_name = self.derived.get("rules by name")
        if by_name is None:
            by_name = self.derived["rules by name"] = {r.name: r for r in self.rules}
        return by_name[name]

    def expand(self, pattern: str) -> str:
        """Substitute ${VAR} fragments (recursively) into a pattern (kept: extractors expand theirs per call)."""
        done = self._expanded.get(pattern)
        if done is None:
            done = self._expanded[pattern] = self._expand(pattern)
        return done

    def _expand(self, pattern: str) -> str:
        for _ in range(10):
            new = _VAR.sub(lambda m: self._var(m.group(1)), pattern)
            if new == pattern:
                return new
            pattern = new
        raise RuleError(f"{self.path.name}: vars nest too deep in {pattern!r}")

    def compile(self, pattern: str) -> re.Pattern:
        """`compile_pattern` of the pattern, its vars substituted (from a kept program where it opens with no gate:
        `regex`)."""
        source = self.expand(pattern)
        return compile_pattern(source) if source.startswith("(?=") else regex(source)

    def _var(self, name: str) -> str:
        if name not in self.vars:
            raise RuleError(f"{self.path.name}: unknown var ${{{name}}}")
        return self.vars[name]


@functools.cache
def _line_loader() -> type:
    """A SafeLoader (libyaml's, ten times faster, where PyYAML has it) that records each mapping's line as
    `__line__`. PyYAML is imported only to read a file of which no data is kept (`_kept`)."""
    import yaml

    def construct_mapping(loader, node: yaml.MappingNode) -> dict:
        mapping = loader.construct_mapping(node, deep=True)
        mapping["__line__"] = node.start_mark.line + 1
        return mapping

    loader = type("_LineLoader", (getattr(yaml, "CSafeLoader", yaml.SafeLoader),), {})
    loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    return loader


@functools.cache
def _yaml_build() -> str:
    """The PyYAML installed, without importing it: a hash of its package file (which holds its version) and its
    libyaml module's name, the same for every venv or path the same PyYAML is reached by."""
    import importlib.util
    spec = importlib.util.find_spec("yaml")
    if spec is None or spec.origin is None:
        return "no yaml"
    package = Path(spec.origin)
    cyaml = sorted(p.name for p in package.parent.glob("_yaml*"))
    return f"{hashlib.blake2b(package.read_bytes(), digest_size=16).hexdigest()}:{cyaml}"


def _strip_lines(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_lines(v) for k, v in value.items() if k != "__line__"}
    if isinstance(value, list):
        return [_strip_lines(v) for v in value]
    return value


def _example(raw: Any, where: str) -> Example:
    if isinstance(raw, str):
        return Example(text=raw)
    if isinstance(raw, dict) and isinstance(raw.get("text"), str):
        raw = _strip_lines(raw)
        return Example(text=raw["text"], expect=raw.get("expect") or {}, context=raw.get("context") or {})
    raise RuleError(f"{where}: an example is a string or a mapping with 'text'")


def _checked(rf: RuleFile, raw: dict, key: str, where: str,
             compile_now: bool) -> tuple[Optional[str], Optional[re.Pattern]]:
    """A rule's regex field (`pattern`, `requires`) with the file's vars substituted (None if absent), and
    with `compile_now` compiled (a bad one raises RuleError)."""
    if raw.get(key) is None:
        return None, None
    try:
        source = rf.expand(str(raw[key]))
        return source, compile_pattern(source) if compile_now else None
    except (re.error, RuleError) as e:
        raise RuleError(f"{where}: bad {key}: {e}") from None


CACHE_DIR = ".cache"


@functools.cache
def _loader_build() -> str:
    """A hash of this module's source: the loader and the start finders kept with a file (a change to either
    makes every kept file stale, with no version number to remember to raise)."""
    return hashlib.blake2b(Path(__file__).read_bytes(), digest_size=16).hexdigest()


def _cache_key(text: str) -> bytes:
    """What a kept file's data was read and checked with: its text, this Python (its `re`), PyYAML and the loader."""
    h = hashlib.blake2b(text.encode("utf-8"), digest_size=20)
    h.update(f"|{sys.version}|{_yaml_build()}|{_loader_build()}".encode())
    return h.hexdigest().encode("ascii")


def _kept_path(path: Path) -> Path:
    return path.parent / CACHE_DIR / f"{path.name}.marshal"


def _kept_head(key: bytes, body: bytes) -> bytes:
    """A kept file's first line: the key of the text it was read from and the CRC-32 of the data after it (0.7 ms for
    all files), so that data damaged on disk (a program's code words: marshal would read them as sound) is read again
    from YAML rather than built into patterns."""
    return b"%s %08x\n" % (key, zlib.crc32(body))


def _kept(path: Path, key: bytes) -> Optional[tuple[dict, list, list, list, list]]:
    """The data kept for a rule file whose text has this key, its rules' start finders (`finder_spec`), needed
    words (`needed_words`), programs (`Rule.programs`) and edge classes (`edge_classes`); None if none is kept, or
    for another text."""
    try:
        with open(_kept_path(path), "rb") as f:
            head, body = f.readline(), f.read()
        if head != _kept_head(key, body):       # another text, or damaged since it was written
            return None
        data, *per_rule = marshal.loads(body)
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return (data, *per_rule) if isinstance(data, dict) and len(per_rule) == 4 and all(
        isinstance(kept, list) for kept in per_rule) else None


def _keep(path: Path, key: bytes, data: dict, rf: RuleFile) -> None:
    """Keep a sound rule file's data and what `_kept` gives for its rules (`_kept_rules`, worked out only where it can
    be kept: ~0.4 s for all files) beside it, written whole or not at all; nothing where that folder cannot be written
    (an installed package) or the data holds values marshal cannot keep (dates)."""
    target = _kept_path(path)
    if not _writable_cache(target):
        return
    try:
        body = marshal.dumps((data, *_kept_rules(rf)))
    except ValueError:
        return
    _write_whole(target, _kept_head(key, body) + body)


def _writable_cache(target: Path) -> bool:
    """Whether the folder of a kept file (`.cache/`) is there or made, and takes files (not an installed package's)."""
    try:
        target.parent.mkdir(exist_ok=True)
    except OSError:
        return False
    return os.access(target.parent, os.W_OK)


def _write_whole(target: Path, data: bytes) -> None:
    """`data` written to `target` whole or not at all (a file beside it, renamed over it); nothing on an error."""
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o644)            # as the rule files beside it, not mkstemp's 0600
        os.replace(tmp, target)
    except OSError:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


PROGRAMS_FILE = "programs.marshal"
_REGEXES: dict = {}                 # (source, flags) -> the pattern `regex` gave: one a source, as `re.compile`'s cache
_programs: Optional[dict] = None    # (source, flags) -> its program as kept (`_kept_programs`), read on first use
_unkept: list = []                  # (source, flags) of the regexes `regex` compiled in this process, no program kept
_MAX_PROGRAMS = 2000                # more kept (lexicons edited again and again): only those this process used are kept


def regex(source: str, flags: int = 0) -> re.Pattern:
    """re.compile(source, flags) for a regex an extractor makes once a process, at import or from a rule file (its
    lexicon, vars, or rules: structure's alternations), ~100 ms of a process's imports and first parse (`re`'s parser and
    compiler run in Python): built from the program kept for it in the rule files' `.cache/programs.marshal` where there
    is one (`from_program`, in C), else compiled, its program kept after the parse (`keep_programs`). Not for a regex
    made from a notice's text: each would be kept."""
    key = (source, int(flags))
    pattern = _REGEXES.get(key)
    if pattern is None:
        program = _kept_programs().get(key)
        if program:
            pattern = from_program(source, program)
        else:
            pattern = re.compile(source, flags)
            if program is None:         # (False: kept as having no program this Python can be trusted with)
                _unkept.append(key)
        _REGEXES[key] = pattern
    return pattern


def _programs_path() -> Path:
    return RULES_DIR / CACHE_DIR / PROGRAMS_FILE


def _programs_key() -> bytes:
    """What kept programs were made with: this Python (its `re`) and this module (the programs' form)."""
    return hashlib.blake2b(f"{sys.version}|{_loader_build()}".encode(), digest_size=20).hexdigest().encode("ascii")


def _kept_programs() -> dict:
    """The programs kept for `regex`; none where none is kept, or was kept by another Python or loader, or damaged."""
    global _programs
    if _programs is None:
        _programs = {}
        try:
            with open(_programs_path(), "rb") as f:
                head, body = f.readline(), f.read()
            if head == _kept_head(_programs_key(), body):
                kept = marshal.loads(body)
                _programs = kept if isinstance(kept, dict) else {}
        except (OSError, EOFError, ValueError, TypeError):
            pass
    return _programs


def keep_programs() -> None:
    """Keep the programs of the regexes `regex` compiled in this process (`pattern_program`) beside those kept: after
    a parse, where the folder takes files; nothing to do in a process that compiled none (each after the first)."""
    global _programs
    if not _unkept:
        return
    keys, _unkept[:] = list(_unkept), []
    target = _programs_path()
    if not _writable_cache(target):
        return
    kept = _kept_programs()
    programs = dict(kept) if len(kept) < _MAX_PROGRAMS else {key: kept[key] for key in _REGEXES if key in kept}
    for source, flags in keys:
        programs[source, flags] = pattern_program(source, flags, plain=True) or False
    try:
        body = marshal.dumps(programs)
    except ValueError:
        return
    _programs = programs
    _write_whole(target, _kept_head(_programs_key(), body) + body)


def parse_rule_file(path: Path) -> RuleFile:
    name = path.name
    text = path.read_text(encoding="utf-8")
    key = _cache_key(text)
    kept = _kept(path, key)
    checked = kept is not None       # this very text was read and compiled whole before, with this Python
    if kept is not None:
        data, starts, needs, programs, edges = kept
    else:
        import yaml
        try:
            data = yaml.load(text, Loader=_line_loader())
        except yaml.YAMLError as e:
            mark = getattr(e, "problem_mark", None)
            line = f" line {mark.line + 1}" if mark else ""
            raise RuleError(f"{name}:{line} not valid YAML: {getattr(e, 'problem', e)}") from None
    rf = _rule_file(path, data, compile_now=not checked)
    if checked and len(starts) == len(needs) == len(programs) == len(edges) == len(rf.rules):
        for rule, spec, words, kept_programs, edge_spec in zip(rf.rules, starts, needs, programs, edges):
            rule.start_spec, rule.need_spec = spec, words
            rule.programs, rule.edge_spec = tuple(kept_programs), tuple(edge_spec)
    elif not checked:
        _keep(path, key, data, rf)
    return rf


def _kept_rules(rf: RuleFile) -> tuple[list, list, list, list]:
    """What is kept for a file's rules (`_kept`): their start finders, needed words, programs and edge classes."""
    starts = [finder_spec(start_finder(r.pattern)) if r.pattern is not None else None for r in rf.rules]
    return (starts, [r.needs for r in rf.rules], [_rule_programs(r, spec) for r, spec in zip(rf.rules, starts)],
            [r.edges for r in rf.rules])


def _rule_programs(rule: Rule, start: Optional[tuple]) -> tuple:
    """The programs to keep for a rule (`Rule.programs`): of its pattern, its requirement and its pattern behind the
    gate of its start finder (`start`, as `finder_spec` gives it); None for each it has not."""
    gate = start[3] if start is not None and start[0] == "start" else ""
    behind = gated(rule.pattern, gate) if gate else None
    return tuple(None if source is None else pattern_program(source, flags) for source, flags in (
        (rule.source, 0), (rule.requires_source, 0), (behind and behind.pattern, behind and behind.flags)))


def _rule_file(path: Path, data: Any, compile_now: bool) -> RuleFile:
    """The rules of a file's data; with `compile_now`, every pattern compiled (a RuleError for a bad one),
    else each compiled on its first use."""
    name = path.name
    if not isinstance(data, dict) or not isinstance(data.get("dimension"), str):
        raise RuleError(f"{name}: line 1: a rule file is a mapping with a 'dimension'")
    vars_ = {k: str(v) for k, v in (_strip_lines(data.get("vars")) or {}).items()}
    rf = RuleFile(dimension=data["dimension"], module=str(data.get("module") or f"extractor.extract.{data['dimension']}"),
                  version=int(data.get("version", 1)), path=path,
                  vars=vars_, lexicon=_strip_lines(data.get("lexicon")) or {}, rules=[])
    seen = set()
    for raw in data.get("rules") or []:
        line = raw.get("__line__", 0) if isinstance(raw, dict) else 0
        rname = raw.get("name") if isinstance(raw, dict) else None
        where = f"{name}: rule {rname!r} (line {line})"
        if not isinstance(rname, str) or not rname:
            raise RuleError(f"{name}: line {line}: a rule needs a 'name'")
        if rname in seen:
            raise RuleError(f"{where}: duplicate rule name")
        seen.add(rname)
        (pattern, compiled), (requires, compiled_requires) = (_checked(rf, raw, key, where, compile_now)
                                                                for key in ("pattern", "requires"))
        examples = [_example(x, where) for x in raw.get("examples") or []]
        reject = [_example(x, where) for x in raw.get("reject") or []]
        if not examples:
            raise RuleError(f"{where}: a rule needs at least one example it must match")
        fields = {k: _strip_lines(v) for k, v in raw.items()
                  if k not in {"name", "pattern", "requires", "examples", "reject", "__line__"}}
        rule = Rule(rname, pattern, fields, examples, reject, name, line, requires)
        if compile_now:             # compiled to check them: kept (cached_property's own slots)
            rule.__dict__.update(pattern=compiled, requires=compiled_requires)
        rf.rules.append(rule)
    return rf


@functools.cache
def load_rules(dimension: str) -> RuleFile:
    """The rule file for one dimension (`rules/<dimension>.yaml`), loaded once per process."""
    path = RULES_DIR / f"{dimension}.yaml"
    if not path.exists():
        raise RuleError(f"{path.name}: no rule file for dimension {dimension!r} in {RULES_DIR}")
    rf = parse_rule_file(path)
    if rf.dimension != dimension:
        raise RuleError(f"{path.name}: line 1: says dimension {rf.dimension!r}, expected {dimension!r}")
    return rf


@functools.cache
def lexicon_set(dimension: str, key: str) -> frozenset:
    """A list of a rule file's lexicon as a set, made once per process (deadlines' `time_headers`, which the text
    reader's tables and the responsibilities' task column both read)."""
    return frozenset(load_rules(dimension).lexicon[key])


def all_rule_files() -> list[RuleFile]:
    return [load_rules(p.stem) for p in sorted(RULES_DIR.glob("*.yaml"))]
