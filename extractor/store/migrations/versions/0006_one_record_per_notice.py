"""One notice, one record: the same notice in several formats is stored once, with every file; the plan kept.

notices.text_key: a hash of the notice's Chinese characters alone, so that the TXT, DOCX, PDF and
HTML of one notice, whose spaces, punctuation and page numbers differ, share it. notices.file_name: an upload's file name (indexed files are named by their paths).
notice_files: every other file (by content hash) found to be the same notice in another format: the
same text_key, or the same title, 发文字号 and date; its name. A file whose hash is here is not parsed again.
Both lookups seek (key, format), so that many notices of one title in one format (versions of
it) do not make each insert scan them.
plans: the parsed plan (zlib-compressed JSON, without its path), for /v1/notices/{id}/plan, its
tasks and ledger.

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _owner() -> sa.Column:
    return sa.Column("notice_id", sa.Integer, sa.ForeignKey("notices.id", ondelete="CASCADE"), nullable=False)


def upgrade() -> None:
    op.add_column("notices", sa.Column("text_key", sa.String(64), nullable=True))
    op.add_column("notices", sa.Column("file_name", sa.String(), nullable=True))
    op.create_index("ix_notices_text_key_format", "notices", ["text_key", "format"])
    op.create_index("ix_notices_title_format", "notices", ["title", "format"])
    op.create_table("notice_files", sa.Column("id", sa.Integer, primary_key=True), _owner(),
                    sa.Column("sha256", sa.String(64), nullable=False, unique=True),
                    sa.Column("name", sa.String(), nullable=True))
    op.create_index("ix_notice_files_notice_id", "notice_files", ["notice_id"])
    op.create_table("plans", sa.Column("id", sa.Integer, primary_key=True),
                    sa.Column("notice_id", sa.Integer, sa.ForeignKey("notices.id", ondelete="CASCADE"), nullable=False,
                              unique=True),
                    sa.Column("body", sa.LargeBinary, nullable=False))


def downgrade() -> None:
    op.drop_table("plans")
    op.drop_table("notice_files")
    op.drop_index("ix_notices_title_format", "notices")
    op.drop_index("ix_notices_text_key_format", "notices")
    op.drop_column("notices", "file_name")
    op.drop_column("notices", "text_key")
