"""Tasks: the plan as a 督办台账, one task per assignment, in text order.

An assignment is a row of a task table; a numbered item or clause closed by a tag of units
(`（A牵头，B、C按职责分工负责）`), or a duty listed under a unit: the responsibilities found there share
one task range, and the task holds all their units. In-text duties (`X负责…`) inside a deepest numbered
section make that section's task; outside sections, each duty is its own task. A deepest section that
sets a deadline but names no unit is a task too, and so is the sentence of a deadline no task holds
outside tables (a preamble's request, an item with sub-items). Each task keeps every deadline and target inside its
range and the heading of the section it stands in (not its own heading). A task no responsibility gives a
unit takes the subject its deadlines' sentences name (rules/tasks.yaml): a group of bodies (`各牵头单位于…前`), a
kind it obliges (`申办团体须于…`), the recipients of a request without a subject, the issuer speaking of itself:
the ledger's 牵头单位, though no responsibility (none is a named organisation the notice assigns a duty).
"""
from __future__ import annotations

from typing import Optional

from ..document import Notice
from ..models import Deadline, Responsibility, Task, TaskUnit
from ..rules import after_last, load_rules
from . import Found, snippet_notice
from .responsibilities import MarkerOutline, clean_duty, table_rows

# rules whose responsibilities carry the range of the task they close
_RANGED = {"unit_tag", "unit_line", "run_on_label", "unit_sentence", "duty_list", "table_row"}
_SENTENCE_END = "。；;！？!?\n"


def _units(group: list[Responsibility]) -> list[TaskUnit]:
    """Each organisation once, lead ones first (a unit named both ways is lead)."""
    roles: dict[str, str] = {}
    for r in group:
        if roles.get(r.org) != "lead":
            roles[r.org] = r.role
    order = sorted(roles, key=lambda o: roles[o] != "lead")
    return [TaskUnit(org=o, role=roles[o]) for o in order]


def _between(items: list, start: int, end: int) -> list:
    return [x for x in items if x.span is not None and start <= x.span.start < end]


def _sentence_end(text: str, pos: int) -> int:
    ends = [i for i in (text.find(c, pos) for c in _SENTENCE_END) if i >= 0]
    return min(ends, default=len(text))


class _Sections:
    """Each section's whole range (children included), to name the section a task stands in; where the
    notice has no outline, the item markers tell."""

    def __init__(self, notice: Notice):
        self.ranges: list[tuple[int, int, int, str]] = []
        for part in notice.parts:
            for root in part.outline:
                self._walk(root, 0)
        self.by_markers = MarkerOutline(notice) if not self.ranges else None

    def _walk(self, node, depth: int) -> int:
        stop = node.end
        for child in node.children:
            stop = max(stop, self._walk(child, depth + 1))
        self.ranges.append((node.start, stop, depth, node.heading))
        return stop

    def around(self, start: int) -> Optional[str]:
        """The heading of the innermost section holding `start` that does not begin there (a task that
        is a numbered item stands in the section above it)."""
        best = max(((d, h) for s, e, d, h in self.ranges if s < start < e),
                   default=None, key=lambda p: p[0])
        if best is None and self.by_markers:        # no outline (a crawl run on in one line): by the markers
            return self.by_markers.heading_above(start)
        return best[1] if best else None


def _task(notice: Notice, found: Found, sections: _Sections, text: str, start: int, end: int,
          group: list[Responsibility], rule: str, outside: list[tuple[int, int]]) -> Task:
    dls: list[Deadline] = [d for d in _between(found.deadlines, start, end)
                           if not any(s <= d.span.start < e for s, e in outside)]
    return Task(text=text, section=sections.around(start), units=_units(group), deadline=dls[0] if dls else None,
                deadlines=dls, targets=_between(found.targets, start, end), rule=rule,
                span=notice.doc.span(start, end))


def _words(notice: Notice, r: Responsibility) -> str:
    """The duty as the notice writes it (punctuation kept), else its cleaned form."""
    if r.duty_span is None:
        return r.duty
    return notice.text[r.duty_span.start:r.duty_span.end].strip(" \u3000，,。；;：:")


def _ranged_tasks(notice: Notice, found: Found, sections: _Sections, tables: list) -> list[Task]:
    """One task per task range (a tagged item, a listed duty, a table row) with all the units given it."""
    groups: dict[tuple, list[Responsibility]] = {}
    for r in found.responsibilities:
        if r.rule in _RANGED and r.task_span is not None:
            groups.setdefault((r.task_span.start, r.task_span.end, r.duty), []).append(r)
    out = []
    for (start, end, _duty), group in groups.items():
        outside = [] if group[0].rule == "table_row" else tables
        out.append(_task(notice, found, sections, _words(notice, group[0]), start, end, group, group[0].rule,
                         outside))
    return out


def _row_tasks(notice: Notice, found: Found, sections: _Sections, covered: set) -> list[Task]:
    """Rows of a task table that name no unit still make a task (their time and targets)."""
    out = []
    for _b, row, cols in table_rows(notice):
        start, end = row[0].start, row[-1].end
        if start in covered or not clean_duty(row[cols["task"]].text):
            continue
        out.append(_task(notice, found, sections, row[cols["task"]].text.strip(), start, end, [], "table_row", []))
    return out


