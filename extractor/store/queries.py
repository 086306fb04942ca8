"""Questions to the store: deadlines in a period, failed files, notices by id, a notice's plan.

A deadline is *due within* a period when its day lies in it (the default), and
*overlaps* it (`overlap=True`) when the span from its start (or its day) to its day
meets the period. A day without a year (`--MM-DD`, stored with `due_year` NULL) only
matches when `any_year` is set, by month and day alone.

A unit is asked for by part of its name: the query matches the distinct names in `unit_names`
(kept by a trigger, migration 0003) and finds their task units by index, rather than testing a
`LIKE '%…%'` on every task unit. Those names' deadlines then come from `deadline_units` (migration 0008:
a row per dated deadline and unit and role, with the keys deadlines are listed by), one index range per
name, role and range of days, each in listing order: a page is the first rows of each range merged, the
total their index counts, without joining a unit's deadlines to their notices or sorting them.
Large answers come a page at a time (`limit`, `offset`), in a fixed order, with `count_deadlines` for
the total.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Optional

from sqlalchemy import Connection, and_, column, exists, false, func, or_, select, table, text
from sqlalchemy.sql.expression import TableClause
from sqlalchemy.types import BigInteger, Date, DateTime, Integer, String


def _table(table_name: str, **columns) -> TableClause:
    return table(table_name, *(column(c, kind) for c, kind in columns.items()))


# The columns the questions read, as lightweight tables (`sqlalchemy.table`, as for `unit_names`): the SQLModel
# classes of models.py stay the schema, but building them costs a read command ~0.3 s CPU of its start-up
# (sqlmodel, SQLAlchemy's ORM, fourteen pydantic classes). tests/test_store.py checks each column against models.py.
ID, TEXT = Integer(), String()
DEADLINES = _table("deadlines", id=ID, notice_id=ID, task_id=ID, seq=ID, date=TEXT, due_date=Date(), due_year=ID,
                   due_month=ID, due_day=ID, start=TEXT, start_date=Date(), kind=TEXT, text=TEXT, task=TEXT,
                   section=TEXT, recurrence=TEXT, span_start=ID, span_end=ID, page=ID, para=ID)
NOTICES = _table("notices", id=ID, sha256=TEXT, status=TEXT, error=TEXT, error_kind=TEXT, title=TEXT,
                 doc_number=TEXT, issuer=TEXT, date=TEXT, file_name=TEXT, indexed_at=DateTime(timezone=True))
TASKS = _table("tasks", id=ID, text=TEXT)
TASK_UNITS = _table("task_units", id=ID, task_id=ID, org=TEXT, role=TEXT)
PATHS = _table("notice_paths", notice_id=ID, path=TEXT)
TARGETS = _table("targets", id=ID, task_id=ID, text=TEXT)
FILES = _table("notice_files", notice_id=ID, sha256=TEXT, name=TEXT)
D, N, T, U, P = DEADLINES.c, NOTICES.c, TASKS.c, TASK_UNITS.c, PATHS.c
UNIT_NAMES = _table("unit_names", name=TEXT)
DEADLINE_UNITS = _table("deadline_units", deadline_id=ID, org=TEXT, role=TEXT, day=ID, notice_key=BigInteger(), seq=ID)
DU = DEADLINE_UNITS.c
UNDATED_DAY = 100_000_000   # rows.UNDATED_DAY: days without a year are numbered from here, after every dated day
ROLES = ("lead", "participant")
MAX_STREAMS = 200   # index ranges in one statement (SQLite: 500 SELECTs in a compound, 999 parameters at least)
MAX_ID = 2**31 - 1  # notices.id is a 32-bit integer on PostgreSQL: a larger number is no id
IN_LIST = 10_000  # ids per IN (...): SQLite and PostgreSQL cap the parameters of one statement


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
    notice_id: Optional[int] = None     # exactly this notice


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


def is_notice_id(ref: str) -> bool:
    """An ASCII number that a notice id can be (1 to MAX_ID)."""
    return ref.isascii() and ref.isdigit() and len(ref) <= 10 and 0 < int(ref) <= MAX_ID


def _notice_clause(ref: str):
    like = f"%{ref}%"
    by_id = N.id == int(ref) if is_notice_id(ref) else false()
    return or_(by_id, N.doc_number.like(like), N.title.like(like), N.sha256.startswith(ref.lower()),
               exists().where(P.notice_id == N.id, P.path.like(like)))


def _unit_names(conn: Connection, part: str):
    """The unit names containing `part`, as a list, so that PostgreSQL plans with what its statistics
    say of those very names (a unit in one task or in a fifth of them); the subquery past IN_LIST names."""
    names = select(UNIT_NAMES.c.name).where(UNIT_NAMES.c.name.like(f"%{part}%"))
    found = conn.execute(names.limit(IN_LIST + 1)).scalars().all()
    return names if len(found) > IN_LIST else found


def _unit_clause(conn: Connection, q: DeadlineQuery):
    """Deadlines of tasks with a unit named like `q.org` in role `q.role`. Without a period the tasks are
    found first and their deadlines looked up by ix_deadlines_task; on PostgreSQL as `= ANY(ARRAY(...))`,
    since as a semi-join its planner reads every deadline instead when a unit holds a fifth of the tasks.
    With a period PostgreSQL chooses between the period's deadlines and the unit's tasks."""
    unit = [U.role == q.role] if q.role else []
    if q.org:
        unit.append(U.org.in_(_unit_names(conn, q.org)))
    tasks = select(U.task_id).where(*unit)
    if conn.dialect.name == "postgresql" and not (q.start or q.end):
        return D.task_id == func.any(func.array(tasks.scalar_subquery()))
    return D.task_id.in_(tasks)


def _matching(conn: Connection, q: DeadlineQuery, column, with_notices: bool = False):
    """SELECT column FROM the deadlines matching the query, joined to their notices when a filter or
    `with_notices` needs them."""
    where = [_period_clause(q) if (q.start or q.end) else D.due_month.is_not(None)]
    if q.org or q.role:
        where.append(_unit_clause(conn, q))
    if q.issuer:
        where.append(N.issuer.like(f"%{q.issuer}%"))
    if q.notice:
        where.append(_notice_clause(q.notice))
    if q.notice_id is not None:
        where.append(D.notice_id == q.notice_id)
    stmt = select(column).select_from(DEADLINES)
    if q.issuer or q.notice or with_notices:
        stmt = stmt.join(NOTICES, N.id == D.notice_id)
    # No test of notices.status: only notices parsed ok have deadlines. (With one, SQLite's planner,
    # which has no statistics, would walk every notice by ix_notices_status.)
    return stmt.where(*where)


# Day (days without a year last), then notice and place in it: the same order on every back end.
_ORDER = (D.due_year.is_(None), D.due_year, D.due_month, D.due_day, N.sha256, D.seq, D.id)
# The same order for deadlines that all have a year (a period without any_year): by due_date, whose
# index then gives the page's rows in order, instead of sorting all of the period's.
_DATED_ORDER = (D.due_date, N.sha256, D.seq, D.id)
# The same order again, written (due_year + 0) so that no index gives it: a unit's deadlines are found
# through its tasks and sorted. PostgreSQL would otherwise walk ix_deadlines_day, testing each deadline's
# units, on the guess that a unit's deadlines are spread evenly over the days; a unit whose deadlines
# all come last (days without a year) then costs the whole index (1.6 s at 100,000 notices).
_UNIT_ORDER = (D.due_year.is_(None), D.due_year + 0, D.due_month, D.due_day, N.sha256, D.seq, D.id)


def _order(q: DeadlineQuery) -> tuple:
    if (q.start or q.end) and not q.any_year:
        return _DATED_ORDER
    return _UNIT_ORDER if q.org or q.role else _ORDER


def count_deadlines(conn: Connection, q: DeadlineQuery) -> int:
    """How many deadlines match the query (all pages)."""
    streams = _unit_streams(conn, q)
    if streams is not None:
        return _count_streams(conn, streams)
    return conn.execute(_matching(conn, q, func.count())).scalar()


# ---------------------------------------------------------------- a unit's deadlines from deadline_units

def _day(d: dt.date) -> int:
    return d.year * 10_000 + d.month * 100 + d.day


def _day_ranges(q: DeadlineQuery) -> Optional[list[tuple[int, int]]]:
    """The `deadline_units.day` ranges the query's period is (disjoint), or None when it is none (overlap)."""
    if q.overlap:
        return None
    if not (q.start or q.end):
        return [(0, 2 * UNDATED_DAY)]     # every deadline with a due month, with a year or not
    start, end = q.start or dt.date.min, q.end or dt.date.max
    ranges = [(_day(start), _day(end))]
    if q.any_year and q.start and q.end:  # as _no_year_clause
        lo, hi = start.month * 100 + start.day, end.month * 100 + end.day
        if (end - start).days >= 365:
            ranges.append((UNDATED_DAY, 2 * UNDATED_DAY))
        elif lo <= hi:
            ranges.append((UNDATED_DAY + lo, UNDATED_DAY + hi))
        else:
            ranges += [(UNDATED_DAY, UNDATED_DAY + hi), (UNDATED_DAY + lo, 2 * UNDATED_DAY)]
    return ranges


