"""deadline_units: each dated deadline's task units with the keys deadlines are listed by (issue 15).

The unit question found a unit's tasks, their deadlines, and each deadline's notice for its sha256 (a sort
key), then sorted them all to give a page: 100-200 ms at 100,000 notices for a unit that leads tasks in a
fifth of the notices (bench/RESULTS.md, "Queries at 100,000 notices", finding 1). A row per (deadline, unit,
role) holding the deadline's day as one number (`day`: YYYYMMDD, a day without a year after them all), the
notice's hash as a number (`notice_key`) and the deadline's `seq`, indexed by (org, role, day, notice_key, seq,
deadline_id): a unit's deadlines in a period come from one index range in listing order, and are counted
there. Only deadlines with a due month are listed by the questions, so only they have rows. The writer
(rows.py) adds the rows with the deadlines; this migration fills them for the deadlines stored before.

Revision ID: 0008
Revises: 0007
"""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

UNDATED_DAY = 100_000_000   # rows.UNDATED_DAY: a migration keeps its own copy of what it wrote


def _notice_key(sha256: str) -> int:
    try:
        return int(sha256[:15], 16)
    except ValueError:
        return 0


def upgrade() -> None:
    op.create_table(
        "deadline_units",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("deadline_id", sa.Integer(), sa.ForeignKey("deadlines.id", ondelete="CASCADE"), nullable=False),
        sa.Column("org", sa.String(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("notice_key", sa.BigInteger(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False))
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        bind.connection.driver_connection.create_function("notice_key", 1, _notice_key, deterministic=True)
        key = "notice_key(n.sha256)"
    else:
        key = ("CASE WHEN n.sha256 ~ '^[0-9a-fA-F]{15}' THEN ('x' || substr(n.sha256, 1, 15))::bit(60)::bigint "
               "ELSE 0 END")
    # each (deadline, unit, role) once: a task may name a unit twice
    op.execute(f"""
        INSERT INTO deadline_units (deadline_id, org, role, day, notice_key, seq)
        SELECT DISTINCT d.id, u.org, u.role,
               CASE WHEN d.due_year IS NULL THEN {UNDATED_DAY} ELSE d.due_year * 10000 END
                   + d.due_month * 100 + coalesce(d.due_day, 0),
               {key}, d.seq
        FROM deadlines d JOIN task_units u ON u.task_id = d.task_id JOIN notices n ON n.id = d.notice_id
        WHERE d.due_month IS NOT NULL""")
    op.create_index("ix_deadline_units_unit", "deadline_units",
                    ["org", "role", "day", "notice_key", "seq", "deadline_id"])
    op.create_index("ux_deadline_units_deadline", "deadline_units", ["deadline_id", "org", "role"], unique=True)


def downgrade() -> None:
    op.drop_index("ux_deadline_units_deadline", "deadline_units")
    op.drop_index("ix_deadline_units_unit", "deadline_units")
    op.drop_table("deadline_units")