def _section_tasks(notice: Notice, found: Found, sections: _Sections, ranges: list[tuple[int, int]],
                   free: list[Responsibility], tables: list) -> tuple[list[Task], set]:
    """A deepest section with in-text duties, or with deadlines no ranged task holds: one task with its
    units; also the ids of the duties it took."""
    out, taken = [], set()
    for node in notice.sections():
        if node.children:
            continue
        end = max(node.end, node.heading_end)
        mine = [r for r in free if node.start <= r.span.start < end]
        dls = [d for d in _between(found.deadlines, node.start, end)
               if not any(s <= d.span.start < e for s, e in ranges + tables)]
        if not mine and not dls:
            continue
        taken.update(id(r) for r in mine)
        task = _task(notice, found, sections, node.heading or node.text, node.start, end, mine, "section",
                     ranges + tables)
        out.append(task)
    return out, taken


def _loose_tasks(notice: Notice, found: Found, sections: _Sections, held: list[tuple[int, int]]) -> list[Task]:
    """Deadlines no other task holds, outside tables (a preamble's `各有关部门…于2018年12月31日前报送…`, an item
    with sub-items): one task per sentence, the sentence as its text."""
    text, out, seen = notice.text, [], set()
    for d in found.deadlines:
        if d.span is None or any(s <= d.span.start < e for s, e in held):
            continue
        start = after_last(text, _SENTENCE_END, d.span.start)
        end = _sentence_end(text, d.span.end)
        if start not in seen:
            seen.add(start)
            out.append(_task(notice, found, sections, text[start:end].strip(), start, end, [], "sentence", held))
    return out


def _sentence_tasks(notice: Notice, found: Found, sections: _Sections, free: list[Responsibility]) -> list[Task]:
    """In-text duties outside sections: one task per duty, with all the units it names and the rest of
    its sentence (where a time often follows: `…，6月30日前完成`)."""
    by_duty: dict[str, list[Responsibility]] = {}
    for r in free:
        by_duty.setdefault(r.duty, []).append(r)
    out = []
    for group in by_duty.values():
        spans = [r.task_span or r.span for r in group]
        start = min(s.start for s in spans)
        end = _sentence_end(notice.text, max(s.end for s in spans))
        out.append(_task(notice, found, sections, _words(notice, group[0]), start, end, group, group[0].rule, []))
    return out


def subject_units(notice: Notice, deadline: Deadline) -> tuple[Optional[str], list[TaskUnit]]:
    """The unit a deadline's sentence names as its subject before it, and the rule that found it
    (rules/tasks.yaml): a group of bodies (`请各市农业农村局于…前`: each group it joins by `、各`, as in
    `各分局、各机构`, a unit), a kind it obliges (`申办团体须于…`), the recipients of a request without a
    subject (`请于…前`), the issuer speaking of itself (`我部决定…`). The last match in the sentence counts;
    a rule whose unit the notice lacks (no 主送, no issuer) gives none, and so does a recipients' or issuer's
    rule in a forwarded document or an attachment, whose 主送 and issuer are another's (bm_06: 请于11月28日前…我司)."""
    text = notice.text
    start = after_last(text, _SENTENCE_END, deadline.span.start)
    found = max(((m.start(), i, m) for i, rule in enumerate(load_rules("tasks").rules)
                 for m in rule.finditer(text, start, deadline.span.start)), default=None, key=lambda x: x[0])
    if found is None:
        return None, []
    rule, m = load_rules("tasks").rules[found[1]], found[2]
    role, source = rule.get("role"), rule.get("unit")
    if source != "group" and not any(p.kind == "notice" and p.start <= m.start() < p.end for p in notice.parts):
        return rule.name, []
    if source == "recipients":
        orgs = ["、".join(notice.meta.recipients)] if notice.meta.recipients else []
    elif source == "issuer":
        orgs = [notice.meta.issuer] if notice.meta.issuer else []
    else:
        orgs = [g if i == 0 else "各" + g for i, g in enumerate(m.group("group").split("、各"))]
    return rule.name, [TaskUnit(org=o, role=role) for o in orgs]


def _with_group_units(notice: Notice, task: Task) -> Task:
    """A task without units, with the units its deadlines' sentences name as subject (each once)."""
    if task.units:
        return task
    units = {(u.org, u.role): u for d in task.deadlines for u in subject_units(notice, d)[1]}
    return task.model_copy(update={"units": list(units.values())}) if units else task


def extract(notice: Notice, found: Found) -> list[Task]:
    sections = _Sections(notice)
    tables = [(b.start, b.end) for b in notice.doc.blocks if b.kind == "table"]
    tasks = _ranged_tasks(notice, found, sections, tables)
    ranges = [(t.span.start, t.span.end) for t in tasks]
    tasks += _row_tasks(notice, found, sections, {s for s, _e in ranges})
    free = [r for r in found.responsibilities if r.rule not in _RANGED and r.span is not None]
    section_tasks, taken = _section_tasks(notice, found, sections, ranges, free, tables)
    tasks += section_tasks + _sentence_tasks(notice, found, sections, [r for r in free if id(r) not in taken])
    tasks += _loose_tasks(notice, found, sections, [(t.span.start, t.span.end) for t in tasks] + tables)
    return sorted((_with_group_units(notice, t) for t in tasks), key=lambda t: t.span.start)


def run_snippet(text: str, recipients: tuple = (), issuer: Optional[str] = None, **context) -> list[dict]:
    """The subject units of each deadline of a fragment, as items of the rule that found them; `recipients`
    and `issuer` stand for the notice's 主送 and 发文机关."""
    from ..pipeline import extract_all
    notice = snippet_notice(text, **context)
    notice.meta = notice.meta.model_copy(update={"recipients": list(recipients), "issuer": issuer})
    return [{"rule": rule, "org": u.org, "role": u.role}
            for d in extract_all(notice).deadlines for rule, units in [subject_units(notice, d)] for u in units]
