"""Deadlines: when the body says something must be done, or the period it is scheduled in.

The rules (rules/deadlines.yaml) match a time expression with what makes it a deadline;
`extractor.timeexpr` turns the matched groups into days. Here: where rules may match (the
body, a table's time column), which matches to drop (rhythms such as 每年, years in a cited
《title》, past dates), overlaps (the longest match wins), and the year of an expression
that names none: an earlier year in the same paragraph or table row, else the notice's
date (`_year_from_notice`), else the year its title names, else unknown (`--MM-DD`); a
weekday written with the day checks the year taken.
"""
from __future__ import annotations

import heapq
import re
from calendar import monthrange
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Optional

from ..document import Cell, Notice
from ..models import Deadline
from ..numerals import cn_to_int
from ..rules import Rule, RuleFile, load_rules, regex, run_end, run_start, scan
from ..structure import classify_lines, split_outline
from ..timeexpr import (
    Day,
    add_duration,
    add_working_days,
    before_holiday,
    explicit_year,
    period,
    relative_offset,
    schedule_warning,
    schedule_years,
)
from . import Found, body_table_rows, snippet_notice

_CLAUSE_END = "，。；：！？,;:!?\n\t"
_SENTENCE_END = "。；！？;!?\n\t"


@dataclass
class _Match:
    start: int
    end: int
    rule: Rule
    order: int
    groups: dict
    head: Optional[Rule] = None     # a list tail's: the rule of the kept day its list opens with (`_list_tails`)


def extract(notice: Notice, found: Found) -> list[Deadline]:
    rules = load_rules("deadlines")
    kept: list[_Match] = []
    # longest first; between equals, a time column's own rules, then the rule file's order
    for m in sorted(_matches(notice, rules), key=lambda m: (m.start - m.end, m.rule.get("where") != "time_cell",
                                                            m.order, m.start)):
        if all(m.end <= k.start or k.end <= m.start for k in kept):
            kept.append(m)
    kept += _list_tails(notice, kept, rules)
    deadlines = (_deadline(notice, m, rules) for m in sorted(kept, key=lambda m: m.start))
    return [d for d in deadlines if d is not None]


def run_snippet(text: str, date: Optional[str] = None, title: Optional[str] = None) -> list[dict]:
    """Deadlines of a fragment; lines with two or more tabs are read as a table (time columns)."""
    notice = snippet_notice(text, date=date, title=title)
    notice.parts[0].outline = split_outline(notice.doc, lines := classify_lines(notice.doc), 0, len(lines))
    return [d.model_dump() | {"rule": d.rule} for d in extract(notice, Found())]


# --- where rules match -------------------------------------------------------------------

@dataclass(frozen=True)
class _Reading:
    """What the matching reads of the rule file, worked out once per rule file rather than at every notice."""
    # (order in the file, rule, over a time column's cells only, the words of its `not_in_title` lexicon list: the rule
    # does not match in a notice whose title holds one)
    scanned: tuple[tuple[int, Rule, bool, tuple[str, ...]], ...]
    tails: tuple[tuple[int, Rule], ...]             # `where: list_tail`: tried right after a kept match
    not_before: tuple[str, ...]                     # rhythm and past words a date's clause must not hold (每年, 去年)
    past_before: tuple[str, ...]                    # the past words alone (an `instance` rule's bar)
    rhythms: tuple[str, ...]
    shared_adverbials: tuple[str, ...]
    conditions: tuple[str, ...]                     # `exclude_after`
    forecast: re.Pattern                            # a projection's frame (`据测算,`), from `forecast_verbs`


def _reading(rules: RuleFile) -> _Reading:
    reading = rules.derived.get("deadlines")
    if reading is None:
        lx, where = rules.lexicon, [(order, rule, rule.get("where")) for order, rule in enumerate(rules.rules)]
        reading = rules.derived["deadlines"] = _Reading(
            scanned=tuple((o, r, w == "time_cell", tuple(lx[r.get("not_in_title")]) if r.get("not_in_title") else ())
                          for o, r, w in where if w != "list_tail"),
            tails=tuple((o, r) for o, r, w in where if w == "list_tail"),
            not_before=tuple(lx["rhythm_before"] + lx["past_before"]), past_before=tuple(lx["past_before"]),
            rhythms=tuple(lx["rhythm_before"]),
            shared_adverbials=tuple(lx["shared_adverbial"]), conditions=tuple(lx["exclude_after"]),
            forecast=regex(r"(?:据[^，,。；;\n]{0,10}?(?:%s)|(?<![的之])预测)[，,]" % "|".join(lx["forecast_verbs"])))
    return reading


def _matches(notice: Notice, rules: RuleFile) -> list[_Match]:
    """Every admissible match: text rules over the body, time_cell rules over time columns."""
    reading, text = _reading(rules), notice.text
    cells, whole = [(c.start, c.end) for c in _time_cells(notice, rules)], [(0, len(text))]
    subject = _subject_line(notice, rules)
    out = []
    title = notice.meta.title or ""
    for order, rule, in_cells, not_in_title in reading.scanned:
        if not_in_title and any(w in title for w in not_in_title):
            continue
        for lo, hi in cells if in_cells else whole:
            for m in rule.finditer(text, lo, hi):
                if m.end() > m.start() and _admissible(notice, m.start(), reading, subject, rule.get("instance")) \
                        and not _condition_after(text, m.end(), reading) and _under(notice, m.start(), rule, rules) \
                        and _asked(text, m.start(), rule, rules):
                    out.append(_Match(m.start(), m.end(), rule, order, m.groupdict()))
    return out


