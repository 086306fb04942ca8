"""The notice store: index folders of notices into SQLite or PostgreSQL and query them.

    db.py           engine from a URL (`--db`, env NOTICES_DB, default sqlite notices.db), Alembic migrations
    models.py       the tables (SQLModel)
    indexer.py      walk folders, parse in worker processes, write each notice in one transaction
    queries.py      deadlines by period, failures (read through Core tables: the questions need no SQLModel)
    query_language.py  questions in words -> query filters (rules/query.yaml)
    search.py       full-text search (SQLite FTS5 / PostgreSQL text search) over character pairs
"""
