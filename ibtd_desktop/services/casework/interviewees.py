"""Interviewees: pseudonym per investigation, identity (revealed only on request, audited),
consent and anonymity agreement."""

from __future__ import annotations

from dataclasses import replace

from ibtd_desktop.domain.casework.enums import (
    ConsentForm,
    IntervieweeRole,
    OrganisationKind,
    QuotePermission,
    Safeguard,
)
from ibtd_desktop.domain.casework.people import (
    AddInterviewee,
    AnonymityAgreement,
    Consent,
    IntervieweeDetail,
    IntervieweeIdentity,
    IntervieweeRow,
    RecordAnonymityAgreement,
    RecordConsent,
    RevealIdentity,
    SetIdentity,
    UpdateInterviewee,
    WithdrawConsent,
)
from ibtd_desktop.domain.casework.validation import FieldError, parse_date, parse_enum, require_text
from ibtd_desktop.domain.errors import NotFound
from ibtd_desktop.services.casework._tx import reads, writes
from ibtd_desktop.storage.casework import investigations as investigations_repo
from ibtd_desktop.storage.casework import people as repo
from ibtd_desktop.storage.casework import reindex


def check_identity(identity: IntervieweeIdentity | None, record: str) -> IntervieweeIdentity | None:
    if identity is None:
        return None
    for name, limit in (("name", 300), ("phone", 100), ("email", 300), ("address", 1000)):
        require_text(getattr(identity, name), record, f"identity.{name}", max_chars=limit, required=False)
    return identity


def check_consent(consent: Consent | None, record: str) -> Consent | None:
    if consent is None:
        return None
    given = parse_date(consent.given_on, record, "consent.date")
    retain = parse_date(consent.retain_until, record, "consent.retain_until", required=False)
    withdrawn = parse_date(consent.withdrawn_on, record, "consent.withdrawn", required=False)
    if retain and retain < given:
        raise FieldError(record, "consent.retain_until", "lies before the consent date")
    if withdrawn and withdrawn < given:
        raise FieldError(record, "consent.withdrawn", "lies before the consent date")
    for name in ("notes_allowed", "recording", "share_summary"):
        if not isinstance(getattr(consent, name), bool):
            raise FieldError(record, f"consent.{name}", "must be true or false")
    return replace(
        consent, given_on=given, retain_until=retain, withdrawn_on=withdrawn,
        form=parse_enum(ConsentForm, consent.form, record, "consent.form"),
        quotes=parse_enum(QuotePermission, consent.quotes, record, "consent.quotes"),
    )


def check_anonymity(agreement: AnonymityAgreement | None, record: str) -> AnonymityAgreement | None:
    if agreement is None:
        return None
    safeguards = tuple(dict.fromkeys(
        parse_enum(Safeguard, s, record, "anonymity_agreement.safeguards") for s in agreement.safeguards
    ))
    return AnonymityAgreement(
        safeguards=safeguards,
        text=require_text(agreement.text, record, "anonymity_agreement.text", required=False),
        communicated_on=parse_date(agreement.communicated_on, record, "anonymity_agreement.communicated",
                                   required=False),
    )


def _org_kind(cmd, record: str) -> OrganisationKind | None:  # noqa: ANN001
    if cmd.organisation_kind is None:
        return None
    return parse_enum(OrganisationKind, cmd.organisation_kind, record, "organisation_kind")


def add_interviewee_in(cmd: AddInterviewee, uow, *, seq_hint: dict | None = None) -> int:  # noqa: ANN001
    """Inside an open unit of work; returns the new id (bulk callers skip building details)."""
    record = f"interviewee {cmd.external_key}" if cmd.external_key else "interviewee"
    role = parse_enum(IntervieweeRole, cmd.role, record, "role")
    org_kind = _org_kind(cmd, record)
    identity = check_identity(cmd.identity, record)
    consent = check_consent(cmd.consent, record)
    anonymity = check_anonymity(cmd.anonymity, record)
    if seq_hint is None:
        try:
            investigations_repo.get(uow.session, cmd.investigation_id)
        except NotFound:
            raise FieldError(record, "investigation", "no such investigation") from None
    person = repo.add_interviewee(uow.session, cmd.investigation_id, role, org_kind, cmd.external_key,
                                  uow.user_id, seq_hint=seq_hint)
    uow.session.flush()
    repo.set_identity(uow.session, person.id, identity, uow.user_id)
    repo.set_consent(uow.session, person.id, consent, uow.user_id)
    repo.set_anonymity(uow.session, person.id, anonymity, uow.user_id)
    return person.id


