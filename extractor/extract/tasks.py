"""Tasks: the plan as a 督办台账, in outline order.

One task per row of a task table (its task column, units, time), one per deepest numbered section
that assigns work or sets a deadline, and one per sentence that assigns work outside both. Units
come from the responsibilities found (same rules, same names), deadlines and targets from the
extractors that ran before.
"""
from __future__ import annotations

from typing import Optional

from ..document import Notice
from ..models import Deadline, Task, TaskUnit
from . import Found
from .responsibilities import Item, clean_duty, table_rows


def _units(items: list[Item]) -> list[TaskUnit]:
    """Each organisation once, lead before participant when it is both."""
    roles: dict[str, str] = {}
    for it in items:
        if roles.get(it.org) != "lead":
            roles[it.org] = it.role
    return [TaskUnit(org=o, role=r) for o, r in roles.items()]


def _between(items: list, start: int, end: int) -> list:
    return [x for x in items if x.span is not None and start <= x.span.start < end]


def _first(deadlines: list[Deadline]) -> Optional[Deadline]:
    return deadlines[0] if deadlines else None


def _row_tasks(notice: Notice, found: Found, items: list[Item]) -> list[tuple[int, Task]]:
    out = []
    for _b, row, cols in table_rows(notice):
        start, end = row[0].start, row[-1].end
        text = clean_duty(row[cols["task"]].text)
        if not text:
            continue
        mine = [it for it in items if it.rule == "table_row" and start <= it.start < end]
        out.append((start, Task(text=row[cols["task"]].text.strip(), units=_units(mine),
                                deadline=_first(_between(found.deadlines, start, end)),
                                targets=_between(found.targets, start, end), span=notice.doc.span(start, end))))
    return out


def _section_tasks(notice: Notice, found: Found, items: list[Item]) -> tuple[list[tuple[int, Task]], set]:
    """Tasks of the deepest sections with work or a deadline; also the items they took."""
    out, taken = [], set()
    tables = [(b.start, b.end) for b in notice.doc.blocks if b.kind == "table"]
    for node in notice.sections():
        if node.children:
            continue
        end = max(node.end, node.heading_end)
        mine = [it for it in items if node.start <= it.start < end and it.rule != "table_row"]
        dls = [d for d in _between(found.deadlines, node.start, end)
               if not any(s <= d.span.start < e for s, e in tables)]
        if not mine and not dls:
            continue
        taken.update(id(it) for it in mine)
        out.append((node.start, Task(text=node.heading or node.text, section=node.heading, units=_units(mine),
                                     deadline=_first(dls), targets=_between(found.targets, node.start, end),
                                     span=notice.doc.span(node.start, end))))
    return out, taken


def _sentence_tasks(notice: Notice, found: Found, items: list[Item]) -> list[tuple[int, Task]]:
    """Assignments outside sections and tables: one task per duty, with all the units it names."""
    by_duty: dict[str, list[Item]] = {}
    for it in items:
        by_duty.setdefault(it.duty, []).append(it)
    out = []
    for duty, group in by_duty.items():
        start, end = min(i.start for i in group), max(i.end for i in group)
        node = notice.section_at(start)
        out.append((start, Task(text=duty, section=node.heading if node else None, units=_units(group),
                                deadline=_first(_between(found.deadlines, start, end + 40)),
                                targets=_between(found.targets, start, end), span=notice.doc.span(start, end))))
    return out


def extract(notice: Notice, found: Found) -> list[Task]:
    items = [Item(r.org, r.duty, r.role, r.rule or "", r.span.start, r.span.end)
             for r in found.responsibilities if r.span is not None]
    tasks = _row_tasks(notice, found, items)
    section_tasks, taken = _section_tasks(notice, found, items)
    rest = [it for it in items if id(it) not in taken and it.rule != "table_row"]
    tasks += section_tasks + _sentence_tasks(notice, found, rest)
    return [t for _start, t in sorted(tasks, key=lambda p: p[0])]
