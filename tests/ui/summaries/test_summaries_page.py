"""Samenvattingen on a real vault: list, drafting from an interview, editor actions, residual
scan off the GUI thread, submit refusals, four-eyes review and detach."""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from ibtd_desktop.domain.summaries import DetectionDecisionKind, SummaryStatus
from ibtd_desktop.services.summaries import drafting, review
from ibtd_desktop.services.summaries.commands import StartInterviewSummary, SubmitSummary
from ibtd_desktop.ui.messages import MessageBox
from ibtd_desktop.ui.summaries.highlight import marks_at
from ibtd_desktop.ui.summaries.models import SummaryTableModel
from ibtd_desktop.ui.summaries.new_summary_dialog import NewSummaryDialog
from ibtd_desktop.ui.summaries.prompts import ReasonPrompt
from ibtd_desktop.ui.summaries.review_dialog import ReviewDialog
from tests.summary_helpers import IDENTITY, REVIEWER_PASSPHRASE, SECRET_VALUES
from tests.conftest import TEST_PASSPHRASE

WAIT = 15_000


def _idle(runner):
    return not runner.is_busy()


def _open_editor(page, qtbot, summary_id):
    page.open_summary(summary_id, ("Ouder A",))
    qtbot.waitUntil(lambda: page.editor.data is not None and page.editor.original.model.rowCount() > 0, timeout=WAIT)
    qtbot.waitUntil(lambda: page.editor.draft.scan_state.text().startswith("Controle:"), timeout=WAIT)
    return page.editor


def _draft(vault, dossier):
    return drafting.start_interview_summary(StartInterviewSummary(dossier.interview_id), vault.uow()).summary


def test_new_summary_from_interview_shows_highlights(page, qtbot, qtmodeltester, vault, dossier):
    dialog = page.open_new_dialog()
    assert isinstance(dialog, NewSummaryDialog)
    qtbot.waitUntil(lambda: dialog.interview_model.rowCount() == 2 or bool(MessageBox.shown), timeout=WAIT)
    assert not MessageBox.shown
    for model in dialog.models():
        qtmodeltester.check(model)
    # the picker lists dossier, date and pseudonyms, never identity values
    cells = [dialog.interview_model.index(r, c).data() for r in range(2) for c in range(3)]
    assert "IBTD-2024-001" in cells and "03-03-2024" in cells and "Ouder A" in cells
    assert not any(secret in cell for cell in cells for secret in SECRET_VALUES)
    proxy = dialog.interview_view.model()
    row = next(r for r in range(2) if proxy.index(r, 1).data() == "03-03-2024")
    dialog.interview_view.selectRow(row)
    dialog.buttons.accepted.emit()

    editor = page.editor
    qtbot.waitUntil(lambda: editor.data is not None and editor.original.model.rowCount() > 0, timeout=WAIT)
    assert page.stack.currentWidget() is editor
    assert page.model.rowCount() == 1
    # every detection is highlighted in the original with its label and rule
    listing = editor.data.listing
    selections = editor.original.text.extraSelections()
    assert len(selections) >= len(listing.detections) == editor.original.model.rowCount()
    phone = next(d for d in listing.detections if d.label == "PHONE")
    tips = marks_at(editor.original.text, phone.start)
    assert tips and "telefoonnummer" in tips[0] and phone.source in tips[0]
    # hovering shows the same text as a tooltip
    page.show()
    qtbot.waitExposed(page)
    edit = editor.original.text
    cursor = edit.textCursor()
    cursor.setPosition(phone.start + 2)
    pos = edit.cursorRect(cursor).center()
    QApplication.sendEvent(edit.viewport(), QHelpEvent(QEvent.Type.ToolTip, pos, edit.viewport().mapToGlobal(pos)))
    qtbot.waitUntil(lambda: "telefoonnummer" in QToolTip.text(), timeout=WAIT)
    # the draft shows the replacements, and none of the identity values
    draft = editor.draft.text.toPlainText()
    assert "[TELEFOON]" in draft and "Ouder A" in draft
    assert IDENTITY.phone not in draft and "Zwaluw" not in draft
    start = draft.index("[TELEFOON]")
    assert any("vervangen" in tip for tip in marks_at(editor.draft.text, start))
    for model in page.models():
        qtmodeltester.check(model)


