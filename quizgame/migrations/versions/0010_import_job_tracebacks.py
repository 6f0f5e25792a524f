"""import_jobs: a failed step keeps its traceback, for whoever runs the site

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('import_jobs') as batch_op:
        batch_op.add_column(sa.Column('traceback', sa.Text(), nullable=True))


def downgrade():
    with op.batch_alter_table('import_jobs') as batch_op:
        batch_op.drop_column('traceback')
