"""Views of a plan: a summary for the terminal, the task ledger (CSV, XLSX) and a calendar (ICS).

The ledger and the calendar are written from rows that come either from a parsed plan
(`plan_ledger`, `plan_events`) or from the store's deadline rows (`stored_ledger`,
`stored_events`), so a notice and an archive query give the same columns.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Union

from .models import Deadline, Plan, Section, Task

ROLE = {"lead": "牵头", "participant": "配合"}


def _outline(sections: list[Section], depth: int = 0) -> list[str]:
    out = []
    for s in sections:
        out.append(f"{'  ' * depth}{s.marker}{s.heading}")
        out += _outline(s.children, depth + 1)
    return out


def summary(plan: Plan) -> str:
    m = plan.meta
    lines = [m.title or "(no title)"]
    facts = [("发文字号", m.doc_number), ("发文机关", m.issuer), ("成文日期", m.date),
             ("主送", "、".join(m.recipients)), ("抄送", "、".join(m.cc)), ("附件", "、".join(m.attachments))]
    lines += [f"  {k}: {v}" for k, v in facts if v]
    for part in plan.parts:
        if part.sections:
            lines += ["", f"{part.title or part.kind}:"] + ["  " + x for x in _outline(part.sections)]
    if plan.deadlines:
        lines += ["", "Deadlines:"]
        for d in plan.deadlines:
            when = f"{d.start} .. {d.date}" if d.start else d.date
            lines.append(f"  {when:<24} {d.text}  | {(d.task or '')[:60]}")
    if plan.responsibilities:
        lines += ["", "Responsibilities:"]
        for r in plan.responsibilities:
            due = f"  (by {r.deadline})" if r.deadline else ""
            lines.append(f"  {r.org} [{ROLE[r.role]}] {r.duty[:60]}{due}")
    counts = [("targets", plan.targets), ("organizations", plan.organizations), ("people", plan.people),
              ("contacts", plan.contacts), ("references", plan.references), ("tasks", plan.tasks)]
    lines += ["", "Also found: " + ", ".join(f"{len(v)} {k}" for k, v in counts)]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- the task ledger (督办台账)

LEDGER_COLUMNS = ["序号", "任务", "牵头单位", "配合单位", "完成时限", "目标", "所在章节", "来源文号", "来源文件",
                  "责任人", "完成情况", "备注"]
WIDTHS = (6, 60, 24, 24, 14, 28, 24, 20, 20, 10, 16, 16)


@dataclass
class LedgerRow:
    """One task of the ledger: an assignment with all its units, deadlines and targets."""
    task: str
    lead: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    deadlines: list[tuple[Optional[str], str]] = field(default_factory=list)  # (start or None, due day), ISO or --MM-DD
    targets: list[str] = field(default_factory=list)
    section: str = ""
    doc_number: str = ""
    source: str = ""

    def due_value(self) -> Union[dt.date, str]:
        """完成时限: a date when the task has one due day with a year, else the days as text (periods `a至b`)."""
        if len(self.deadlines) == 1 and not self.deadlines[0][0] and not self.deadlines[0][1].startswith("--"):
            return dt.date.fromisoformat(self.deadlines[0][1])
        return "；".join(f"{start}至{due}" if start else due for start, due in self.deadlines)

    def cells(self, n: int) -> list:
        return [n, self.task, "、".join(self.lead), "、".join(self.participants), self.due_value(),
                "；".join(self.targets), self.section, self.doc_number, self.source, "", "", ""]


def where(file: Optional[str], page: Optional[int], para: Optional[int]) -> str:
    """来源文件: the file's name and the page (PDF) or paragraph the task stands on."""
    place = f"第{page}页" if page else (f"第{para + 1}段" if para is not None else "")
    return " ".join(x for x in (Path(file).name if file else "", place) if x)


def _task_deadlines(task: Task) -> list[Deadline]:
    """Every deadline of a task (a task model holding a list of them, or its one deadline)."""
    many = getattr(task, "deadlines", None)
    return list(many) if many else ([task.deadline] if task.deadline else [])


def plan_ledger(plan: Plan) -> list[LedgerRow]:
    """The plan's tasks as ledger rows, in outline order."""
    rows = []
    for t in plan.tasks:
        units = dict.fromkeys((u.org, u.role) for u in t.units)
        rows.append(LedgerRow(
            task=t.text, lead=[o for o, r in units if r == "lead"], participants=[o for o, r in units if r != "lead"],
            deadlines=list(dict.fromkeys((d.start, d.date) for d in _task_deadlines(t))),
            targets=list(dict.fromkeys(x.text for x in t.targets)), section=t.section or "",
            doc_number=plan.meta.doc_number or "",
            source=where(plan.source.path, t.span.page if t.span else None, t.span.para if t.span else None)))
    return rows


