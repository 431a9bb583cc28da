"""The Samenvattingen and Uitgaand pages inside the real shell: unlock attaches them, a lock
saves the open draft into the vault and clears every view, unlocking again brings it back."""

from __future__ import annotations

from ibtd_desktop.app import AppShell, LaunchOptions
from ibtd_desktop.services.summaries import drafting, review
from ibtd_desktop.services.summaries.commands import StartInterviewSummary
from ibtd_desktop.services.vault import unlock_vault
from ibtd_desktop.settings import Settings
from ibtd_desktop.ui.navigation import Section
from tests.conftest import TEST_PASSPHRASE
from tests.summary_helpers import build_dossier

WAIT = 20_000
PAGES = {
    Section.SUMMARIES: "ibtd_desktop.ui.summaries.page:SummariesPage",
    Section.OUTGOING: "ibtd_desktop.ui.outgoing.page:OutgoingPage",
}


def _unlock(qtbot, dialog):
    dialog.passphrase.setText(TEST_PASSPHRASE)
    dialog.submit()


def test_lock_saves_the_draft_and_clears_the_pages(qtbot, tmp_path, make_vault, delay_timer, idle_timer):
    vault = make_vault("kluis")
    dossier = build_dossier(vault)
    summary = drafting.start_interview_summary(StartInterviewSummary(dossier.interview_id), vault.uow()).summary
    vault.lock()
    shell = AppShell(LaunchOptions(vault=vault.folder), Settings(tmp_path / "settings.json"),
                     unlock_timer=delay_timer, idle_timer=idle_timer, page_classes=PAGES)
    qtbot.addWidget(shell.window)
    try:
        shell.start()
        with qtbot.waitSignal(shell.lock.unlocked, timeout=WAIT):
            _unlock(qtbot, shell.dialog)
        page = shell.window.navigation.page(Section.SUMMARIES)
        outgoing = shell.window.navigation.page(Section.OUTGOING)
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)
        page.open_summary(summary.id, ("Ouder A",))
        qtbot.waitUntil(lambda: page.editor.data is not None, timeout=WAIT)
        page.editor.draft.text.moveCursor(page.editor.draft.text.textCursor().MoveOperation.End)
        page.editor.draft.text.insertPlainText(" Getypt vlak voor de vergrendeling.")

        opened = shell.lock.vault
        shell.lock.lock()
        qtbot.waitUntil(lambda: opened.is_locked, timeout=WAIT)
        assert all(model.rowCount() == 0 for model in page.models() + outgoing.models())
        assert page.editor.draft.text.toPlainText() == "" and page.editor.original.text.toPlainText() == ""
        assert page.vault is None and outgoing.vault is None

        check = unlock_vault(vault.folder, TEST_PASSPHRASE)
        try:
            text = review.summary_history(summary.id, check.uow()).summary.current.text
        finally:
            check.lock()
        assert text.endswith("Getypt vlak voor de vergrendeling.")

        with qtbot.waitSignal(shell.lock.unlocked, timeout=WAIT):
            _unlock(qtbot, shell.lock.unlock_dialog)
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)
    finally:
        shell.quit()
