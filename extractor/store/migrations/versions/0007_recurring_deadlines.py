"""Recurring deadlines (每月5日前, 每季度末) are stored: deadlines.recurrence holds the RFC 5545 RRULE of a
rhythm, whose row is dated at its first occurrence; calendars made from the store repeat it.

Revision ID: 0007
Revises: 0006
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("deadlines", sa.Column("recurrence", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("deadlines") as batch:
        batch.drop_column("recurrence")