def stored_ledger(deadlines: list[dict], targets: Optional[dict[int, list[str]]] = None) -> list[LedgerRow]:
    """Ledger rows from the store's deadline rows (`queries.deadline_rows`): one row per task, with every
    deadline of it that the rows hold and its `targets` (by task id); a deadline linked to no task is a row
    of its own."""
    targets = targets or {}
    rows: dict[tuple, LedgerRow] = {}
    for d in deadlines:
        key = (d["notice_id"], d.get("task_id") or f"d{d.get('id')}")
        row = rows.get(key)
        if row is None:
            units = d.get("units", [])
            files = d.get("files") or []
            row = rows[key] = LedgerRow(
                task=d.get("task") or d["text"], lead=[u["org"] for u in units if u["role"] == "lead"],
                participants=[u["org"] for u in units if u["role"] != "lead"], section=d.get("section") or "",
                targets=targets.get(d.get("task_id"), []), doc_number=d.get("doc_number") or "",
                source=where(files[0] if files else d.get("file_name"), d.get("page"), d.get("para")))
        if (d.get("start"), d["date"]) not in row.deadlines:
            row.deadlines.append((d.get("start"), d["date"]))
    return list(rows.values())


DUE_COLUMN = LEDGER_COLUMNS.index("完成时限")  # the one cell made by us, not taken from the file (`--05-31`)
FORMULA_START = re.compile(r"[=+\-@\t\r]")  # a cell a spreadsheet runs as a formula (OWASP's list)
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # all but tab and line breaks: XLSX and RFC 5545 text refuse them


def _controls_escaped(value):
    """A cell's or an event's text with its control characters escaped (`\\x01`), as `ingest.path_text`
    writes them."""
    if not isinstance(value, str):
        return value
    return CONTROL_CHARACTERS.sub(lambda m: f"\\x{ord(m.group()):02x}", value)


def ledger_csv(rows: list[LedgerRow]) -> bytes:
    """The ledger as CSV in UTF-8 with a byte-order mark, so that Excel opens it right. Text from the file
    that starts like a formula (`=HYPERLINK(…)`, a file named `=1+2.txt`) starts with an apostrophe, which
    Excel shows as text, never runs."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(LEDGER_COLUMNS)
    for n, row in enumerate(rows, 1):
        cells = [c.isoformat() if isinstance(c, dt.date) else _controls_escaped(c) for c in row.cells(n)]
        writer.writerow(["'" + c if i != DUE_COLUMN and isinstance(c, str) and FORMULA_START.match(c) else c
                         for i, c in enumerate(cells)])
    return buf.getvalue().encode("utf-8-sig")


@dataclass
class Sheet:
    """One sheet of a ledger workbook: a name, the lines above the header (title, 文号), the rows."""
    name: str
    heading: list[str]
    rows: list[LedgerRow]


def plan_sheet(plan: Plan) -> Sheet:
    m = plan.meta
    return Sheet(m.doc_number or m.title or Path(plan.source.path or "notice").stem,
                 [m.title or "", "  ".join(x for x in (m.doc_number, m.issuer, m.date) if x)], plan_ledger(plan))


def _sheet_name(name: str, taken: set[str]) -> str:
    """A valid, unused sheet name: at most 31 characters, none of []:*?/\\."""
    base = re.sub(r"[\[\]:*?/\\]", "_", name).strip("'")[:31] or "台账"
    out, n = base, 1
    while out in taken:
        n += 1
        out = f"{base[:31 - len(str(n)) - 1]}_{n}"
    taken.add(out)
    return out


def ledger_xlsx(sheets: list[Sheet]) -> bytes:
    """A workbook, a sheet per notice (or one for a query): heading lines, then the header row, frozen,
    filtered and printed on every page; 序号 as numbers, due days as dates. Every text is a text cell, also
    one that starts with `=` (never a formula), its control characters escaped."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    wb = Workbook()
    wb.remove(wb.active)
    taken: set[str] = set()
    for sheet in sheets:
        ws = wb.create_sheet(_sheet_name(_controls_escaped(sheet.name), taken))
        for line in sheet.heading:
            ws.append([_controls_escaped(line)])
            ws.cell(ws.max_row, 1).data_type = "s"
        header = len(sheet.heading) + 1
        ws.append(LEDGER_COLUMNS)
        for cell in ws[header]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        for n, row in enumerate(sheet.rows, 1):
            ws.append([_controls_escaped(c) for c in row.cells(n)])
            for cell in ws[ws.max_row]:
                if cell.data_type == "f":  # openpyxl's reading of a text that starts with `=`
                    cell.data_type = "s"
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(cell.value, dt.date):
                    cell.number_format = "yyyy-mm-dd"
        last = get_column_letter(len(LEDGER_COLUMNS))
        for i, width in enumerate(WIDTHS, 1):
            ws.column_dimensions[get_column_letter(i)].width = width
        ws.freeze_panes = f"A{header + 1}"
        ws.auto_filter.ref = f"A{header}:{last}{header + len(sheet.rows)}"
        ws.print_title_rows = f"{header}:{header}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# ---------------------------------------------------------------- the calendar

