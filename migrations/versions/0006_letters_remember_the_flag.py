"""letters remember the flag they told the customer

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 11:30:00

A letter that tells a waiting customer where they stand (cannot be served,
a car is there for them, or not yet) keeps that flag, so that when the flag
changes afterwards (a memo reverted, a cancellation ahead) the customer is
owed a correction. Letters logged before this knew only their reason; the
"cannot be served" ones said unservable, the others are left unknown.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("letters_sent", schema=None) as batch_op:
        batch_op.add_column(sa.Column("flag", sa.String(length=20), nullable=True))
    op.execute("UPDATE letters_sent SET flag = 'unservable' WHERE reason = 'unservable'")


def downgrade() -> None:
    with op.batch_alter_table("letters_sent", schema=None) as batch_op:
        batch_op.drop_column("flag")