def _list_tails(notice: Notice, kept: list[_Match], rules: RuleFile) -> list[_Match]:
    """The further days a kept day is listed with (`9月20日、21日、27日、28日`): `list_tail` rules, each tried
    right after the kept match or the tail day before it; a day another match holds ends the list."""
    tails = _reading(rules).tails
    out: list[_Match] = []
    for k in kept:
        end = k.end
        while (hit := _tail_at(notice.text, end, tails)) is not None:
            order, rule, m = hit
            if any(m.start() < o.end and o.start < m.end() for o in kept):
                break
            out.append(_Match(_tail_start(m), m.end(), rule, order, m.groupdict(), head=k.rule))
            end = m.end()
    return out


def _tail_start(m: re.Match) -> int:
    """Where a tail's date starts: its year, month or day, whichever it writes first."""
    groups = m.groupdict()
    return min(m.start(g) for g in ("y", "roc", "m", "d") if groups.get(g))


_TAIL_REACH = 24     # the longest tail: a place, a list word and a full date (`于北场、113年3月14日(星期四)`)


def _tail_at(text: str, at: int, tails: tuple[tuple[int, Rule], ...]) -> Optional[tuple[int, Rule, re.Match]]:
    for order, rule in tails:
        m = next(rule.finditer(text, at, min(len(text), at + _TAIL_REACH)), None)
        if m is not None and m.start() == at:
            return order, rule, m
    return None


def _subject_line(notice: Notice, rules: RuleFile) -> Optional[tuple[int, int]]:
    """Where the notice's title is its subject (主旨) sentence, the request closed by a 期望语 (`subject_closings`) that a
    Taiwan county's bulletin puts in the title's place: its [start, end) in the text, read as body. blind26 cj_09
    `【公告】檢送「…作業要點」1份,請貴校於108年4月15日(星期一)前備妥紙本資料…,請查照`; blind27 ck_11 `【重要急件】請下列學校於10月
    29日下班前送本府「…」核銷資料,敬請配合辦理`. None for a headline or a title that names the notice (`…的通知`)."""
    title = notice.meta.title or ""
    at = notice.text.find(title) if title.endswith(tuple(rules.lexicon["subject_closings"])) else -1
    return (at, at + len(title)) if at >= 0 else None


def _admissible(notice: Notice, start: int, reading: _Reading, subject: Optional[tuple[int, int]] = None,
                instance: bool = False) -> bool:
    """In the body (or the title's subject sentence), not after a rhythm or past word in its clause (每年, 去年), not
    in a sentence framed as a forecast (据测算, 据专家预计, 国家卫计委预测), not in a 《title》. A rule with `instance: true` reads the days a rhythm names for this time: only after a rhythm."""
    if not notice.in_body(start) and not (subject and subject[0] <= start < subject[1]):
        return False
    clause = _clause_before(notice.text, start)
    if instance:
        return any(w in clause for w in reading.rhythms) and not any(w in clause for w in reading.past_before)
    if any(w in clause for w in reading.not_before):
        return False
    if reading.forecast.search(_sentence_before(notice.text, start)):
        return False                # `据测算,…到2020年将有可能达到110万人左右`: a projection's time, not a deadline
    if clause.startswith(reading.shared_adverbials) and \
            any(w in _sentence_before(notice.text, start) for w in reading.rhythms):
        return False                # `每年4月30日前完成登录，并于10月31日前完成查验`: the rhythm holds for both
    return not _in_title_marks(notice, start)


def _under(notice: Notice, start: int, rule: Rule, rules: RuleFile) -> bool:
    """A rule with `under: LEXICON` matches only in a section whose heading holds a word of that lexicon list."""
    words = rule.get("under")
    if not words:
        return True
    node = notice.section_at(start)
    return node is not None and any(w in node.heading for w in rules.lexicon[words])


def _asked(text: str, start: int, rule: Rule, rules: RuleFile) -> bool:
    """A rule with `asked: LEXICON` matches only where its sentence, before the match, holds a word of that lexicon list
    (请, 须, 务必: the time is asked for, not told)."""
    words = rule.get("asked")
    return not words or any(w in _sentence_before(text, start) for w in rules.lexicon[words])


def _sentence_before(text: str, start: int) -> str:
    return text[run_start(text, _SENTENCE_END, start):start]


# (a range's 期间 or 之间 may stand before the condition: `(1982年5月31日至2005年5月31日期间出生)`, the age bounds of 長武縣's
# 招聘 公告, blind71 ec_02; `(2019年9月1日—2020年8月31日期间出生)` of a 幼儿园's 招生 notice, blind61 ds_05)
_CONDITION_LEAD = regex(r"[，,]?\s*(?:期间|之间)?(在[\u4e00-\u9fff]{1,10})?")


def _condition_after(text: str, end: int, reading: _Reading) -> bool:
    """A date that bounds a condition, not an action: `…前出生`, `…前，户籍在…`, `…前在本市出生`."""
    lead = _CONDITION_LEAD.match(text, end)
    words = reading.conditions
    place = lead.start(1) if lead.group(1) else lead.end()
    return any(text.startswith(words, i) for i in range(place, lead.end() + 1))


def _clause_before(text: str, start: int, width: int = 8) -> str:
    """Up to `width` characters before `start`, back to the clause's start."""
    return text[run_start(text, _CLAUSE_END, start, max(0, start - width)):start]


def _in_title_marks(notice: Notice, offset: int) -> bool:
    block = notice.doc.block_at(offset)
    before = notice.text[block.start if block else 0:offset]
    return before.count("《") > before.count("》")


def _time_cells(notice: Notice, rules: RuleFile) -> list[Cell]:
    """The cells of every table's time column (a column under a header such as 时间进度)."""
    headers = set(rules.lexicon["time_headers"])
    rows = body_table_rows(notice, lambda row: next((j for j, c in enumerate(row) if re.sub(r"\s+", "", c.text)
                                                     in headers), None))
    return [row[column] for _block, row, column in rows if column < len(row)]


