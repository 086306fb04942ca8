"""Targets: percentage and per-mille figures stated as goals, quotas or limits.

Every `%`/`‰` figure in the body (and `百分之八十`) is a candidate. Its operator comes from
a comparison sign before it (`≥90%`), a word right after it (`以上`, `以内`), or the nearest
operator word earlier in its clause (`达到`, `不超过`), else `=`. A figure is dropped when
it only counts other targets (`6个100%`) or its clause reports a past result (`同比增长5%`).
In a table the clause is the cell, the metric is the column header and the subject the
row's first cell.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Optional

from ..document import Block, Cell, Notice
from ..models import Target
from ..numerals import cn_to_float
from ..rules import Rule, load_rules, regex, run_end, run_start
from ..structure import in_past_part
from . import Found, snippet_notice

_CJK = regex(r"[\u3400-\u9fff]")
_QUOTES = "“”\"‘’「」"
_METRIC_STOP = set("的将由使把对和与及为在了是其")
_METRIC_MAX = 12
_OPENING_YEAR = regex(r"(?:在|截至|截止|自)?((?:19|20)\d{2})年")


@dataclass
class _Figure:
    """One figure found by a rule: where it is, its value and unit, and a fixed operator if any."""
    start: int
    end: int
    value: float
    unit: str
    rule: str
    op: Optional[str] = None
    text_start: Optional[int] = None    # where the expression begins, if before the figure (a range)

    @property
    def lo(self) -> int:
        return self.start if self.text_start is None else self.text_start


def _lexicon():
    return load_rules("targets").lexicon


@functools.cache
def _word_re(table: str) -> tuple[re.Pattern, dict[str, Optional[str]]]:
    """One alternation of a lexicon operator table, longest word first (`不低于` before `低于`);
    the neutral words hold their characters without giving an operator (`达标` is not `达`)."""
    ops = {w: op for op, words in _lexicon()[table].items() for w in words}
    ops.update({w: None for w in _lexicon()["op_neutral"] if table == "op_before"})
    return regex("|".join(re.escape(w) for w in sorted(ops, key=len, reverse=True))), ops


def _figures(text: str, rule: Rule) -> list[_Figure]:
    out = []
    for m in rule.finditer(text):
        if rule.name == "range":
            unit = m.group("unit").replace("％", "%")
            out.append(_Figure(m.start("lo"), m.end("lo"), float(m.group("lo")), unit, rule.name, ">=", m.start()))
            out.append(_Figure(m.start("hi"), m.end(), float(m.group("hi")), unit, rule.name, "<=", m.start()))
        elif rule.name == "chinese":
            value = cn_to_float(m.group("cn"))
            if value is not None:
                unit = "‰" if m.group("unit") == "千分之" else "%"
                out.append(_Figure(m.start(), m.end(), value, unit, rule.name))
        else:
            sym = (m.group("sym") or "").strip(_QUOTES + " ")
            op = _word_re("op_symbols")[1].get(sym)
            out.append(_Figure(m.start(), m.end(), float(m.group("value")), m.group("unit").replace("％", "%"),
                               rule.name, op))
    return out


def _clause_start(text: str, pos: int, floor: int, breaks_key: str = "clause_breaks") -> int:
    """Where the clause (or sentence) holding `pos` begins: after the last break, not before `floor`."""
    return run_start(text, _lexicon()[breaks_key], pos, floor)


def _op_after(text: str, end: int) -> tuple[Optional[str], int]:
    """The operator of a word right after the figure (`以上`), and where that word ends."""
    pattern, ops = _word_re("op_after")
    m = pattern.match(text, end + len(text[end:end + 2]) - len(text[end:end + 2].lstrip(_QUOTES)))
    return (ops[m.group()], m.end()) if m else (None, end)


def _op_before(clause: str) -> tuple[Optional[str], int]:
    """The operator of the last operator word in `clause`, and where that word starts (-1 if none)."""
    pattern, ops = _word_re("op_before")
    last = None
    for m in pattern.finditer(clause):
        if ops[m.group()]:
            last = m
    return (ops[last.group()], last.start()) if last else (None, -1)


@functools.cache
def _lexicon_pattern(key: str) -> re.Pattern:
    """A pattern of the lexicon (`counted_whole`, `achieved_amount`, `ranking`, `forecast`, `outcome_after`), its vars
    substituted, compiled once a process."""
    return load_rules("targets").compile(_lexicon()[key])


def _is_past(sentence: str, clause: str, rest: str, year: Optional[int]) -> bool:
    """A past cue in the sentence so far, a whole of past cases counted before its shares (`counted_whole`), an amount
    done (`achieved_amount`), a ranking of the commonest kinds (`ranking`), a survey's answer after the figure in the
    `rest` of its sentence (`reported_after`), a forecast (`forecast`: `预期可`) or an outcome its noun got right after
    it (`outcome_after`), or a year before the notice's opening the sentence (`2022年，全省…合格率为97.8%`), and no goal word in the figure's own
    clause."""
    lex = _lexicon()
    opening = _OPENING_YEAR.match(sentence)
    past = any(c in sentence for c in lex["past_cues"]) or any(c in rest for c in lex["reported_after"]) or \
        _lexicon_pattern("outcome_after").match(rest) is not None or \
        any(_lexicon_pattern(key).search(sentence) for key in ("counted_whole", "achieved_amount", "ranking", "forecast")) or \
        (year is not None and opening is not None and int(opening.group(1)) < year)
    return past and not any(c in clause for c in lex["goal_cues"])


def _tested_result(text: str, clause_from: int, fig) -> bool:
    """A pass rate (`tested_rates`) in the figure's clause with the samples tested (`tested_samples`) near it: a
    result."""
    lex = _lexicon()
    if not any(w in text[clause_from:fig.end] for w in lex["tested_rates"]):
        return False
    w = int(lex["tested_window"])
    return lex["tested_samples"] in text[max(0, fig.start - w):fig.end + w]


def _score_weight(before: str, clause: str) -> bool:
    """A share a score, vote or review counts for (`民眾票選(佔40%)`, `笔试成绩占60%`: `score_weight`), with no goal word in
    the figure's clause."""
    return _lexicon_pattern("score_weight").search(before) is not None and \
        not any(c in clause for c in _lexicon()["goal_cues"])