def _unit_streams(conn: Connection, q: DeadlineQuery) -> Optional[list[tuple[str, str, int, int]]]:
    """A unit question as index ranges of deadline_units, (org, role, first day, last day) each, in each of
    which the deadlines come in listing order; None when the question is not one (no unit named, a filter
    on notices, overlapping a period, more names than IN_LIST)."""
    if not q.org or q.issuer or q.notice or q.notice_id is not None:
        return None
    ranges = _day_ranges(q)
    if ranges is None:
        return None
    names = _unit_names(conn, q.org)
    if not isinstance(names, list):
        return None
    roles = [q.role] if q.role else ROLES
    streams = [(name, role, lo, hi) for name in sorted(names) for role in roles for lo, hi in ranges]
    return streams if len(streams) <= MAX_STREAMS else None


_STREAM = ("FROM deadline_units WHERE org = :o{i} AND role = :r{i} AND day BETWEEN :a{i} AND :b{i}")


def _stream_params(streams) -> dict:
    return {f"{k}{i}": v for i, s in enumerate(streams) for k, v in zip("orab", s)}


def _count_streams(conn: Connection, streams) -> int:
    """The deadlines of the streams, each once. A deadline has a row per unit and role, so that one of
    several names, or both roles, may list it twice: those are counted distinct; one unit's ranges are
    disjoint and counted in the index alone."""
    if not streams:
        return 0
    if len({(o, r) for o, r, _a, _b in streams}) > 1:
        return _count_distinct(conn, streams)
    sql = " UNION ALL ".join(f"SELECT count(*) AS n {_STREAM.format(i=i)}" for i in range(len(streams)))
    return sum(conn.execute(text(sql), _stream_params(streams)).scalars())