@dataclass
class Event:
    """A calendar entry: what is due, from which notice, and when (a day, or a period's days)."""
    uid: str
    summary: str
    description: str
    due: str
    start: Optional[str] = None
    recurrence: Optional[str] = None  # an RFC 5545 RRULE value, e.g. FREQ=MONTHLY;BYMONTHDAY=5


# The time expression taken out of an event's title, with the preposition that introduces it (`要于…前`,
# `要在…前`), a bracketed gloss right after it (`每季度末(分别在6月、9月和12月底)`) and the comma closing it.
_TIME_AROUND = r"(?:(?<!关)于|(?<![存现正实])在)?{}(?:[（(][^（()）]{{0,30}}[)）])?[，,]?"
# A leading clause that only says from when (`从2019年起，`, `自2024年1月1日起，`).
_FROM_WHEN = re.compile(r"^(?:从|自)[^，,。；;]{1,15}起[，,]")


def _clause(text: str, drop: str = "") -> str:
    """The first sentence of `text`, the time expression `drop` taken out; past 60 characters its first
    clause: a whole phrase, never cut in the middle."""
    if drop:
        text = re.sub(_TIME_AROUND.format(re.escape(drop)), "", text, count=1)
    text = _FROM_WHEN.sub("", re.sub(r"^[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*", "", text))
    text = text.strip(" ，,、：:；;")
    sentence = re.split(r"[。；;！？\n]", text, maxsplit=1)[0].strip()
    if len(sentence) > 60:
        sentence = re.split(r"[，,：:]", sentence, maxsplit=1)[0].strip()
    return sentence


def _summary(task: str, units: list[str]) -> str:
    """An event's title: the task and, in brackets, its units its words do not already name
    (`各牵头单位要将…报送市政府督考办`, not `…（各牵头单位）` again)."""
    unnamed = [u for u in units if u not in task]
    return f"{task}（{'、'.join(unnamed)}）" if unnamed else task


def plan_events(plan: Plan) -> list[Event]:
    """An event per dated deadline of the plan, named by its task (else by its sentence) and the task's
    units, lead first."""
    task_of: dict[tuple, tuple[str, list[str]]] = {}
    for t in plan.tasks:
        orgs = [u.org for u in t.units if u.role == "lead"] + [u.org for u in t.units if u.role != "lead"]
        for d in _task_deadlines(t):
            task_of.setdefault(_span_key(d), (t.text, list(dict.fromkeys(orgs))))
    m = plan.meta
    events = []
    for d in [*plan.deadlines, *plan.recurring_deadlines]:    # a recurring one (每月5日前) repeats by its RRULE
        task, units = task_of.get(_span_key(d), (d.task or d.section or d.text, []))
        what = _clause(task, d.text) or d.text
        description = "\n".join(x for x in (m.title, m.doc_number and f"文号：{m.doc_number}",
                                            d.section and f"章节：{d.section}", f"时限：{d.text}", d.task) if x)
        uid = hashlib.sha1(f"{plan.source.sha256}:{_span_key(d)}".encode()).hexdigest()
        events.append(Event(f"{uid}@notices", _summary(what, units), description, d.date, d.start, d.recurrence))
    return events


