"""Summaries: versions, four-eyes review decisions, detection decisions, clearances, quote approvals.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _audit_columns(table: str) -> list:
    return [
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"], name=f"fk_{table}_created_by_users"),
        sa.ForeignKeyConstraint(["updated_by"], ["users.id"], name=f"fk_{table}_updated_by_users"),
    ]


def upgrade() -> None:
    op.create_table(
        "summaries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("investigation_id", sa.Integer(), nullable=False),
        sa.Column("interview_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        *_audit_columns("summaries"),
        sa.ForeignKeyConstraint(
            ["investigation_id"], ["investigations.id"],
            name="fk_summaries_investigation_id_investigations", ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["interview_id"], ["interviews.id"], name="fk_summaries_interview_id_interviews", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_summaries"),
    )
    with op.batch_alter_table("summaries") as batch:
        batch.create_index("ix_summaries_investigation_id", ["investigation_id"], unique=False)
        batch.create_index("ix_summaries_interview_id", ["interview_id"], unique=False)

    op.create_table(
        "summary_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("summary_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("attributes", sa.JSON(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=True),
        *_audit_columns("summary_versions"),
        sa.ForeignKeyConstraint(
            ["summary_id"], ["summaries.id"], name="fk_summary_versions_summary_id_summaries", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_summary_versions"),
        sa.UniqueConstraint("summary_id", "number", name="uq_summary_versions_number"),
    )
    with op.batch_alter_table("summary_versions") as batch:
        batch.create_index("ix_summary_versions_summary_id", ["summary_id"], unique=False)
        batch.create_index("ix_summary_versions_status", ["status"], unique=False)

    op.create_table(
        "summary_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("reviewer_id", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("comments", sa.Text(), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["version_id"], ["summary_versions.id"],
            name="fk_summary_reviews_version_id_summary_versions", ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["reviewer_id"], ["users.id"], name="fk_summary_reviews_reviewer_id_users"),
        sa.PrimaryKeyConstraint("id", name="pk_summary_reviews"),
    )
    with op.batch_alter_table("summary_reviews") as batch:
        batch.create_index("ix_summary_reviews_version_id", ["version_id"], unique=False)

    op.create_table(
        "summary_detection_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("summary_id", sa.Integer(), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=False),
        sa.Column("span_end", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        *_audit_columns("summary_detection_decisions"),
        sa.ForeignKeyConstraint(
            ["summary_id"], ["summaries.id"],
            name="fk_summary_detection_decisions_summary_id_summaries", ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_summary_detection_decisions"),
    )
    with op.batch_alter_table("summary_detection_decisions") as batch:
        batch.create_index("ix_summary_detection_decisions_summary_id", ["summary_id"], unique=False)

    op.create_table(
        "summary_clearances",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("summary_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=40), nullable=False),
        sa.Column("fragment", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        *_audit_columns("summary_clearances"),
        sa.ForeignKeyConstraint(
            ["summary_id"], ["summaries.id"], name="fk_summary_clearances_summary_id_summaries", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_summary_clearances"),
    )
    with op.batch_alter_table("summary_clearances") as batch:
        batch.create_index("ix_summary_clearances_summary_id", ["summary_id"], unique=False)

    op.create_table(
        "summary_quote_approvals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("summary_id", sa.Integer(), nullable=False),
        sa.Column("interviewee_id", sa.Integer(), nullable=False),
        sa.Column("quotes_hash", sa.String(length=64), nullable=False),
        sa.Column("approved_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_audit_columns("summary_quote_approvals"),
        sa.ForeignKeyConstraint(
            ["summary_id"], ["summaries.id"],
            name="fk_summary_quote_approvals_summary_id_summaries", ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["interviewee_id"], ["interviewees.id"],
            name="fk_summary_quote_approvals_interviewee_id_interviewees", ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_summary_quote_approvals"),
    )
    with op.batch_alter_table("summary_quote_approvals") as batch:
        batch.create_index("ix_summary_quote_approvals_summary_id", ["summary_id"], unique=False)


def downgrade() -> None:
    for table in (
        "summary_quote_approvals",
        "summary_clearances",
        "summary_detection_decisions",
        "summary_reviews",
        "summary_versions",
        "summaries",
    ):
        op.drop_table(table)
