"""roster school ids (e-mail, SIS id) and the origin of a teacher's own imported questions

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 05:20:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade():
    # Nullable columns added with ALTER TABLE ... ADD COLUMN: SQLite and PostgreSQL both take it in place.
    op.add_column('roster_students', sa.Column('email', sa.String(length=254), nullable=True))
    op.add_column('roster_students', sa.Column('school_id', sa.String(length=64), nullable=True))
    op.add_column('questions', sa.Column('origin', sa.String(length=10), nullable=True))


def downgrade():
    with op.batch_alter_table('questions') as batch:
        batch.drop_column('origin')
    with op.batch_alter_table('roster_students') as batch:
        batch.drop_column('school_id')
        batch.drop_column('email')
