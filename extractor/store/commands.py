"""The store's commands: `notices index`, `deadlines`, `query`, `search`, `failures`.

`register(app)` adds them to the `notices` Typer app; the store's modules (SQLAlchemy,
jieba) are imported only when one of them runs, so `notices parse` stays quick.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import sys
from pathlib import Path
from typing import Optional

import typer

DB_HELP = "database: a SQLAlchemy URL or a SQLite file (default: $NOTICES_DB, else ./notices.db)"
FORMAT_HELP = "table (default), json or csv"


def _fail(reason: object, code: int = 2) -> None:
    typer.echo(f"notices: {reason}", err=True)
    raise typer.Exit(code)


def _engine(db: Optional[str], create: bool = False):
    """The store, its schema version checked; with `create`, migrated and checked to take writes."""
    from .db import StoreError, check_writable, open_store
    try:
        engine = open_store(db, create=create)
        if create:
            check_writable(engine)
        return engine
    except StoreError as e:
        _fail(e)


def _date(value: Optional[str], name: str) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date like 2023-05-31", param_hint=name) from None


def _emit(rows: list[dict], fmt: str, columns: list[tuple[str, str]], title: str) -> None:
    """Rows as a rich table, JSON or CSV on standard output; `columns` are (key, heading)."""
    if fmt == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1, default=str) + "\n")
        return
    flat = [{k: _cell(r.get(k)) for k, _ in columns} for r in rows]
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=[k for k, _ in columns])
        writer.writeheader()
        writer.writerows(flat)
        sys.stdout.write(out.getvalue())
        return
    if fmt != "table":
        raise typer.BadParameter(f"unknown format {fmt!r}: table, json or csv", param_hint="--format")
    from rich.console import Console
    from rich.table import Table
    table = Table(title=f"{title} ({len(rows)})", show_lines=True)
    for _, heading in columns:
        table.add_column(heading, overflow="fold")
    for r in flat:
        table.add_row(*(r[k] for k, _ in columns))
    Console().print(table)


def _cell(value) -> str:
    """One table or CSV cell: units as `org(role)`, lists joined by `; `."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(f"{v['org']}({v['role']})" if isinstance(v, dict) else str(v) for v in value)
    return str(value)


DEADLINE_COLUMNS = [("date", "date"), ("task", "task"), ("units", "units (role)"), ("title", "notice"),
                    ("doc_number", "doc number"), ("files", "file")]


def _check_output(fmt: str, output: Optional[Path]) -> None:
    """`--format` and `-o` of `deadlines` and `query` go together, checked before anything is read."""
    if fmt == "xlsx" and output is None:
        _fail("--format xlsx writes a spreadsheet: give -o FILE.xlsx")
    if output is not None and fmt not in ("xlsx", "ics"):
        _fail("-o writes a ledger or a calendar: give --format xlsx or ics")


def _show_deadlines(engine, q, fmt: str, limit: Optional[int], offset: int,
                    output: Optional[Path] = None, remind_days: int = 3) -> None:
    """The deadlines, or the page of `limit` from `offset` with a line on standard error saying which of how
    many: as a table, JSON or CSV rows, or as a task ledger (xlsx) or calendar (ics) across notices."""
    from .queries import count_deadlines, deadline_rows, task_targets
    from .query_language import understood
    with engine.connect() as conn:
        rows = deadline_rows(conn, q, limit, offset)
        if limit is not None or offset:
            total = count_deadlines(conn, q)
            typer.echo(f"deadlines {offset + 1}–{offset + len(rows)} of {total}" if rows else
                       f"{total} deadlines, none after the first {offset}", err=True)
        if fmt not in ("xlsx", "ics"):
            _emit(rows, fmt, DEADLINE_COLUMNS, "deadlines")
            return
        targets = task_targets(conn, {r["task_id"] for r in rows if r["task_id"]})
    from .. import render
    body = render.query_output(rows, targets, fmt, understood(q), remind_days)
    if output is None:
        sys.stdout.buffer.write(body)
        return
    try:
        output.write_bytes(body)
    except OSError as e:
        _fail(f"{output}: cannot write ({e.strerror or e})")
    typer.echo(f"{len(rows)} deadlines written to {output}", err=True)


# The options `deadlines` and `query` share.
OVERLAP = typer.Option(False, "--overlap", help="periods that overlap, not only days due within")
ANY_YEAR = typer.Option(False, "--any-year", help="also days stored without a year (--MM-DD)")
MAX_ROWS = 2**31 - 1  # past it, a number no SQL LIMIT takes (SQLite: "Python int too large"): refused by typer
LIMIT = typer.Option(None, "--limit", "-n", min=1, max=MAX_ROWS, help="show at most this many deadlines (default: all)")
OFFSET = typer.Option(0, "--offset", min=0, max=MAX_ROWS,
                      help="skip this many deadlines first (with --limit: the next page)")
