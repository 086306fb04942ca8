"""Human-readable views of a Plan: a summary for the terminal."""
from __future__ import annotations

from .models import Plan, Section

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


LEDGER_COLUMNS = ["序号", "章节", "任务", "牵头单位", "配合单位", "完成时限", "开始", "目标", "原文时间"]


def ledger_rows(plan: Plan) -> list[list[str]]:
    """The task ledger (督办台账): one row per task, in outline order."""
    rows = []
    for n, t in enumerate(plan.tasks, 1):
        lead = "、".join(u.org for u in t.units if u.role == "lead")
        part = "、".join(u.org for u in t.units if u.role == "participant")
        d = t.deadline
        targets = "；".join(x.text for x in t.targets)
        rows.append([str(n), t.section or "", t.text, lead, part, d.date if d else "", (d.start or "") if d else "",
                     targets, d.text if d else ""])
    return rows


def ledger_csv(plan: Plan) -> str:
    import csv
    import io
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(LEDGER_COLUMNS)
    writer.writerows(ledger_rows(plan))
    return buf.getvalue()


def ledger_xlsx(plan: Plan) -> bytes:
    import io

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "任务台账"
    ws.append([plan.meta.title or ""])
    ws.append([f"{plan.meta.doc_number or ''}  {plan.meta.issuer or ''}  {plan.meta.date or ''}".strip()])
    ws.append(LEDGER_COLUMNS)
    for cell in ws[3]:
        cell.font = Font(bold=True)
    for row in ledger_rows(plan):
        ws.append(row)
    for col, width in zip("ABCDEFGHI", (6, 20, 60, 24, 24, 12, 12, 24, 16)):
        ws.column_dimensions[col].width = width
    for row in ws.iter_rows(min_row=4):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def deadlines_ics(plan: Plan) -> bytes:
    """A calendar with one all-day event per deadline that has a year (periods span their days)."""
    import datetime as dt
    import hashlib

    from icalendar import Calendar, Event
    cal = Calendar()
    cal.add("prodid", "-//notices//deadlines//ZH")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", plan.meta.title or "deadlines")
    for d in plan.deadlines:
        if d.date.startswith("--"):
            continue  # no year known: nothing to put on a calendar
        due = dt.date.fromisoformat(d.date)
        start = dt.date.fromisoformat(d.start) if d.start and not d.start.startswith("--") else due
        ev = Event()
        ev.add("summary", f"{d.text}：{(d.task or '')[:60]}")
        ev.add("dtstart", start)
        ev.add("dtend", due + dt.timedelta(days=1))
        ev.add("description", "\n".join(x for x in (d.task, d.section and f"章节：{d.section}",
                                                   plan.meta.title, plan.meta.doc_number) if x))
        uid = hashlib.sha1(f"{plan.source.sha256}:{d.span.start if d.span else d.text}".encode()).hexdigest()
        ev.add("uid", f"{uid}@notices")
        cal.add_component(ev)
    return cal.to_ical()