def test_list_shows_columns_and_filters_by_status(page, qtbot, qtmodeltester, vault, dossier):
    first = _draft(vault, dossier)
    review.submit_summary(SubmitSummary(first.id), vault.uow())
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)
    C = SummaryTableModel.Column
    cells = {c: page.model.index(0, c).data() for c in C}
    assert cells[C.KIND] == "gesprek" and cells[C.REFERENCE] == "IBTD-2024-001" and cells[C.SUBJECT] == "Ouder A"
    assert cells[C.VERSION] == "1" and cells[C.STATUS] == "ter beoordeling" and cells[C.AUTHOR] == "inspecteur"
    page.status_filter.set_value(SummaryStatus.DRAFT)
    assert page.proxy.rowCount() == 0
    page.status_filter.set_value(SummaryStatus.SUBMITTED)
    assert page.proxy.rowCount() == 1
    qtmodeltester.check(page.proxy)


def test_undo_requires_a_reason_which_is_recorded(page, qtbot, vault, dossier):
    summary = _draft(vault, dossier)
    editor = _open_editor(page, qtbot, summary.id)
    model = editor.original.model
    bsn_row = next(r for r in range(model.rowCount()) if model.row_at(r).label == "BSN")
    editor.original.view.selectRow(bsn_row)

    ReasonPrompt.set_next_answer("   ")  # an empty reason is no reason
    editor.original.undo_button.click()
    assert MessageBox.shown[-1][0] == "warning" and "reden" in MessageBox.shown[-1][2]
    assert not review.summary_history(summary.id, vault.uow()).detection_decisions

    # unsaved typing would be replaced by the rebuild: the inspector is asked first
    editor.draft.text.moveCursor(editor.draft.text.textCursor().MoveOperation.End)
    editor.draft.text.insertPlainText(" Getypt.")
    MessageBox.set_next_answer(MessageBox.No)
    editor.original.undo_button.click()
    assert MessageBox.shown[-1][0] == "question" and len(ReasonPrompt.asked) == 1  # no reason asked
    assert editor.draft.text.toPlainText().endswith(" Getypt.")
    assert not review.summary_history(summary.id, vault.uow()).detection_decisions

    MessageBox.set_next_answer(MessageBox.Yes)
    ReasonPrompt.set_next_answer("BSN van de dienst, niet van de bron")
    editor.original.undo_button.click()
    qtbot.waitUntil(lambda: model.rowCount() and any(model.row_at(r).decision for r in range(model.rowCount())),
                    timeout=WAIT)
    decisions = review.summary_history(summary.id, vault.uow()).detection_decisions
    assert [(d.kind, d.reason) for d in decisions] == [(DetectionDecisionKind.UNDONE, "BSN van de dienst, niet van de bron")]
    assert "111222333" in editor.draft.text.toPlainText()  # the redraft restored it
    events = {editor.history_model.index(r, 2).data(): editor.history_model.index(r, 4).data()
              for r in range(editor.history_model.rowCount())}
    assert events["anonimisering ongedaan gemaakt (BSN)"] == "BSN van de dienst, niet van de bron"


def test_accept_and_mark_extra_text(page, qtbot, vault, dossier):
    summary = _draft(vault, dossier)
    editor = _open_editor(page, qtbot, summary.id)
    editor.original.view.selectRow(0)
    editor.original.accept_button.click()
    qtbot.waitUntil(lambda: editor.original.model.row_at(0).decision is DetectionDecisionKind.ACCEPTED, timeout=WAIT)

    text = editor.draft.text.toPlainText()
    cursor = editor.draft.text.textCursor()
    start = text.index("Dienst Toeslagen")
    cursor.setPosition(start)
    cursor.setPosition(start + len("Dienst Toeslagen"), cursor.MoveMode.KeepAnchor)
    editor.draft.text.setTextCursor(cursor)
    assert editor.draft.mark_button.isEnabled()
    editor.draft.mark_button.click()
    qtbot.waitUntil(lambda: "[ANONIEM]" in review.summary_history(summary.id, vault.uow()).summary.current.text,
                    timeout=WAIT)
    kinds = {d.kind for d in review.summary_history(summary.id, vault.uow()).detection_decisions}
    assert kinds == {DetectionDecisionKind.ACCEPTED, DetectionDecisionKind.EXTRA}


