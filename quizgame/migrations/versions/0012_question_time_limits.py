"""room_questions.seconds: a question's own time limit in a room, overriding the room's; rooms.question_seconds
holds the open live question's, copied when it opens

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 09:10:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('room_questions') as batch_op:
        batch_op.add_column(sa.Column('seconds', sa.Integer(), nullable=True))
        batch_op.create_check_constraint(op.f('ck_room_questions_seconds'), 'seconds IS NULL OR seconds BETWEEN 5 AND 600')
    with op.batch_alter_table('rooms') as batch_op:
        batch_op.add_column(sa.Column('question_seconds', sa.Integer(), nullable=True))


def downgrade():
    with op.batch_alter_table('rooms') as batch_op:
        batch_op.drop_column('question_seconds')
    with op.batch_alter_table('room_questions') as batch_op:
        batch_op.drop_constraint('ck_room_questions_seconds', type_='check')
        batch_op.drop_column('seconds')
