"""Initial schema: notices, their paths and extracted records, and the full-text table notice_fts.

Revision ID: 0001
Revises:
Create Date: 2025-01-01

"""
from collections.abc import Sequence
from typing import Union

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0001'
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('notices',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(64), nullable=False),
    sa.Column('status', sa.String(16), nullable=False),
    sa.Column('error', sa.String(), nullable=True),
    sa.Column('error_kind', sa.String(32), nullable=True),
    sa.Column('format', sa.String(16), nullable=True),
    sa.Column('script', sa.String(16), nullable=True),
    sa.Column('encoding', sa.String(32), nullable=True),
    sa.Column('conversion', sa.String(16), nullable=True),
    sa.Column('pages', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(), nullable=True),
    sa.Column('doc_number', sa.String(), nullable=True),
    sa.Column('issuer', sa.String(), nullable=True),
    sa.Column('date', sa.String(10), nullable=True),
    sa.Column('recipients', sa.String(), nullable=True),
    sa.Column('indexed_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_notices_date', 'notices', ['date'], unique=False)
    op.create_index('ix_notices_doc_number', 'notices', ['doc_number'], unique=False)
    op.create_index('ix_notices_issuer', 'notices', ['issuer'], unique=False)
    op.create_index('ix_notices_sha256', 'notices', ['sha256'], unique=True)
    op.create_index('ix_notices_status', 'notices', ['status'], unique=False)

    op.create_table('contacts',
    sa.Column('span_start', sa.Integer(), nullable=True),
    sa.Column('span_end', sa.Integer(), nullable=True),
    sa.Column('page', sa.Integer(), nullable=True),
    sa.Column('para', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('notice_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=True),
    sa.Column('phone', sa.String(), nullable=True),
    sa.Column('email', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['notice_id'], ['notices.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_contacts_notice_id', 'contacts', ['notice_id'], unique=False)

    op.create_table('notice_paths',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('notice_id', sa.Integer(), nullable=False),
    sa.Column('path', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['notice_id'], ['notices.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_notice_paths_notice_id', 'notice_paths', ['notice_id'], unique=False)
    op.create_index('ix_notice_paths_path', 'notice_paths', ['path'], unique=True)

    op.create_table('organizations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('notice_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['notice_id'], ['notices.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_organizations_name', 'organizations', ['name'], unique=False)
    op.create_index('ix_organizations_notice_id', 'organizations', ['notice_id'], unique=False)

    op.create_table('people',
    sa.Column('span_start', sa.Integer(), nullable=True),
    sa.Column('span_end', sa.Integer(), nullable=True),
    sa.Column('page', sa.Integer(), nullable=True),
    sa.Column('para', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('notice_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('title', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['notice_id'], ['notices.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_people_name', 'people', ['name'], unique=False)
    op.create_index('ix_people_notice_id', 'people', ['notice_id'], unique=False)

    op.create_table('references',
    sa.Column('span_start', sa.Integer(), nullable=True),
    sa.Column('span_end', sa.Integer(), nullable=True),
    sa.Column('page', sa.Integer(), nullable=True),
    sa.Column('para', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('notice_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(16), nullable=False),
    sa.Column('title', sa.String(), nullable=True),
    sa.Column('number', sa.String(), nullable=True),
    sa.Column('text', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['notice_id'], ['notices.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_references_notice_id', 'references', ['notice_id'], unique=False)
    op.create_index('ix_references_number', 'references', ['number'], unique=False)

    op.create_table('responsibilities',
    sa.Column('span_start', sa.Integer(), nullable=True),
    sa.Column('span_end', sa.Integer(), nullable=True),
    sa.Column('page', sa.Integer(), nullable=True),
    sa.Column('para', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('notice_id', sa.Integer(), nullable=False),
    sa.Column('org', sa.String(), nullable=False),
    sa.Column('duty', sa.String(), nullable=False),
    sa.Column('role', sa.String(16), nullable=False),
    sa.Column('deadline', sa.String(16), nullable=True),
    sa.Column('rule', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['notice_id'], ['notices.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_responsibilities_notice_id', 'responsibilities', ['notice_id'], unique=False)
    op.create_index('ix_responsibilities_org', 'responsibilities', ['org'], unique=False)

    op.create_table('sections',
    sa.Column('span_start', sa.Integer(), nullable=True),
    sa.Column('span_end', sa.Integer(), nullable=True),
    sa.Column('page', sa.Integer(), nullable=True),
    sa.Column('para', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('notice_id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('marker', sa.String(), nullable=False),
    sa.Column('heading', sa.String(), nullable=False),
    sa.Column('text', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['notice_id'], ['notices.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['parent_id'], ['sections.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_sections_notice_id', 'sections', ['notice_id'], unique=False)
    op.create_index('ix_sections_parent_id', 'sections', ['parent_id'], unique=False)

    op.create_table('tasks',
    sa.Column('span_start', sa.Integer(), nullable=True),
    sa.Column('span_end', sa.Integer(), nullable=True),
    sa.Column('page', sa.Integer(), nullable=True),
    sa.Column('para', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('notice_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(), nullable=False),
    sa.Column('section', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['notice_id'], ['notices.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_tasks_notice_id', 'tasks', ['notice_id'], unique=False)

    op.create_table('deadlines',
    sa.Column('span_start', sa.Integer(), nullable=True),
    sa.Column('span_end', sa.Integer(), nullable=True),
    sa.Column('page', sa.Integer(), nullable=True),
    sa.Column('para', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('notice_id', sa.Integer(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=True),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('date', sa.String(16), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('due_year', sa.Integer(), nullable=True),
    sa.Column('due_month', sa.Integer(), nullable=True),
    sa.Column('due_day', sa.Integer(), nullable=True),
    sa.Column('start', sa.String(16), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('kind', sa.String(8), nullable=False),
    sa.Column('year_inferred', sa.Boolean(), nullable=False),
    sa.Column('text', sa.String(), nullable=False),
    sa.Column('task', sa.String(), nullable=True),
    sa.Column('section', sa.String(), nullable=True),
    sa.Column('rule', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['notice_id'], ['notices.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['task_id'], ['tasks.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_deadlines_due_date', 'deadlines', ['due_date'], unique=False)
    op.create_index('ix_deadlines_due_month', 'deadlines', ['due_month', 'due_day'], unique=False)
    op.create_index('ix_deadlines_notice_id', 'deadlines', ['notice_id'], unique=False)
    op.create_index('ix_deadlines_start_date', 'deadlines', ['start_date'], unique=False)
    op.create_index('ix_deadlines_task_id', 'deadlines', ['task_id'], unique=False)

    op.create_table('org_mentions',
    sa.Column('span_start', sa.Integer(), nullable=True),
    sa.Column('span_end', sa.Integer(), nullable=True),
    sa.Column('page', sa.Integer(), nullable=True),
    sa.Column('para', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_org_mentions_organization_id', 'org_mentions', ['organization_id'], unique=False)

    op.create_table('targets',
    sa.Column('span_start', sa.Integer(), nullable=True),
    sa.Column('span_end', sa.Integer(), nullable=True),
    sa.Column('page', sa.Integer(), nullable=True),
    sa.Column('para', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('notice_id', sa.Integer(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=True),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('unit', sa.String(4), nullable=False),
    sa.Column('op', sa.String(4), nullable=False),
    sa.Column('metric', sa.String(), nullable=True),
    sa.Column('subject', sa.String(), nullable=True),
    sa.Column('text', sa.String(), nullable=False),
    sa.Column('rule', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['notice_id'], ['notices.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['task_id'], ['tasks.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_targets_notice_id', 'targets', ['notice_id'], unique=False)
    op.create_index('ix_targets_task_id', 'targets', ['task_id'], unique=False)

    op.create_table('task_units',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('org', sa.String(), nullable=False),
    sa.Column('role', sa.String(16), nullable=False),
    sa.ForeignKeyConstraint(['task_id'], ['tasks.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_task_units_org', 'task_units', ['org'], unique=False)
    op.create_index('ix_task_units_task_id', 'task_units', ['task_id'], unique=False)
    create_fts()


def create_fts() -> None:
    """notice_fts: the jieba-segmented title and body (words joined by spaces), one row per notice.

    SQLite: an FTS5 table whose rowid is the notice id (bm25, snippet()). PostgreSQL: a table
    with a GIN index on to_tsvector('simple', title || ' ' || body) (ts_rank, ts_headline).
    """
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE notice_fts USING fts5(title, body, tokenize='unicode61')")
        return
    op.create_table('notice_fts',
    sa.Column('notice_id', sa.Integer(), sa.ForeignKey('notices.id', ondelete='CASCADE'), primary_key=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    )
    op.execute("CREATE INDEX ix_notice_fts_tsv ON notice_fts USING GIN (to_tsvector('simple', title || ' ' || body))")


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table('notice_fts')
    op.drop_table('task_units')
    op.drop_table('targets')
    op.drop_table('org_mentions')
    op.drop_table('deadlines')
    op.drop_table('tasks')
    op.drop_table('sections')
    op.drop_table('responsibilities')
    op.drop_table('references')
    op.drop_table('people')
    op.drop_table('organizations')
    op.drop_table('notice_paths')
    op.drop_table('contacts')
    op.drop_table('notices')