def _overdone(before: str, clause: str, fig: _Figure) -> bool:
    """A completion above the whole (`任务完成率129%`, `完成预期目标的106%`: `overdone_before`), stated plainly (no operator
    sign) with no goal word (`overdone_goal_cues`) in the figure's clause: a quota exceeded, a result."""
    lex = _lexicon()
    return fig.unit == "%" and fig.value > float(lex["overdone_above"]) and fig.op is None and \
        _lexicon_pattern("overdone_before").search(before) is not None and \
        not any(c in clause for c in lex["overdone_goal_cues"])


def _sentence_end(text: str, pos: int, ceiling: int) -> int:
    """Where the sentence holding `pos` ends: at the next sentence break, not after `ceiling`."""
    return run_end(text, _lexicon()["sentence_breaks"], pos, ceiling)


def _metric(text: str, start: int, end: int) -> tuple[Optional[str], int]:
    """The measured quantity ending in a metric word (`合格率`, `“双认证”比例`) in text[start:end]."""
    seg = text[start:end]
    best = max(((seg.rfind(s), s) for s in _metric_suffixes()), key=lambda p: p[0] + len(p[1]) if p[0] >= 0 else -1)
    i, suffix = best
    if i < 0:
        return None, end
    j = i
    while j > 0 and i + len(suffix) - j < _METRIC_MAX:
        ch = seg[j - 1]
        if ch == "”":
            k = seg.rfind("“", 0, j - 1)
            if k >= 0 and j - k <= _METRIC_MAX:
                j = k
            break
        if not _CJK.match(ch) or ch in _METRIC_STOP:
            break
        j -= 1
    metric = "".join(c for c in seg[j:i + len(suffix)] if c not in _QUOTES)
    return (metric or None), start + j


@functools.cache
def _metric_suffixes() -> tuple[str, ...]:
    return tuple(sorted(_lexicon()["metric_suffixes"], key=len, reverse=True))


def _table_cell(notice: Notice, offset: int) -> Optional[tuple[Block, int, int, Cell]]:
    """The table cell holding `offset`: its block, row, column and cell. A row's cells stand in text order, so only
    the row whose span holds `offset` has its cells walked (a figure deep in a table of figures walked every cell
    before it: ~1,000 opcodes a call)."""
    block = notice.doc.block_at(offset)
    if block is None or block.kind != "table" or not block.rows:
        return None
    for r, row in enumerate(block.rows):
        if row and row[0].start <= offset < row[-1].end:
            for c, cell in enumerate(row):
                if cell.start <= offset < cell.end:
                    return block, r, c, cell
    return None


