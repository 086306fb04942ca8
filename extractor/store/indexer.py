"""`notices index`: walk folders, parse new files in worker processes, store each notice atomically.

A run, step by step:
  1. `find_files` lists every supported file under the folders (links leading outside a
     folder are not followed; hidden files and folders are skipped).
  2. Each file is hashed; content already stored is skipped (its path is attached if new),
     files with the same new content are parsed once (the others count as `duplicates`).
  3. The parent warms up (rule files and OpenCC: it parses the sample notice), then forks the
     workers, so no worker loads them again.
  4. `WorkerPool` (extractor/workers.py) hands one file at a time to each worker; a worker that takes longer than
     `timeout` seconds, goes over its memory budget (`workers.limit_memory`) or dies is replaced,
     and the file recorded as failed. A worker sends back the notice's rows ready to insert
     (`rows.NoticeRecord`), not its plan.
  5. The parent writes the results a batch per transaction (`_BatchWriter`, `store_results`): a
     notices row each, and the batch's records, plans, search terms and paths a statement per table
     at its end (`rows.PendingRows`: COPY on PostgreSQL). A notice is stored with all its records and paths, or not at all. A path whose content changed
     moves to the new notice in the same transaction; a notice left with no path is deleted.
     A notice already stored from a file of another format (the same Chinese text, `text_key`, or
     the same title, 发文字号 and date) is not stored again: the file joins it (`notice_files`).
     A transaction cut off by a lost database connection is run again on a new one (`reconnecting`).
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import stat
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, TypeVar, Union

from sqlalchemy import Connection, Engine, delete, func, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from ..errors import NoticeError
from ..ingest import open_regular, os_path, path_text
from ..models import Plan
from ..workers import MEMORY_MB, Parsed, WorkerPool, frozen_heap, parse_plan
from . import models as m
from .db import StoreError, WriteRefused, write_refused
from .rows import NoticeRecord, PendingRows, notice_record
from .search import delete_fts

EXTENSIONS = {".pdf", ".docx", ".doc", ".wps", ".rtf", ".ofd", ".html", ".htm", ".txt", ".png", ".jpg", ".jpeg",
              ".tif", ".tiff"}
# Text formats that are never notices; other files are taken by their content (`_looks_like_notice`).
NOT_NOTICES = {".md", ".json", ".jsonl", ".csv", ".tsv", ".yaml", ".yml", ".xml", ".py", ".js", ".css", ".log",
               ".ini", ".cfg", ".toml", ".db", ".sqlite"}
SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample_notice.txt"
# An index run stores this many notices per transaction, or what came in this time. A transaction costs ~3-4 ms of
# the parent's CPU whatever it holds (SQLite's commit writes every page it dirtied, FTS5 flushes a segment): on a
# busy machine a second's worth was 3-5 notices, at ~0.9 ms more a notice than batches of 50; five seconds is
# what a killed run may have to parse again.
BATCH, BATCH_SECONDS = 50, 5.0
RECONNECT_DELAYS = (0.2, 0.5, 1.0, 2.0, 4.0)  # seconds between attempts when the database connection is lost
WRITERS_CONFLICT = {"40P01", "40001"}  # PostgreSQL's deadlock detected, serialization failure: run it again
T = TypeVar("T")


# ---------------------------------------------------------------- finding files

def _looks_like_notice(path: str, roots: Optional[list[str]]) -> bool:
    """A file without a known extension is taken when its content is PDF, DOCX, DOC/WPS, RTF, OFD or
    HTML, or text in Chinese (not JSON: data files beside the notices are left alone)."""
    from ..ingest.detect import detect_format
    try:
        with open_regular(path) as f:
            if roots is not None and not _opened_inside(f.fileno(), path, roots):
                return False
            head = f.read(8192)
    except (OSError, NoticeError):
        return False
    fmt = detect_format(head) if head.strip() else "empty"
    if fmt in {"pdf", "docx", "doc", "rtf", "ofd", "html"}:
        return True
    return fmt == "text" and _chinese_text(head)


def _chinese_text(head: bytes) -> bool:
    for encoding in ("utf-8", "gb18030", "utf-16"):
        try:
            text = head.decode(encoding, errors="strict" if encoding != "utf-8" else "ignore")
        except UnicodeDecodeError:
            continue
        if "\x00" in text or text.lstrip("\ufeff \t\r\n")[:1] in ("{", "["):
            return False
        return len(re.findall(r"[\u4e00-\u9fff]", text)) >= 10
    return False


class OutsideRoots(Exception):
    """A folder to index that lies outside the folders index jobs may read (NOTICES_INDEX_ROOTS)."""


def _within(path: str, root: str) -> bool:
    """`path` is `root` or below it (a sibling whose name starts alike, `<root>-evil`, is not)."""
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _opened_path(fd: int) -> Optional[str]:
    """Where an open file or folder really is (Linux: /proc/self/fd), links and all resolved; None elsewhere."""
    try:
        return os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        return None


def _opened_inside(fd: int, path: Union[str, Path], roots: list[str]) -> bool:
    """The open file lies inside one of the roots, wherever the path it was opened by led (without /proc, where
    the path leads now)."""
    real = _opened_path(fd) or os.path.realpath(path)
    return any(_within(real, r) for r in roots)


def _walk(top: str) -> Iterator[tuple[str, str, str]]:
    """(relative folder, name, kind: file, link or other) for every entry below the real folder `top` but
    folders, hidden ones left out, and (relative folder, "", "unlisted") for each folder that cannot be
    listed (not permitted, gone, a path too long, swapped for a link). Iterative (a tree thousands deep is
    no recursion), and each folder is opened without following a link and checked, once open, to be where
    the walk expects it: a folder swapped for a link meanwhile is not entered."""
    todo = [""]
    while todo:
        rel = todo.pop()
        where = os.path.join(top, rel) if rel else top
        try:
            fd = os.open(where, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            yield rel, "", "unlisted"
            continue
        found: Optional[list[tuple[str, str]]] = None
        try:
            real = _opened_path(fd)
            if (real if real is not None else os.path.realpath(where)) == where:
                with os.scandir(fd) as entries:
                    found = [(e.name, _kind(e)) for e in entries if not e.name.startswith(".")]
        except OSError:
            pass
        finally:
            os.close(fd)
        if found is None:
            yield rel, "", "unlisted"
            continue
        for name, kind in found:
            if kind == "folder":
                todo.append(os.path.join(rel, name))
            else:
                yield rel, name, kind


def unlisted_folder(path: Union[str, Path]) -> Optional[NoticeError]:
    """Why the folder (not followed if a link) cannot be listed, in one line; None when it is no folder."""
    try:
        if not stat.S_ISDIR(os.lstat(path).st_mode):
            return None
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0))
        try:
            os.scandir(fd).close()
        finally:
            os.close(fd)
    except OSError as e:
        if isinstance(e, FileNotFoundError):
            return None  # gone: told as a vanished file is
        return NoticeError(f"cannot list the folder: {e.strerror or e}", kind="unreadable")
    return NoticeError("a folder that could not be listed when it was walked (index it again)", kind="unreadable")


def _kind(entry: os.DirEntry) -> str:
    """folder, file, link or other (a pipe, socket or device), the entry itself, links not followed."""
    if entry.is_symlink():
        return "link"
    if entry.is_dir(follow_symlinks=False):
        return "folder"
    return "file" if entry.is_file(follow_symlinks=False) else "other"


def _taken(path: str, kind: str, top: str, roots: Optional[list[str]]) -> bool:
    """A walked entry is indexed when it is a file (or a link to one inside the folder) with a notice's
    extension or content. A named pipe, socket or device, a link loop or a link to nothing with a notice's
    extension is taken too, to be refused with its reason, never read."""
    suffix = os.path.splitext(path)[1].lower()
    if kind == "other":
        return suffix in EXTENSIONS
    if kind == "link":
        target = os.path.realpath(path)
        if not _within(target, top) or os.path.isdir(target):
            return False
        if not os.path.isfile(target):  # a loop or a link to nothing: taken, to be refused with its reason
            return suffix in EXTENSIONS
    return suffix in EXTENSIONS or (suffix not in NOT_NOTICES and _looks_like_notice(path, roots))


def find_files(folders: Iterable[Path], roots: Optional[Iterable[Path]] = None) -> list[Path]:
    """Every supported file under the folders, sorted; a folder argument may also be a single file (or a pipe,
    to be refused). Links leading out of a folder are not followed. With `roots` (an index job's
    NOTICES_INDEX_ROOTS), a folder that, when the walk starts, lies outside them raises OutsideRoots, and no
    folder or file outside them is opened: a folder swapped for a link meanwhile is not entered."""
    real_roots = [os.path.realpath(r) for r in roots] if roots is not None else None
    found: set[Path] = set()
    for folder in folders:
        given = Path(folder).expanduser().absolute()
        top = os.path.realpath(given)
        if real_roots is not None and not any(_within(top, r) for r in real_roots):
            raise OutsideRoots(f"{path_text(given)} is outside the index roots (it leads to {path_text(top)}); "
                               "not read")
        if not os.path.isdir(top):
            if os.path.lexists(given):
                found.add(given)
            continue
        for rel, name, kind in _walk(top):
            if kind == "unlisted":
                found.add(given / rel if rel else given)
            elif _taken(os.path.join(top, rel, name), kind, top, real_roots):
                found.add(given / rel / name)
    return sorted(found)


def unread_key(path: str) -> str:
    """The store's key for a file whose content could not be read: never equal to a content hash (hex only)."""
    return "unread:" + hashlib.sha256(os.fsencode(path)).hexdigest()[:57]