def test_residual_scan_runs_off_the_gui_thread_and_blocks_submit(page, qtbot, qtmodeltester, vault, dossier):
    summary = _draft(vault, dossier)
    editor = _open_editor(page, qtbot, summary.id)
    assert editor.draft.model.rowCount() == 0
    gui = threading.get_ident()
    editor.draft.text.moveCursor(editor.draft.text.textCursor().MoveOperation.End)
    editor.draft.text.insertPlainText(" Zij belde later vanaf 06-48213377 met Jan Pietersen.")
    assert "loopt" in editor.draft.scan_state.text()  # results are not computed while typing
    qtbot.waitUntil(lambda: editor.draft.model.rowCount() >= 2, timeout=WAIT)
    assert editor.scan.scan_threads and gui not in editor.scan.scan_threads
    hits = editor.draft.model.rows()
    qtmodeltester.check(editor.draft.model)
    hard = next(h for h in hits if h.hard)
    assert "blokkeert" in editor.draft.model.index(hits.index(hard), 2).data()

    # an identity value can never be cleared
    editor.draft.view.selectRow(hits.index(hard))
    editor.draft.clear_button.click()
    assert MessageBox.shown[-1][1] == "Vrijgeven niet mogelijk"

    editor.submit_button.click()
    qtbot.waitUntil(lambda: bool(editor.refusal.text()), timeout=WAIT)
    assert "Indienen geweigerd" in editor.refusal.text()
    assert "06-48213377" not in editor.refusal.text()
    assert review.summary_history(summary.id, vault.uow()).summary.status is SummaryStatus.DRAFT


def test_soft_hit_cleared_with_reason_then_submit_succeeds(page, qtbot, vault, dossier):
    summary = _draft(vault, dossier)
    editor = _open_editor(page, qtbot, summary.id)
    editor.draft.text.moveCursor(editor.draft.text.textCursor().MoveOperation.End)
    editor.draft.text.insertPlainText(" Een medewerker van Jan Pietersen Advies belde terug.")
    qtbot.waitUntil(lambda: editor.draft.model.rowCount() >= 1, timeout=WAIT)
    soft = [h for h in editor.draft.model.rows() if not h.hard]
    assert soft and not any(h.hard for h in editor.draft.model.rows())
    for _ in soft:
        row = next(i for i, h in enumerate(editor.draft.model.rows()) if not h.cleared)
        editor.draft.view.selectRow(row)
        ReasonPrompt.set_next_answer("Naam van een bedrijf, geen bron")
        before = len(editor.draft.model.rows())
        editor.draft.clear_button.click()
        qtbot.waitUntil(lambda: editor.draft.model.rowCount() == before
                        and editor.draft.model.row_at(row).cleared, timeout=WAIT)
    qtbot.waitUntil(lambda: any(editor.history_model.index(r, 2).data().startswith("treffer vrijgegeven")
                                for r in range(editor.history_model.rowCount())), timeout=WAIT)
    editor.submit_button.click()
    qtbot.waitUntil(lambda: editor.data.summary.status is SummaryStatus.SUBMITTED or bool(editor.refusal.text()),
                    timeout=WAIT)
    assert editor.refusal.text() == ""
    assert "ter beoordeling" in editor.state.text()


def _submitted(vault, dossier):
    summary = _draft(vault, dossier)
    return review.submit_summary(SubmitSummary(summary.id), vault.uow()).summary


