"""A notice's records as plain rows, made where it is parsed, and written a table at a time.

The workers of an index run send a `NoticeRecord` (lists of plain values, ready to insert) instead of the
pydantic plan: unpickling a plan and building its rows had cost the parent, which stores every notice
alone, ~3 ms of CPU a notice. The parent (`indexer._store`) gives the rows their notice, the ids of the
rows others point at (`PendingRows`), and writes each table in one statement per transaction: COPY on
PostgreSQL, executemany on SQLite, both without SQLAlchemy's per-row parameter processing (values are
already what the driver stores: dates as ISO text, as SQLAlchemy writes them to SQLite).
"""
from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

SPAN = ("span_start", "span_end", "page", "para")
# The plan's tables, in an order that inserts a row after the rows it points at, with the columns a worker
# fills (after `id` and `notice_id`, which the parent adds).
TABLES: dict[str, tuple[str, ...]] = {
    "sections": ("parent_id", "seq", "level", "marker", "heading", "text", *SPAN),
    "tasks": ("seq", "text", "section", *SPAN),
    "deadlines": ("task_id", "seq", "date", "due_date", "due_year", "due_month", "due_day", "start", "start_date",
                  "kind", "year_inferred", "text", "task", "section", "rule", "recurrence", *SPAN),
    "targets": ("task_id", "value", "unit", "op", "metric", "subject", "text", "rule", *SPAN),
    "task_units": ("task_id", "org", "role"),
    "organizations": ("name",),
    "org_mentions": ("organization_id", *SPAN),
    "people": ("name", "title", *SPAN),
    "responsibilities": ("org", "duty", "role", "deadline", "rule", *SPAN),
    "contacts": ("name", "phone", "email", *SPAN),
    "references": ("kind", "title", "number", "text", *SPAN),
}
LINKED = ("sections", "tasks", "deadlines", "targets", "organizations")   # their ids are given here
LINKS = {"parent_id": "sections", "task_id": "tasks", "organization_id": "organizations"}  # column -> table
NOT_OWNED = {"task_units", "org_mentions"}   # rows of another row (a task, an organisation), without notice_id
# zlib's fastest level for the stored plan: 0.6 -> 0.3 ms of a worker's CPU a notice for a blob ~20 % larger
# (7 -> 8 KB); `zlib.decompress` reads a blob of any level, so plans stored at the default level read the same.
PLAN_LEVEL = 1


@dataclass
class NoticeRecord:
    """What storing a parsed notice needs, in plain values: its notices row (`notice`: format, script, encoding,
    conversion, pages, title, doc_number, issuer, date, recipients, text_key), the file's name and first reader warning, its search terms, its plan as stored (compressed JSON without
    its path), and its records (`rows`: table -> rows of TABLES' columns, a link as the place of the row it
    points at among this notice's rows of that table)."""
    sha256: str
    notice: dict
    name: Optional[str]
    warning: Optional[str]
    title_words: str
    body_words: str
    plan_body: bytes
    rows: dict[str, list[list]] = field(default_factory=dict)

    def units(self) -> list[str]:
        """The unit names of its tasks."""
        return [row[1] for row in self.rows.get("task_units", ())]


def text_key(text: str) -> Optional[str]:
    """A hash of the text's Chinese characters alone: the same for one notice read from its TXT, DOCX, PDF
    or HTML, whose spaces, line breaks, punctuation and page numbers differ."""
    han = re.sub(r"[^\u4e00-\u9fff]", "", text)
    return hashlib.sha256(han.encode("utf-8")).hexdigest() if len(han) >= 20 else None


def notice_record(plan) -> NoticeRecord:
    """A parsed plan as a NoticeRecord (made in the worker, outside any transaction)."""
    from .search import index_terms
    meta, src = plan.meta, plan.source
    pathless = plan.model_copy(update={"source": src.model_copy(update={"path": None})})
    notice = dict(format=src.format, script=src.script, encoding=src.encoding, conversion=src.conversion,
                  pages=src.pages, title=meta.title, doc_number=meta.doc_number, issuer=meta.issuer, date=meta.date,
                  recipients="、".join(meta.recipients) or None, text_key=text_key(plan.text))
    return NoticeRecord(sha256=src.sha256, notice=notice, name=Path(src.path).name if src.path else None,
                        warning=src.warnings[0] if src.warnings else None,
                        title_words=index_terms(meta.title or ""), body_words=index_terms(plan.text),
                        plan_body=zlib.compress(pathless.model_dump_json().encode("utf-8"), PLAN_LEVEL),
                        rows=plan_rows(plan))