def file_sha256(path: Path, roots: Optional[list[str]] = None) -> str:
    """The file's SHA-256, read only when it is a regular file within the size limit (a sparse 200 GiB file
    is refused by its size, unread) and, with `roots`, lies inside them once opened. NoticeError otherwise."""
    from ..ingest import MAX_BYTES, over_size_limit, unreadable
    try:
        with open_regular(path) as f:
            if roots is not None and not _opened_inside(f.fileno(), path, roots):
                raise NoticeError("leads outside the index roots; not read", kind="unreadable")
            size = os.fstat(f.fileno()).st_size
            if size > MAX_BYTES:
                raise over_size_limit(size)
            h = hashlib.sha256()
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    except OSError as e:  # gone since it was listed, not permitted, a link loop
        raise unreadable(e) from None
    return h.hexdigest()


# ---------------------------------------------------------------- parsing in workers

def parse_one(source: str | tuple[bytes, str]) -> Parsed:
    """`parse_plan` and the plan's search terms (a plan with next to no Chinese text, a scanner's stamp, is
    then a failure)."""
    parsed = parse_plan(source)
    if parsed.plan is None:
        return parsed
    parsed = parsed_from(parsed.plan)
    if parsed.record.notice["text_key"] is None:  # what a scanner's stamp on blank or unread pages leaves
        han = len(re.findall(r"[\u4e00-\u9fff]", parsed.plan.text))
        return Parsed(error=f"no notice text: {han} Chinese characters in all (a scanner's stamp, a blank page?)",
                      error_kind="no_text")
    return parsed