def _review_dialog(page, qtbot, summary_id):
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)
    page.select_id(summary_id)
    assert page.review_button.isEnabled()
    page.review_button.click()
    dialog = page.dialog
    assert isinstance(dialog, ReviewDialog)
    qtbot.waitUntil(lambda: dialog.text.toPlainText() != "", timeout=WAIT)
    return dialog


def test_author_cannot_approve_own_summary(page, qtbot, vault, dossier):
    summary = _submitted(vault, dossier)
    dialog = _review_dialog(page, qtbot, summary.id)
    dialog.passphrase.setText(TEST_PASSPHRASE)  # the author's own passphrase
    dialog.approve_button.click()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=WAIT)
    assert "auteur" in dialog.error.text()
    assert dialog.passphrase.text() == ""
    assert review.summary_history(summary.id, vault.uow()).summary.status is SummaryStatus.SUBMITTED


def test_wrong_reviewer_passphrase_shows_error(page, qtbot, vault, dossier):
    summary = _submitted(vault, dossier)
    dialog = _review_dialog(page, qtbot, summary.id)
    dialog.passphrase.setText("Geen-Geldige-Wachtzin-00")
    dialog.approve_button.click()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=WAIT)
    assert "wachtwoordzin" in dialog.error.text()
    assert review.summary_history(summary.id, vault.uow()).summary.status is SummaryStatus.SUBMITTED


def test_reviewer_approves_then_edit_needs_new_approval(page, qtbot, qtmodeltester, vault, dossier):
    summary = _submitted(vault, dossier)
    dialog = _review_dialog(page, qtbot, summary.id)
    dialog.passphrase.setText(REVIEWER_PASSPHRASE)
    dialog.comments.setPlainText("Helder geanonimiseerd.")
    with qtbot.waitSignal(dialog.decided, timeout=WAIT):
        dialog.approve_button.click()
    history = review.summary_history(summary.id, vault.uow())
    assert history.summary.status is SummaryStatus.APPROVED
    # one approved summary with role and year: a group of 1, so the page warns after approval
    kind, title, message = MessageBox.shown[-1]
    assert (kind, title) == ("information", "Kleine groep") and "rol: gedupeerde ouder" in message
    assert history.decisions[-1].reviewer_name == "Beoordelaar Test"
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.row_at(0).status is SummaryStatus.APPROVED,
                    timeout=WAIT)

    editor = _open_editor(page, qtbot, summary.id)
    events = [editor.history_model.index(r, 2).data() for r in range(editor.history_model.rowCount())]
    assert events == ["versie geschreven", "ingediend ter beoordeling", "goedgekeurd"]
    assert editor.history_model.index(2, 4).data() == "Helder geanonimiseerd."
    qtmodeltester.check(editor.history_model)
    editor.draft.text.moveCursor(editor.draft.text.textCursor().MoveOperation.End)
    editor.draft.text.insertPlainText(" Aanvulling.")
    editor.save_button.click()
    qtbot.waitUntil(lambda: editor.data.summary.current.number == 2, timeout=WAIT)
    assert "opnieuw worden goedgekeurd" in editor.state.text()
    assert editor.data.summary.status is SummaryStatus.DRAFT


def test_return_needs_comments(page, qtbot, vault, dossier):
    summary = _submitted(vault, dossier)
    dialog = _review_dialog(page, qtbot, summary.id)
    dialog.passphrase.setText(REVIEWER_PASSPHRASE)
    dialog.return_button.click()
    assert "opmerkingen" in dialog.error.text()
    dialog.passphrase.setText(REVIEWER_PASSPHRASE)
    dialog.comments.setPlainText("Leeftijd weglaten.")
    with qtbot.waitSignal(dialog.decided, timeout=WAIT):
        dialog.return_button.click()
    assert review.summary_history(summary.id, vault.uow()).summary.status is SummaryStatus.RETURNED


