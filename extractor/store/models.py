"""The store's tables: one row per notice (by content hash), its paths, and what was extracted from it.

A notice is keyed by the SHA-256 of its bytes, so the same content under two paths is
stored once with two `notice_paths` rows. The same notice in another format (the same Chinese
text, `text_key`, or the same title, 发文字号 and date) is stored once too: the other file's hash and name are a
`notice_files` row, its paths name the first notice. `plans` keeps each plan as parsed. A file that failed to parse is a notice row
with `status = "failed"` and the one-line `error`. Every extracted item keeps its span
(`span_start`, `span_end`, `page`, `para`) into the notice's normalised text.

Deadlines keep their day split into `due_year`, `due_month`, `due_day` (`due_year` is
NULL for a `--MM-DD` day whose year cannot be known) and, when the year is known, the
`due_date` the period queries compare. Deleting a notice row deletes all its records
(ON DELETE CASCADE; `db.py` turns foreign keys on for SQLite). The full-text table `notice_fts` is not a model:
the migration creates it per back end (an FTS5 table on SQLite, a GIN-indexed table on
PostgreSQL) and `search.py` reads and writes it. Nor are `unit_names` (every distinct task unit
name, kept by a trigger, which the unit query matches first) and the expression index
`ix_deadlines_day`: migration 0003 makes them.
"""
from __future__ import annotations

import datetime as dt
from typing import Optional

from sqlalchemy import BigInteger, Column, ForeignKey, Index, Integer, LargeBinary
from sqlmodel import Field, SQLModel


def _owner(table: str, nullable: bool = False, index: bool = True) -> Optional[int]:
    """A foreign key to `table.id` whose rows are deleted with their owner (ON DELETE CASCADE); indexed
    unless a wider index (in __table_args__) leads with it."""
    return Field(default=None, sa_column=Column(Integer, ForeignKey(f"{table}.id", ondelete="CASCADE"),
                                                nullable=nullable, index=index))


class SpanCols(SQLModel):
    span_start: Optional[int] = None
    span_end: Optional[int] = None
    page: Optional[int] = None
    para: Optional[int] = None


class NoticeRow(SQLModel, table=True):
    __tablename__ = "notices"
    # copies of a notice in another format are looked up by text and by title, each with the format
    __table_args__ = (Index("ix_notices_text_key_format", "text_key", "format"),
                      Index("ix_notices_title_format", "title", "format"))
    id: Optional[int] = Field(default=None, primary_key=True)
    sha256: str = Field(max_length=64, unique=True, index=True)
    status: str = Field(default="ok", max_length=16, index=True)  # "ok" | "failed"
    error: Optional[str] = None
    error_kind: Optional[str] = Field(default=None, max_length=32)
    format: Optional[str] = Field(default=None, max_length=16)
    script: Optional[str] = Field(default=None, max_length=16)
    encoding: Optional[str] = Field(default=None, max_length=32)
    conversion: Optional[str] = Field(default=None, max_length=16)
    pages: Optional[int] = None
    title: Optional[str] = None
    doc_number: Optional[str] = Field(default=None, index=True)
    issuer: Optional[str] = Field(default=None, index=True)
    date: Optional[str] = Field(default=None, max_length=10, index=True)
    recipients: Optional[str] = None  # joined with "、"
    text_key: Optional[str] = Field(default=None, max_length=64)  # hash of its Chinese characters
    file_name: Optional[str] = None  # an upload's file name (an indexed file is named by its paths)
    indexed_at: dt.datetime = Field(default_factory=lambda: dt.datetime.now(dt.timezone.utc))


class NoticePath(SQLModel, table=True):
    __tablename__ = "notice_paths"
    id: Optional[int] = Field(default=None, primary_key=True)
    notice_id: int = _owner("notices")
    path: str = Field(unique=True, index=True)


class NoticeFile(SQLModel, table=True):
    """Another file of a stored notice (another format of it): its content hash and name."""
    __tablename__ = "notice_files"
    id: Optional[int] = Field(default=None, primary_key=True)
    notice_id: int = _owner("notices")
    sha256: str = Field(max_length=64, unique=True)
    name: Optional[str] = None


class PlanRow(SQLModel, table=True):
    """The notice's parsed plan, zlib-compressed JSON, without its path (the notice's paths, or the
    upload's `file_name`, give it back)."""
    __tablename__ = "plans"
    id: Optional[int] = Field(default=None, primary_key=True)
    notice_id: int = Field(sa_column=Column(Integer, ForeignKey("notices.id", ondelete="CASCADE"), nullable=False,
                                            unique=True))
    body: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class SectionRow(SpanCols, table=True):
    __tablename__ = "sections"
    id: Optional[int] = Field(default=None, primary_key=True)
    notice_id: int = _owner("notices")
    parent_id: Optional[int] = _owner("sections", nullable=True)
    seq: int
    level: int
    marker: str
    heading: str
    text: str = ""


