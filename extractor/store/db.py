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
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


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
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def make_engine(url: str) -> Engine:
    engine = create_engine(url)
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
    """Bring the schema to the newest migration (alembic upgrade head), in one transaction."""
    from alembic import command
    cfg = alembic_config(engine)
    with engine.begin() as conn:
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
