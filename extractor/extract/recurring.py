"""Recurring deadlines: a rhythm the body sets (每月5日前, 每季度末, 每年3月底前) kept as a rule.

The one-off deadlines (extractor.extract.deadlines) leave such rhythms out, as the annotation
guide does; here each becomes a `Deadline` whose `recurrence` is an RFC 5545 RRULE value
(`FREQ=MONTHLY;BYMONTHDAY=5`) that a calendar writer can use as is, and whose `date` is its
first occurrence on or after the notice's date (`--MM-DD` where the notice has no date).
A rule's `rrule` field is the RRULE with `{d}`, `{m}`, `{wd}` filled from its groups.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Optional

from dateutil.rrule import rrulestr

from ..document import Notice
from ..models import Deadline
from ..numerals import cn_to_int
from ..rules import Rule, load_rules
from . import Found, snippet_notice
from .deadlines import _notice_date, _section, _task

_WEEKDAYS = {"一": "MO", "二": "TU", "三": "WE", "四": "TH", "五": "FR", "六": "SA", "日": "SU", "天": "SU"}


def extract(notice: Notice, found: Found) -> list[Deadline]:
    taken: list[tuple[int, int]] = []
    out = []
    for rule in load_rules("recurring").rules:
        for m in rule.finditer(notice.text):
            if not notice.in_body(m.start()) or any(s < m.end() and m.start() < e for s, e in taken):
                continue
            d = _deadline(notice, rule, m)
            if d is not None:
                taken.append((m.start(), m.end()))
                out.append(d)
    return sorted(out, key=lambda d: d.span.start if d.span else 0)


def _deadline(notice: Notice, rule: Rule, m) -> Optional[Deadline]:
    values = {"d": m.group("d") if "d" in m.re.groupindex else None,
              "m": m.group("m") if "m" in m.re.groupindex else None,
              "wd": m.group("wd") if "wd" in m.re.groupindex else None}
    fill = {k: (_WEEKDAYS[v] if k == "wd" else cn_to_int(v)) for k, v in values.items() if v}
    recurrence = rule.get("rrule").format(**fill)
    first = _first(recurrence, _notice_date(notice))
    if first is None:
        return None
    return Deadline(date=first, kind="due", year_inferred=True, text=m.group(), recurrence=recurrence,
                    task=_task(notice, m.start(), m.end()), section=_section(notice, m.start()), rule=rule.name,
                    span=notice.doc.span(m.start(), m.end()))


def _first(recurrence: str, issued: Optional[date]) -> Optional[str]:
    """The first occurrence on or after the notice's date, ISO; `--MM-DD` (the first of a
    year from January) where the notice has no date; None for an impossible rule (31 in 2月)."""
    ref = datetime.combine(issued or date(2001, 1, 1), datetime.min.time())
    hit = rrulestr(f"RRULE:{recurrence}", dtstart=ref).after(ref - timedelta(seconds=1))
    if hit is None:
        return None
    return hit.date().isoformat() if issued else f"--{hit.month:02d}-{hit.day:02d}"


def run_snippet(text: str, **context) -> list[dict]:
    return [{**d.model_dump(), "rule": d.rule} for d in extract(snippet_notice(text, **context), Found())]
