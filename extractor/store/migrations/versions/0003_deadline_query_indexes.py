"""Indexes for the deadline questions over large stores (bench/RESULTS.md, "Queries at 100,000 notices").

unit_names: every distinct unit name of task_units, kept by a trigger. A unit is asked for by part
of its name (`农业农村局`), a LIKE '%…%' that no B-tree index can serve: tested on every task unit, it
grew with the store. The unit query now matches the few distinct names first, then reads their
tasks from ix_task_units_org_role (org, role, task_id) and those tasks' deadlines, with the keys the
answer is sorted by, from ix_deadlines_task: index entries only, no table rows. These two replace
the indexes on task_units.org and deadlines.task_id alone. Names are added as units are written and
never removed: a name left without units matches nothing. On PostgreSQL the names also get a
pg_trgm index when the extension can be created (optional: without it the names are scanned, as
on SQLite).

ix_deadlines_day: deadlines by day, days without a year last (the leading keys of the order the
queries list them in), so that the first page of a question no other index narrows (every
deadline, say) is read in order instead of sorting a million rows.

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX ix_deadlines_day ON deadlines ((due_year IS NULL), due_year, due_month, due_day)")
    op.drop_index("ix_task_units_org", "task_units")
    op.create_index("ix_task_units_org_role", "task_units", ["org", "role", "task_id"])
    op.drop_index("ix_deadlines_task_id", "deadlines")
    op.create_index("ix_deadlines_task", "deadlines", ["task_id", "due_month", "due_year", "due_day", "notice_id", "seq"])
    op.create_table("unit_names", sa.Column("name", sa.String(), primary_key=True))
    op.execute("INSERT INTO unit_names (name) SELECT DISTINCT org FROM task_units")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE TRIGGER task_units_name AFTER INSERT ON task_units "
                   "BEGIN INSERT OR IGNORE INTO unit_names (name) VALUES (new.org); END")
        return
    # One statement per insert; names in order, so that two writers never wait on each other's names.
    op.execute("""
        CREATE FUNCTION unit_names_add() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
        BEGIN
            INSERT INTO unit_names (name) SELECT DISTINCT org FROM new_units ORDER BY org ON CONFLICT DO NOTHING;
            RETURN NULL;
        END $$""")
    op.execute("CREATE TRIGGER task_units_name AFTER INSERT ON task_units REFERENCING NEW TABLE AS new_units "
               "FOR EACH STATEMENT EXECUTE FUNCTION unit_names_add()")
    _trigram_index()


def _trigram_index() -> None:
    """A pg_trgm GIN index on the names when pg_trgm is, or can be, installed (in schema public, so that no
    store's schema owns it); tried in a savepoint, so that a refusal leaves the migration going on."""
    bind = op.get_bind()
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public")
    except sa.exc.DBAPIError:
        return
    schema = bind.exec_driver_sql("SELECT extnamespace::regnamespace::text FROM pg_extension "
                                  "WHERE extname = 'pg_trgm'").scalar()
    op.execute(f"CREATE INDEX ix_unit_names_trgm ON unit_names USING GIN (name {schema}.gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER task_units_name ON task_units")
        op.execute("DROP FUNCTION unit_names_add()")
    else:
        op.execute("DROP TRIGGER task_units_name")
    op.drop_table("unit_names")
    op.drop_index("ix_task_units_org_role", "task_units")
    op.create_index("ix_task_units_org", "task_units", ["org"])
    op.drop_index("ix_deadlines_task", "deadlines")
    op.create_index("ix_deadlines_task_id", "deadlines", ["task_id"])
    op.drop_index("ix_deadlines_day", "deadlines")
