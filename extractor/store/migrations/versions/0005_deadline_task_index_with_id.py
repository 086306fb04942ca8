"""ix_deadlines_task also holds the deadline's id, so that PostgreSQL answers the unit query from the index.

SQLite keeps the row id in every index; PostgreSQL does not, and fetched each matching deadline's row
for its id (250 ms of 300 for a unit with 20,000 deadlines at 100,000 notices, bench/RESULTS.md).

Revision ID: 0005
Revises: 0004
"""
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

KEYS = ["task_id", "due_month", "due_year", "due_day", "notice_id", "seq"]


def upgrade() -> None:
    op.drop_index("ix_deadlines_task", "deadlines")
    op.create_index("ix_deadlines_task", "deadlines", [*KEYS, "id"])


def downgrade() -> None:
    op.drop_index("ix_deadlines_task", "deadlines")
    op.create_index("ix_deadlines_task", "deadlines", KEYS)