# --- from a match to a Deadline ------------------------------------------------------------

def _deadline(notice: Notice, m: _Match, rules: RuleFile) -> Optional[Deadline]:
    g = dict(m.groups)
    g["q"] = g.get("q") or g.pop("qq", None)
    if g.get("mon"):                        # an English month (`20 January 2021`); a range's one year is written last
        months = rules.lexicon["english_months"]
        g["m"], g["m2"] = (str(months[w[:3].lower()]) if w else None for w in (g["mon"], g.get("mon2")))
        if g.get("y2") and not g.get("y"):     # `from 28 December to 5 January 2023`: the start's year is the one before
            g["y"] = str(int(g["y2"]) - (int(g["m"]) > int(g["m2"])))
    if g.get("relm"):                       # 本月 / 下月: the month of the notice's date, or the next
        month = _notice_month(notice)
        if month is None:
            return None
        g["m"] = str(month % 12 + 1 if g["relm"] == "下" else month)
    if g.get("d") and not g.get("m"):       # a listed day without its month (`四月二十三日、二十五及二十七日`)
        g["m"] = _month_before(notice.text, m.start, m.rule)
        if g["m"] is None:
            return None
    anchor = m.rule.get("anchor")
    warning = None
    if anchor in ("notice", "receipt"):
        days, warning = _after_notice(notice, g)
        inferred = True
    elif g.get("fest"):
        days, warning = _before_festival(notice, g["fest"], rules)
        inferred = True
    else:
        days, inferred = _period(notice, m, g, rules)
        if anchor == "written" and days is not None:
            days = _counted_from(days[0], g)
    if days is None:
        return None
    first, last = days
    if _past(notice, m, last, inferred, rules):
        return None
    if anchor == "notice_start":      # 自印发之日起至…: from the notice's date (明日起至…: the day after it)
        issued = _notice_date(notice)
        first = _day_of(issued + timedelta(days=1) if issued and g.get("next") else issued) or last
        due = first == last
    else:
        # 止 after a range with both ends written closes the period (`105年11月11日(星期五)起至11月17日(星期四)止`:
        # blind10 bt_02, as from_until's 自…起至…止), not a due day
        closed = (g.get("due") or "").endswith("止") and bool(g.get("m2") or g.get("d2"))
        due = m.rule.get("kind") == "due" or bool(g.get("due")) and not closed or first == last
    return Deadline(date=last.iso(), start=None if due else first.iso(), kind="due" if due else "period",
                    year_inferred=inferred and last.year is not None, text=notice.text[m.start:m.end],
                    task=_task(notice, m.start, m.end), section=_section(notice, m.start), rule=m.rule.name,
                    span=notice.doc.span(m.start, m.end), anchor=_ANCHORS.get(anchor), warning=warning)


_ANCHORS = {"notice": "notice", "notice_start": "notice", "receipt": "receipt"}


def _counted_from(first: Day, g: dict) -> Optional[tuple[Day, Day]]:
    """A period of `n unit` counted from a written day, that day the first (`自111年1月14日起40天`: 01-14 to 02-22);
    None where the day's year is unknown."""
    start = first.as_date()
    if start is None:
        return None
    return first, _day_of(add_duration(start, cn_to_int(g["n"]), g["unit"]) - timedelta(days=1))


def _month_before(text: str, start: int, rule: Rule) -> Optional[str]:
    """The last month written before `start` in its sentence, or None; for a rule with `month_from: text`, else the
    last month in the text before it: a meeting notice gives its month once and the later steps of its schedule their
    days alone (blind21 ce_12 `定于7月29日(星期六)…召开`, then `会议报到时间为28日(星期五)下午5时前`)."""
    months = _MONTH.findall(_sentence_before(text, start))
    if not months and rule.get("month_from") == "text":
        months = _MONTH.findall(text, 0, start)
    return months[-1] if months else None


def _after_notice(notice: Notice, g: dict) -> tuple[Optional[tuple[Day, Day]], Optional[str]]:
    """A duration counted from the notice's date (its receipt is taken as that day), and a
    warning where working days fall outside the official holiday schedule; None where the
    notice has no date."""
    issued = _notice_date(notice)
    if issued is None:
        return None, None
    n = cn_to_int(g["n"])
    if g["unit"] in ("个工作日", "工作日"):
        due, known = add_working_days(issued, n)
        return (_day_of(due),) * 2, None if known else schedule_warning()
    return (_day_of(add_duration(issued, n, g["unit"])),) * 2, None


def _before_festival(notice: Notice, word: str, rules: RuleFile) -> tuple[Optional[tuple[Day, Day]], Optional[str]]:
    """`国庆节前`: the last day before the festival's next holiday block after the notice's date."""
    issued = _notice_date(notice)
    if issued is None:
        return None, None
    name, fixed = rules.lexicon["festivals"][word]
    due, known = before_holiday(name, fixed, issued)
    if due is None:
        return None, None
    return (_day_of(due),) * 2, None if known else "the festival's holiday block is outside the official " \
        f"schedule's years ({'-'.join(map(str, schedule_years()))}): the day before the festival is taken"


def _day_of(d: Optional[date]) -> Optional[Day]:
    return Day(d.year, d.month, d.day) if d else None