def parsed_from(plan) -> Parsed:
    """A parsed plan with what storing it needs (`notice_record`), made here, outside any transaction."""
    return Parsed(plan=plan, record=notice_record(plan))


def parse_for_store(source: str) -> Parsed:
    """`parse_one`, as an index run's workers do it: they send back the record, not the plan (a plan
    pickled and unpickled cost ~2 ms of CPU a notice, and the parent, which stores every notice, has to
    build its rows too)."""
    parsed = parse_one(source)
    parsed.plan = None
    return parsed


def warm_up() -> None:
    """Load rule files and OpenCC tables once, in the parent, before forking."""
    parse_one(str(SAMPLE))


# ---------------------------------------------------------------- writing

def _sql(conn: Connection, statement: str, params: tuple = ()):
    """A statement in the database's own SQL, `?` for each parameter, run without SQLAlchemy's compiling
    (~0.4 ms of CPU a statement, where SQLite runs one in ~0.05 ms); errors come wrapped as usual."""
    if conn.dialect.paramstyle != "qmark":
        statement = statement.replace("?", "%s")
    return conn.exec_driver_sql(statement, params)


def _insert(conn: Connection, table: str, values: dict) -> int:
    """Insert a row, its id returned."""
    sql = f"INSERT INTO {table} ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})"
    if conn.dialect.name == "sqlite":
        return _sql(conn, sql, tuple(values.values())).lastrowid
    return _sql(conn, sql + " RETURNING id", tuple(values.values())).scalar()


