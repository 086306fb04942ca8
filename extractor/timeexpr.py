"""Time expressions: Chinese and Arabic numerals, calendar words, and the period a match names.

A rule in `rules/deadlines.yaml` matches a time expression with named groups; this module
turns those groups into calendar days. Groups of one point in time:

    y    year (2023, 二〇二三)          roc  Republic of China year (111 -> 2022)
    rel  relative year word (今, 明)    m    month      d    day
    mp   part of a month (上旬, 底)     yp   part of a year (上半年, 底, 全年)
    q    quarter (一, 2)                fyp  ordinal of a five-year plan (十二五 -> 十二: 2011-2015)

and the same names with a `2` for the end of a range (`y2`, `m2`, `d2`, `mp2`). The day
ranges of the calendar words are data: the `month_parts`, `year_parts` and `relative_years`
lexicons of the rule file. `parse_period` reads a period from a query (`2023年5月`, `下个月`).
"""
from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import MAXYEAR, MINYEAR, date, timedelta
from typing import Optional

from .numerals import cn_to_int
from .rules import RuleFile, load_rules


def last_day(year: Optional[int], month: int) -> int:
    """The month's last day; February of an unknown year ends on the 28th."""
    return calendar.monthrange(year if year is not None else 2001, month)[1]


@dataclass(frozen=True)
class Day:
    """A calendar day whose year may be unknown."""
    year: Optional[int]
    month: int
    day: int

    def iso(self) -> str:
        """`YYYY-MM-DD`, or `--MM-DD` where the year is unknown."""
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}" if self.year else f"--{self.month:02d}-{self.day:02d}"

    def as_date(self) -> Optional[date]:
        return date(self.year, self.month, self.day) if self.year else None

    def __lt__(self, other: Day) -> bool:
        return (self.year or 0, self.month, self.day) < (other.year or 0, other.month, other.day)


def _day(year: Optional[int], month: int, spec) -> Optional[Day]:
    """Day `spec` of a month: a number or `last`; None where the month has no such day."""
    day = last_day(year, month) if spec == "last" else int(spec)
    return Day(year, month, day) if 1 <= month <= 12 and 1 <= day <= last_day(year, month) else None


def five_year_plan_start(ordinal: int) -> int:
    """First year of the n-th five-year plan: the third ran 1966-1970 and each later one
    follows it (十一五 2006, 十二五 2011, 十四五 2021)."""
    return 1966 + 5 * (ordinal - 3)


def explicit_year(groups: dict, suffix: str = "") -> Optional[int]:
    """The year written in the expression itself (Gregorian, ROC, or a five-year plan's first), else None."""
    if groups.get("y" + suffix):
        return cn_to_int(groups["y" + suffix])
    if groups.get("roc" + suffix):
        return cn_to_int(groups["roc" + suffix]) + 1911
    if groups.get("fyp" + suffix):
        return five_year_plan_start(cn_to_int(groups["fyp" + suffix]))
    return None


def relative_offset(groups: dict, rules: RuleFile, suffix: str = "") -> Optional[int]:
    """Years after the anchor year that a relative word names (`明年` -> 1), else None."""
    word = groups.get("rel" + suffix)
    return None if not word else int(rules.lexicon["relative_years"][word])


def bounds(groups: dict, year: Optional[int], rules: RuleFile, suffix: str = "") -> Optional[tuple[Day, Day]]:
    """The first and last day of the point that `groups` name, in `year` (None: unknown year)."""
    g = {k[:-len(suffix)] if suffix else k: v for k, v in groups.items()
         if v is not None and (k.endswith(suffix) if suffix else not k[-1].isdigit())}
    if g.get("m"):
        month = cn_to_int(g["m"])
        if g.get("d"):
            lo = hi = cn_to_int(g["d"])
        elif g.get("mp"):
            lo, hi = rules.lexicon["month_parts"][g["mp"]]
        else:
            lo, hi = 1, "last"
        first, last = _day(year, month, lo), _day(year, month, hi)
    elif g.get("fyp"):
        first, last = _day(year, 1, 1), _day(year + 4, 12, "last")      # the year is the plan's first
    elif g.get("q"):
        quarter = cn_to_int(g["q"])
        first, last = _day(year, 3 * quarter - 2, 1), _day(year, 3 * quarter, "last")
    else:
        lo, hi = rules.lexicon["year_parts"][g["yp"]] if g.get("yp") else ("01-01", "12-31")
        first, last = (_day(year, int(s[:2]), "last" if s[3:] == "last" else s[3:]) for s in (lo, hi))
    return (first, last) if first and last and not last < first else None


def period(groups: dict, year: Optional[int], rules: RuleFile) -> Optional[tuple[Day, Day]]:
    """First and last day of a point or a range (`5月底到6月中旬`); a range's end takes the
    start's year unless it names one (`次年2月`), and runs into the next year where it would
    end before it starts (`12月至2月`)."""
    first = bounds(groups, year, rules)
    if first is None or not any(groups.get(k) for k in ("y2", "roc2", "rel2", "m2", "d2", "mp2")):
        return first
    groups = groups | {"m2": groups.get("m2") or groups.get("m")}     # 5月10日至20日
    year2 = explicit_year(groups, "2")
    if year2 is None and year is not None:
        year2 = year + (relative_offset(groups, rules, "2") or 0)
        second = bounds(groups, year2, rules, "2")
        if second and second[1] < first[0]:
            second = bounds(groups, year2 + 1, rules, "2")
    else:
        second = bounds(groups, year2, rules, "2")
    return (first[0], second[1]) if second else None


# --- working days and holidays: the official schedule (法定节假日 and 调休) ------------------

