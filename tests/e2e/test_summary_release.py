"""Whole flow: notes -> draft -> four-eyes approval -> PDF/JSON export, read back with pypdf.

Proves that none of the dossier's identity values or detected personal data reach an export,
and that export refuses anything not approved or not clean (nothing is written then).
"""

import json
from datetime import date

import pytest
from pypdf import PdfReader

from ibtd_desktop.domain.casework.findings import AddFinding
from ibtd_desktop.domain.casework.people import WithdrawConsent
from ibtd_desktop.services.casework import findings as findings_svc
from ibtd_desktop.services.casework import interviewees as people_svc
from ibtd_desktop.services.summaries import drafting, export, review
from ibtd_desktop.services.summaries.commands import (
    ApproveSummary,
    EditSummary,
    ExportDossier,
    ExportSummary,
    StartDossierSummary,
    StartInterviewSummary,
    SubmitSummary,
)
from ibtd_desktop.services.summaries.safeguards import SummaryRefused
from tests.summary_helpers import NOTES, contains, REVIEWER_PASSPHRASE, SECRET_VALUES, add_reviewer, build_dossier

DETECTED = ("111222333", "48213377", "Kievitstraat 14", "3 maart 2024")


def _release(vault, summary_id):
    review.submit_summary(SubmitSummary(summary_id), vault.uow())
    current = review.summary_history(summary_id, vault.uow()).summary
    return review.approve_summary(ApproveSummary(summary_id, current.content_hash), vault, REVIEWER_PASSPHRASE).summary


def _pdf_text(path):
    reader = PdfReader(str(path))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    return text, meta


@pytest.fixture
def released(vault):
    """A dossier with an approved interview summary (drafted straight from the notes) and dossier summary."""
    dossier = build_dossier(vault, safeguards=())
    add_reviewer(vault)
    interview = drafting.start_interview_summary(StartInterviewSummary(dossier.interview_id), vault.uow()).summary
    # The draft still holds an exact date; this agreement allows it, but the inspector generalises.
    text = interview.current.text.replace("op 3 maart 2024", "in maart 2024")
    drafting.edit_summary(EditSummary(interview.id, text), vault.uow())
    _release(vault, interview.id)
    main = drafting.start_dossier_summary(StartDossierSummary(dossier.investigation_id), vault.uow()).summary
    _release(vault, main.id)
    return dossier, interview.id, main.id


def test_dossier_pdf_and_json_carry_no_identity_or_detected_data(vault, released, tmp_path):
    dossier, interview_id, main_id = released
    result = export.export_dossier(
        ExportDossier(dossier.investigation_id, tmp_path / "dossier.pdf", tmp_path / "dossier.json"), vault.uow()
    )
    assert result.summary_ids == (main_id, interview_id)
    assert result.export_id and json.loads(result.json_path.read_text(encoding="utf-8"))["export_id"] == result.export_id
    text, meta = _pdf_text(result.pdf_path)
    raw_json = result.json_path.read_text(encoding="utf-8")
    assert "Ouder A" in text and "Ouder A" in raw_json
    assert "Terugvorderingen worden laat" in text  # findings appendix
    assert "De dienst herkent dit." in text  # rebuttal appendix
    data = json.loads(raw_json)
    assert data["type"] == "dossier" and len(data["summaries"]) == 1
    flat = " ".join(text.split())  # pypdf may break lines anywhere
    for value in SECRET_VALUES + DETECTED:
        assert not contains(value, text) and not contains(value, flat), value
        assert not contains(value, meta), value
        assert not contains(value, raw_json), value
    assert "Terugvorderingen" not in meta  # the PDF title is neutral


def test_single_summary_pdf(vault, released, tmp_path):
    _, interview_id, _ = released
    result = export.export_summary(ExportSummary(interview_id, tmp_path / "s.pdf", tmp_path / "s.json"), vault.uow())
    text, meta = _pdf_text(result.pdf_path)
    assert "Ouder A" in text
    for value in SECRET_VALUES + DETECTED:
        assert not contains(value, text) and not contains(value, meta), value
    data = json.loads(result.json_path.read_text(encoding="utf-8"))
    assert data["summary"]["approved_by_role"] == "reviewer"
    assert len(data["summary"]["content_hash"]) == 64


def test_export_refuses_unapproved_summary(vault, tmp_path):
    dossier = build_dossier(vault)
    summary = drafting.start_interview_summary(StartInterviewSummary(dossier.interview_id), vault.uow()).summary
    with pytest.raises(SummaryRefused, match="only an approved summary"):
        export.export_summary(ExportSummary(summary.id, tmp_path / "x.pdf"), vault.uow())
    assert not (tmp_path / "x.pdf").exists()
    with pytest.raises(SummaryRefused, match="no dossier summary"):
        export.export_dossier(ExportDossier(dossier.investigation_id, tmp_path / "d.pdf"), vault.uow())


def test_export_refuses_summary_edited_after_approval(vault, released, tmp_path):
    _, interview_id, _ = released
    current = review.summary_history(interview_id, vault.uow()).summary
    drafting.edit_summary(EditSummary(interview_id, current.current.text + " Aanvulling."), vault.uow())
    with pytest.raises(SummaryRefused, match="only an approved summary"):
        export.export_summary(ExportSummary(interview_id, tmp_path / "x.pdf"), vault.uow())
    assert not (tmp_path / "x.pdf").exists()


def test_export_refuses_after_consent_withdrawn(vault, released, tmp_path):
    dossier, interview_id, _ = released
    people_svc.withdraw_consent(WithdrawConsent(dossier.interviewee_id, date(2024, 9, 1)), vault.uow())
    with pytest.raises(SummaryRefused, match="withdrawn"):
        export.export_summary(ExportSummary(interview_id, tmp_path / "x.pdf"), vault.uow())
    with pytest.raises(SummaryRefused, match="withdrawn"):
        export.export_dossier(ExportDossier(dossier.investigation_id, tmp_path / "d.pdf"), vault.uow())
    assert not list(tmp_path.glob("*.pdf"))


def test_export_refuses_identity_in_an_appendix(vault, released, tmp_path):
    dossier, _, _ = released
    findings_svc.add_finding(AddFinding(dossier.investigation_id, "Mevrouw Van der Zwaluw werd niet gehoord."), vault.uow())
    with pytest.raises(SummaryRefused, match="finding B2") as err:
        export.export_dossier(ExportDossier(dossier.investigation_id, tmp_path / "d.pdf"), vault.uow())
    assert "Zwaluw" not in str(err.value)
    assert not (tmp_path / "d.pdf").exists()


def test_notes_fixture_really_contains_the_secrets():
    # Guards the test above against passing vacuously.
    assert all(v in NOTES for v in ("Marieke", "Zwaluw", "111222333", "Kievitstraat 14", "Rilland"))


def test_tampered_text_loses_its_approval(vault, released, tmp_path):
    """Approval is bound to the content hash: text changed behind the app's back is refused."""
    from sqlalchemy import text as sql

    _, interview_id, _ = released
    with vault.uow() as uow:
        uow.session.execute(
            sql("UPDATE summary_versions SET text = text || ' Extra.' WHERE summary_id = :id"), {"id": interview_id}
        )
        uow.commit()
    with pytest.raises(SummaryRefused, match="does not match the stored content"):
        export.export_summary(ExportSummary(interview_id, tmp_path / "x.pdf"), vault.uow())
    assert not (tmp_path / "x.pdf").exists()