def _insert_notice(conn: Connection, values: dict) -> int:
    """A notices row, stamped with the time (on SQLite as SQLAlchemy's DateTime writes it)."""
    now = dt.datetime.now(dt.timezone.utc)
    return _insert(conn, "notices", dict(values, indexed_at=now.strftime("%Y-%m-%d %H:%M:%S.%f")
                                         if conn.dialect.name == "sqlite" else now))


def _twin(conn: Connection, sha256: str, notice: dict) -> Optional[int]:
    """The stored notice this one (its notices row's values) is another format of: a file of another format
    with the same Chinese text (text_key), or with the same title, 发文字号 and 成文日期 (both missing counts
    as the same). Two files of one format are two versions of a notice, however alike, and kept apart. One
    statement, two index seeks on (key, format); the few notices found are compared here, so that many
    notices of one title in one format (or without a 发文字号) cost nothing."""
    others = [f for f in FORMAT_RANK if f != notice["format"]]
    formats = ", ".join("?" * len(others))
    seeks, params = [], []
    for column, same_text in (("text_key", 1), ("title", 0)):
        if notice[column]:
            seeks.append(f"SELECT id, doc_number, date, {same_text} FROM notices "
                         f"WHERE {column} = ? AND format IN ({formats}) AND sha256 <> ?")
            params += [notice[column], *others, sha256]
    if not seeks:
        return None
    rows = _sql(conn, " UNION ALL ".join(seeks), tuple(params)).all()
    found = [nid for nid, number, date, same_text in rows
             if same_text or (number, date) == (notice["doc_number"], notice["date"])]
    return min(found, default=None)


# Which copy of a notice is stored when there are several: formats that carry the document's structure
# first (DOCX paragraphs and numbering, DOC/WPS and RTF as LibreOffice's DOCX, HTML elements), then text,
# then those read from the layout (OFD, PDF), then OCR; then by hash, so that the same files give the same
# store in whatever order they are parsed. Every format of `Source.format` is here: `_twin` looks for copies
# among these formats only.
FORMAT_RANK = {"docx": 0, "doc": 1, "rtf": 2, "html": 3, "text": 4, "ofd": 5, "pdf": 6, "image": 7}


def _rank(fmt: Optional[str], sha256: str) -> tuple:
    return FORMAT_RANK.get(fmt or "", len(FORMAT_RANK)), sha256


def _join_twin(conn: Connection, twin: int, sha256: str, name: Optional[str]) -> None:
    conn.execute(delete(m.NoticeFile).where(m.NoticeFile.sha256 == sha256))
    _insert(conn, "notice_files", dict(sha256=sha256, notice_id=twin, name=name))


def _take_over(conn: Connection, twin: int, pending: PendingRows) -> tuple[list[str], list[tuple[str, Optional[str]]]]:
    """Drop a stored copy that a better one replaces: its paths, and its files (its own first), to give on."""
    N, F = m.NoticeRow, m.NoticeFile
    pending.write(conn)
    paths = list(conn.execute(select(m.NoticePath.path).where(m.NoticePath.notice_id == twin)).scalars())
    files = [tuple(r) for r in conn.execute(select(N.sha256, N.file_name).where(N.id == twin))]
    files += [tuple(r) for r in conn.execute(select(F.sha256, F.name).where(F.notice_id == twin))]
    drop_notice(conn, twin, pending)
    return paths, files


