"""Drafting, safeguards and four-eyes review against a real SQLCipher vault."""

from datetime import date

import pytest

from ibtd_desktop.domain.casework.enums import QuotePermission, Safeguard
from ibtd_desktop.domain.casework.people import WithdrawConsent
from ibtd_desktop.domain.errors import PermissionDenied, SafeguardRefused, ValidationError, WrongPassphrase
from ibtd_desktop.domain.summaries import DetectionDecisionKind, ReviewOutcome, SummaryStatus
from ibtd_desktop.services.casework import interviewees as people_svc
from ibtd_desktop.services.summaries import drafting, review
from ibtd_desktop.services.summaries.commands import (
    ApproveSummary,
    ClearResidualHit,
    EditSummary,
    RecordDetectionDecision,
    RecordQuoteApproval,
    RedraftSummary,
    ReturnSummary,
    StartDossierSummary,
    StartInterviewSummary,
    SubmitSummary,
    WithdrawSummary,
)
from ibtd_desktop.services.summaries.safeguards import SummaryRefused
from tests.conftest import TEST_PASSPHRASE
from tests.summary_helpers import REVIEWER_PASSPHRASE, SECRET_VALUES, add_reviewer, build_dossier

CLEAN = "Ouder A kreeg in 2019 een terugvordering van de Dienst Toeslagen en voelde zich niet gehoord."


def _start(vault, dossier):
    return drafting.start_interview_summary(StartInterviewSummary(dossier.interview_id), vault.uow()).summary


def _submit_clean(vault, dossier, text=CLEAN):
    summary = _start(vault, dossier)
    drafting.edit_summary(EditSummary(summary.id, text), vault.uow())
    return review.submit_summary(SubmitSummary(summary.id), vault.uow()).summary


def _approve(vault, summary, passphrase=REVIEWER_PASSPHRASE):
    return review.approve_summary(ApproveSummary(summary.id, summary.current.content_hash), vault, passphrase)


def test_draft_starts_with_every_detection_applied(vault):
    dossier = build_dossier(vault)
    summary = _start(vault, dossier)
    text = summary.current.text
    assert "Ouder A" in text
    assert "[BSN]" in text and "[TELEFOON]" in text
    for secret in SECRET_VALUES:
        assert secret not in text
    assert summary.status is SummaryStatus.DRAFT
    assert summary.current.attributes.year == 2024


def test_no_summary_without_consent_to_share(vault):
    dossier = build_dossier(vault, share=False)
    with pytest.raises(SummaryRefused, match="consent does not allow sharing"):
        _start(vault, dossier)


def test_withdrawn_consent_blocks_submission(vault):
    dossier = build_dossier(vault)
    summary = _start(vault, dossier)
    drafting.edit_summary(EditSummary(summary.id, CLEAN), vault.uow())
    people_svc.withdraw_consent(WithdrawConsent(dossier.interviewee_id, date(2024, 7, 1)), vault.uow())
    with pytest.raises(SummaryRefused, match="withdrawn"):
        review.submit_summary(SubmitSummary(summary.id), vault.uow())


def test_quotes_refused_when_consent_allows_none(vault):
    dossier = build_dossier(vault, quotes=QuotePermission.NO)
    summary = _start(vault, dossier)
    drafting.edit_summary(EditSummary(summary.id, CLEAN + ' Zij zei: "ik werd niet gehoord".'), vault.uow())
    with pytest.raises(SummaryRefused, match="allows no quotes") as err:
        review.submit_summary(SubmitSummary(summary.id), vault.uow())
    assert "ik werd niet gehoord" not in str(err.value)


def test_quotes_after_approval_are_held_until_recorded(vault):
    dossier = build_dossier(vault, quotes=QuotePermission.AFTER_APPROVAL)
    summary = _start(vault, dossier)
    quoted = CLEAN + ' Zij zei: "ik werd niet gehoord".'
    drafting.edit_summary(EditSummary(summary.id, quoted), vault.uow())
    with pytest.raises(SummaryRefused, match="held until the source approves"):
        review.submit_summary(SubmitSummary(summary.id), vault.uow())
    drafting.record_quote_approval(RecordQuoteApproval(summary.id, dossier.interviewee_id, date(2024, 5, 1)), vault.uow())
    # a changed quote needs approval again
    drafting.edit_summary(EditSummary(summary.id, CLEAN + ' Zij zei: "ik werd nooit gehoord".'), vault.uow())
    with pytest.raises(SummaryRefused, match="held until"):
        review.submit_summary(SubmitSummary(summary.id), vault.uow())
    drafting.edit_summary(EditSummary(summary.id, quoted), vault.uow())
    assert review.submit_summary(SubmitSummary(summary.id), vault.uow()).summary.status is SummaryStatus.SUBMITTED