@functools.cache
def _schedule():
    """The `chinese_calendar` module and the years its official holiday schedule covers."""
    import chinese_calendar
    from chinese_calendar import constants
    years = [d.year for d in constants.holidays]
    return chinese_calendar, (min(years), max(years))


def schedule_years() -> tuple[int, int]:
    """First and last year of the official holiday schedule the package holds."""
    return _schedule()[1]


def schedule_warning() -> str:
    first, last = schedule_years()
    return (f"working days outside {first}-{last}, the years of the official holiday schedule (chinesecalendar): "
            "counted Monday to Friday less the fixed-date statutory holidays; 春节 and other lunar holidays "
            "and 调休 days not known")


def is_working_day(day: date) -> tuple[bool, bool]:
    """(whether `day` is a working day, whether the official schedule knows its year): 国庆 and
    春节 days are off, their 调休 weekend days on; outside the schedule Monday to Friday less
    the holidays with a fixed day (lexicon `fixed_holidays`)."""
    cc, (first, last) = _schedule()
    if first <= day.year <= last:
        return cc.is_workday(day), True
    fixed = load_rules("deadlines").lexicon["fixed_holidays"]
    return day.weekday() < 5 and f"{day.month:02d}-{day.day:02d}" not in fixed, False


def add_working_days(start: date, n: int) -> tuple[date, bool]:
    """The n-th working day after `start`, and whether the schedule covered every day counted."""
    day, known = start, True
    while n > 0:
        day += timedelta(days=1)
        working, covered = is_working_day(day)
        known &= covered
        n -= working
    return day, known


def before_holiday(name: str, fixed: Optional[str], after: date) -> tuple[Optional[date], bool]:
    """The last day before the official holiday block (放假) of the festival `name` (the
    package's name, `National Day`) that comes next after `after`, and whether the schedule
    knew it. Outside the schedule a festival with a fixed day (`fixed`, MM-DD) falls back to
    the day before it; a lunar festival gives None."""
    first, last = schedule_years()
    from chinese_calendar import constants
    for year in (after.year, after.year + 1):
        if not first <= year <= last:
            continue
        days = sorted(d for d, h in constants.holidays.items() if h == name and d.year == year and d > after)
        if days:
            start = days[0]
            while not is_working_day(start - timedelta(days=1))[0]:   # the block may open on a weekend or another festival
                start -= timedelta(days=1)
            return start - timedelta(days=1), True
    if fixed is None:
        return None, False
    month, day = int(fixed[:2]), int(fixed[3:])
    due = date(after.year, month, day) - timedelta(days=1)
    return (due if due >= after else date(after.year + 1, month, day) - timedelta(days=1)), False


def add_duration(start: date, n: int, unit: str) -> date:
    """`start` plus n days, working days (by the official schedule, see add_working_days), weeks, months or years."""
    if unit in ("日", "天", "个自然日", "自然日"):
        return start + timedelta(days=n)
    if unit in ("个工作日", "工作日"):
        return add_working_days(start, n)[0]
    if unit == "周":
        return start + timedelta(weeks=n)
    months = n * 12 if unit == "年" else n
    y, m = divmod(start.month - 1 + months, 12)
    year, month = start.year + y, m + 1
    return date(year, month, min(start.day, last_day(year, month)))


# --- queries ---------------------------------------------------------------------------------

def _absolute(word: str, today: date, rules: RuleFile) -> str:
    """A relative period word written as the absolute time it names (`下月` -> `2023年5月`), so
    that what follows it still counts: `今年6月`, `明年3月`, `本月底`, `下个月10日`."""
    unit, offset = rules.lexicon["relative_periods"][word]
    if unit == "day":
        d = today + timedelta(days=offset)
        return f"{d.year}年{d.month}月{d.day}日"
    if unit == "week":
        monday = today - timedelta(days=today.weekday()) + timedelta(weeks=offset)
        sunday = monday + timedelta(days=6)
        return f"{monday.year}年{monday.month}月{monday.day}日至{sunday.year}年{sunday.month}月{sunday.day}日"
    size = 3 if unit == "quarter" else 1
    y, first = (offset, 0) if unit == "year" else divmod((today.month - 1) // size * size + offset * size, 12)
    if not MINYEAR <= today.year + y <= MAXYEAR:  # `去年` in the year 1, `下个月` in 9999-12: no such year
        raise OverflowError(f"{word} counted from {today} falls outside the years {MINYEAR} to {MAXYEAR}")
    if unit == "year":
        return f"{today.year + y}年"
    if unit == "quarter":
        return f"{today.year + y}年第{first // 3 + 1}季度"
    return f"{today.year + y}年{first + 1}月"


def parse_period(text: str, today: date) -> Optional[tuple[date, date]]:
    """The first period a query names, as (first day, last day); None if it names none.

    `2023年5月` -> 2023-05-01..2023-05-31, `下个月`, `本季度`, `今年6月`, `本月底` relative to
    `today` (the relative words are first written out as absolute times), `5月到7月` in
    today's year. Uses the bare period rules (`where: time_cell`) of
    rules/deadlines.yaml, so queries and deadlines read dates the same way.
    """
    rules = load_rules("deadlines")
    words = sorted(rules.lexicon["relative_periods"], key=len, reverse=True)
    text = re.sub("|".join(map(re.escape, words)), lambda m: _absolute(m.group(), today, rules), text)
    best = None
    for rule in rules.rules:
        if rule.get("where") != "time_cell":
            continue
        for m in rule.pattern.finditer(text):
            if best is None or (m.start(), -m.end()) < (best.start(), -best.end()):
                best = m
    if best is None:
        return None
    groups = best.groupdict()
    offset = relative_offset(groups, rules)
    year = explicit_year(groups) or today.year + (offset or 0)
    found = period(groups, year, rules)
    return (found[0].as_date(), found[1].as_date()) if found else None
