"""notice_fts on SQLite gets a prefix index of each term's first character (FTS5 `prefix='1'`; issue 15).

A query word of one ideograph (`双` of `双认证`, cut so by the segmenter) is the FTS5 prefix query `"双" *`: without
a prefix index FTS5 merges the doclists of every term starting with that character (each pair `双X`) at each
search. With it, the prefix is one more term of the index. FTS5 cannot add a prefix index to a table: the table is
made again and its rows copied (their terms tokenized again). PostgreSQL answers `双:*` from its GIN index as it is:
nothing to do there.

Revision ID: 0009
Revises: 0008
"""
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def _rebuild(options: str) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(f"CREATE VIRTUAL TABLE notice_fts_new USING fts5(title, body, tokenize='unicode61'{options})")
    op.execute("INSERT INTO notice_fts_new (rowid, title, body) SELECT rowid, title, body FROM notice_fts")
    op.execute("DROP TABLE notice_fts")
    op.execute("ALTER TABLE notice_fts_new RENAME TO notice_fts")


def upgrade() -> None:
    _rebuild(", prefix='1'")


def downgrade() -> None:
    _rebuild("")
