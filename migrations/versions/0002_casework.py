"""Case work: investigations, themes, signals, field visits, interviewees (identity, consent,
anonymity agreement), interviews (drafts, attachments), findings, recommendations, rebuttal rows,
and the FTS5 search index ``fts_casework``.

Hand-checked against ``ibtd_desktop/storage/orm/casework.py`` (a test compares head with the
models). The FTS5 table is created with raw SQL; env.py leaves ``fts_*`` out of comparisons.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Same text as ibtd_desktop.storage.search_index.FTS_DDL (copied: a migration must not change
# when application code does).
FTS_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS fts_casework USING fts5("
    "title, body, kind UNINDEXED, record_id UNINDEXED, investigation_id UNINDEXED, "
    "on_date UNINDEXED, roles UNINDEXED, tokenize = 'unicode61 remove_diacritics 2', prefix = '3')"
)

DEFAULT_THEMES = (
    ("risicoselectie", "risicoselectie"),
    ("rechtsbescherming", "rechtsbescherming"),
    ("hersteloperaties", "hersteloperaties"),
    ("financiele_voorzieningen", "financiële voorzieningen (niet-gebruik, terugvordering)"),
    ("wet_en_regelgeving", "wet- en regelgeving"),
    ("aansturing_en_cultuur", "aansturing en cultuur"),
)


def upgrade() -> None:
    op.create_table('investigations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=40), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('domains', sa.JSON(), nullable=False),
    sa.Column('lead_inspector', sa.String(length=200), nullable=False),
    sa.Column('team', sa.JSON(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('external_key', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('updated_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_investigations_created_by_users')),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_investigations_updated_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_investigations')),
    sa.UniqueConstraint('external_key', name=op.f('uq_investigations_external_key')),
    sa.UniqueConstraint('reference', name=op.f('uq_investigations_reference'))
    )
    with op.batch_alter_table('investigations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_investigations_status'), ['status'], unique=False)

    op.create_table('themes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=80), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('updated_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_themes_created_by_users')),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_themes_updated_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_themes')),
    sa.UniqueConstraint('code', name=op.f('uq_themes_code'))
    )
    op.create_table('field_visits',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('investigation_id', sa.Integer(), nullable=False),
    sa.Column('visited_on', sa.Date(), nullable=False),
    sa.Column('organisation', sa.String(length=300), nullable=False),
    sa.Column('organisation_kind', sa.String(length=30), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('inspectors', sa.JSON(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('external_key', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('updated_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_field_visits_created_by_users')),
    sa.ForeignKeyConstraint(['investigation_id'], ['investigations.id'], name=op.f('fk_field_visits_investigation_id_investigations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_field_visits_updated_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_field_visits')),
    sa.UniqueConstraint('external_key', name=op.f('uq_field_visits_external_key'))
    )
    with op.batch_alter_table('field_visits', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_field_visits_investigation_id'), ['investigation_id'], unique=False)

    op.create_table('findings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('investigation_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('updated_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_findings_created_by_users')),
    sa.ForeignKeyConstraint(['investigation_id'], ['investigations.id'], name=op.f('fk_findings_investigation_id_investigations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_findings_updated_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_findings'))
    )
    with op.batch_alter_table('findings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_findings_investigation_id'), ['investigation_id'], unique=False)

    op.create_table('interviewees',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('investigation_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=40), nullable=False),
    sa.Column('organisation_kind', sa.String(length=30), nullable=True),
    sa.Column('pseudonym_seq', sa.Integer(), nullable=False),
    sa.Column('pseudonym', sa.String(length=80), nullable=False),
    sa.Column('external_key', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('updated_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_interviewees_created_by_users')),
    sa.ForeignKeyConstraint(['investigation_id'], ['investigations.id'], name=op.f('fk_interviewees_investigation_id_investigations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_interviewees_updated_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interviewees')),
    sa.UniqueConstraint('external_key', name=op.f('uq_interviewees_external_key')),
    sa.UniqueConstraint('investigation_id', 'pseudonym', name='uq_interviewees_pseudonym')
    )
    with op.batch_alter_table('interviewees', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_interviewees_investigation_id'), ['investigation_id'], unique=False)

    op.create_table('investigation_themes',
    sa.Column('investigation_id', sa.Integer(), nullable=False),
    sa.Column('theme_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['investigation_id'], ['investigations.id'], name=op.f('fk_investigation_themes_investigation_id_investigations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['theme_id'], ['themes.id'], name=op.f('fk_investigation_themes_theme_id_themes'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('investigation_id', 'theme_id', name=op.f('pk_investigation_themes'))
    )
    op.create_table('signals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('channel', sa.String(length=30), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('domain', sa.String(length=30), nullable=True),
    sa.Column('theme_id', sa.Integer(), nullable=True),
    sa.Column('confidentiality', sa.String(length=30), nullable=False),
    sa.Column('triage', sa.String(length=30), nullable=False),
    sa.Column('investigation_id', sa.Integer(), nullable=True),
    sa.Column('external_key', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('updated_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_signals_created_by_users')),
    sa.ForeignKeyConstraint(['investigation_id'], ['investigations.id'], name=op.f('fk_signals_investigation_id_investigations'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['theme_id'], ['themes.id'], name=op.f('fk_signals_theme_id_themes'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_signals_updated_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signals')),
    sa.UniqueConstraint('external_key', name=op.f('uq_signals_external_key'))
    )
    with op.batch_alter_table('signals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_signals_investigation_id'), ['investigation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_signals_received_on'), ['received_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_signals_triage'), ['triage'], unique=False)

    op.create_table('anonymity_agreements',
    sa.Column('interviewee_id', sa.Integer(), nullable=False),
    sa.Column('safeguards', sa.JSON(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('communicated_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('updated_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_anonymity_agreements_created_by_users')),
    sa.ForeignKeyConstraint(['interviewee_id'], ['interviewees.id'], name=op.f('fk_anonymity_agreements_interviewee_id_interviewees'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_anonymity_agreements_updated_by_users')),
    sa.PrimaryKeyConstraint('interviewee_id', name=op.f('pk_anonymity_agreements'))
    )
    op.create_table('consents',
    sa.Column('interviewee_id', sa.Integer(), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=False),
    sa.Column('form', sa.String(length=20), nullable=False),
    sa.Column('notes_allowed', sa.Boolean(), nullable=False),
    sa.Column('quotes', sa.String(length=20), nullable=False),
    sa.Column('recording', sa.Boolean(), nullable=False),
    sa.Column('share_summary', sa.Boolean(), nullable=False),
    sa.Column('retain_until', sa.Date(), nullable=True),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('updated_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_consents_created_by_users')),
    sa.ForeignKeyConstraint(['interviewee_id'], ['interviewees.id'], name=op.f('fk_consents_interviewee_id_interviewees'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_consents_updated_by_users')),
    sa.PrimaryKeyConstraint('interviewee_id', name=op.f('pk_consents'))
    )
    op.create_table('identity_reveals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('interviewee_id', sa.Integer(), nullable=True),
    sa.Column('signal_id', sa.Integer(), nullable=True),
    sa.Column('revealed_by', sa.Integer(), nullable=True),
    sa.Column('revealed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.CheckConstraint('(interviewee_id IS NULL) <> (signal_id IS NULL)', name=op.f('ck_identity_reveals_one_subject')),
    sa.ForeignKeyConstraint(['interviewee_id'], ['interviewees.id'], name=op.f('fk_identity_reveals_interviewee_id_interviewees'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['signal_id'], ['signals.id'], name=op.f('fk_identity_reveals_signal_id_signals'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['revealed_by'], ['users.id'], name=op.f('fk_identity_reveals_revealed_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_identity_reveals'))
    )
    with op.batch_alter_table('identity_reveals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_identity_reveals_interviewee_id'), ['interviewee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_identity_reveals_signal_id'), ['signal_id'], unique=False)

    op.create_table('pseudonym_sequences',
    sa.Column('investigation_id', sa.Integer(), nullable=False),
    sa.Column('prefix', sa.String(length=40), nullable=False),
    sa.Column('last_seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['investigation_id'], ['investigations.id'], name=op.f('fk_pseudonym_sequences_investigation_id_investigations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('investigation_id', 'prefix', name=op.f('pk_pseudonym_sequences'))
    )
    op.create_table('interviewee_identities',
    sa.Column('interviewee_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('phone', sa.Text(), nullable=False),
    sa.Column('email', sa.Text(), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('updated_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_interviewee_identities_created_by_users')),
    sa.ForeignKeyConstraint(['interviewee_id'], ['interviewees.id'], name=op.f('fk_interviewee_identities_interviewee_id_interviewees'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_interviewee_identities_updated_by_users')),
    sa.PrimaryKeyConstraint('interviewee_id', name=op.f('pk_interviewee_identities'))
    )
    op.create_table('interviews',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('investigation_id', sa.Integer(), nullable=False),
    sa.Column('field_visit_id', sa.Integer(), nullable=True),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('mode', sa.String(length=20), nullable=False),
    sa.Column('interviewers', sa.JSON(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('notes_chars', sa.Integer(), nullable=False),
    sa.Column('notes_saved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('external_key', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('updated_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_interviews_created_by_users')),
    sa.ForeignKeyConstraint(['field_visit_id'], ['field_visits.id'], name=op.f('fk_interviews_field_visit_id_field_visits'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['investigation_id'], ['investigations.id'], name=op.f('fk_interviews_investigation_id_investigations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_interviews_updated_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interviews')),
    sa.UniqueConstraint('external_key', name=op.f('uq_interviews_external_key'))
    )
    with op.batch_alter_table('interviews', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_interviews_field_visit_id'), ['field_visit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_interviews_held_on'), ['held_on'], unique=False)
        batch_op.create_index('ix_interviews_investigation_held', ['investigation_id', 'held_on', 'id'], unique=False)

    op.create_table('rebuttal_rows',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('investigation_id', sa.Integer(), nullable=False),
    sa.Column('finding_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('finding', sa.Text(), nullable=False),
    sa.Column('response', sa.Text(), nullable=False),
    sa.Column('handling', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('updated_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_rebuttal_rows_created_by_users')),
    sa.ForeignKeyConstraint(['finding_id'], ['findings.id'], name=op.f('fk_rebuttal_rows_finding_id_findings'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['investigation_id'], ['investigations.id'], name=op.f('fk_rebuttal_rows_investigation_id_investigations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_rebuttal_rows_updated_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rebuttal_rows'))
    )
    with op.batch_alter_table('rebuttal_rows', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rebuttal_rows_investigation_id'), ['investigation_id'], unique=False)

    op.create_table('recommendations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('investigation_id', sa.Integer(), nullable=False),
    sa.Column('finding_id', sa.Integer(), nullable=True),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('addressee', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('follow_up', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('updated_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_recommendations_created_by_users')),
    sa.ForeignKeyConstraint(['finding_id'], ['findings.id'], name=op.f('fk_recommendations_finding_id_findings'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['investigation_id'], ['investigations.id'], name=op.f('fk_recommendations_investigation_id_investigations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_recommendations_updated_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recommendations'))
    )
    with op.batch_alter_table('recommendations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recommendations_investigation_id'), ['investigation_id'], unique=False)

    op.create_table('signal_source_identities',
    sa.Column('signal_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('contact', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('updated_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_signal_source_identities_created_by_users')),
    sa.ForeignKeyConstraint(['signal_id'], ['signals.id'], name=op.f('fk_signal_source_identities_signal_id_signals'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_signal_source_identities_updated_by_users')),
    sa.PrimaryKeyConstraint('signal_id', name=op.f('pk_signal_source_identities'))
    )
    op.create_table('attachments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('interview_id', sa.Integer(), nullable=False),
    sa.Column('filename', sa.String(length=300), nullable=False),
    sa.Column('media_type', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('updated_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_attachments_created_by_users')),
    sa.ForeignKeyConstraint(['interview_id'], ['interviews.id'], name=op.f('fk_attachments_interview_id_interviews'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_attachments_updated_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachments'))
    )
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachments_interview_id'), ['interview_id'], unique=False)

    op.create_table('interview_drafts',
    sa.Column('interview_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('saved_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('saved_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['interview_id'], ['interviews.id'], name=op.f('fk_interview_drafts_interview_id_interviews'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['saved_by'], ['users.id'], name=op.f('fk_interview_drafts_saved_by_users')),
    sa.PrimaryKeyConstraint('interview_id', name=op.f('pk_interview_drafts'))
    )
    op.create_table('interview_interviewees',
    sa.Column('interview_id', sa.Integer(), nullable=False),
    sa.Column('interviewee_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['interview_id'], ['interviews.id'], name=op.f('fk_interview_interviewees_interview_id_interviews'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['interviewee_id'], ['interviewees.id'], name=op.f('fk_interview_interviewees_interviewee_id_interviewees'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('interview_id', 'interviewee_id', name=op.f('pk_interview_interviewees'))
    )
    with op.batch_alter_table('interview_interviewees', schema=None) as batch_op:
        batch_op.create_index('ix_interview_interviewees_interviewee_id', ['interviewee_id'], unique=False)

    op.create_table('attachment_blobs',
    sa.Column('attachment_id', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['attachment_id'], ['attachments.id'], name=op.f('fk_attachment_blobs_attachment_id_attachments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('attachment_id', name=op.f('pk_attachment_blobs'))
    )

    op.execute(FTS_DDL)
    themes = sa.table(
        "themes",
        sa.column("code", sa.String), sa.column("label", sa.String), sa.column("position", sa.Integer),
        sa.column("archived", sa.Boolean), sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)),
    )
    now = datetime.now(timezone.utc)
    op.bulk_insert(themes, [
        {"code": code, "label": label, "position": i, "archived": False, "created_at": now, "updated_at": now}
        for i, (code, label) in enumerate(DEFAULT_THEMES)
    ])


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS fts_casework")
    op.drop_table('attachment_blobs')
    with op.batch_alter_table('interview_interviewees', schema=None) as batch_op:
        batch_op.drop_index('ix_interview_interviewees_interviewee_id')

    op.drop_table('interview_interviewees')
    op.drop_table('interview_drafts')
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachments_interview_id'))

    op.drop_table('attachments')
    op.drop_table('signal_source_identities')
    with op.batch_alter_table('recommendations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recommendations_investigation_id'))

    op.drop_table('recommendations')
    with op.batch_alter_table('rebuttal_rows', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rebuttal_rows_investigation_id'))

    op.drop_table('rebuttal_rows')
    with op.batch_alter_table('interviews', schema=None) as batch_op:
        batch_op.drop_index('ix_interviews_investigation_held')
        batch_op.drop_index(batch_op.f('ix_interviews_held_on'))
        batch_op.drop_index(batch_op.f('ix_interviews_field_visit_id'))

    op.drop_table('interviews')
    op.drop_table('interviewee_identities')
    op.drop_table('pseudonym_sequences')
    with op.batch_alter_table('identity_reveals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_identity_reveals_signal_id'))
        batch_op.drop_index(batch_op.f('ix_identity_reveals_interviewee_id'))

    op.drop_table('identity_reveals')
    op.drop_table('consents')
    op.drop_table('anonymity_agreements')
    with op.batch_alter_table('signals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_signals_triage'))
        batch_op.drop_index(batch_op.f('ix_signals_received_on'))
        batch_op.drop_index(batch_op.f('ix_signals_investigation_id'))

    op.drop_table('signals')
    op.drop_table('investigation_themes')
    with op.batch_alter_table('interviewees', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_interviewees_investigation_id'))

    op.drop_table('interviewees')
    with op.batch_alter_table('findings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_findings_investigation_id'))

    op.drop_table('findings')
    with op.batch_alter_table('field_visits', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_field_visits_investigation_id'))

    op.drop_table('field_visits')
    op.drop_table('themes')
    with op.batch_alter_table('investigations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_investigations_status'))

    op.drop_table('investigations')