def _period(notice: Notice, m: _Match, g: dict, rules: RuleFile) -> tuple[Optional[tuple[Day, Day]], bool]:
    """(first day, last day) of the expression, and whether its year was inferred."""
    year = explicit_year(g)
    if year is not None:
        return period(g, year, rules), False
    offset = relative_offset(g, rules)
    on_notice = g.get("rel") in rules.lexicon["notice_relative_years"]
    # (a month after 次年 or 明年 has its year from the word, not from the schedule's order: no roll-over)
    written = None if on_notice else _passage_year(notice, m.start, rules, None if offset is not None else g.get("m"))
    if written == _SCHOOL_YEAR:
        year = _year_from_notice(notice, g, rules, late_days=0)
        year = _school_year_undated(notice, m, g, rules) if year is None else year
    elif written is not None:
        year = written + (offset or 0)
    elif offset is None:
        year = _year_from_notice(notice, g, rules, late_days=_LATE_DAYS)
        if _runs_on_in_notice_year(notice, m, g, year):
            year -= 1
        year = _weekday_anchor_year(notice, rules) if year is None else year
        year = _text_year(notice, m.start, rules) if year is None else year
        year = _page_year(notice, g, rules) if year is None else year
        year = _school_start_year(notice, rules) if year is None else year
        year = _weekday_later_year(notice, m, rules) if year is None else year
        year = _later_year(notice, m.end, rules) if year is None else year
    else:
        base = _notice_year(notice)
        base = _glossed_year(notice, m.start, rules) if base is None else base
        base = _text_year(notice, m.start, rules) if base is None else base
        # (else the page's posting year, as a yearless day takes it: a news item's `明年二月一日前` under its ` date
        # 2025-11-26` stamp is 2026's, blind80 el_12; 霍邱县's `今年8月31日前` under `发布时间:2019-08-16` 2019's, blind8 br_05)
        base = notice.posted.year if base is None and notice.posted is not None else base
        year = base + offset if base is not None else None
    if year is not None and not offset:
        year = _weekday_year(notice.text[m.start:m.end], year, _notice_year(notice))
    return period(g, year, rules), True


def _glossed_year(notice: Notice, offset: int, rules: RuleFile) -> Optional[int]:
    """For an undated notice's 今年 or 本年: the year its text glossed before `offset` as this year's ROC number (`今(111)年`,
    `本（115）年`), not the last year it wrote. blind74 ef_11 (北區國稅局, undated) `退稅日期為本（115）年1月20日` and then, past
    `114年5月1日至6月30日間申報`, `退稅款將於本年1月20日撥入` (2026); blind68 dz_12 (主計總處) writes `今(111)年6月1日至7月31日` before
    `將於今年3月10日起`."""
    glossed = [m for m in _year_mentions(notice, 0, offset, rules) if notice.text.startswith(("今", "本"), m.start())]
    return explicit_year(glossed[-1].groupdict()) if glossed else None


def _school_year_undated(notice: Notice, m: _Match, g: dict, rules: RuleFile) -> Optional[int]:
    """The year of a yearless day after a school or budget year (`2020年度`) in a notice with no date, number or title
    year: its page's posting date as a notice's date is read (`_page_year`), else the year written before it, the 年度's
    own: a call for the year's volunteers or entrants runs in that year. blind46 dd_08 (社工局, undated) `招募2020年度社區應急
    義工…可從即日起至4月19日…報名`, whose gold is 2020-04-19 as the same day's second mention (its own paragraph, no 年度)
    already gets from the text's last year."""
    year = _page_year(notice, g, rules)
    return _text_year(notice, m.start, rules) if year is None else year


_LATE_DAYS = 31     # a notice published this long after a date it sets may still mean that day
# a day of next year a notice may set: up to nine months ahead, a school year's span (a September notice sets days up to
# June); a day further off is a step of its plan already past
_AHEAD_DAYS = 274


def _year_from_notice(notice: Notice, g: dict, rules: RuleFile, late_days: int) -> Optional[int]:
    """The year of a yearless expression from the notice's date (else the year its title names): the notice's
    year, or the next where the expression would end more than `late_days` before the notice's date. A notice
    may be published late, up to `_LATE_DAYS` after a day it still means (bq_08 `于1月15日前` of 2016-12-27 and
    bn_09 `1月19日至25日` of 2025-09-25 are next year's); a date after a school or budget year (`2026年度`) is
    the first on or after the notice's date (`late_days=0`: bn_08 `2026年度…截止日期延至9月30日` of 2025-09-22).
    Otherwise next year's day must end within `_AHEAD_DAYS` of the notice's date; a day further off is a step its
    plan set before it was issued, in the notice's year (ANNOTATION: a deadline with no year takes the year of the
    notice's date): blind17 ca_01 `一、前期准备(3月27日前)` / `1月20日前,镇设立…指导机构` of 2021-03-11 is 2021-01-20,
    not next January, ten months off."""
    issued = _notice_date(notice)
    if issued is None:
        return _undated_year(notice)
    days = period(g, issued.year, rules)
    last = days[1].as_date() if days else None
    if last is None or (issued - last).days <= late_days:
        return issued.year
    ahead = late_days == 0 or (add_duration(last, 1, "年") - issued).days <= _AHEAD_DAYS
    return issued.year + 1 if ahead else issued.year


