"""rooms: closed to new players (after a removal), so a removed student cannot come back as someone new

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 09:10:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('rooms') as batch_op:
        batch_op.add_column(sa.Column('new_players_closed', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade():
    with op.batch_alter_table('rooms') as batch_op:
        batch_op.drop_column('new_players_closed')