class TaskRow(SpanCols, table=True):
    __tablename__ = "tasks"
    id: Optional[int] = Field(default=None, primary_key=True)
    notice_id: int = _owner("notices")
    seq: int
    text: str
    section: Optional[str] = None


class TaskUnitRow(SQLModel, table=True):
    __tablename__ = "task_units"
    __table_args__ = (Index("ix_task_units_org_role", "org", "role", "task_id"),)  # the unit query, index only
    id: Optional[int] = Field(default=None, primary_key=True)
    task_id: int = _owner("tasks")
    org: str
    role: str = Field(max_length=16)


class DeadlineRow(SpanCols, table=True):
    __tablename__ = "deadlines"
    __table_args__ = (Index("ix_deadlines_due_month", "due_month", "due_day"),
                      # a task's deadlines with their sort keys: the unit query reads no table rows
                      Index("ix_deadlines_task", "task_id", "due_month", "due_year", "due_day", "notice_id", "seq", "id"))
    id: Optional[int] = Field(default=None, primary_key=True)
    notice_id: int = _owner("notices")
    task_id: Optional[int] = _owner("tasks", nullable=True, index=False)
    seq: int
    date: str = Field(max_length=16)  # as extracted: YYYY-MM-DD or --MM-DD
    due_date: Optional[dt.date] = Field(default=None, index=True)
    due_year: Optional[int] = None
    due_month: Optional[int] = None
    due_day: Optional[int] = None
    start: Optional[str] = Field(default=None, max_length=16)
    start_date: Optional[dt.date] = Field(default=None, index=True)
    kind: str = Field(default="due", max_length=8)
    year_inferred: bool = False
    text: str
    task: Optional[str] = None
    section: Optional[str] = None
    rule: Optional[str] = None
    recurrence: Optional[str] = None  # an RRULE (每月5日前): the row is its first occurrence


class DeadlineUnitRow(SQLModel, table=True):
    """A dated deadline's task unit, with the keys deadlines are listed by (migration 0008): a unit's deadlines
    come from ix_deadline_units_unit in listing order, a page without sorting or joining every one of them.
    `day` is the due day as one number (`YYYYMMDD`; a day without a year `UNDATED_DAY + MMDD`, after every
    dated day), `notice_key` the first 15 hex digits of the notice's sha256 as a number (the order of the
    hashes), `seq` the deadline's. Written with the deadlines (rows.py), one row per (deadline, unit, role)
    (ux_deadline_units_deadline, which also serves the deletion of a deadline's rows)."""
    __tablename__ = "deadline_units"
    __table_args__ = (Index("ix_deadline_units_unit", "org", "role", "day", "notice_key", "seq", "deadline_id"),
                      Index("ux_deadline_units_deadline", "deadline_id", "org", "role", unique=True))
    id: Optional[int] = Field(default=None, primary_key=True)
    deadline_id: int = _owner("deadlines", index=False)
    org: str
    role: str = Field(max_length=16)
    day: int
    notice_key: int = Field(sa_column=Column(BigInteger, nullable=False))
    seq: int


class TargetRow(SpanCols, table=True):
    __tablename__ = "targets"
    id: Optional[int] = Field(default=None, primary_key=True)
    notice_id: int = _owner("notices")
    task_id: Optional[int] = _owner("tasks", nullable=True)
    value: float
    unit: str = Field(max_length=4)
    op: str = Field(max_length=4)
    metric: Optional[str] = None
    subject: Optional[str] = None
    text: str
    rule: Optional[str] = None


class OrganizationRow(SQLModel, table=True):
    __tablename__ = "organizations"
    id: Optional[int] = Field(default=None, primary_key=True)
    notice_id: int = _owner("notices")
    name: str = Field(index=True)


class OrgMentionRow(SpanCols, table=True):
    __tablename__ = "org_mentions"
    id: Optional[int] = Field(default=None, primary_key=True)
    organization_id: int = _owner("organizations")


class PersonRow(SpanCols, table=True):
    __tablename__ = "people"
    id: Optional[int] = Field(default=None, primary_key=True)
    notice_id: int = _owner("notices")
    name: str = Field(index=True)
    title: Optional[str] = None


class ResponsibilityRow(SpanCols, table=True):
    __tablename__ = "responsibilities"
    id: Optional[int] = Field(default=None, primary_key=True)
    notice_id: int = _owner("notices")
    org: str = Field(index=True)
    duty: str
    role: str = Field(max_length=16)
    deadline: Optional[str] = Field(default=None, max_length=16)
    rule: Optional[str] = None


class ContactRow(SpanCols, table=True):
    __tablename__ = "contacts"
    id: Optional[int] = Field(default=None, primary_key=True)
    notice_id: int = _owner("notices")
    name: Optional[str] = None
    phone: Optional[str] = None
    email: Optional[str] = None


class ReferenceRow(SpanCols, table=True):
    __tablename__ = "references"
    id: Optional[int] = Field(default=None, primary_key=True)
    notice_id: int = _owner("notices")
    kind: str = Field(max_length=16)
    title: Optional[str] = None
    number: Optional[str] = Field(default=None, index=True)
    text: str

