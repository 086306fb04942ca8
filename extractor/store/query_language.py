"""Questions in words -> deadline filters.

    2023年5月的所有截止日期   -> due 2023-05-01 .. 2023-05-31
    2019年12月底前要完成的任务 -> due on or before 2019-12-31
    下个月到期的任务          -> next month, counted from today (or --today)
    县农业农村局牵头的任务    -> units: 县农业农村局 as lead

The period is read by `extractor.timeexpr.parse_period`, with the same time rules as the
deadlines; `kind: by` (`…底前`, `…日以前`) opens its start, so it runs up to that day. The
units come from the rules in rules/query.yaml: `kind: org` (a unit and its role) and
`kind: issuer`. A question of which nothing is understood is refused by its callers
(`understood_nothing`), not answered with every deadline.
"""
from __future__ import annotations

import calendar
import datetime as dt
from typing import Optional

from ..rules import load_rules
from ..timeexpr import parse_period
from .queries import MAX_ID, DeadlineQuery, is_notice_id


class QueryError(ValueError):
    """A question the store cannot be asked as it stands: one line for the user."""


class PeriodError(QueryError):
    """A period outside the calendar the store holds (years 1 to 9999)."""


def check_notice(ref: str) -> None:
    """A notice named only by digits is named by its id: QueryError when no id can be that (`²`, `0`, a
    number past 2**31-1); other references (doc number, title, file) are words."""
    if ref.isdigit() and not is_notice_id(ref):
        raise QueryError(f"{ref!r} is not a notice id (1 to {MAX_ID})")


def month_period(year: int, month: int) -> tuple[dt.date, dt.date]:
    if not (dt.MINYEAR <= year <= dt.MAXYEAR and 1 <= month <= 12):
        raise PeriodError(f"{year:04d}-{month:02d} is not a month from 0001-01 to 9999-12")
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def year_period(year: int) -> tuple[dt.date, dt.date]:
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        raise PeriodError(f"{year} is not a year from 1 to 9999")
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _trim_org(name: str) -> str:
    """Drop question words a pattern took in front of a unit's name (`所有县财政局` -> `县财政局`)."""
    lead = sorted(load_rules("query").lexicon["org_lead_words"], key=len, reverse=True)
    changed = True
    while changed:
        changed = False
        for w in lead:
            if name.startswith(w) and len(name) > len(w) + 1:
                name, changed = name[len(w):], True
    return name


def read_query(text: str, today: Optional[dt.date] = None) -> list[dict]:
    """What the question asks for: a period item (rule `period`) and unit items, each with its rule.
    PeriodError when the period lies outside the calendar (`明天` counted from 9999-12-31)."""
    rules = load_rules("query")
    items = []
    today = today or dt.date.today()
    try:
        found = parse_period(text, today)
    except (OverflowError, ValueError):  # date arithmetic past 9999-12-31 or before 0001-01-01
        raise PeriodError(f"{text!r} counted from {today} names a period outside the years 1 to 9999") from None
    by = any(r.pattern.search(text) for r in rules.rules if r.get("kind") == "by")
    if found and by:
        items.append({"rule": "due_by", "from": None, "to": found[1].isoformat()})
    elif found:
        items.append({"rule": "period", "from": found[0].isoformat(), "to": found[1].isoformat()})
    for rule in rules.rules:
        if rule.pattern is None or rule.get("kind") == "by":
            continue
        for mt in rule.pattern.finditer(text):
            g = mt.groupdict()
            if rule.get("kind") == "org":
                items.append({"rule": rule.name, "org": _trim_org(g["org"]),
                              "role": rules.lexicon["roles"].get(g.get("role") or "")})
            elif rule.get("kind") == "issuer":
                items.append({"rule": rule.name, "issuer": _trim_org(g["issuer"])})
    return items


def to_query(items: list[dict]) -> DeadlineQuery:
    """One DeadlineQuery from what `read_query` found: the period, the first unit and issuer."""
    q = DeadlineQuery()
    period = next((i for i in items if "to" in i), None)
    if period:
        q.start = dt.date.fromisoformat(period["from"]) if period["from"] else None
        q.end = dt.date.fromisoformat(period["to"])
    org = next((i for i in items if "org" in i), None)
    if org:
        q.org, q.role = org["org"], org["role"]
    q.issuer = next((i["issuer"] for i in items if "issuer" in i), None)
    return q


def understood(q: DeadlineQuery) -> str:
    """What a question was read as, in one line: the period, the unit, the issuer."""
    parts = []
    if q.end:
        parts.append(f"due {q.start} … {q.end}" if q.start else f"due on or before {q.end}")
    if q.org:
        parts.append(f"unit {q.org}" + (f" ({q.role})" if q.role else ""))
    if q.issuer:
        parts.append(f"issuer {q.issuer}")
    return ", ".join(parts)


def nothing_understood(question: str) -> str:
    """The one-line refusal of a question in which no period, unit or issuer was found."""
    return (f"understood nothing in {question!r}: ask for a period (2023年5月, 下个月, 2019年12月底前), "
            "a unit (县农业农村局牵头的) or an issuer (县人民政府印发的)")
