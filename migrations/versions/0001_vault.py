"""Vault: users and vault_meta.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("slot_id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("role IN ('inspector', 'reviewer')", name=op.f("ck_users_role")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("name", name=op.f("uq_users_name")),
        sa.UniqueConstraint("slot_id", name=op.f("uq_users_slot_id")),
    )
    op.create_table(
        "vault_meta",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("vault_id", sa.String(length=32), nullable=False),
        sa.Column("pseudonym_secret", sa.LargeBinary(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_app_version", sa.String(length=32), nullable=False),
        sa.Column("last_migrated_app_version", sa.String(length=32), nullable=True),
        sa.CheckConstraint("id = 1", name=op.f("ck_vault_meta_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vault_meta")),
    )


def downgrade() -> None:
    op.drop_table("vault_meta")
    op.drop_table("users")
