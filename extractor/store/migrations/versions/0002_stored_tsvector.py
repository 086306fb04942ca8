"""PostgreSQL full-text search over a stored tsvector column.

The first schema indexed an expression, so ranking recomputed `to_tsvector` over each match's
whole text at query time (p95 6.7 s at 5,000 notices, bench/RESULTS.md). SQLite's FTS5 table
is unchanged.

Revision ID: 0002
Revises: 0001
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_notice_fts_tsv")
    op.execute("ALTER TABLE notice_fts ADD COLUMN tsv tsvector "
               "GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || body)) STORED")
    op.execute("CREATE INDEX ix_notice_fts_tsv ON notice_fts USING GIN (tsv)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_notice_fts_tsv")
    op.execute("ALTER TABLE notice_fts DROP COLUMN tsv")
    op.execute("CREATE INDEX ix_notice_fts_tsv ON notice_fts USING GIN (to_tsvector('simple', title || ' ' || body))")