@writes
def add_interviewee(cmd: AddInterviewee, uow) -> IntervieweeDetail:  # noqa: ANN001
    """Creates the interviewee with the next pseudonym for its role (e.g. "Ouder B")."""
    person_id = add_interviewee_in(cmd, uow)
    uow.session.flush()
    return repo.to_detail(uow.session, repo.get(uow.session, person_id))


@writes
def update_interviewee(cmd: UpdateInterviewee, uow) -> IntervieweeDetail:  # noqa: ANN001
    """Role and organisation kind; the pseudonym stays as it was (it is stable by design)."""
    person = repo.get(uow.session, cmd.interviewee_id)
    record = f"interviewee {person.pseudonym}"
    role = parse_enum(IntervieweeRole, cmd.role, record, "role")
    person = repo.update_interviewee(uow.session, person.id, role, _org_kind(cmd, record), uow.user_id)
    detail = repo.to_detail(uow.session, person)
    reindex.index_interviews(uow.session, list(detail.interview_ids))  # search filters by role
    return detail


@writes
def record_consent(cmd: RecordConsent, uow) -> IntervieweeDetail:  # noqa: ANN001
    person = repo.get(uow.session, cmd.interviewee_id)
    consent = check_consent(cmd.consent, f"interviewee {person.pseudonym}")
    repo.set_consent(uow.session, person.id, consent, uow.user_id)
    uow.session.flush()
    return repo.to_detail(uow.session, person)


@writes
def withdraw_consent(cmd: WithdrawConsent, uow) -> IntervieweeDetail:  # noqa: ANN001
    person = repo.get(uow.session, cmd.interviewee_id)
    record = f"interviewee {person.pseudonym}"
    current = repo.to_detail(uow.session, person).consent
    if current is None:
        raise FieldError(record, "consent", "no consent recorded to withdraw")
    consent = check_consent(replace(current, withdrawn_on=cmd.withdrawn_on), record)
    repo.set_consent(uow.session, person.id, consent, uow.user_id)
    uow.session.flush()
    return repo.to_detail(uow.session, person)


@writes
def record_anonymity_agreement(cmd: RecordAnonymityAgreement, uow) -> IntervieweeDetail:  # noqa: ANN001
    person = repo.get(uow.session, cmd.interviewee_id)
    agreement = check_anonymity(cmd.agreement, f"interviewee {person.pseudonym}")
    repo.set_anonymity(uow.session, person.id, agreement, uow.user_id)
    uow.session.flush()
    return repo.to_detail(uow.session, person)


@writes
def set_identity(cmd: SetIdentity, uow) -> IntervieweeDetail:  # noqa: ANN001
    """Replace the identity fields; an empty identity erases them (e.g. when the source asks)."""
    person = repo.get(uow.session, cmd.interviewee_id)
    repo.set_identity(uow.session, person.id, check_identity(cmd.identity, f"interviewee {person.pseudonym}"),
                      uow.user_id)
    uow.session.flush()
    return repo.to_detail(uow.session, person)


@writes
def reveal_identity(cmd: RevealIdentity, uow) -> IntervieweeIdentity | None:  # noqa: ANN001
    """The only way identity fields leave the vault's tables: explicit, and audited (who, when,
    why) in ``identity_reveals``. Returns None when no identity is stored."""
    return repo.reveal_identity(uow.session, cmd.interviewee_id, cmd.reason, uow.user_id)


@reads
def get_interviewee(interviewee_id: int, uow) -> IntervieweeDetail:  # noqa: ANN001
    return repo.to_detail(uow.session, repo.get(uow.session, interviewee_id))


@reads
def list_interviewees(investigation_id: int, uow) -> list[IntervieweeRow]:  # noqa: ANN001
    return repo.list_rows(uow.session, investigation_id)


@writes
def delete_interviewee(interviewee_id: int, uow) -> None:  # noqa: ANN001
    """Removes the person, their identity, consent and agreement (e.g. on a request to be
    forgotten); their interviews stay. The pseudonym is never handed out again."""
    talks = repo.delete_interviewee(uow.session, interviewee_id)
    uow.session.expire_all()
    reindex.index_interviews(uow.session, talks)