def test_agreement_no_place_below_province(vault):
    dossier = build_dossier(vault)
    summary = _start(vault, dossier)
    drafting.edit_summary(EditSummary(summary.id, CLEAN + " Zij woont in Goes."), vault.uow())
    with pytest.raises(SummaryRefused, match="no place smaller than a province"):
        review.submit_summary(SubmitSummary(summary.id), vault.uow())
    drafting.edit_summary(EditSummary(summary.id, CLEAN + " Zij woont in Zeeland."), vault.uow())
    review.submit_summary(SubmitSummary(summary.id), vault.uow())


def test_agreement_refusal_cannot_be_cleared(vault):
    dossier = build_dossier(vault)
    summary = _start(vault, dossier)
    drafting.edit_summary(EditSummary(summary.id, CLEAN + " Zij woont in Goes."), vault.uow())
    drafting.clear_residual_hit(ClearResidualHit(summary.id, "LOCATION", "Goes", "is geen persoonsgegeven"), vault.uow())
    with pytest.raises(SummaryRefused, match="no place smaller"):
        review.submit_summary(SubmitSummary(summary.id), vault.uow())


def test_residual_detection_blocks_until_cleared(vault):
    dossier = build_dossier(vault, safeguards=())
    summary = _start(vault, dossier)
    text = CLEAN + " Zij sprak met Pieter de Groot."
    drafting.edit_summary(EditSummary(summary.id, text), vault.uow())
    scan = drafting.residual_scanner(summary.id, vault.uow())
    report = scan(text)
    assert not report.clean
    assert {h.label for h in report.blocking} == {"PERSON"}
    with pytest.raises(SummaryRefused, match="possible naam"):
        review.submit_summary(SubmitSummary(summary.id), vault.uow())
    with pytest.raises(ValidationError, match="reason"):
        drafting.clear_residual_hit(ClearResidualHit(summary.id, "PERSON", "Pieter de Groot", " "), vault.uow())
    hit = report.blocking[0]
    drafting.clear_residual_hit(
        ClearResidualHit(summary.id, "PERSON", text[hit.start:hit.end], "naam van een Kamerlid"), vault.uow()
    )
    assert drafting.residual_scanner(summary.id, vault.uow())(text).clean
    (clearance,) = review.summary_history(summary.id, vault.uow()).clearances
    assert clearance.reason == "naam van een Kamerlid" and clearance.cleared_by == vault.user.id
    assert clearance.cleared_at is not None
    review.submit_summary(SubmitSummary(summary.id), vault.uow())


def test_identity_values_are_a_hard_block(vault):
    dossier = build_dossier(vault, safeguards=())
    summary = _start(vault, dossier)
    for leak in ("Zwaluw", "M.v.d.Z.", "06 48 21 33 77", "Kievitstraat", "Benali"):
        drafting.edit_summary(EditSummary(summary.id, f"{CLEAN} {leak} belde."), vault.uow())
        with pytest.raises(SummaryRefused, match="cannot be cleared") as err:
            review.submit_summary(SubmitSummary(summary.id), vault.uow())
        assert leak not in str(err.value)
    with pytest.raises(SafeguardRefused, match="never be cleared"):
        drafting.clear_residual_hit(ClearResidualHit(summary.id, "PERSON", "Zwaluw", "geen naam"), vault.uow())


