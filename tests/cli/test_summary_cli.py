"""`ibtd summaries` and `ibtd export`: listing, export, and refusal -> exit 5."""

from __future__ import annotations

import io
import json
import sys

import pytest
from pypdf import PdfReader

from ibtd_desktop.cli import main
from ibtd_desktop.services.summaries import drafting, review
from ibtd_desktop.services.summaries.commands import (
    ApproveSummary,
    EditSummary,
    StartDossierSummary,
    StartInterviewSummary,
    SubmitSummary,
)
from tests.conftest import TEST_PASSPHRASE
from tests.summary_helpers import REVIEWER_PASSPHRASE, SECRET_VALUES, add_reviewer, build_dossier, contains


@pytest.fixture
def run(monkeypatch, capsys):
    def _run(*argv):
        monkeypatch.setattr(sys, "stdin", io.StringIO(TEST_PASSPHRASE + "\n"))
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def _release(vault, summary_id):
    submitted = review.submit_summary(SubmitSummary(summary_id), vault.uow()).summary
    review.approve_summary(ApproveSummary(summary_id, submitted.content_hash), vault, REVIEWER_PASSPHRASE)


@pytest.fixture
def cli_vault(vault):
    dossier = build_dossier(vault, safeguards=())
    add_reviewer(vault)
    interview = drafting.start_interview_summary(StartInterviewSummary(dossier.interview_id), vault.uow()).summary
    text = interview.current.text.replace("op 3 maart 2024", "in maart 2024")
    drafting.edit_summary(EditSummary(interview.id, text), vault.uow())
    _release(vault, interview.id)
    main_summary = drafting.start_dossier_summary(StartDossierSummary(dossier.investigation_id), vault.uow()).summary
    _release(vault, main_summary.id)
    draft = drafting.start_interview_summary(StartInterviewSummary(dossier.interview_id), vault.uow()).summary
    folder = vault.folder
    vault.lock()
    return folder, dossier, interview.id, draft.id


def test_list_summaries_json(run, cli_vault):
    folder, dossier, approved_id, draft_id = cli_vault
    code, out, err = run("summaries", str(folder), "--json", "--passphrase-stdin")
    assert code == 0, err
    rows = {r["id"]: r for r in json.loads(out)}
    assert rows[approved_id]["status"] == "approved" and rows[approved_id]["status_nl"] == "goedgekeurd"
    assert rows[draft_id]["status"] == "draft"
    assert rows[approved_id]["investigation"] == dossier.reference
    code, out, _ = run("summaries", str(folder), "--passphrase-stdin")
    assert code == 0 and "goedgekeurd" in out and "concept" in out


def test_export_dossier_pdf_and_json(run, cli_vault, tmp_path):
    folder, dossier, _, _ = cli_vault
    pdf, js = tmp_path / "d.pdf", tmp_path / "d.json"
    code, out, err = run("export", str(folder), "--investigation", dossier.reference, "--pdf", str(pdf),
                         "--json", str(js), "--passphrase-stdin")
    assert code == 0, err
    text = "\n".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert "Ouder A" in text
    for value in SECRET_VALUES:
        assert not contains(value, text) and not contains(value, js.read_text(encoding="utf-8"))


def test_export_single_summary(run, cli_vault, tmp_path):
    folder, _, approved_id, _ = cli_vault
    pdf = tmp_path / "s.pdf"
    code, _, err = run("export", str(folder), "--summary", str(approved_id), "--pdf", str(pdf), "--passphrase-stdin")
    assert code == 0, err
    assert pdf.read_bytes().startswith(b"%PDF")


def test_export_of_unapproved_summary_is_refused_with_exit_5(run, cli_vault, tmp_path):
    folder, _, _, draft_id = cli_vault
    pdf = tmp_path / "x.pdf"
    code, _, err = run("export", str(folder), "--summary", str(draft_id), "--pdf", str(pdf), "--passphrase-stdin")
    assert code == 5
    assert "only an approved summary" in err
    assert not pdf.exists()


def test_export_needs_an_output(run, cli_vault):
    folder, _, approved_id, _ = cli_vault
    code, _, err = run("export", str(folder), "--summary", str(approved_id), "--passphrase-stdin")
    assert code == 2 and "--pdf" in err


def test_unknown_reference_is_an_error(run, cli_vault, tmp_path):
    folder, _, _, _ = cli_vault
    code, _, err = run("export", str(folder), "--investigation", "NOPE", "--pdf", str(tmp_path / "x.pdf"),
                       "--passphrase-stdin")
    assert code != 0 and "reference" in err
