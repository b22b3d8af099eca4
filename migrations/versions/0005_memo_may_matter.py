"""memos keep the sentences that may matter

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 01:40:00

The trigger reader lists sentences with a trigger word and a vehicle or market
that gave no directive; they are kept with the memo, as read at import, so a
person sees the same list whatever the vocabulary has become since.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("memos", schema=None) as batch_op:
        batch_op.add_column(sa.Column("may_matter", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("memos", schema=None) as batch_op:
        batch_op.drop_column("may_matter")