def stored_plan(conn: Connection, notice_id: int) -> Optional[Plan]:
    """The plan stored with a notice, its path the notice's first path or upload name (None for a failed
    file, or one stored before plans were kept)."""
    body = conn.execute(select(m.PlanRow.body).where(m.PlanRow.notice_id == notice_id)).scalar()
    if body is None:
        return None
    plan = Plan.model_validate_json(zlib.decompress(body))
    plan.source.path = conn.execute(select(m.NoticePath.path).where(m.NoticePath.notice_id == notice_id)
                                    .order_by(m.NoticePath.path).limit(1)).scalar() or \
        conn.execute(select(m.NoticeRow.file_name).where(m.NoticeRow.id == notice_id)).scalar()
    return plan


def drop_notice(conn: Connection, notice_id: int, pending: Optional[PendingRows] = None) -> None:
    """Delete a notice and all its records (the rows still `pending` in this transaction are written first)."""
    if pending is not None:
        pending.write(conn)
    delete_fts(conn, notice_id)
    conn.execute(delete(m.NoticeRow).where(m.NoticeRow.id == notice_id))


def _attach(conn: Connection, notice_id: int, path: str, pending: Optional[PendingRows] = None) -> bool:
    """Make `path` name this notice; the notice it named before is dropped if left with no path.
    True when the path is new or moved. With `pending`, a new path row is written with the other rows."""
    if pending is not None and path in pending.paths:
        pending.write(conn)
    old = _sql(conn, "SELECT notice_id FROM notice_paths WHERE path = ?", (path,)).scalar()
    if old == notice_id:
        return False
    if old is not None:
        if pending is not None:
            pending.write(conn)
        conn.execute(delete(m.NoticePath).where(m.NoticePath.path == path))
        left = conn.execute(select(func.count()).where(m.NoticePath.notice_id == old)).scalar()
        if not left:
            drop_notice(conn, old, pending)
    if pending is None:
        _insert(conn, "notice_paths", dict(notice_id=notice_id, path=path))
    else:
        pending.add_path(notice_id, path)
    return True


def reconnecting(transaction: Callable[[], T]) -> T:
    """Run a whole transaction; when the connection to the database is lost, run it again on a new one.

    Every transaction of a run is whole or absent and stores the same thing when run twice (a notice
    stored again replaces itself), so this is safe even when the connection broke during COMMIT.
    The engine's pool_pre_ping replaces connections that died while idle in the pool; this covers
    one lost in the middle of a transaction, and a server away for a few seconds (a restart). When
    it stays away past RECONNECT_DELAYS, StoreError (one line); what was committed before stays.
    A transaction PostgreSQL rolled back because it deadlocked with another writer's (`notices worker`
    processes storing notices that name the same units), or that met a row another run committed
    meanwhile (two `notices index` runs over one store: a unique key taken), is run again the same way,
    and then finds that row and replaces or joins it. A database that refuses writes for good (a full
    disk, a read-only store) is WriteRefused at once."""
    attempt = 0
    while True:
        try:
            return transaction()
        except DBAPIError as e:
            refused = write_refused(e.orig)
            if refused:
                raise WriteRefused(f"{refused}: {' '.join(str(e.orig).split())}") from None
            lost = e.connection_invalidated or e.statement is None  # lost, or no new one could be made
            if not (lost or _writers_conflict(e)):
                raise
            if attempt == len(RECONNECT_DELAYS):
                reason = " ".join(str(e.orig).split()) or type(e.orig).__name__
                raise StoreError(f"lost the connection to the database: {reason}" if lost else
                                 f"the database kept refusing a transaction: {reason}") from None
            time.sleep(RECONNECT_DELAYS[attempt])
            attempt += 1


def _writers_conflict(e: DBAPIError) -> bool:
    """Another writer's transaction got in the way: a deadlock, a serialization failure, a unique key it
    took first, or SQLite's lock held past busy_timeout."""
    return (isinstance(e, IntegrityError) or getattr(e.orig, "sqlstate", None) in WRITERS_CONFLICT
            or str(getattr(e.orig, "sqlite_errorname", "")).startswith(("SQLITE_BUSY", "SQLITE_LOCKED")))