def _runs_on_in_notice_year(notice: Notice, m: _Match, g: dict, year: Optional[int]) -> bool:
    """Whether a yearless day that `_year_from_notice` put in the year after the notice's is a step of a schedule
    that runs on, later in its paragraph or table row, to a later yearless month that stays in the notice's year: a
    schedule reads forward, so the whole of it is that year's. A plan published months after it was made
    (bs_04's 民生实事 rows `3月底前新建成2家;6月底前新建成2家;9月底前完成…`, `4月底前…主体完工…8月底前…竣工交付`,
    on a page dated 2022-07-14) keeps its early steps in its year; a lone day after a late notice (bq_08 `于1月15日前`
    of 2016-12-27, bn_09 `1月19日至25日` of 2025-09-25) is still next year's."""
    issued = _notice_date(notice)
    if issued is None or year != issued.year + 1 or not g.get("m"):
        return False
    month = cn_to_int(g["m"])
    hi = _passage(notice, m.start)[1]
    for later in _MONTH.finditer(notice.text, m.end, hi):
        if later.start() > 0 and notice.text[later.start() - 1] in _YEAR_OR_DIGIT and \
                not _LIST_MARK.search(notice.text, max(0, later.start() - 4), later.start()):
            continue                # a month with its own year (2023年3月), or part of a number; not an item's (`。2.8月底前`)
        n = cn_to_int(later[1])
        if n is not None and month is not None and n > month and \
                (issued - date(issued.year, n, monthrange(issued.year, n)[1])).days <= _LATE_DAYS:
            return True
    return False


_YEAR_OR_DIGIT = "年0123456789〇零一二三四五六七八九十.．"
_LIST_MARK = regex(r"(?:^|[\n\t。；;])\d{1,2}[.．]$")   # a list item's number right before a month (bs_04)


_WEEKDAY = regex(r"(\d{1,2})[日号]\s*[（(](?:星期|周)([一二三四五六日天])[）)]")
_WEEKDAYS = "一二三四五六日"
_MONTH = regex(r"(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月")
_YEAR_MONTH = regex(r"年(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月")    # a year (`${Y}` ends in 年) before _MONTH


# a month/day with a slash and its weekday (`3/25(三)`, Taiwan pages)
_SLASH_WEEKDAY = regex(r"(?<![\d/])(1[0-2]|0?[1-9])/(3[01]|[12]\d|0?[1-9])\s*[（(](?:星期|周)?([一二三四五六日天])[）)]")


def _weekday_later_year(notice: Notice, m, rules: RuleFile) -> Optional[int]:
    """The year of a slashed day with its weekday and no year before it: the first year the text writes after it whose
    calendar has that day on that weekday (`天母國小校內報名時間至3/25(三)…` above `115年4月2日`: 2026, blind40 cx_09)."""
    found = _SLASH_WEEKDAY.search(notice.text, m.start, m.end)
    if found is None:
        return None
    month, day, weekday = int(found[1]), int(found[2]), _WEEKDAYS.index(found[3].replace("天", "日"))
    for ym in _year_mentions(notice, m.end, len(notice.text), rules):
        y = explicit_year(ym.groupdict())
        try:
            if y is not None and date(y, month, day).weekday() == weekday:
                return y
        except ValueError:
            continue
    return None


_WEEKDAY_WORD = regex("(?:星期|周)[一二三四五六日天]")   # (a text without one holds no `${DAY_WITH_WEEKDAY}`: one scan with a start class)


def _weekday_anchor_year(notice: Notice, rules: RuleFile) -> Optional[int]:
    """For a notice with no date and no year of its own (number, title, school year): the year its first yearless day
    written with a weekday is in, where one year only, of those the text writes (and its page's posting year) and the
    years either side of them, has that day on that weekday. The weekday dates the notice's time as its date would: its
    other yearless days take that year, not the last year the text writes before them, which may name the plan or the
    cohort of a later year. blind57 do_10 (教青局, undated) `将于12月14日(星期一)…举行讲解会` (a Monday of 2020) and `新一批
    …项目将于12月15日或之前公布` after `2021年1月1日至20日期间接受申请`: 2020; blind54 dl_09 (公务员事务局, undated) `政府将于
    星期六（九月十六日）展开二○二三至二四年度联合招聘` (a Saturday of 2023) and `暂定于十二月二日…考试` after `将在二○二四年…毕业
    的学生`: 2023."""
    key = "deadlines.weekday_anchor"
    if key in notice.memo:
        return notice.memo[key]
    found = None
    days = rules.compile("${DAY_WITH_WEEKDAY}").finditer(notice.text) if _WEEKDAY_WORD.search(notice.text) else ()
    for day in days:
        if not notice.in_body(day.start()):
            continue
        month, dom = cn_to_int(day["m"] or day["m2"]), cn_to_int(day["d"] or day["d2"])
        weekday = _WEEKDAYS.index((day["w"] or day["w2"]).replace("天", "日"))
        years = {explicit_year(y.groupdict()) for y in _year_mentions(notice, 0, len(notice.text), rules)}
        if notice.posted is not None:
            years.add(notice.posted.year)
        fits = set()
        for y in {y + k for y in years if y is not None for k in (-1, 0, 1)}:
            try:
                if date(y, month, dom).weekday() == weekday:
                    fits.add(y)
            except (TypeError, ValueError):
                continue
        found = fits.pop() if len(fits) == 1 else None
        break
    notice.memo[key] = found
    return found


def _weekday_year(text: str, year: int, notice_year: Optional[int]) -> int:
    """The year of a day written without one but with its weekday (`9月30日(星期二)`): the year taken, else
    the notice's or the year either side of it that has that day on that weekday. Not a year from the notice's
    date but a check of any year inferred (from the passage, the notice, its title) against what the text
    itself writes: `于4月20日(星期五)前上报` of a 2007 notice is a Friday of 2007 (bk_02); bn_08's
    `截止日期延至9月30日(星期二)` of 2025-09-22 a Tuesday of 2025."""
    found = list(_WEEKDAY.finditer(text))
    months = _MONTH.findall(text[:found[-1].start()]) if found else []
    if not months:
        return year
    month, day = cn_to_int(months[-1]), int(found[-1][1])
    weekday = _WEEKDAYS.index(found[-1][2].replace("天", "日"))
    for y in [year] + ([notice_year] if notice_year else []) + [year - 1, year + 1]:
        try:
            if date(y, month, day).weekday() == weekday:
                return y
        except (TypeError, ValueError):
            continue
    return year