# ---------------------------------------------------------------- a plan's records

def _span(item) -> dict:
    s = getattr(item, "span", None)
    return {"span_start": s.start if s else None, "span_end": s.end if s else None,
            "page": s.page if s else None, "para": s.para if s else None}


def day_parts(day: Optional[str]) -> dict:
    """`YYYY-MM-DD` or `--MM-DD` split into year (None for --MM-DD), month, day, and the date (ISO) when whole."""
    import datetime as dt
    if not day:
        return {}
    mt = re.fullmatch(r"(\d{4}|-)-(\d{2})-(\d{2})", day)
    if not mt:
        return {}
    year = int(mt.group(1)) if mt.group(1) != "-" else None
    month, d = int(mt.group(2)), int(mt.group(3))
    try:
        whole = dt.date(year, month, d).isoformat() if year else None
    except ValueError:
        return {}
    return {"year": year, "month": month, "day": d, "date": whole}


def _deadline_values(dl) -> dict:
    due, start = day_parts(dl.date), day_parts(dl.start)
    return dict(date=dl.date, due_date=due.get("date"), due_year=due.get("year"), due_month=due.get("month"),
                due_day=due.get("day"), start=dl.start, start_date=start.get("date"), kind=dl.kind,
                year_inferred=dl.year_inferred, text=dl.text, task=dl.task, section=dl.section, rule=dl.rule,
                recurrence=dl.recurrence, **_span(dl))


def _target_values(t) -> dict:
    return dict(value=t.value, unit=t.unit, op=t.op, metric=t.metric, subject=t.subject, text=t.text, rule=t.rule,
                **_span(t))


def _key(item) -> tuple:
    """Identity of an extracted item within a notice: its span, else its text."""
    s = item.span
    return (s.start, s.end) if s else (item.text,)


def plan_rows(plan) -> dict[str, list[list]]:
    """Every record of one plan, table by table, in the order the ids are given; a task's deadline and
    targets link to the plan's own items (same span), or are added after them when it lacks them."""
    rows: dict[str, list[dict]] = {table: [] for table in TABLES}

    def add(table: str, **values) -> int:
        rows[table].append(values)
        return len(rows[table]) - 1

    _section_rows(plan.sections, add)
    deadlines = [*plan.deadlines, *plan.recurring_deadlines]
    deadline_ids: dict[tuple, int] = {}
    for i, dl in enumerate(deadlines):
        deadline_ids.setdefault(_key(dl), add("deadlines", task_id=None, seq=i, **_deadline_values(dl)))
    target_ids: dict[tuple, int] = {}
    for t in plan.targets:
        target_ids.setdefault(_key(t), add("targets", task_id=None, **_target_values(t)))
    task_ids = [add("tasks", seq=i, text=task.text, section=task.section, **_span(task))
                for i, task in enumerate(plan.tasks)]
    for task, tid in zip(plan.tasks, task_ids):
        for u in task.units:
            add("task_units", task_id=tid, org=u.org, role=u.role)
    additions: dict[str, list[dict]] = {"deadlines": [], "targets": []}   # a task's items the plan lacks
    for i, (task, tid) in enumerate(zip(plan.tasks, task_ids)):
        if task.deadline is not None:
            _link(rows["deadlines"], deadline_ids.get(_key(task.deadline)), tid, additions["deadlines"],
                  dict(seq=len(deadline_ids) + i, **_deadline_values(task.deadline)))
        for t in task.targets:
            _link(rows["targets"], target_ids.get(_key(t)), tid, additions["targets"], _target_values(t))
    for table, added in additions.items():
        rows[table] += added
    for org in plan.organizations:
        oid = add("organizations", name=org.name)
        for sp in org.mentions:
            add("org_mentions", organization_id=oid, span_start=sp.start, span_end=sp.end, page=sp.page, para=sp.para)
    for p in plan.people:
        add("people", name=p.name, title=p.title, **_span(p))
    for r in plan.responsibilities:
        add("responsibilities", org=r.org, duty=r.duty, role=r.role, deadline=r.deadline, rule=r.rule, **_span(r))
    for c in plan.contacts:
        add("contacts", name=c.name, phone=c.phone, email=c.email, **_span(c))
    for ref in plan.references:
        add("references", kind=ref.kind, title=ref.title, number=ref.number, text=ref.text, **_span(ref))
    return {table: [[row[c] for c in TABLES[table]] for row in found] for table, found in rows.items() if found}


