"""Fresh PostgreSQL schemas for a bench run or a test: each store gets a schema of its own (its URL sets
search_path), dropped afterwards. The server: NOTICES_TEST_PG, or the one on 127.0.0.1:5432."""
from __future__ import annotations

import os
import uuid

from sqlalchemy import create_engine, text

PG_URL = os.environ.get("NOTICES_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def schema_url(schema: str) -> str:
    """The store URL whose tables live in `schema`."""
    return f"{PG_URL}{'&' if '?' in PG_URL else '?'}options=-csearch_path%3D{schema}"


def new_schema(name: str | None = None, prefix: str = "t_") -> tuple[str, str]:
    """(schema, store URL): the schema `name` (made unless it exists), or a new one named `prefix` + random."""
    schema = name or prefix + uuid.uuid4().hex[:12]
    with create_engine(PG_URL, isolation_level="AUTOCOMMIT").connect() as conn:
        conn.execute(text(f"CREATE SCHEMA IF NOT EXISTS {schema}"))
    return schema, schema_url(schema)


def drop_schema(schema: str) -> None:
    with create_engine(PG_URL, isolation_level="AUTOCOMMIT").connect() as conn:
        conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