DEADLINE_FORMAT = typer.Option("table", "--format", "-f", help="table (default), json, csv (one row per deadline), "
                               "xlsx (task ledger, needs -o) or ics (calendar)")
OUTPUT = typer.Option(None, "--output", "-o", help="write here instead of standard output")
REMIND_DAYS = typer.Option(3, "--remind-days", min=0, max=365, help="calendar reminder, days before each deadline (ics)")


def _progress_bar(console):
    """A rich progress bar on standard error: files done, failed, rate, time left; and its per-file callback."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeRemainingColumn
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task):
            return Text(f"{task.speed:.1f} files/s" if task.speed else "… files/s")

    # redrawn ten times a second on a terminal only: elsewhere (a log, a pipe) rich prints the bar once, at the end,
    # but its refresh thread still built the bar each time (~0.2 s of CPU a minute of indexing)
    bar = Progress(TextColumn("indexing"), BarColumn(), MofNCompleteColumn(), TextColumn("failed {task.fields[failed]}"),
                   Rate(), TimeRemainingColumn(), console=console, auto_refresh=console.is_terminal)

    def start(total: int):
        if not total:
            return lambda _path, _parsed: None
        task = bar.add_task("index", total=total, failed=0)

        def tick(_path, parsed):
            bar.update(task, advance=1, failed=bar.tasks[task].fields["failed"] + (parsed.error is not None))
        return tick
    return bar, start


def register(app: typer.Typer) -> None:
    @app.command("index")
    def index_cmd(
        folders: list[Path] = typer.Argument(None, readable=False,  # one that is not: a failure, counted
                                             help="folders (searched recursively) or files to index"),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        workers: int = typer.Option(0, "--workers", "-w", help="parser processes (default: one per core)"),
        timeout: float = typer.Option(60.0, "--timeout", help="seconds one file may take before it is stopped"),
        memory_mb: int = typer.Option(2048, "--memory-mb", min=0,
                                      help="memory in MB a parser process may use on top of what it shares; a file "
                                           "needing more is stopped and recorded as failed (0: no limit)"),
        batch: int = typer.Option(50, "--batch", min=1,
                                  help="notices stored per transaction (at most five seconds' worth); a run "
                                       "stopped mid-batch parses that batch again next time"),
        retry_failed: bool = typer.Option(False, "--retry-failed", help="parse files that failed before again"),
        as_json: bool = typer.Option(False, "--json", help="print the report as JSON"),
        broker: Optional[str] = typer.Option(None, "--broker", envvar="NOTICES_BROKER",
                                             help="queue the files for `notices worker` on this Celery broker "
                                                  "(redis://host:6379/0) and wait for them, instead of parsing here"),
    ):
        """Index folders of notices into the database; unchanged files are skipped."""
        from rich.console import Console

        from ..ingest import path_text
        from .db import StoreError, WriteRefused
        from .indexer import failed_paths, find_files, index
        engine = _engine(db, create=True)
        if not folders and not retry_failed:
            _fail("name at least one folder to index (or --retry-failed)")
        for f in folders or []:
            if not os.path.lexists(f):
                _fail(f"{path_text(f)}: no such file or folder")
        files = find_files(folders) if folders else failed_paths(engine)
        err = Console(stderr=True)
        bar, start = _progress_bar(err)
        try:
            with bar:
                if broker:
                    from .distributed import index_queued
                    report = index_queued(engine, files, broker, retry_failed=retry_failed, progress=start)
                else:
                    report = index(engine, files, workers=workers or os.cpu_count() or 1, timeout=timeout,
                                   memory_mb=memory_mb, batch=batch, retry_failed=retry_failed,
                                   progress=start)
        except WriteRefused as e:  # a full disk, a read-only store: each transaction is whole or absent
            _fail(f"{e}; notices stored so far are kept")
        except StoreError as e:  # the database went away for good: what was stored stays, a rerun goes on
            _fail(f"{e}; notices stored so far are kept, run the same command again to finish")
        if as_json:
            sys.stdout.write(json.dumps(report.as_dict(), ensure_ascii=False, indent=1) + "\n")
        else:
            err.print(f"{report.files} files: {report.indexed} indexed ({report.merged} of them another format of "
                      f"a stored notice), {report.failed} failed, {report.warned} warned, {report.skipped} unchanged, "
                      f"{report.duplicates} the same as another file here; {report.linked} new paths; "
                      f"{report.seconds:.1f} s", highlight=False)
            for kind, items, key in (("failed", report.failures, "error"), ("warned", report.warnings, "warning")):
                for f in items[:20]:
                    err.print(f"  {kind}: {f['path']}: {f[key]}", highlight=False, markup=False)
                if len(items) > 20:
                    err.print(f"  … and {len(items) - 20} more" + (": see `notices failures`" if kind == "failed" else ""))
        if report.interrupted:
            raise typer.Exit(130)

    @app.command()
    def deadlines(
        month: Optional[str] = typer.Option(None, "--month", help="a month, 2023-05"),
        year: Optional[int] = typer.Option(None, "--year", help="a year, 2023"),
        from_: Optional[str] = typer.Option(None, "--from", help="first day, 2023-05-01"),
        to: Optional[str] = typer.Option(None, "--to", help="last day, 2023-05-31"),
        overlap: bool = OVERLAP,
        any_year: bool = ANY_YEAR,
        org: Optional[str] = typer.Option(None, "--org", help="a unit (lead or participant), part of its name"),
        issuer: Optional[str] = typer.Option(None, "--issuer", help="the issuing organ, part of its name"),
        notice: Optional[str] = typer.Option(None, "--notice", help="a notice: id, doc number, title or file"),
        limit: Optional[int] = LIMIT,
        offset: int = OFFSET,
        fmt: str = DEADLINE_FORMAT,
        output: Optional[Path] = OUTPUT,
        remind_days: int = REMIND_DAYS,
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    ):
        """Deadlines due in a period, sorted by date, with their tasks, units and notices."""
        _check_output(fmt, output)
        from .queries import DeadlineQuery
        from .query_language import PeriodError, QueryError, check_notice, month_period, year_period
        if notice:
            try:
                check_notice(notice)
            except QueryError as e:
                _fail(f"--notice: {e}")
        q = DeadlineQuery(start=_date(from_, "--from"), end=_date(to, "--to"), overlap=overlap, any_year=any_year,
                          org=org, issuer=issuer, notice=notice)
        try:
            if month:
                ym = re.fullmatch(r"([0-9]{4})-([0-9]{2})", month)
                if ym is None:
                    _fail(f"--month: {month!r} is not a month like 2023-05")
                q.start, q.end = month_period(int(ym[1]), int(ym[2]))
            elif year is not None:
                q.start, q.end = year_period(year)
        except PeriodError as e:
            _fail(f"--{'month' if month else 'year'}: {e}")
        _show_deadlines(_engine(db), q, fmt, limit, offset, output, remind_days)

    @app.command()
    def query(
        question: str = typer.Argument(..., help="e.g. 2023年5月的所有截止日期, 下个月到期的任务, 县农业农村局牵头的任务"),
        today: Optional[str] = typer.Option(None, "--today", help="the day relative words count from (default: today)"),
        overlap: bool = OVERLAP,
        any_year: bool = ANY_YEAR,
        limit: Optional[int] = LIMIT,
        offset: int = OFFSET,
        fmt: str = DEADLINE_FORMAT,
        output: Optional[Path] = OUTPUT,
        remind_days: int = REMIND_DAYS,
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    ):
        """Deadlines asked for in words (period, units, issuer); a question of which nothing is understood
        is refused (exit status 2)."""
        from .query_language import PeriodError, nothing_understood, read_query, to_query, understood
        try:
            q = to_query(read_query(question, _date(today, "--today")))
        except PeriodError as e:
            _fail(e)
        q.overlap, q.any_year = overlap, any_year
        if not understood(q):
            _fail(nothing_understood(question))
        _check_output(fmt, output)
        engine = _engine(db)  # a store of a newer version is refused before anything is said
        typer.echo("understood: " + understood(q), err=True)
        _show_deadlines(engine, q, fmt, limit, offset, output, remind_days)

    @app.command()
    def search(
        words: str = typer.Argument(..., help="words to find, e.g. 双认证"),
        limit: int = typer.Option(20, "--limit", "-n", min=1, max=MAX_ROWS, help="at most this many notices"),
        fmt: str = typer.Option("table", "--format", "-f", help=FORMAT_HELP),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    ):
        """Full-text search of the notices: every word of the query (a "quoted" phrase as it stands), best first, with snippets."""
        from .queries import notices_by_id
        from .search import search as run_search
        engine = _engine(db)
        with engine.connect() as conn:
            hits = run_search(conn, words, limit)
            info = notices_by_id(conn, [h["notice_id"] for h in hits])
        rows = [{**h, **info.get(h["notice_id"], {})} for h in hits]
        _emit(rows, fmt, [("score", "score"), ("title", "notice"), ("doc_number", "doc number"),
                          ("snippet", "snippet"), ("files", "file")], f"search {words}")

    @app.command()
    def failures(
        fmt: str = typer.Option("table", "--format", "-f", help=FORMAT_HELP),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    ):
        """Files that could not be indexed, with the reason (retry: notices index --retry-failed)."""
        from .queries import failures as failed
        engine = _engine(db)
        with engine.connect() as conn:
            rows = failed(conn)
        _emit(rows, fmt, [("path", "file"), ("kind", "kind"), ("error", "reason")], "failed files")