def _count_distinct(conn: Connection, streams) -> int:
    sql = " UNION ".join(f"SELECT deadline_id {_STREAM.format(i=i)}" for i in range(len(streams)))
    return conn.execute(text(f"SELECT count(*) FROM ({sql}) AS matched"), _stream_params(streams)).scalar()


def _stream_page(conn: Connection, streams, limit: Optional[int], offset: int) -> list[int]:
    """The ids of the page's deadlines, in listing order: the first offset + limit of each stream (from the
    index, in order), merged; a deadline in several streams once. Exact: a deadline among the first k of
    the whole answer is among the first k of each stream that holds it."""
    if not streams:
        return []
    cut = "" if limit is None else f" LIMIT {int(offset + limit)}"
    sql = " UNION ALL ".join(f"SELECT * FROM (SELECT day, notice_key, seq, deadline_id {_STREAM.format(i=i)} "
                             f"ORDER BY day, notice_key, seq, deadline_id{cut}) AS s{i}" for i in range(len(streams)))
    rows = conn.execute(text(sql), _stream_params(streams)).all()
    ids, seen = [], set()
    for *_keys, deadline_id in sorted(rows):
        if deadline_id not in seen:
            seen.add(deadline_id)
            ids.append(deadline_id)
    return ids[offset:] if limit is None else ids[offset:offset + limit]