@contextlib.contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A write transaction. On SQLite it takes the write lock first (BEGIN IMMEDIATE): a second run writing
    the same store waits for it (busy_timeout) instead of failing on a snapshot the first one made stale."""
    with engine.begin() as conn:
        if conn.dialect.name == "sqlite" and not conn.connection.driver_connection.in_transaction:
            conn.exec_driver_sql("BEGIN IMMEDIATE")   # (a caller's own transaction, as the bench's, has begun)
        yield conn


def store_result(engine: Engine, sha256: str, paths: list[str], parsed: Parsed) -> int:
    """Store one parsed (or failed) file with all its paths, in one transaction; returns the notice id.
    A notice already stored under this hash (a failure being retried) is replaced."""
    return store_results(engine, [(sha256, paths, parsed)])[0]


def store_results(engine: Engine, results: list[tuple[str, list[str], Parsed]]) -> list[int]:
    """Store several parsed files, (sha256, paths, parsed) each, in one transaction: all or none."""
    def transaction() -> list[int]:
        with writing(engine) as conn:
            _claim_unit_names(conn, [parsed.record for _sha, _paths, parsed in results if parsed.record])
            pending = PendingRows()
            ids = [_store(conn, sha256, paths, parsed, pending) for sha256, paths, parsed in results]
            pending.write(conn)
            return ids
    return reconnecting(transaction)


def _claim_unit_names(conn: Connection, records: list[NoticeRecord]) -> None:
    """On PostgreSQL, add the units the notices name to `unit_names` first, in one statement, in order.
    The task_units trigger adds them a statement per table write; writers storing at once (`notices worker`
    processes) whose notices share units would take those names' locks in different orders and deadlock."""
    names = list({name for record in records for name in record.units()})
    if names and conn.dialect.name == "postgresql":
        conn.execute(text("INSERT INTO unit_names (name) SELECT n FROM unnest(CAST(:names AS text[])) AS n "
                          "ORDER BY n ON CONFLICT DO NOTHING"), {"names": names})


class _BatchWriter:
    """An index run's results, stored up to `size` at a time or after BATCH_SECONDS, whichever comes
    first: committing costs as much as writing a notice. A batch is whole or absent, so a run killed
    before its commit leaves those notices unstored, and the next run parses them again."""

    def __init__(self, engine: Engine, size: int = BATCH):
        self.engine, self.size, self.pending, self.since = engine, max(1, size), [], time.monotonic()
        self.merged = 0  # notices found to be another format of one stored before

    def add(self, sha256: str, paths: list[str], parsed: Parsed) -> None:
        self.pending.append((sha256, paths, parsed))
        if len(self.pending) >= self.size or time.monotonic() - self.since >= BATCH_SECONDS:
            self.close()

    def close(self) -> None:
        """Store what is pending."""
        if self.pending:
            for parsed in (p for _s, _p, p in self.pending):
                parsed.merged = False  # a batch run again after a lost connection counts once
            store_results(self.engine, self.pending)
            self.merged += sum(p.merged for _s, _p, p in self.pending)
        self.pending, self.since = [], time.monotonic()


