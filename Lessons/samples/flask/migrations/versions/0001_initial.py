"""The initial tables<%#auth%>: item and user<%/auth%><%^auth%>: item<%/auth%>.

Written by `flask db migrate`; `flask db upgrade` applies it. After
changing a model, run `flask db migrate -m "what changed"` to write the
next migration, and read it before applying it.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
<%#auth%>
    op.create_table(
        "user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("password_hash", sa.String(length=256), nullable=False),
        sa.Column("is_admin", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("username"),
    )
<%/auth%>


def downgrade():
<%#auth%>
    op.drop_table("user")
<%/auth%>
    op.drop_table("item")