def _past(notice: Notice, m: _Match, last: Day, inferred: bool, rules: RuleFile) -> bool:
    """An explicit date before the notice's own date is a past fact, not a deadline, unless it is at most `_LATE_DAYS`
    before and its sentence so far says it is planned or asked for (`intent_before`): a page dated after the notice
    was written, as `_year_from_notice` allows a yearless day. blind23 cg_01 `…自查,并将附件2、附件3于2018年6月20日上报`
    on a page of 2018-06-25; blind19 cc_01 `预计2022年12月开工建设` of a 2023 plan the portal dates 2023-01-05. A date
    that opens its sentence is a report's (blind13 bw_03 `2005年11月11日至14日,国务院联合督查组…进行了现场检查` of
    2005-11-21). A rule with `past_inferred: true` (an event's day) holds a day whose year was inferred to the same:
    `8月20日下午在区人大二楼会议室召开巡察工作动员会` on a page of 2020-08-21 (wbq.gov.cn) tells the meeting held. A list's
    further days share its head's verb, so its head's rule judges them: `于十一月十三日及十四日在…举行` (blind71 ec_08) on a
    page dated after both tells the fair held, the 14th as the 13th."""
    issued, due = _notice_date(notice), last.as_date()
    if inferred and not (m.head or m.rule).get("past_inferred") or issued is None or due is None or due >= issued:
        return False
    planned = any(w in _sentence_before(notice.text, m.start) for w in rules.lexicon["intent_before"])
    return not planned or (issued - due).days > _LATE_DAYS


def _notice_date(notice: Notice) -> Optional[date]:
    try:
        return date.fromisoformat(notice.meta.date) if notice.meta.date else None
    except ValueError:
        return None


# a news page's posting stamp without its year, over the item (`更新於 09月26日12:50 • 發布於 09月25日12:53`, blind58 dp_08)
_POSTED_MONTH = regex(r"发布于\s*(\d{1,2})月\d{1,2}日")


def _notice_month(notice: Notice) -> Optional[int]:
    """The month of the notice's date, else of its page's yearless posting stamp near the top (`_POSTED_MONTH`)."""
    issued = _notice_date(notice)
    if issued is not None:
        return issued.month
    posted = _POSTED_MONTH.search(notice.text, 0, 400)
    return int(posted[1]) if posted and 1 <= int(posted[1]) <= 12 else None


def _notice_year(notice: Notice) -> Optional[int]:
    issued = _notice_date(notice)
    return issued.year if issued else _undated_year(notice)


_NUMBER_YEAR = regex(r"[〔\[［(（]\s*((?:19|20)\d{2})\s*[〕\]］)）]\s*\d{1,5}\s*号")
_ROC_TITLE_YEAR = regex(r"(?<!\d)(1[01]\d)学?年度")
_ROC_OPENING_YEAR = regex(r"^(1[01]\d)学?年度", re.M)
_SUBJECT_LINE = regex(r"^主旨[:：]([^\n]*)", re.M)
_BASIS_LINE = regex(r"^(?:一[、,，.]\s*)?依据([^\n]*)", re.M)
_EXPLANATION_LINE = regex(r"^说明[:：]", re.M)
_ROC_OFFSET = 1911


def _undated_year(notice: Notice) -> Optional[int]:
    """The year of a notice with no date: the year of its 发文字号, the year it was issued in (`全国改薄办函〔2015〕5号`,
    blind22 cf_05, whose `拟定于4月10日` the gold puts in 2015; `鄂教科函[2010]3号`, cf_04, whose `3月12日…开会` is 2010
    although its title names the statistics year `2009年度`), else the year its title names, else the Republic of China
    year (学年度: the school year's first) its title or, with no title, its 主旨 line names: blind27 ck_11 `请下列学校于
    10月29日下班前送本府「101年度上半年…」核销资料` is 2012; blind28 cl_10 `主旨:检送「台南市112学年度国民中小学…新生入学
    相关事宜期程表」` schedules `3月17、18日` of 2023. With neither, the year its 依据 item names: a Taiwan notice opens
    with the plan it carries out (blind30 cn_09 `一、依据本府112年度推广客语研习实施计划…办理`, whose `4月28日前` is 2023;
    `一、依據本局105年度施政計畫辦理` opens a 台北市 notice of the same kind, tipp.org.tw welfare_article 67989). With
    none of these, the school year a headline above the 說明 names, where a school site's bulletin stands its subject
    without the 主旨 label: blind31 co_09 (花蓮 吉安國小) `113學年度國小應屆畢業生就讀公立國中前置準備作業,請參閱。` over
    `說明:`, whose `於4月1日前將畢業生名冊送至學區國中` is 2024; co_08 (彰化 國中) `轉知:茲訂定114年6月20日(星期五)為本縣114
    學年度國民中學新生報到日…,請查照。` over `說明:`, the same layout."""
    number = _NUMBER_YEAR.search(notice.meta.doc_number or "")
    if number:
        return int(number[1])
    if notice.title_year:
        return notice.title_year
    key = "deadlines.roc_year"
    if key not in notice.memo:
        notice.memo[key] = _roc_school_year(notice)
    return notice.memo[key]