def stored_events(deadlines: list[dict]) -> list[Event]:
    """Events from the store's deadline rows (`queries.deadline_rows`)."""
    events = []
    for d in deadlines:
        units = d.get("units", [])
        orgs = [u["org"] for u in units if u["role"] == "lead"] + [u["org"] for u in units if u["role"] != "lead"]
        description = "\n".join(x for x in (d.get("title"), d.get("doc_number") and f"文号：{d['doc_number']}",
                                            d.get("section") and f"章节：{d['section']}", f"时限：{d['text']}",
                                            d.get("sentence") or d.get("task")) if x)
        events.append(Event(f"deadline-{d['id']}-{d['notice_id']}@notices",
                            _summary(_clause(d.get("task") or d["text"], d["text"]) or d["text"],
                                     list(dict.fromkeys(orgs))),
                            description, d["date"], d.get("start"), d.get("recurrence")))
    return events


def _span_key(d: Deadline) -> tuple:
    return (d.span.start, d.span.end) if d.span else (d.text, d.date)


def calendar_ics(events: list[Event], name: str, remind_days: int = 3) -> bytes:
    """An RFC 5545 calendar: an all-day event per event with a year (a period spans its days, a recurring
    deadline carries its RRULE), each with a reminder `remind_days` before (0: none)."""
    from icalendar import Alarm, Calendar
    from icalendar import Event as VEvent
    from icalendar.prop import vRecur
    cal = Calendar()
    cal.add("prodid", "-//notices//deadlines//ZH")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    stamp = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    for e in events:
        if e.due.startswith("--"):
            continue  # no year known: nothing to put on a calendar
        due = dt.date.fromisoformat(e.due)
        start = dt.date.fromisoformat(e.start) if e.start and not e.start.startswith("--") else due
        ev = VEvent()
        ev.add("uid", e.uid)
        ev.add("dtstamp", stamp)
        ev.add("summary", _controls_escaped(e.summary))
        ev.add("description", _controls_escaped(e.description.replace("\r\n", "\n").replace("\r", "\n")))
        ev.add("dtstart", min(start, due))
        ev.add("dtend", due + dt.timedelta(days=1))
        ev.add("transp", "TRANSPARENT")
        if e.recurrence:
            ev.add("rrule", vRecur.from_ical(e.recurrence))
        if remind_days > 0:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", f"{remind_days}天后到期：{_controls_escaped(e.summary)}")
            alarm.add("trigger", -dt.timedelta(days=remind_days))
            ev.add_component(alarm)
        cal.add_component(ev)
    return cal.to_ical()


def plan_ics(plan: Plan, remind_days: int = 3) -> bytes:
    return calendar_ics(plan_events(plan), plan.meta.title or "deadlines", remind_days)


def output(plans: list[Plan], fmt: str, remind_days: int = 3) -> bytes:
    """The plans in one output: JSON (one plan, or JSON Lines for several), summaries one after another,
    one ledger (a sheet per notice in XLSX), one calendar: what `notices parse --format FMT` writes."""
    if fmt == "json":
        if len(plans) == 1:
            return (plans[0].model_dump_json(indent=1) + "\n").encode("utf-8")
        return "".join(p.model_dump_json() + "\n" for p in plans).encode("utf-8")
    if fmt == "summary":
        return "\n".join(summary(p) for p in plans).encode("utf-8")
    if fmt == "csv":
        return ledger_csv([row for p in plans for row in plan_ledger(p)])
    if fmt == "xlsx":
        return ledger_xlsx([plan_sheet(p) for p in plans])
    events = [e for p in plans for e in plan_events(p)]
    name = plans[0].meta.title if len(plans) == 1 else "deadlines"
    return calendar_ics(events, name or "deadlines", remind_days)


def query_output(deadlines: list[dict], targets: dict[int, list[str]], fmt: str, question: str,
                 remind_days: int = 3) -> bytes:
    """Stored deadlines (`queries.deadline_rows`) as one ledger sheet across notices (xlsx, csv) or one
    calendar (ics): what `notices deadlines|query --format` and the API's query downloads write."""
    if fmt == "ics":
        return calendar_ics(stored_events(deadlines), "deadlines", remind_days)
    rows = stored_ledger(deadlines, targets)
    if fmt == "csv":
        return ledger_csv(rows)
    return ledger_xlsx([Sheet("任务台账", [f"查询：{question or '全部'}", f"导出日期：{dt.date.today()}"], rows)])


def ledger_cells(plan: Plan) -> list[list]:
    """The plan's ledger as the rows of a table, 序号 first (the web page shows them)."""
    return [row.cells(n) for n, row in enumerate(plan_ledger(plan), 1)]
