"""Where the store lives and how it is brought up to date.

The database is any SQLAlchemy URL: `--db`, else the environment variable NOTICES_DB,
else the SQLite file `notices.db` in the working directory. A bare path means a SQLite
file. The schema is owned by the Alembic migrations in `migrations/`, applied with
`migrate(engine)` when `index` starts.
"""
from __future__ import annotations

import os
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


def resolve_url(db: Optional[str] = None) -> str:
    """The database URL: the argument, else $NOTICES_DB, else ./notices.db; a plain path means SQLite."""
    value = db or os.environ.get("NOTICES_DB") or DEFAULT_DB
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    # In WAL mode a commit need not wait for the disk: a killed process loses nothing committed,
    # the file stays consistent, and only a power cut may undo the last commits (fsync per notice
    # was a third of an index run's time).
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


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


def open_store(db: Optional[str] = None, *, create: bool = False) -> Engine:
    """An engine on the store, migrated when `create`; otherwise the store must already exist."""
    url = resolve_url(db)
    parsed = make_url(url)
    if not create and parsed.get_backend_name() == "sqlite" and parsed.database \
            and not Path(parsed.database).exists():
        raise StoreError(f"no index at {parsed.database}; run `notices index DIR` first")
    engine = make_engine(url)
    try:
        if create:
            migrate(engine)
        elif not inspect(engine).has_table("notices"):
            raise StoreError(f"{parsed.render_as_string()} holds no index; run `notices index DIR` first")
    except StoreError:
        raise
    except Exception as e:  # an unreachable server, bad credentials: one line, not a traceback
        raise StoreError(f"cannot open {parsed.render_as_string()}: {str(e).splitlines()[0]}") from None
    return engine