def test_author_cannot_approve_own_summary(vault):
    dossier = build_dossier(vault)
    add_reviewer(vault)
    summary = _submit_clean(vault, dossier)
    with pytest.raises(PermissionDenied, match="author"):
        _approve(vault, summary, TEST_PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        _approve(vault, summary, "niet-de-goede-zin")
    assert review.summary_history(summary.id, vault.uow()).summary.status is SummaryStatus.SUBMITTED


def test_reviewer_approval_is_bound_to_hash_and_recorded(vault):
    dossier = build_dossier(vault)
    reviewer = add_reviewer(vault)
    summary = _submit_clean(vault, dossier)
    with pytest.raises(SafeguardRefused, match="changed after you read it"):
        review.approve_summary(ApproveSummary(summary.id, "0" * 64), vault, REVIEWER_PASSPHRASE)
    approved = _approve(vault, summary).summary
    assert approved.status is SummaryStatus.APPROVED
    history = review.summary_history(summary.id, vault.uow())
    (decision,) = history.decisions
    assert decision.outcome is ReviewOutcome.APPROVED
    assert decision.reviewer_id == reviewer.id
    assert decision.content_hash == approved.current.content_hash
    assert decision.decided_at is not None


def test_approve_only_when_submitted(vault):
    dossier = build_dossier(vault)
    add_reviewer(vault)
    summary = _start(vault, dossier)
    with pytest.raises(SafeguardRefused, match="submit it first"):
        _approve(vault, summary)


def test_editing_an_approved_summary_needs_new_approval(vault):
    dossier = build_dossier(vault)
    add_reviewer(vault)
    approved = _approve(vault, _submit_clean(vault, dossier)).summary
    edited = drafting.edit_summary(EditSummary(approved.id, CLEAN + " Ze heeft inmiddels hulp."), vault.uow()).summary
    assert edited.current.number == 2
    assert edited.status is SummaryStatus.DRAFT
    history = review.summary_history(approved.id, vault.uow())
    v1, v2 = history.versions
    assert v1.status is SummaryStatus.APPROVED and v1.text == CLEAN and v1.is_intact()
    assert v2.status is SummaryStatus.DRAFT
    review.submit_summary(SubmitSummary(approved.id), vault.uow())
    again = _approve(vault, review.summary_history(approved.id, vault.uow()).summary).summary
    assert again.status is SummaryStatus.APPROVED and again.current.number == 2


def test_submitted_summary_cannot_be_edited_until_withdrawn(vault):
    dossier = build_dossier(vault)
    summary = _submit_clean(vault, dossier)
    with pytest.raises(SafeguardRefused, match="withdraw"):
        drafting.edit_summary(EditSummary(summary.id, CLEAN + " x"), vault.uow())
    review.withdraw_summary(WithdrawSummary(summary.id), vault.uow())
    edited = drafting.edit_summary(EditSummary(summary.id, CLEAN + " Meer."), vault.uow()).summary
    assert edited.current.number == 1 and edited.status is SummaryStatus.DRAFT


def test_return_with_comments_then_new_version(vault):
    dossier = build_dossier(vault)
    add_reviewer(vault)
    summary = _submit_clean(vault, dossier)
    with pytest.raises(ValidationError, match="comments"):
        review.return_summary(ReturnSummary(summary.id, "  "), vault, REVIEWER_PASSPHRASE)
    returned = review.return_summary(ReturnSummary(summary.id, "Maak het jaartal algemener."), vault, REVIEWER_PASSPHRASE)
    assert returned.status is SummaryStatus.RETURNED
    edited = drafting.edit_summary(EditSummary(summary.id, CLEAN.replace("in 2019 ", "")), vault.uow()).summary
    assert edited.current.number == 2 and edited.status is SummaryStatus.DRAFT
    (decision,) = review.summary_history(summary.id, vault.uow()).decisions
    assert decision.outcome is ReviewOutcome.RETURNED and decision.comments == "Maak het jaartal algemener."


def test_reviewer_who_edited_cannot_approve(vault):
    dossier = build_dossier(vault)
    reviewer = add_reviewer(vault)
    summary = _start(vault, dossier)
    as_reviewer = vault.with_user(reviewer)
    edited = drafting.edit_summary(EditSummary(summary.id, CLEAN), as_reviewer.uow()).summary
    assert edited.current.number == 2  # another user's edit is a version of its own
    review.submit_summary(SubmitSummary(summary.id), vault.uow())
    with pytest.raises(PermissionDenied):
        _approve(vault, edited)


def test_detection_decisions_and_redraft(vault):
    dossier = build_dossier(vault, safeguards=())
    summary = _start(vault, dossier)
    listing = drafting.list_detections(summary.id, vault.uow())
    labels = {d.label for d in listing.detections}
    assert {"PERSON", "PHONE", "BSN"} <= labels
    bsn = next(d for d in listing.detections if d.label == "BSN")
    with pytest.raises(ValidationError, match="reason"):
        drafting.record_detection_decision(
            RecordDetectionDecision(summary.id, bsn.start, bsn.end, "BSN", DetectionDecisionKind.UNDONE), vault.uow()
        )
    drafting.record_detection_decision(
        RecordDetectionDecision(summary.id, bsn.start, bsn.end, "BSN", DetectionDecisionKind.UNDONE, "testwaarde"),
        vault.uow(),
    )
    with pytest.raises(ValidationError, match="unknown label"):
        drafting.record_detection_decision(
            RecordDetectionDecision(summary.id, 0, 3, "GEHEIM", DetectionDecisionKind.EXTRA), vault.uow()
        )
    with pytest.raises(ValidationError, match="outside the notes"):
        drafting.record_detection_decision(
            RecordDetectionDecision(summary.id, 0, 10_000, "PERSON", DetectionDecisionKind.EXTRA), vault.uow()
        )
    gemeente = listing.original.index("gemeente")
    drafting.record_detection_decision(
        RecordDetectionDecision(summary.id, gemeente, gemeente + 8, "ORGANISATION_PRIVATE", DetectionDecisionKind.EXTRA),
        vault.uow(),
    )
    hielp = listing.original.index("hielp")
    drafting.record_detection_decision(
        RecordDetectionDecision(summary.id, hielp, hielp + 5, "EXTRA", DetectionDecisionKind.EXTRA), vault.uow()
    )
    redrafted = drafting.redraft_summary(RedraftSummary(summary.id), vault.uow()).summary
    assert "hielp" not in redrafted.current.text and "[ANONIEM]" in redrafted.current.text
    assert "111222333" in redrafted.current.text  # undone (and then the residual scan will flag it)
    assert "gemeente" not in redrafted.current.text and "[ORGANISATIE]" in redrafted.current.text
    listing = drafting.list_detections(summary.id, vault.uow())
    undone = next(d for d in listing.detections if d.label == "BSN")
    assert undone.decision is DetectionDecisionKind.UNDONE and undone.reason == "testwaarde"
    assert len(listing.extras) == 2
    history = review.summary_history(summary.id, vault.uow())
    assert len(history.detection_decisions) == 3
    with pytest.raises(SummaryRefused, match="BSN"):
        review.submit_summary(SubmitSummary(summary.id), vault.uow())


def test_small_group_warning_with_suggestion(vault):
    from ibtd_desktop.domain.summaries import SummaryAttributes

    dossier = build_dossier(vault)
    add_reviewer(vault)
    summary = _start(vault, dossier)
    attrs = SummaryAttributes(role="affected_parent", province="Zeeland", age_band="80+", year=2024)
    drafting.edit_summary(EditSummary(summary.id, CLEAN, attrs), vault.uow())
    result = review.submit_summary(SubmitSummary(summary.id), vault.uow())
    (warning,) = result.warnings
    assert warning.group_size == 1 and warning.k == 5
    assert warning.suggestion
    review.withdraw_summary(WithdrawSummary(summary.id), vault.uow())
    assert review.submit_summary(SubmitSummary(summary.id, small_group_k=1), vault.uow()).warnings == ()


def test_dossier_summary_leaves_out_non_consenting_interviewees(vault):
    dossier = build_dossier(vault, safeguards=())
    add_reviewer(vault)
    _approve(vault, _submit_clean(vault, dossier))
    result = drafting.start_dossier_summary(StartDossierSummary(dossier.investigation_id), vault.uow()).summary
    text = result.current.text
    assert CLEAN in text  # the approved interview summary is used
    assert "Professional A" not in text  # no consent to share
    for secret in SECRET_VALUES:
        assert secret not in text
    assert "B1." in text
    drafting.edit_summary(EditSummary(result.id, text + "\n\nProfessional A bevestigde dit."), vault.uow())
    with pytest.raises(SummaryRefused, match="did not consent"):
        review.submit_summary(SubmitSummary(result.id), vault.uow())


def test_signal_reporters_are_hard_blocked_too(vault):
    dossier = build_dossier(vault, safeguards=())
    result = drafting.start_dossier_summary(StartDossierSummary(dossier.investigation_id), vault.uow()).summary
    assert "Signaal 1:" in result.current.text and "Kwartelkoning" not in result.current.text
    drafting.edit_summary(EditSummary(result.id, result.current.text + "\n\nMelder Kwartelkoning belde."), vault.uow())
    with pytest.raises(SummaryRefused, match="reporter of a signal") as err:
        review.submit_summary(SubmitSummary(result.id), vault.uow())
    assert "Kwartelkoning" not in str(err.value)