def deadline_rows(conn: Connection, q: DeadlineQuery, limit: Optional[int] = None, offset: int = 0) -> list[dict]:
    """Deadlines matching the query, sorted by day (days without a year last), each with its task,
    the task's units and roles, the notice's title, doc number and files, and its span in the notice's
    text; `limit` rows from `offset` (all when `limit` is None). The page is chosen on the sort keys alone, then only its rows are read."""
    columns = select(D.id, D.date, D.start, D.kind, D.text, D.task, D.section, D.task_id, D.page, D.para,
                     D.recurrence, D.span_start, D.span_end, T.text.label("task_text"),
                     N.id.label("notice_id"), N.title, N.doc_number, N.issuer, N.file_name) \
        .join(NOTICES, N.id == D.notice_id).outerjoin(TASKS, T.id == D.task_id)
    streams = _unit_streams(conn, q)
    if streams is not None:
        ids = _stream_page(conn, streams, limit, offset)
        found = {}
        for chunk in _chunks(set(ids)):
            found.update((r["id"], r) for r in conn.execute(columns.where(D.id.in_(chunk))).mappings())
        rows = [found[i] for i in ids]
    else:
        page = _matching(conn, q, D.id, with_notices=True).order_by(*_order(q)).limit(limit).offset(offset or None)
        rows = conn.execute(columns.where(D.id.in_(page)).order_by(*_order(q))).mappings().all()
    units = _units(conn, {r["task_id"] for r in rows if r["task_id"]})
    paths = notice_paths(conn, {r["notice_id"] for r in rows})
    return [{"date": r["date"], "start": r["start"], "kind": r["kind"], "text": r["text"],
             "task": r["task_text"] or r["task"], "section": r["section"], "units": units.get(r["task_id"], []),
             "notice_id": r["notice_id"], "title": r["title"], "doc_number": r["doc_number"], "issuer": r["issuer"],
             "files": paths.get(r["notice_id"], []), "id": r["id"], "task_id": r["task_id"],
             "sentence": r["task"], "page": r["page"], "para": r["para"], "file_name": r["file_name"],
             "span_start": r["span_start"], "span_end": r["span_end"], "recurrence": r["recurrence"]} for r in rows]


def _chunks(ids: set[int]) -> list[list[int]]:
    """The ids in lists of at most IN_LIST, one IN (...) each."""
    ordered = sorted(ids)
    return [ordered[i:i + IN_LIST] for i in range(0, len(ordered), IN_LIST)]


def _units(conn: Connection, task_ids: set[int]) -> dict[int, list[dict]]:
    out: dict[int, list[dict]] = {}
    for chunk in _chunks(task_ids):
        for tid, org, role in conn.execute(select(U.task_id, U.org, U.role).where(U.task_id.in_(chunk))
                                           .order_by(U.id)):
            out.setdefault(tid, []).append({"org": org, "role": role})
    return out


def notice_paths(conn: Connection, notice_ids: set[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for chunk in _chunks(notice_ids):
        for nid, path in conn.execute(select(P.notice_id, P.path).where(P.notice_id.in_(chunk))
                                      .order_by(P.path)):
            out.setdefault(nid, []).append(path)
    return out


def task_targets(conn: Connection, task_ids: set[int]) -> dict[int, list[str]]:
    """Each task's targets, as written."""
    X, out = TARGETS.c, {}
    for chunk in _chunks(task_ids):
        for tid, text_ in conn.execute(select(X.task_id, X.text).where(X.task_id.in_(chunk)).order_by(X.id)):
            out.setdefault(tid, []).append(text_)
    return out


def notice_copies(conn: Connection, notice_ids: set[int]) -> dict[int, list[dict]]:
    """Each notice's other files (other formats of it): sha256 and name."""
    F, out = FILES.c, {}
    for chunk in _chunks(notice_ids):
        for nid, sha, name in conn.execute(select(F.notice_id, F.sha256, F.name).where(F.notice_id.in_(chunk))
                                           .order_by(F.sha256)):
            out.setdefault(nid, []).append({"sha256": sha, "name": name})
    return out


def failures(conn: Connection) -> list[dict]:
    """Every file recorded as failed, with its reason."""
    rows = conn.execute(select(P.path, N.error, N.error_kind, N.indexed_at).join(NOTICES, N.id == P.notice_id)
                        .where(N.status == "failed").order_by(P.path)).all()
    return [{"path": p, "error": e, "kind": k, "indexed_at": _utc(t).isoformat() if t else None} for p, e, k, t in rows]


def _utc(time: dt.datetime) -> dt.datetime:
    """A stored time in UTC, as the column's type (sqlmodel's UTCDateTime) reads it: SQLite keeps no offset."""
    return time.replace(tzinfo=dt.timezone.utc) if time.utcoffset() is None else time.astimezone(dt.timezone.utc)


def notices_by_id(conn: Connection, ids: list[int]) -> dict[int, dict]:
    rows = conn.execute(select(N.id, N.title, N.doc_number, N.issuer, N.date).where(N.id.in_(ids))).mappings()
    paths = notice_paths(conn, set(ids))
    return {r["id"]: {**r, "files": paths.get(r["id"], [])} for r in rows}