def _store(conn: Connection, sha256: str, paths: list[str], parsed: Parsed, pending: PendingRows) -> int:
    """One file's notice (or failure), its records and paths (added to `pending`), in the caller's transaction.
    When a copy of the notice is stored (`_twin`), the better of the two (FORMAT_RANK) is kept, with the
    other's file and all paths, and `parsed.merged` is set."""
    record = parsed.record
    old = _sql(conn, "SELECT id FROM notices WHERE sha256 = ?", (sha256,)).scalar()
    if old is not None:
        pending.write(conn)
        kept = conn.execute(select(m.NoticePath.path).where(m.NoticePath.notice_id == old)).scalars()
        paths = list(dict.fromkeys([*kept, *paths]))
        drop_notice(conn, old, pending)
    values = dict(sha256=sha256, status="failed", error=parsed.error, error_kind=parsed.error_kind)
    copies: list[tuple[str, Optional[str]]] = []
    if record is not None:
        twin = _twin(conn, sha256, record.notice)
        if twin is not None:
            parsed.merged = True
            stored = conn.execute(select(m.NoticeRow.format, m.NoticeRow.sha256).where(m.NoticeRow.id == twin)).one()
            if _rank(record.notice["format"], sha256) > _rank(*stored):
                _join_twin(conn, twin, sha256, record.name)
                for p in paths:
                    _attach(conn, twin, p, pending)
                return twin
            their_paths, copies = _take_over(conn, twin, pending)
            paths = list(dict.fromkeys([*their_paths, *paths]))
        values = dict(sha256=sha256, status="ok", error=None, error_kind=None, **record.notice,
                      file_name=None if paths else record.name)
    notice_id = _insert_notice(conn, values)
    for other, other_name in copies:
        _join_twin(conn, notice_id, other, other_name)
    if record is not None:
        pending.add(notice_id, record)
    for p in paths:
        _attach(conn, notice_id, p, pending)
    return notice_id


# ---------------------------------------------------------------- a run

@dataclass
class Report:
    """An index run: every file is indexed, failed, skipped (content stored before) or a duplicate (the same
    content as another file of this run, stored with it), so files = indexed + failed + skipped + duplicates.
    `merged`: of the indexed, those found to be another format of a stored notice; `warned`: those stored
    with a warning of the reader (pages OCR could not read, mixed encodings...), the first one each in
    `warnings`; `linked`: new paths."""
    files: int = 0
    indexed: int = 0
    failed: int = 0
    warned: int = 0
    skipped: int = 0
    duplicates: int = 0
    merged: int = 0
    linked: int = 0
    seconds: float = 0.0
    interrupted: bool = False
    failures: list[dict] = field(default_factory=list)
    warnings: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def _stored(engine: Engine) -> tuple[dict[str, tuple[int, str]], dict[str, int]]:
    """What the store holds: hash -> (notice id, status), and path -> notice id."""
    return reconnecting(lambda: _read_stored(engine))


def _read_stored(engine: Engine) -> tuple[dict[str, tuple[int, str]], dict[str, int]]:
    with engine.connect() as conn:
        notices = {sha: (nid, status) for nid, sha, status in
                   conn.execute(select(m.NoticeRow.id, m.NoticeRow.sha256, m.NoticeRow.status))}
        notices.update((sha, (nid, "ok")) for sha, nid in conn.execute(select(m.NoticeFile.sha256,
                                                                             m.NoticeFile.notice_id)))
        return notices, dict(conn.execute(select(m.NoticePath.path, m.NoticePath.notice_id)).all())


def failed_paths(engine: Engine) -> list[Path]:
    """The files of every notice recorded as failed."""
    with engine.connect() as conn:
        rows = conn.execute(select(m.NoticePath.path).join(m.NoticeRow, m.NoticeRow.id == m.NoticePath.notice_id)
                            .where(m.NoticeRow.status == "failed").order_by(m.NoticePath.path))
        return [Path(os_path(p)) for (p,) in rows]


def _record_unread(engine: Engine, report: Report, path: str, error: NoticeError, stored: dict,
                   stored_paths: dict) -> None:
    """Count a file that cannot be read (or is refused unread) as failed and record it in the store, unless
    its path names a notice read before: that notice is kept (the file may be readable again later)."""
    report.failed += 1
    report.failures.append({"path": path, "error": error.reason, "kind": error.kind})
    key = unread_key(path)
    if stored_paths.get(path) in (None, stored.get(key, (None,))[0]):
        store_result(engine, key, [path], Parsed(error=error.reason, error_kind=error.kind))


Progress = Callable[[str, Optional[Parsed]], None]


def link_path(engine: Engine, notice_id: int, path: str) -> bool:
    """`_attach` in a transaction of its own; True when the path is new or moved."""
    def transaction() -> bool:
        with writing(engine) as conn:
            return _attach(conn, notice_id, path)
    return reconnecting(transaction)


