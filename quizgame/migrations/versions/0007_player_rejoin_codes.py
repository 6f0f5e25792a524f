"""players: a one-time rejoin code the teacher gives a student who lost their session

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 05:30:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('players') as batch_op:
        batch_op.add_column(sa.Column('rejoin_code', sa.String(length=8), nullable=True))


def downgrade():
    with op.batch_alter_table('players') as batch_op:
        batch_op.drop_column('rejoin_code')