def _roc_school_year(notice: Notice) -> Optional[int]:
    """The first year of the ROC 学年度 or 年度 the title names, else a body line that opens with one (a bulletin's item
    on the year's work: blind41 cy_11 頭城鎮公所 `113年度清溝作業於4/8開始至5/10`, its page dated only by its ROC stamp), else
    (no title) the 主旨 or 依据 line, else the headline above the 说明 line (the normalised text is simplified)."""
    text = notice.text
    if notice.meta.title:
        roc = _ROC_TITLE_YEAR.search(notice.meta.title) or next(
            (m for m in scan(_ROC_OPENING_YEAR, text) if notice.in_body(m.start())), None)     # (`(?m)^`: `scan`)
    elif subject := _SUBJECT_LINE.search(text):
        roc = _ROC_TITLE_YEAR.search(subject[1])
    else:
        basis, explanation = _BASIS_LINE.search(text), _EXPLANATION_LINE.search(text)
        roc = _ROC_TITLE_YEAR.search(basis[1]) if basis else None
        if roc is None and explanation:
            roc = _ROC_TITLE_YEAR.search(text, 0, explanation.start())
    return int(roc[1]) + _ROC_OFFSET if roc else None


def _page_year(notice: Notice, g: dict, rules: RuleFile) -> Optional[int]:
    """For a notice with no date and no year of its own (none from its number, title, school year or text): the year of
    its page's posting date (`Notice.posted`), or the next where the day would end more than `_LATE_DAYS` before it, as
    `_year_from_notice` reads a notice's date: co_09's `於4月1日前` under `公告日期:2023-12-11` is 2024; co_08's
    `6月20日` under `张贴日期: 2025-03-10` is 2025 (ANNOTATION: a yearless deadline takes the year of the notice's date)."""
    posted = notice.posted
    if posted is None:
        return None
    last = period(g, posted.year, rules)
    last = last[1].as_date() if last else None
    return posted.year + 1 if last is not None and (posted - last).days > _LATE_DAYS else posted.year


def _school_start_year(notice: Notice, rules: RuleFile) -> Optional[int]:
    """For a notice with no year of its own (none from its date, number, title, text or page): the year of the school year
    whose opening, or of the cohort whose arrival, it announces (`SCHOOL_START`): blind33 cq_04 `定于8月26日(星期五)…举行2011级
    本科生开学典礼` is 2011 (a Friday then); blind32 cp_12 `二零一二/二零一三学年即将开学…九月一日至六日开课` is 2012."""
    key = "deadlines.school_start"
    if key not in notice.memo:
        found = next((m for m in scan(rules.compile("${SCHOOL_START}"), notice.text, 0, len(notice.text))
                      if notice.in_body(m.start())), None)
        notice.memo[key] = explicit_year(found.groupdict()) if found else None
    return notice.memo[key]


_SCHOOL_YEAR = -1     # _passage_year: the last year before a date names a school or budget year (2026年度)


def _passage_year(notice: Notice, offset: int, rules: RuleFile, month: Optional[str] = None) -> Optional[int]:
    """The last year written before `offset` in its paragraph or table row (not in a 《title》), or None.
    A year that names a school or budget year (`2026年度小一入學`) spans two calendar years and gives none: a
    date after it is the first on or after the notice's date (`_SCHOOL_YEAR`; bn_08 `2026年度…截止日期延至9月30日`
    of 2025-09-22, bn_09 `2026年度…於1月19日至25日期間選校` of 2025-09-25). A yearless `month` after the year's
    months have run to a later one is in the next year (`_rolls_over`)."""
    last = _last_year_mention(notice, _passage(notice, offset)[0], offset, rules)
    if last and notice.text.startswith("度", last.end()):
        return _SCHOOL_YEAR
    year = explicit_year(last.groupdict()) if last else None
    return year + _rolls_over(notice.text, last.end(), offset, month) if year is not None else None


def _rolls_over(text: str, lo: int, hi: int, month: Optional[str]) -> bool:
    """Whether `month`, written at `hi` without a year, comes after the year's end of the schedule that the year at
    `lo` opens (its own month written) in the same sentence: a schedule's steps listed in one sentence read forward, so
    a month `_ROLLOVER` or more below the latest one written since that year is next year's. blind62 dt_02 (a 街道's 2020 春节 慰问 notice) `要在2019年12月25日前完成…遴选
    工作,12月31日前将…花名册…报街道…备案,…应在1月15日前结束慰问工作` (2020-01-15); the same as `_year_from_notice` puts
    bq_08's `于1月15日前` of 2016-12-27 in 2017. A month a little below is a step back in the same year (dev he_01
    `2020年10月1日起正式施行…自文件下发之日起至9月底前`, 2020-09-30); a later sentence may go back to an earlier step (blind54
    dl_10 `可就2023年9月至12月期间开展的项目提出申请。网上平台截止申请日期为5月30日`, 2023-05-30)."""
    if not month or _MONTH.match(text, lo) is None or any(c in _SENTENCE_END for c in text[lo:hi]):
        return False
    now = cn_to_int(month)
    return now is not None and now + _ROLLOVER <= max(cn_to_int(found) or 0 for found in _MONTH.findall(text, lo, hi))


_ROLLOVER = 6       # months back, at least, from a schedule's latest month to a yearless one that is next year's


_MONTH_DAY = regex(r"\d{1,2}月\d{1,2}[日号]")


def _text_year(notice: Notice, offset: int, rules: RuleFile) -> Optional[int]:
    """For a notice with no date and no year in its title: the last year its text writes before `offset`
    (not in a 《title》), else the year the text gives later to the same day written in full. `今年8月31日前` after
    `2019年4月9日召开的交办会` is 2019 (霍邱县, blind8 br_05); `分別于6月27日、9月30日` under `集中督查2008年縣政府工作報告…`
    is 2008 (br_07); an undated page's `拟定于10月28日(周三)召开…培训会` before its item `培训时间:2020年10月28日(周三)` is
    2020 (blind15 by_06); a later year of another day (`4月30日前…2023年12月31日前`, seed 003) says nothing."""
    years = list(_year_mentions(notice, 0, offset, rules))
    found = years[-1] if years else None
    if found is None and (day := _MONTH_DAY.match(notice.text, offset)):
        found = next((m for m in _year_mentions(notice, offset, len(notice.text), rules)
                      if notice.text.startswith(day.group(), m.end())), None)
    return explicit_year(found.groupdict()) if found else None


