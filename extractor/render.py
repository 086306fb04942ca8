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
