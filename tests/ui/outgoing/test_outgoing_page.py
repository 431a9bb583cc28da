"""Uitgaand on a real vault: approved content listed, PDF/JSON export on the TaskRunner with
progress, refusals shown, the PDF read back without any identity value of the interviewees."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader

from ibtd_desktop.domain.summaries import SummaryKind
from ibtd_desktop.services.summaries import drafting, review
from ibtd_desktop.services.summaries.commands import (
    ApproveSummary,
    EditSummary,
    StartDossierSummary,
    StartInterviewSummary,
    SubmitSummary,
)
from ibtd_desktop.ui.messages import MessageBox
from ibtd_desktop.ui.outgoing.file_picker import SaveFilePicker
from ibtd_desktop.ui.outgoing.models import OutgoingTableModel
from ibtd_desktop.ui.outgoing.page import OutgoingPage
from ibtd_desktop.ui.tasks import TaskRunner
from tests.summary_helpers import REVIEWER_PASSPHRASE, SECRET_VALUES, add_reviewer, build_dossier, contains

WAIT = 20_000


@pytest.fixture(autouse=True)
def _save_paths_answered_in_advance(qapp):
    SaveFilePicker.set_non_interactive(True)
    yield
    SaveFilePicker.set_non_interactive(False)


def _release(vault, summary_id):
    submitted = review.submit_summary(SubmitSummary(summary_id), vault.uow()).summary
    return review.approve_summary(ApproveSummary(summary_id, submitted.content_hash), vault, REVIEWER_PASSPHRASE)


@pytest.fixture
def released(vault):
    dossier = build_dossier(vault, safeguards=())
    add_reviewer(vault)
    interview = drafting.start_interview_summary(StartInterviewSummary(dossier.interview_id), vault.uow()).summary
    text = interview.current.text.replace("op 3 maart 2024", "in maart 2024")
    drafting.edit_summary(EditSummary(interview.id, text), vault.uow())
    _release(vault, interview.id)
    main = drafting.start_dossier_summary(StartDossierSummary(dossier.investigation_id), vault.uow()).summary
    _release(vault, main.id)
    return dossier, interview.id, main.id


@pytest.fixture
def runner():
    runner = TaskRunner()
    yield runner
    runner.drop_pending_callbacks()
    runner.wait_for_done(20_000)


@pytest.fixture
def page(qtbot, vault, runner):
    widget = OutgoingPage()
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.attach(vault, runner)
    yield widget
    widget.detach()


def _loaded(page, qtbot, rows):
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == rows, timeout=WAIT)


def test_lists_approved_summaries_and_dossier(page, qtbot, qtmodeltester, released):
    _loaded(page, qtbot, 2)
    qtmodeltester.check(page.model)
    kinds = {page.model.row_at(r).kind for r in range(2)}
    assert kinds == {SummaryKind.INTERVIEW, SummaryKind.DOSSIER}
    cells = [page.model.index(r, c).data() for r in range(2) for c in OutgoingTableModel.Column]
    assert "Ouder A" in cells and not any(contains(v, c) for c in cells for v in SECRET_VALUES)


def test_dossier_pdf_export_has_no_identity_values(page, qtbot, released, tmp_path):
    dossier, _, main_id = released
    _loaded(page, qtbot, 2)
    page.select_id(main_id)
    target = tmp_path / "uit" / "dossier.pdf"
    target.parent.mkdir()
    SaveFilePicker.set_next_path(target)
    progress = []
    page.runner.progress.connect(lambda d, t, s: progress.append((d, t)))
    page.pdf_button.click()
    assert not page.pdf_button.isEnabled()  # busy while the export runs
    qtbot.waitUntil(lambda: "Export-id" in page.result.text() or bool(MessageBox.shown), timeout=WAIT)
    assert MessageBox.shown[-1][0] == "information", MessageBox.shown
    assert SaveFilePicker.asked == ["IBTD-2024-001-dossier.pdf"]
    assert str(target) in page.result.text()
    export_id = page.result.text().split("Export-id: ")[1].split()[0]
    assert export_id.startswith("IBTD-") and export_id != "—"
    assert (1, 1) in progress
    reader = PdfReader(str(target))
    text = "\n".join(p.extract_text() or "" for p in reader.pages)
    flat = " ".join(text.split())
    assert "Ouder A" in text and export_id in flat
    for value in SECRET_VALUES:
        assert not contains(value, text) and not contains(value, flat), value


def test_summary_json_export(page, qtbot, released, tmp_path):
    _, interview_id, _ = released
    _loaded(page, qtbot, 2)
    page.select_id(interview_id)
    target = tmp_path / "samenvatting.json"
    SaveFilePicker.set_next_path(target)
    page.json_button.click()
    qtbot.waitUntil(lambda: "Export-id" in page.result.text() or bool(MessageBox.shown), timeout=WAIT)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["export_id"] in page.result.text()


def test_cancelled_file_choice_writes_nothing(page, qtbot, released, tmp_path):
    _loaded(page, qtbot, 2)
    page.view.selectRow(0)
    page.pdf_button.click()  # no path queued: the picker is cancelled
    assert page.result.text() == "" and not list(tmp_path.glob("*.pdf"))


def test_refusal_is_shown_and_nothing_written(page, qtbot, vault, released, tmp_path):
    dossier, interview_id, _ = released
    _loaded(page, qtbot, 2)
    page.select_id(interview_id)
    # Approved content changed behind the list's back: the service refuses at export time.
    current = review.summary_history(interview_id, vault.uow()).summary
    drafting.edit_summary(EditSummary(interview_id, current.current.text + " Aanvulling."), vault.uow())
    SaveFilePicker.set_next_path(tmp_path / "x.pdf")
    page.pdf_button.click()
    qtbot.waitUntil(lambda: bool(MessageBox.shown), timeout=WAIT)
    kind, _, message = MessageBox.shown[-1]
    assert kind == "warning" and "geweigerd" in message and "only an approved summary" in message
    assert not (tmp_path / "x.pdf").exists()
    _loaded(page, qtbot, 1)  # the edited summary left the outgoing list


def test_detach_clears_the_model(page, qtbot, released):
    _loaded(page, qtbot, 2)
    page.detach()
    assert page.model.rowCount() == 0 and page.vault is None and not page.pdf_button.isEnabled()
