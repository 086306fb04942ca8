"""Questions to the store: deadlines in a period, failed files, notices by id.

A deadline is *due within* a period when its day lies in it (the default), and
*overlaps* it (`overlap=True`) when the span from its start (or its day) to its day
meets the period. A day without a year (`--MM-DD`, stored with `due_year` NULL) only
matches when `any_year` is set, by month and day alone.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Optional

from sqlalchemy import Connection, and_, exists, false, func, or_, select

from . import models as m

D, N, T, U, P = m.DeadlineRow, m.NoticeRow, m.TaskRow, m.TaskUnitRow, m.NoticePath


@dataclass
class DeadlineQuery:
    start: Optional[dt.date] = None
    end: Optional[dt.date] = None
    overlap: bool = False
    any_year: bool = False
    org: Optional[str] = None
    role: Optional[str] = None          # "lead" | "participant" | None for either
    issuer: Optional[str] = None
    notice: Optional[str] = None        # notice id, doc number, title, file path or hash prefix


def _no_year_clause(start: dt.date, end: dt.date):
    """`--MM-DD` days whose month and day fall in the period, whatever the year."""
    if (end - start).days >= 365:
        return D.due_year.is_(None) & D.due_month.is_not(None)
    md = D.due_month * 100 + D.due_day
    lo, hi = start.month * 100 + start.day, end.month * 100 + end.day
    inside = md.between(lo, hi) if lo <= hi else or_(md >= lo, md <= hi)
    return and_(D.due_year.is_(None), inside)


def _period_clause(q: DeadlineQuery):
    start, end = q.start or dt.date.min, q.end or dt.date.max
    if q.overlap:
        dated = and_(D.due_date >= start, func.coalesce(D.start_date, D.due_date) <= end)
    else:
        dated = D.due_date.between(start, end)
    if q.any_year and q.start and q.end:
        return or_(dated, _no_year_clause(q.start, q.end))
    return dated


def _notice_clause(ref: str):
    like = f"%{ref}%"
    by_id = N.id == int(ref) if ref.isdigit() else false()
    return or_(by_id, N.doc_number.like(like), N.title.like(like), N.sha256.startswith(ref.lower()),
               exists().where(P.notice_id == N.id, P.path.like(like)))


def deadline_rows(conn: Connection, q: DeadlineQuery) -> list[dict]:
    """Deadlines matching the query, sorted by day (days without a year last), each with its task,
    the task's units and roles, and the notice's title, doc number and files."""
    where = [N.status == "ok", _period_clause(q) if (q.start or q.end) else D.due_month.is_not(None)]
    if q.org or q.role:
        unit = [U.task_id == D.task_id]
        if q.org:
            unit.append(U.org.like(f"%{q.org}%"))
        if q.role:
            unit.append(U.role == q.role)
        where.append(exists().where(*unit))
    if q.issuer:
        where.append(N.issuer.like(f"%{q.issuer}%"))
    if q.notice:
        where.append(_notice_clause(q.notice))
    stmt = (select(D.id, D.date, D.start, D.kind, D.text, D.task, D.section, D.task_id, T.text.label("task_text"),
                   N.id.label("notice_id"), N.title, N.doc_number, N.issuer)
            .join(N, N.id == D.notice_id).outerjoin(T, T.id == D.task_id).where(*where)
            .order_by(D.due_year.is_(None), D.due_year, D.due_month, D.due_day, N.sha256, D.seq))
    rows = conn.execute(stmt).mappings().all()
    units = _units(conn, {r["task_id"] for r in rows if r["task_id"]})
    paths = notice_paths(conn, {r["notice_id"] for r in rows})
    return [{"date": r["date"], "start": r["start"], "kind": r["kind"], "text": r["text"],
             "task": r["task_text"] or r["task"], "section": r["section"], "units": units.get(r["task_id"], []),
             "notice_id": r["notice_id"], "title": r["title"], "doc_number": r["doc_number"], "issuer": r["issuer"],
             "files": paths.get(r["notice_id"], [])} for r in rows]


def _units(conn: Connection, task_ids: set[int]) -> dict[int, list[dict]]:
    out: dict[int, list[dict]] = {}
    if task_ids:
        for tid, org, role in conn.execute(select(U.task_id, U.org, U.role).where(U.task_id.in_(task_ids))
                                           .order_by(U.id)):
            out.setdefault(tid, []).append({"org": org, "role": role})
    return out


def notice_paths(conn: Connection, notice_ids: set[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    if notice_ids:
        for nid, path in conn.execute(select(P.notice_id, P.path).where(P.notice_id.in_(notice_ids))
                                      .order_by(P.path)):
            out.setdefault(nid, []).append(path)
    return out


def failures(conn: Connection) -> list[dict]:
    """Every file recorded as failed, with its reason."""
    rows = conn.execute(select(P.path, N.error, N.error_kind, N.indexed_at).join(N, N.id == P.notice_id)
                        .where(N.status == "failed").order_by(P.path)).all()
    return [{"path": p, "error": e, "kind": k, "indexed_at": t.isoformat() if t else None} for p, e, k, t in rows]


def notices_by_id(conn: Connection, ids: list[int]) -> dict[int, dict]:
    rows = conn.execute(select(N.id, N.title, N.doc_number, N.issuer, N.date).where(N.id.in_(ids))).mappings()
    paths = notice_paths(conn, set(ids))
    return {r["id"]: {**r, "files": paths.get(r["id"], [])} for r in rows}