def _later_year(notice: Notice, offset: int, rules: RuleFile) -> Optional[int]:
    """For a notice dated by nothing else (no date, number, title year, earlier year, page date, school year): the first
    year its text writes after `offset`, the time its items belong to. blind18 cb_01 (臺北市 局務會報, undated) opens its
    list with `11/18林副市長巡視…` and `11/25…` before `…將分別於98年12月3日下午和12月10日至本局考評` (2009); blind32 cp_09
    (金沙鎮公所) `訂於10月13日舉辦111年重陽節進香活動,訂於9月20日…` before `其餘時間請於111年9月2…` (2022). Only a year
    written with its month, a day of that time: not a year that names an event (blind28 cl_02 `一、論壇時間:6月下旬` over
    `二、論壇主題:辦好2010年中國上海世博會`, a forum its gold leaves without a year); a day written D/M/YYYY is one (blind43 da_08,
    below)."""
    if _YEAR_MONTH.search(notice.text, offset) is None \
            and next(_dmy_days(notice.text, offset, len(notice.text), rules), None) is None:
        return None     # (a 年 mention ends in 年: none before a month, none of them; `re` skips to 年 in C, the scan does not)
    found = next((m for m in _year_mentions(notice, offset, len(notice.text), rules)
                  if m.groupdict().get("m") or _MONTH.match(notice.text, m.end())), None)
    return explicit_year(found.groupdict()) if found else None


def _last_year_mention(notice: Notice, lo: int, hi: int, rules: RuleFile) -> Optional[re.Match]:
    """The last year written in text[lo:hi] outside a 《title》, not a year of birth."""
    years = list(scan(_year_mention(rules), notice.text, lo, hi))
    return next((m for m in reversed(years) if not _in_title_marks(notice, m.start()) and not _BIRTH_AFTER.match(
        notice.text, m.end())), None)


def _year_mentions(notice: Notice, lo: int, hi: int, rules: RuleFile) -> Iterator[re.Match]:
    """The years written in text[lo:hi] outside a 《title》, not years of birth, in order; drawn as asked (`_later_year`,
    called for every undated period, wants the first after its day, not all the text's years). A day written D/M/YYYY, as
    Hong Kong writes it and the `dmy_*` rules read it, writes its year too: blind43 da_08 (an undated 南區中心 post) sets
    `2月5日至3月1日期間` before and after `中心櫃台會於10/2/2020(星期一)提供有限度服務`, both of 2020."""
    found = heapq.merge(scan(_year_mention(rules), notice.text, lo, hi), _dmy_days(notice.text, lo, hi, rules),
                        key=lambda m: m.start())
    return (m for m in found if not _in_title_marks(notice, m.start()) and not _BIRTH_AFTER.match(notice.text, m.end()))


# a year of birth, an age limit of the persons a notice is for, is no year of its own time (`年滿65歲,即民國46年12月31日前
# 出生` under 金沙鎮公所's 111年 sign-up days, blind32 cp_09; `2018年至2020年出生且首次於澳門報讀幼兒教育…的幼兒` in 教青局's
# 2022 item, blind29 cm_10)
_BIRTH_AFTER = regex(r"[^，,。；;\n]{0,12}?出生")


def _year_mention(rules: RuleFile) -> re.Pattern:
    return rules.compile("${NB}${Y}")


def _dmy_days(text: str, lo: int, hi: int, rules: RuleFile) -> Iterator[re.Match]:
    """The days written D/M/YYYY in text[lo:hi]; none asked for where no `/` stands (a day's digits are everywhere, its
    slashes rare: the scan of every digit was the cost of `_later_year` over a notice's undated periods)."""
    return scan(rules.compile("${DMY}"), text, lo, hi) if text.find("/", lo, hi) >= 0 else iter(())


def _passage(notice: Notice, offset: int) -> tuple[int, int]:
    """The paragraph holding `offset`, or its row where the paragraph is a table."""
    block = notice.doc.block_at(offset)
    if block is None:
        return offset, offset
    for row in block.rows or []:
        if row and row[0].start <= offset <= row[-1].end:
            return row[0].start, row[-1].end
    return block.start, block.end


def _task(notice: Notice, start: int, end: int) -> str:
    """The sentence the expression governs, or its table row.

    A bracketed deadline that is a sentence of its own (`…要求。（2023年6月30日前完成）`)
    governs the paragraph before it, back to an earlier bracket that closes a sentence
    (`…（2023年11月15日前完成）。与省评审专家…完成。（2023年12月20前完成）`).
    """
    text = notice.text
    lo, hi = _passage(notice, start)
    block = notice.doc.block_at(start)
    if block is not None and block.kind == "table":
        return text[lo:hi].strip()
    s, e = run_start(text, _SENTENCE_END, start, lo), run_end(text, _SENTENCE_END, end, hi)
    sentence = text[s:e]
    if sentence.startswith(("（", "(")) and sentence.rstrip("。").endswith(("）", ")")) and s > lo:
        before = text[lo:s]
        cut = max(before[:-1].rfind("）。"), before[:-1].rfind(")。"))
        return before[cut + 2 if cut >= 0 else 0:].strip()
    return sentence.strip()


def _section(notice: Notice, offset: int) -> Optional[str]:
    node = notice.section_at(offset)
    return node.heading if node else None
