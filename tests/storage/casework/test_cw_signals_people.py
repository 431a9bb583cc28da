from datetime import date

import pytest

from ibtd_desktop.domain.casework.enums import (
    ConsentForm,
    IntervieweeRole,
    OrganisationKind,
    QuotePermission,
    Safeguard,
    SignalChannel,
    SourceConfidentiality,
    TriageStatus,
)
from ibtd_desktop.domain.casework.people import (
    AnonymityAgreement,
    Consent,
    IntervieweeIdentity,
    RecordAnonymityAgreement,
    RecordConsent,
    RecordFieldVisit,
    RevealIdentity,
    SetIdentity,
    UpdateInterviewee,
    WithdrawConsent,
)
from ibtd_desktop.domain.casework.signals import RecordSignal, SignalFilter, SourceIdentity, TriageSignal
from ibtd_desktop.domain.casework.validation import FieldError
from ibtd_desktop.services.casework import field_visits, interviewees, signals


def test_signal_record_triage_and_list(casedb, dossier):
    created = signals.record_signal(RecordSignal(
        received_on=date(2023, 2, 1), channel=SignalChannel.REPORT_FORM, text="Lange wachttijd\nbij bezwaar",
        confidentiality=SourceConfidentiality.ANONYMOUS, theme="rechtsbescherming",
    ), casedb.uow())
    assert created.triage is TriageStatus.NEW and created.investigation_id is None
    linked = signals.triage_signal(TriageSignal(created.id, TriageStatus.LINKED, dossier.id), casedb.uow())
    assert linked.investigation_reference == "IBTD-2023-007"
    rows = signals.list_signals(SignalFilter(investigation_id=dossier.id), casedb.uow())
    assert [r.excerpt for r in rows] == ["Lange wachttijd"]
    assert signals.list_signals(SignalFilter(triage=TriageStatus.NEW), casedb.uow()) == []
    with pytest.raises(FieldError) as err:
        signals.triage_signal(TriageSignal(created.id, TriageStatus.LINKED, None), casedb.uow())
    assert err.value.field == "investigation"


def test_signal_bad_channel_names_field(casedb):
    with pytest.raises(FieldError) as err:
        signals.record_signal(RecordSignal(received_on=date(2023, 2, 1), channel="duif", text="x"), casedb.uow())
    assert err.value.field == "channel"


def test_signal_source_identity_is_separate_and_on_request(casedb):
    created = signals.record_signal(RecordSignal(
        received_on=date(2023, 2, 1), channel=SignalChannel.DIRECT, text="Melding",
        source=SourceIdentity(name="Jan Jansen", contact="06-12345678"),
    ), casedb.uow())
    row = signals.list_signals(SignalFilter(), casedb.uow())[0]
    assert row.has_source_identity
    assert "Jan" not in repr(row) and "Jan" not in repr(created)
    assert casedb.scalar("SELECT count(*) FROM identity_reveals") == 0
    assert signals.reveal_signal_source(created.id, casedb.uow(), reason="terugbellen").name == "Jan Jansen"
    assert casedb.scalar("SELECT count(*) FROM identity_reveals WHERE signal_id = :s AND revealed_by = :u",
                         s=created.id, u=casedb.user_id) == 1
    signals.set_signal_source(created.id, None, casedb.uow())
    assert signals.reveal_signal_source(created.id, casedb.uow()) is None


def test_pseudonyms_are_stable_per_investigation_and_role(casedb, dossier, new_investigation, new_interviewee):
    a = new_interviewee(dossier.id)
    b = new_interviewee(dossier.id)
    pro = new_interviewee(dossier.id, IntervieweeRole.PROFESSIONAL, organisation_kind=OrganisationKind.TAX_SHOP)
    other = new_investigation("IBTD-2024-002")
    c = new_interviewee(other.id)
    assert (a.pseudonym, b.pseudonym, pro.pseudonym, c.pseudonym) == ("Ouder A", "Ouder B", "Professional A", "Ouder A")
    # Changing the role never renames: the pseudonym is fixed at creation.
    changed = interviewees.update_interviewee(UpdateInterviewee(a.id, IntervieweeRole.AFFECTED_CITIZEN), casedb.uow())
    assert changed.pseudonym == "Ouder A" and changed.role is IntervieweeRole.AFFECTED_CITIZEN


def test_identity_only_through_audited_reveal(casedb, dossier, new_interviewee):
    person = new_interviewee(dossier.id, identity=IntervieweeIdentity(name="Fatima el Amrani", phone="0612345678"))
    rows = interviewees.list_interviewees(dossier.id, casedb.uow())
    assert rows[0].has_identity and "Fatima" not in repr(rows) and "Fatima" not in repr(person)
    assert casedb.scalar("SELECT count(*) FROM identity_reveals") == 0
    identity = interviewees.reveal_identity(RevealIdentity(person.id, reason="terugbellen"), casedb.uow())
    assert identity.name == "Fatima el Amrani"
    assert casedb.scalar("SELECT count(*) FROM identity_reveals WHERE revealed_by = :u AND reason = 'terugbellen'", u=casedb.user_id) == 1
    interviewees.set_identity(SetIdentity(person.id, IntervieweeIdentity()), casedb.uow())
    assert interviewees.reveal_identity(RevealIdentity(person.id), casedb.uow()) is None
    assert casedb.scalar("SELECT count(*) FROM interviewee_identities") == 0


