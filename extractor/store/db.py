"""Where the store lives and how it is brought up to date.

The database is any SQLAlchemy URL: `--db`, else the environment variable NOTICES_DB,
else the SQLite file `notices.db` in the working directory. A bare path means a SQLite
file. The schema is owned by the Alembic migrations in `migrations/`, applied with
`migrate(engine)` when `index` starts.
"""
from __future__ import annotations

import os
import re
import sqlite3
import time
from pathlib import Path
from typing import Optional

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url

DEFAULT_DB = "notices.db"
APP_NAME = "notices"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
MIGRATION_LOCK = 0x6E6F7469  # the PostgreSQL advisory lock held while migrating ("noti")


class StoreError(Exception):
    """The store cannot be used (no index yet, unreachable server); one-line reason."""


class WriteRefused(StoreError):
    """The database refuses writes for good: the disk is full, or the store is read-only."""


def write_refused(orig: BaseException) -> Optional[str]:
    """Why the database driver's error means no write can succeed, in words; None for any other error.
    SQLite names its errors (`sqlite_errorname`), PostgreSQL gives a SQLSTATE."""
    name = getattr(orig, "sqlite_errorname", None) or ""
    state = getattr(orig, "sqlstate", None) or ""
    if name == "SQLITE_FULL" or state in ("53100", "54000"):
        return "the disk is full"
    if name.startswith("SQLITE_IOERR"):
        return "cannot write the store (the disk is full or failing)"
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN")) or state in ("25006", "42501"):
        return "the store is read-only"
    return None


def resolve_url(db: Optional[str] = None) -> str:
    """The database URL: the argument, else $NOTICES_DB, else ./notices.db; a plain path means SQLite."""
    value = db or os.environ.get("NOTICES_DB") or DEFAULT_DB
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA foreign_keys=ON")
    _set_wal(cur)
    # In WAL mode a commit need not wait for the disk: a killed process loses nothing committed,
    # the file stays consistent, and only a power cut may undo the last commits (fsync per notice
    # was a third of an index run's time).
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _set_wal(cur, wait: float = 30.0) -> None:
    """PRAGMA journal_mode=WAL, retried while another connection holds the file: switching a new file's
    journal mode fails at once with "database is locked" whatever the busy timeout (SQLite calls no busy
    handler there), which two `index` runs starting together on a new store met under load."""
    deadline = time.monotonic() + wait
    while True:
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def make_engine(url: str) -> Engine:
    """An engine whose pool tests a connection before handing it out (pool_pre_ping), so one the server
    dropped while it sat idle (restart, terminated, timed out) is replaced, not failed on. PostgreSQL
    connections are named `notices` in pg_stat_activity unless the URL gives an application_name."""
    parsed = make_url(url)
    named = parsed.get_backend_name() == "postgresql" and "application_name" not in parsed.query
    engine = create_engine(url, pool_pre_ping=True, connect_args={"application_name": APP_NAME} if named else {})
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def alembic_config(engine: Engine):
    from alembic.config import Config
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration (alembic upgrade head), in one transaction, so a run
    killed while migrating leaves the schema as it was. SQLite's Python driver runs CREATE/ALTER outside
    any transaction unless one is opened explicitly: BEGIN IMMEDIATE does, and also makes a second
    `index` starting at the same moment wait for this one's schema instead of creating it again; on
    PostgreSQL an advisory lock does that (`notices worker` on many hosts, started together)."""
    from alembic import command
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        elif conn.dialect.name == "postgresql":  # workers on several hosts starting at once: one migrates
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def _sqlite_file(url) -> Optional[str]:
    """The file of a SQLite URL (`sqlite:///x.db`, `sqlite:///file:x.db?mode=ro&uri=true`); None in memory."""
    name = url.database
    if not name or name == ":memory:":
        return None
    return name[len("file:"):] if url.query.get("uri") and name.startswith("file:") else name


REVISION_LINE = re.compile(r"""^(down_revision|revision)\b[^=]*=\s*['"]([^'"]+)['"]""", re.M)


def known_revisions() -> tuple[set[str], str]:
    """The schema revisions of the migrations shipped here, and the newest: read from the migration files'
    `revision = "…"` lines, not by loading Alembic (a query command starts without it)."""
    revisions, parents = set(), set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        for name, value in REVISION_LINE.findall(script.read_text(encoding="utf-8")):
            (revisions if name == "revision" else parents).add(value)
    return revisions, max(revisions - parents)


def check_revision(engine: Engine) -> bool:
    """StoreError when the store's schema was made by a newer version of notices (an Alembic revision this
    one does not know): no command may read or write it. True when it is at the newest revision known here."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return False
        stored = list(conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalars())
    known, head = known_revisions()
    for revision in stored:
        if revision not in known:
            raise StoreError(f"{engine.url.render_as_string()} was made by a newer version of notices (schema "
                             f"{revision}; this version knows up to {head}): upgrade notices")
    return stored == [head]


def check_writable(engine: Engine) -> None:
    """WriteRefused when the store takes no write (a read-only file or server, a full disk): a write that
    changes nothing, in a transaction rolled back."""
    try:
        with engine.connect() as conn, conn.begin() as transaction:
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = version_num")
            transaction.rollback()
    except Exception as e:
        orig = getattr(e, "orig", None) or e
        refused = write_refused(orig)
        if refused is None:
            raise StoreError(f"cannot write {engine.url.render_as_string()}: {' '.join(str(orig).split())}") from None
        raise WriteRefused(f"{refused}: {' '.join(str(orig).split())}") from None


def open_store(db: Optional[str] = None, *, create: bool = False) -> Engine:
    """An engine on the store, migrated when `create` (unless at the newest revision already); otherwise the store
    must already exist. Either way a store made by a newer version is refused first, and a store that refuses
    writes (read-only, full disk) is WriteRefused when `create` and it is migrated (callers that write check it:
    `check_writable`)."""
    url = resolve_url(db)
    parsed = make_url(url)
    shown = parsed.render_as_string()
    file = _sqlite_file(parsed) if parsed.get_backend_name() == "sqlite" else None
    if not create and file and not Path(file).exists():
        raise StoreError(f"no index at {file}; run `notices index DIR` first")
    engine = make_engine(url)
    try:
        newest = check_revision(engine)
        if create and not newest:   # (Alembic, imported and run to find nothing to do, cost ~0.1-0.2 s of CPU)
            migrate(engine)
        elif not inspect(engine).has_table("notices"):
            raise StoreError(f"{shown} holds no index; run `notices index DIR` first")
    except StoreError:
        raise
    except Exception as e:  # an unreachable server, bad credentials: one line, not a traceback
        orig = getattr(e, "orig", None) or e
        refused = write_refused(orig)
        detail = " ".join(str(orig).split()) or type(orig).__name__
        if refused and create:
            raise WriteRefused(f"{refused}: cannot write {shown} ({detail})") from None
        raise StoreError(f"cannot open {shown}: {detail}") from None
    return engine
