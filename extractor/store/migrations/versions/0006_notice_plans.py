"""notice_plans: each notice's whole plan (JSON, zlib-compressed), with the normalised text its spans point into.

The other tables hold what queries need; the web page shows a notice's text with its items highlighted and
writes its ledger with the same writers as the CLI, and for that it needs the plan as it was parsed.
Notices stored before this migration have no row here until they are indexed again.

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("notice_plans",
                    sa.Column("id", sa.Integer(), primary_key=True),
                    sa.Column("notice_id", sa.Integer(), sa.ForeignKey("notices.id", ondelete="CASCADE"),
                              nullable=False, unique=True),
                    sa.Column("plan", sa.LargeBinary(), nullable=False))


def downgrade() -> None:
    op.drop_table("notice_plans")