def test_consent_and_anonymity_agreement(casedb, dossier, new_interviewee):
    person = new_interviewee(dossier.id)
    consent = Consent(given_on=date(2023, 3, 1), form=ConsentForm.WRITTEN, quotes=QuotePermission.AFTER_APPROVAL,
                      share_summary=True, retain_until=date(2025, 3, 1))
    detail = interviewees.record_consent(RecordConsent(person.id, consent), casedb.uow())
    assert detail.consent == consent
    detail = interviewees.withdraw_consent(WithdrawConsent(person.id, date(2023, 6, 1)), casedb.uow())
    assert detail.consent.withdrawn and detail.consent.quotes is QuotePermission.AFTER_APPROVAL
    with pytest.raises(FieldError) as err:
        interviewees.withdraw_consent(WithdrawConsent(person.id, date(2020, 1, 1)), casedb.uow())
    assert err.value.field == "consent.withdrawn"
    agreement = AnonymityAgreement(safeguards=(Safeguard.NO_NAME, "no_exact_dates"), text="Geen woonplaats",
                                   communicated_on=date(2023, 3, 1))
    detail = interviewees.record_anonymity_agreement(RecordAnonymityAgreement(person.id, agreement), casedb.uow())
    assert detail.anonymity.safeguards == (Safeguard.NO_NAME, Safeguard.NO_EXACT_DATES)
    with pytest.raises(FieldError) as err:
        interviewees.record_anonymity_agreement(
            RecordAnonymityAgreement(person.id, AnonymityAgreement(safeguards=("geen_idee",))), casedb.uow())
    assert err.value.field == "anonymity_agreement.safeguards"
    row = interviewees.list_interviewees(dossier.id, casedb.uow())[0]
    assert row.consent_given and row.consent_withdrawn


def test_field_visit(casedb, dossier):
    visit = field_visits.record_field_visit(RecordFieldVisit(
        investigation_id=dossier.id, visited_on=date(2023, 4, 4), organisation="Belastingwinkel Zuid",
        organisation_kind=OrganisationKind.TAX_SHOP, place="Limburg", inspectors=("A", "B"),
    ), casedb.uow())
    assert visit.interview_ids == ()
    rows = field_visits.list_field_visits(dossier.id, casedb.uow())
    assert [(r.organisation, r.inspectors) for r in rows] == [("Belastingwinkel Zuid", ("A", "B"))]
    with pytest.raises(FieldError) as err:
        field_visits.record_field_visit(RecordFieldVisit(
            investigation_id=dossier.id, visited_on=date(2023, 4, 4), organisation="X", organisation_kind="kerk"),
            casedb.uow())
    assert err.value.field == "organisation_kind"


def test_deletes(casedb, dossier, new_interviewee):
    from ibtd_desktop.domain.casework.enums import InterviewMode
    from ibtd_desktop.domain.casework.interviews import RecordInterview
    from ibtd_desktop.domain.casework.search import SearchQuery
    from ibtd_desktop.services.casework import interviews, search

    a = new_interviewee(dossier.id, identity=IntervieweeIdentity(name="Weg Ermee"))
    new_interviewee(dossier.id)
    visit = field_visits.record_field_visit(RecordFieldVisit(
        investigation_id=dossier.id, visited_on=date(2023, 4, 4), organisation="Gemeente Goes",
        organisation_kind=OrganisationKind.MUNICIPALITY), casedb.uow())
    talk = interviews.record_interview(RecordInterview(
        dossier.id, date(2023, 4, 4), InterviewMode.IN_PERSON, (a.id,), field_visit_id=visit.id,
        notes="uniekwoord"), casedb.uow())
    interviewees.delete_interviewee(a.id, casedb.uow())
    after = interviews.get_interview(talk.id, casedb.uow())
    assert after.interviewee_ids == () and casedb.scalar("SELECT count(*) FROM interviewee_identities") == 0
    assert [p.pseudonym for p in interviewees.list_interviewees(dossier.id, casedb.uow())] == ["Ouder B"]
    c = new_interviewee(dossier.id)
    assert c.pseudonym == "Ouder C"
    interviewees.delete_interviewee(c.id, casedb.uow())
    assert new_interviewee(dossier.id).pseudonym == "Ouder D"  # a deleted pseudonym is never reused
    field_visits.delete_field_visit(visit.id, casedb.uow())
    assert interviews.get_interview(talk.id, casedb.uow()).field_visit_id is None
    assert search.search(SearchQuery("Goes"), casedb.uow()) == []
    assert [h.record_id for h in search.search(SearchQuery("uniekwoord"), casedb.uow())] == [talk.id]
    sig = signals.record_signal(RecordSignal(received_on=date(2023, 2, 1), channel=SignalChannel.MEDIA,
                                             text="verdwijnwoord"), casedb.uow())
    signals.delete_signal(sig.id, casedb.uow())
    assert search.search(SearchQuery("verdwijnwoord"), casedb.uow()) == []
