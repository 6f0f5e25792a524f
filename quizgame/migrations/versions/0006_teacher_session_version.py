"""teachers.session_version: logging out ends every session cookie issued before

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 06:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('teachers', sa.Column('session_version', sa.Integer(), server_default='0', nullable=False))


def downgrade():
    with op.batch_alter_table('teachers') as batch:
        batch.drop_column('session_version')
