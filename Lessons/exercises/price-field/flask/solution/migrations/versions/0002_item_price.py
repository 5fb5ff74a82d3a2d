"""item price

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade():
    # SQLite cannot alter a table in place; batch mode copies it.
    with op.batch_alter_table("item") as batch_op:
        batch_op.add_column(
            sa.Column(
                "price",
                sa.Numeric(precision=10, scale=2),
                server_default="0",
                nullable=False,
            )
        )


def downgrade():
    with op.batch_alter_table("item") as batch_op:
        batch_op.drop_column("price")
