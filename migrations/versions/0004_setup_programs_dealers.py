"""set-up: program code set and retirement, dealers of our own, any logo image

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 11:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('programs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('status_codes', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('retired_at', sa.DateTime(timezone=True), nullable=True))
    # Until now a program's OEM named its status codes; keep that where such codes exist.
    op.execute(
        "UPDATE programs SET status_codes = oem "
        "WHERE oem IN (SELECT DISTINCT oem FROM order_status_codes)"
    )
    with op.batch_alter_table('dealers', schema=None) as batch_op:
        batch_op.alter_column('logo_png', new_column_name='logo_image')
        # Every dealer so far was one of the database's own.
        batch_op.add_column(
            sa.Column('ours', sa.Boolean(), nullable=False, server_default=sa.true())
        )


def downgrade() -> None:
    with op.batch_alter_table('dealers', schema=None) as batch_op:
        batch_op.drop_column('ours')
        batch_op.alter_column('logo_image', new_column_name='logo_png')
    with op.batch_alter_table('programs', schema=None) as batch_op:
        batch_op.drop_column('retired_at')
        batch_op.drop_column('status_codes')