def test_save_pending_and_detach_clear_everything(page, qtbot, vault, dossier, runner):
    summary = _draft(vault, dossier)
    editor = _open_editor(page, qtbot, summary.id)
    editor.draft.text.moveCursor(editor.draft.text.textCursor().MoveOperation.End)
    editor.draft.text.insertPlainText(" Nog niet opgeslagen.")
    page.save_pending()
    qtbot.waitUntil(lambda: _idle(runner), timeout=WAIT)
    assert review.summary_history(summary.id, vault.uow()).summary.current.text.endswith("Nog niet opgeslagen.")
    page.detach()
    assert all(model.rowCount() == 0 for model in page.models())
    assert editor.draft.text.toPlainText() == "" and editor.original.text.toPlainText() == ""
    assert page.vault is None and editor.data is None


def test_new_dossier_summary_has_no_notes_pane(page, qtbot, vault, dossier):
    dialog = page.open_new_dialog()
    qtbot.waitUntil(lambda: dialog.dossier_model.rowCount() == 1, timeout=WAIT)
    dialog.tabs.setCurrentIndex(1)
    dialog.dossier_view.selectRow(0)
    dialog.buttons.accepted.emit()
    editor = page.editor
    qtbot.waitUntil(lambda: editor.data is not None, timeout=WAIT)
    assert editor.data.summary.kind.value == "dossier" and editor.data.listing is None
    assert editor.original.isHidden()
    assert editor.draft.text.toPlainText().startswith("Samenvatting van dossier IBTD-2024-001")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)
    assert page.model.index(0, SummaryTableModel.Column.KIND).data() == "dossier"


def test_opening_and_locking_is_not_an_edit(page, qtbot, vault, dossier, runner):
    summary = _submitted(vault, dossier)
    editor = _open_editor(page, qtbot, summary.id)
    assert editor.draft.text.isReadOnly() and not editor.submit_button.isEnabled()
    assert "ter beoordeling" in editor.draft.title()
    assert not editor.is_dirty()
    page.save_pending()
    qtbot.waitUntil(lambda: _idle(runner), timeout=WAIT)
    assert len(review.summary_history(summary.id, vault.uow()).versions) == 1
    editor.withdraw_button.click()
    qtbot.waitUntil(lambda: editor.data.summary.status is SummaryStatus.DRAFT, timeout=WAIT)
    assert not editor.draft.text.isReadOnly() and editor.submit_button.isEnabled()


def test_start_refused_without_consent_says_why(page, qtbot, vault, dossier):
    dialog = page.open_new_dialog()
    qtbot.waitUntil(lambda: dialog.interview_model.rowCount() == 2, timeout=WAIT)
    proxy = dialog.interview_view.model()
    dialog.interview_view.selectRow(next(r for r in range(2) if proxy.index(r, 1).data() == "09-04-2024"))
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: bool(MessageBox.shown), timeout=WAIT)
    kind, title, message = MessageBox.shown[-1]
    assert kind == "warning" and "Samenvatting starten geweigerd" in message and "Professional A" in message
    assert "Youssef" not in message and "Benali" not in message
    assert page.stack.currentWidget() is not page.editor
    assert review.list_summaries(vault.uow()) == []


def test_review_from_the_editor(page, qtbot, vault, dossier):
    summary = _submitted(vault, dossier)
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)
    editor = _open_editor(page, qtbot, summary.id)
    assert editor.review_button.isEnabled()
    editor.review_button.click()
    dialog = page.dialog
    assert isinstance(dialog, ReviewDialog)
    qtbot.waitUntil(lambda: dialog.text.toPlainText() != "", timeout=WAIT)
    assert dialog.attributes.text() == "Kenmerken: rol: gedupeerde ouder; jaar: 2024"
    dialog.passphrase.setText(REVIEWER_PASSPHRASE)
    with qtbot.waitSignal(dialog.decided, timeout=WAIT):
        dialog.approve_button.click()
    qtbot.waitUntil(lambda: editor.data is not None and editor.data.summary.status is SummaryStatus.APPROVED,
                    timeout=WAIT)
    assert "goedgekeurd" in editor.state.text()
