"""Summaries leave no identity value or note text in the clear: not in the vault files, temp
files, refusal messages or the export folder."""

import logging

import pytest

from ibtd_desktop.services.summaries import drafting, export, review
from ibtd_desktop.services.summaries.commands import (
    ApproveSummary,
    EditSummary,
    ExportDossier,
    StartDossierSummary,
    StartInterviewSummary,
    SubmitSummary,
)
from ibtd_desktop.services.summaries.safeguards import SummaryRefused
from tests.confidentiality import assert_no_canary
from tests.summary_helpers import REVIEWER_PASSPHRASE, add_reviewer, build_dossier

CANARIES = ["Marieke van der Zwaluw", "Zwaluw", "Kievitstraat", "111222333", "marieke.zwaluw@example.nl"]


@pytest.fixture
def private_tmp(tmp_path, monkeypatch):
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    return tmp


def _release(vault, summary_id):
    submitted = review.submit_summary(SubmitSummary(summary_id), vault.uow()).summary
    review.approve_summary(ApproveSummary(summary_id, submitted.content_hash), vault, REVIEWER_PASSPHRASE)


def test_summary_flow_leaves_no_identity_in_the_clear(vault, tmp_path, private_tmp, caplog):
    caplog.set_level(logging.DEBUG)
    dossier = build_dossier(vault, safeguards=())
    add_reviewer(vault)
    summary = drafting.start_interview_summary(StartInterviewSummary(dossier.interview_id), vault.uow()).summary
    drafting.edit_summary(EditSummary(summary.id, summary.current.text + " Mevrouw Zwaluw, Kievitstraat."), vault.uow())
    with pytest.raises(SummaryRefused) as err:
        review.submit_summary(SubmitSummary(summary.id), vault.uow())
    assert not any(c.casefold() in str(err.value).casefold() for c in CANARIES)
    clean = summary.current.text.replace("op 3 maart 2024", "in maart 2024")
    drafting.edit_summary(EditSummary(summary.id, clean), vault.uow())
    _release(vault, summary.id)
    main = drafting.start_dossier_summary(StartDossierSummary(dossier.investigation_id), vault.uow()).summary
    _release(vault, main.id)
    out = tmp_path / "out"
    out.mkdir()
    export.export_dossier(ExportDossier(dossier.investigation_id, out / "d.pdf", out / "d.json"), vault.uow())
    vault.lock()
    assert_no_canary([vault.folder, private_tmp, out], CANARIES)
    assert not any(c.casefold() in caplog.text.casefold() for c in CANARIES)