def _header(block: Block, r: int, c: int, with_figure: list[bool]) -> Optional[str]:
    """The nearest non-empty cell above (r, c) in a header row (a row with no figure: `with_figure` says which rows
    hold one)."""
    for k in range(r - 1, -1, -1):
        row = block.rows[k]
        if with_figure[k]:
            continue
        if c < len(row) and row[c].text.strip():
            return row[c].text.strip()
    return None


def _goal_column(header: Optional[str]) -> bool:
    """A table column whose header names its cells goals (`目标任务`, blind58 dp_03's `完成“一村一块田”改革试验20万亩,全县土地流转率
    达60%。`; `2022年预期目标`, blind8 br_09's 分解表): an amount 完成 there is to be done, not done (achieved_amount)."""
    return bool(header) and "目标" in header


def _rows_with_figure(block: Block, figure_re: re.Pattern, known: dict[int, list[bool]]) -> list[bool]:
    """Which rows of a table hold a figure, found once a table (every figure of a table of figures asks for the rows
    above it: the rows times the figures, 2 ms of seeds 001's parse)."""
    rows = known.get(block.start)
    if rows is None:
        rows = known[block.start] = [any(figure_re.search(x.text) for x in row) for row in block.rows]
    return rows


def _target(notice: Notice, fig: _Figure, figure_re: re.Pattern, figure_rows: dict[int, list[bool]]) -> Optional[Target]:
    text = notice.text
    cell = _table_cell(notice, fig.start)
    floor = cell[3].start if cell else 0
    ceiling = cell[3].end if cell else len(text)
    clause_from = _clause_start(text, fig.lo, floor)
    if re.search(_lexicon()["counter_before"], text[clause_from:fig.start].rstrip()):
        return None
    clause = text[clause_from:_op_after(text, fig.end)[1]]
    if _score_weight(text[clause_from:fig.start], clause) or _overdone(text[clause_from:fig.start], clause, fig):
        return None
    end = fig.end
    op = fig.op
    after_op, after_end = _op_after(text, fig.end)
    clause_to = after_end
    word_op, word_at = _op_before(text[clause_from:fig.lo])
    sentence_from = _clause_start(text, clause_from, floor, "sentence_breaks")
    rest = text[clause_to:_sentence_end(text, clause_to, ceiling)]
    header = _header(cell[0], cell[1], cell[2], _rows_with_figure(cell[0], figure_re, figure_rows)) if cell else None
    if not _goal_column(header) and _is_past(text[sentence_from:clause_to], text[clause_from:clause_to], rest, notice.year) \
            or in_past_part(notice, fig.start) or _tested_result(text, clause_from, fig):
        return None
    if op is None:
        op, end = (after_op, after_end) if after_op else (word_op or "=", fig.end)
    metric_end = clause_from + word_at if word_at >= 0 else fig.lo
    metric, metric_start = _metric(text, clause_from, metric_end)
    subject = None
    if cell:
        block, r, c, _ = cell
        if header and re.search(_lexicon()["status_header"], header):
            return None         # a column of results (`推进情况`)
        metric = header or metric
        first = block.rows[r][0].text.strip()
        subject = first if c > 0 and first and not figure_re.search(first) else None
    start = min(metric_start if metric else fig.lo, fig.lo, clause_from + word_at if word_at >= 0 else fig.lo)
    return Target(value=fig.value, unit=fig.unit, op=op, metric=metric, subject=subject,
                  text=text[start:end], rule=fig.rule, span=notice.doc.span(fig.start, end))


def find_targets(notice: Notice) -> list[Target]:
    rules = load_rules("targets").rules
    figure_re = next(r.pattern for r in rules if r.name == "percent")
    taken: list[tuple[int, int]] = []
    figures = []
    for rule in rules:
        new = []
        for fig in _figures(notice.text, rule):
            if not notice.in_body(fig.start) or any(s < fig.end and fig.lo < e for s, e in taken):
                continue
            new.append(fig)
        figures += new
        taken += [(f.lo, f.end) for f in new]
    figures.sort(key=lambda f: f.start)
    figure_rows: dict[int, list[bool]] = {}     # a table's start -> which of its rows hold a figure
    return [t for t in (_target(notice, f, figure_re, figure_rows) for f in figures) if t is not None]


def extract(notice: Notice, found: Found) -> list[Target]:
    return find_targets(notice)


def run_snippet(text: str, **context) -> list[dict]:
    return [t.model_dump() for t in find_targets(snippet_notice(text, **context))]