def _link(rows: list[dict], place: Optional[int], task_id: int, additions: list[dict], values: dict) -> None:
    """Point the plan's item at its task, or add the task's own item when the plan lacks it."""
    if place is None:
        additions.append(dict(values, task_id=task_id))
    else:
        rows[place]["task_id"] = task_id


def _section_rows(sections, add: Callable) -> None:
    """The outline, numbered in reading order, a depth at a time (the order ids were given in)."""
    order: dict[int, int] = {}

    def number(items) -> None:
        for s in items:
            order[id(s)] = len(order) + 1
            number(s.children)

    number(sections)
    level: list = [(None, s) for s in sections]
    while level:
        places = [add("sections", parent_id=parent, seq=order[id(s)], level=s.level, marker=s.marker,
                      heading=s.heading, text=s.text, **_span(s)) for parent, s in level]
        level = [(place, c) for place, (_p, s) in zip(places, level) for c in s.children]


# ---------------------------------------------------------------- writing

class PendingRows:
    """The rows of a transaction's notices that nothing reads before it ends: their records, plans, search
    terms and paths, written then a statement per table (`write`). Rows that others point at get the ids
    the database would have given them storing notice after notice (SQLite's max + 1 on: the writer holds
    the write lock; the PostgreSQL sequence, in order). Whatever deletes rows or reads paths writes the
    pending rows first, so ids freed by a deletion are given again as they would be."""

    def __init__(self) -> None:
        self.notices: list[tuple[int, NoticeRecord]] = []
        self.paths: dict[str, int] = {}

    def add(self, notice_id: int, record: NoticeRecord) -> None:
        self.notices.append((notice_id, record))

    def add_path(self, notice_id: int, path: str) -> None:
        self.paths[path] = notice_id

    def write(self, conn: Connection) -> None:
        notices, paths, self.notices, self.paths = self.notices, self.paths, [], {}
        if notices:
            insert_rows(conn, "plans", ("notice_id", "body"), [(nid, r.plan_body) for nid, r in notices])
            fts_id = "rowid" if conn.dialect.name == "sqlite" else "notice_id"
            insert_rows(conn, "notice_fts", (fts_id, "title", "body"),
                        [(nid, r.title_words, r.body_words) for nid, r in notices])
            _write_records(conn, notices)
        if paths:
            insert_rows(conn, "notice_paths", ("notice_id", "path"), [(nid, p) for p, nid in paths.items()])


def _write_records(conn: Connection, notices: list[tuple[int, NoticeRecord]]) -> None:
    counts = {table: sum(len(r.rows.get(table, ())) for _n, r in notices) for table in LINKED}
    ids = {table: next_ids(conn, table, n) for table, n in counts.items() if n}
    written: dict[str, list[tuple]] = {}
    for table, columns in TABLES.items():
        links = [(i, LINKS[c]) for i, c in enumerate(columns) if c in LINKS]
        linked, owned = table in LINKED, table not in NOT_OWNED
        out: list[tuple] = []
        before = dict.fromkeys(LINKED, 0)        # rows of the notices before this one, per linked table
        for notice_id, record in notices:
            found = record.rows.get(table, ())
            if links and found:   # a copy: the record is stored again when its transaction is run again
                found = [list(row) for row in found]
                for i, target in links:
                    given, first = ids.get(target), before[target]   # none when no row has one
                    for row in found:
                        if row[i] is not None:
                            row[i] = given[first + row[i]]
            owner = (notice_id,) if owned else ()
            if linked:
                out += [(given_id, *owner, *row) for given_id, row in zip(ids.get(table, ())[len(out):], found)]
            else:
                out += [(*owner, *row) for row in found]
            for t in LINKED:
                before[t] += len(record.rows.get(t, ()))
        if out:
            insert_rows(conn, table, ("id",) * linked + ("notice_id",) * owned + columns, out)
        written[table] = out
    units = deadline_units(conn, written["deadlines"], written["task_units"])
    if units:
        insert_rows(conn, "deadline_units", DEADLINE_UNIT_COLUMNS, units)