def new_contents(engine: Engine, files: list[Path], report: Report, retry_failed: bool = False,
                 roots: Optional[list[str]] = None) -> dict[str, list[str]]:
    """The files to parse, as {sha256: paths with that content} (paths as `path_text`): content already stored
    is skipped (its path linked to the notice when new) and counted in `report`, as are files that cannot be
    read, are too large (told by their size, before hashing) or, with `roots`, lead outside them, and
    folders the walk could not list (counted as failed, not stored)."""
    stored, stored_paths = _stored(engine)
    groups: dict[str, list[str]] = {}
    for p in files:
        path = path_text(p)
        try:
            sha = file_sha256(p, roots)
        except NoticeError as e:
            folder = unlisted_folder(p)
            if folder is None:
                _record_unread(engine, report, path, e, stored, stored_paths)
            else:  # counted, not stored: a folder is no notice, and the next run walks it again
                report.failed += 1
                report.failures.append({"path": path, "error": folder.reason, "kind": folder.kind})
            continue
        known = stored.get(sha)
        if known and (known[1] == "ok" or not retry_failed):
            report.skipped += 1
            if stored_paths.get(path) != known[0]:
                report.linked += link_path(engine, known[0], path)
        else:
            groups.setdefault(sha, []).append(path)
    return groups


def index(engine: Engine, files: list[Path], *, workers: int, timeout: float, memory_mb: int = MEMORY_MB,
          batch: int = BATCH, retry_failed: bool = False, roots: Optional[Iterable[Path]] = None,
          progress: Optional[Callable[[int], Progress]] = None) -> Report:
    """Index `files` into the (migrated) store. `progress(total)` returns a callback called per parsed file.
    With `roots` (an index job's), no file is read outside them, and a file whose content changed between
    hashing and parsing (perhaps swapped for a link) is not stored. StoreError when the database stays out
    of reach (`reconnecting`) or cannot be written (full disk, read-only); every notice stored before stays."""
    started = time.monotonic()
    report = Report(files=len(files))
    real_roots = [os.path.realpath(r) for r in roots] if roots is not None else None
    groups = new_contents(engine, files, report, retry_failed, real_roots)
    first_path = {os_path(paths[0]): sha for sha, paths in groups.items()}
    report.duplicates = sum(len(paths) - 1 for paths in groups.values())
    tick = progress(len(first_path)) if progress else (lambda _p, _r: None)
    if first_path:
        warm_up()
    writer = _BatchWriter(engine, batch)
    with frozen_heap():
        _parse_and_store(first_path, groups, writer, report, tick, workers, timeout, memory_mb, real_roots is not None)
        writer.close()
    report.merged = writer.merged
    report.seconds = round(time.monotonic() - started, 2)
    return report


def _parse_and_store(first_path: dict[str, str], groups: dict[str, list[str]], writer: _BatchWriter,
                     report: Report, tick: Progress, workers: int, timeout: float, memory_mb: int,
                     same_content: bool) -> None:
    """Parse each new content once (`first_path`: a file of it -> its hash) and store it under all its paths.
    With `same_content`, a plan of other bytes than those hashed is refused, not stored."""
    with contextlib.closing(WorkerPool(workers, timeout, memory_mb, task=parse_for_store).run(first_path)) as results:
        try:
            for path, parsed in results:
                hashed = first_path[path]
                record = parsed.record
                if same_content and record is not None and record.sha256 != hashed:
                    parsed, record = Parsed(error="changed while it was being indexed; not stored (index it again)",
                                            error_kind="unreadable"), None
                writer.add(record.sha256 if record else hashed, groups[hashed], parsed)
                if record is None:
                    report.failed += 1
                    report.failures.append({"path": path_text(path), "error": parsed.error, "kind": parsed.error_kind})
                else:
                    report.indexed += 1
                    if record.warning:
                        report.warned += 1
                        report.warnings.append({"path": path_text(path), "warning": record.warning})
                tick(path, parsed)
        except KeyboardInterrupt:
            report.interrupted = True
