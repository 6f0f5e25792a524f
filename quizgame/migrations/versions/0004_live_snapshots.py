"""live snapshots: one shared state per live room version

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 02:30:00.000000

"""
from alembic import op
import sqlalchemy as sa

import quizgame.models


# revision identifiers, used by Alembic.
revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('live_snapshots',
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('question_id', sa.String(length=40), nullable=True),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('created_at', quizgame.models.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['room_id'], ['rooms.id'], name=op.f('fk_live_snapshots_room_id_rooms'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('room_id', 'version', name=op.f('pk_live_snapshots'))
    )


def downgrade():
    op.drop_table('live_snapshots')