# ---------------------------------------------------------------- a unit's deadlines in listing order

UNDATED_DAY = 100_000_000   # the day number of a day without a year is this + MMDD: after every dated day
DEADLINE_UNIT_COLUMNS = ("deadline_id", "org", "role", "day", "notice_key", "seq")
_DEADLINE = {c: i for i, c in enumerate(("id", "notice_id", *TABLES["deadlines"]))}


def day_number(year: Optional[int], month: int, day: int) -> int:
    """A due day as one number in listing order: YYYYMMDD, or UNDATED_DAY + MMDD for a day without a year."""
    return (UNDATED_DAY if year is None else year * 10_000) + month * 100 + day


def notice_key(sha256: str) -> int:
    """The notice's hash as a number in the order of the hashes (its first 15 hex digits, 60 bits: a BIGINT)."""
    try:
        return int(sha256[:15], 16)
    except ValueError:
        return 0


def deadline_units(conn: Connection, deadlines: list[tuple], task_units: list[tuple]) -> list[tuple]:
    """The `deadline_units` rows (DEADLINE_UNIT_COLUMNS) of deadlines just written (rows of id, notice_id and
    TABLES' columns) and their tasks' units (task_id, org, role): one per dated deadline and unit and role."""
    units: dict[int, dict[tuple, None]] = {}
    for task_id, org, role in task_units:
        units.setdefault(task_id, {})[(org, role)] = None
    id_, nid, tid, seq = _DEADLINE["id"], _DEADLINE["notice_id"], _DEADLINE["task_id"], _DEADLINE["seq"]
    year, month, day = _DEADLINE["due_year"], _DEADLINE["due_month"], _DEADLINE["due_day"]
    dated = [d for d in deadlines if d[tid] in units and d[month] is not None]
    if not dated:
        return []
    notice_ids = sorted({d[nid] for d in dated})
    keys = {}
    for i in range(0, len(notice_ids), 10_000):
        part = notice_ids[i:i + 10_000]
        keys.update(conn.exec_driver_sql(f"SELECT id, sha256 FROM notices WHERE id IN ({', '.join(map(str, part))})")
                    .all())
    return [(d[id_], org, role, day_number(d[year], d[month], d[day] or 0), notice_key(keys[d[nid]]), d[seq])
            for d in dated for org, role in units[d[tid]]]


def next_ids(conn: Connection, table: str, n: int) -> list[int]:
    """The ids the database gives the next `n` rows of a table: SQLite's (max + 1 on: no table is
    AUTOINCREMENT; the writer holds the database's write lock from its first notice row on), or n values
    of the PostgreSQL sequence (other writers' ids may interleave, as they would row by row)."""
    if conn.dialect.name == "sqlite":
        first = conn.exec_driver_sql(f'SELECT coalesce(max(id), 0) + 1 FROM "{table}"').scalar()
        return list(range(first, first + n))
    return list(conn.exec_driver_sql("SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
                                     (f'"{table}"', n)).scalars())


def insert_rows(conn: Connection, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """Insert rows of plain values, in order: PostgreSQL's COPY, SQLite's executemany."""
    names = ", ".join(columns)
    if conn.dialect.name != "postgresql":
        conn.exec_driver_sql(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})', rows)
        return
    statement = f'COPY "{table}" ({names}) FROM STDIN'
    dbapi = conn.connection.driver_connection
    try:
        with dbapi.cursor() as cur, cur.copy(statement) as copy:
            for row in rows:
                copy.write_row(row)
    except conn.dialect.loaded_dbapi.Error as e:   # as SQLAlchemy would raise it: a lost connection invalidated
        lost = conn.dialect.is_disconnect(e, conn.connection.dbapi_connection, None)
        if lost:
            conn.invalidate()
        raise DBAPIError.instance(statement, None, e, conn.dialect.loaded_dbapi.Error, connection_invalidated=lost,
                                  dialect=conn.dialect) from e
