"""players: a removed player keeps their name and roster link; only players still in the room hold a name

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 08:40:00.000000

Removing a roster student's player renamed it "X (removed N)" and cut its roster link, so that the name
was free again: the removed seat's answers lost their student in the gradebook, and a rejoin code gave
the seat back under the odd name. The unique name now counts only players not removed (a partial index).
"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('players') as batch_op:
        batch_op.drop_constraint('uq_players_room_id_nickname', type_='unique')
    op.create_index(
        'uq_players_room_nickname_present', 'players', ['room_id', 'nickname'], unique=True,
        sqlite_where=sa.text('NOT removed'), postgresql_where=sa.text('NOT removed'),
    )


def downgrade():
    op.drop_index('uq_players_room_nickname_present', table_name='players')
    with op.batch_alter_table('players') as batch_op:
        batch_op.create_unique_constraint('uq_players_room_id_nickname', ['room_id', 'nickname'])
