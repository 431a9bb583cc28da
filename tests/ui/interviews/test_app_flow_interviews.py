"""The whole app on a real vault: unlock, Gesprekken list, Ctrl+F finds a note and opens it,
typing, lock (search cleared, draft saved), unlock (the text is back), quit."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ibtd_desktop.app import AppShell, LaunchOptions
from ibtd_desktop.domain.casework.enums import InterviewMode
from ibtd_desktop.domain.casework.interviews import RecordInterview
from ibtd_desktop.services.casework import interviews
from ibtd_desktop.services.vault import unlock_vault
from ibtd_desktop.settings import Settings
from ibtd_desktop.ui.navigation import Section
from ibtd_desktop.ui.search.model import Column

from tests.conftest import TEST_PASSPHRASE


def _unlock(qtbot, shell, dialog) -> None:
    dialog.passphrase.setText(TEST_PASSPHRASE)
    with qtbot.waitSignal(shell.lock.unlocked, timeout=30_000):
        dialog.submit()


def test_search_open_type_lock_unlock_in_the_real_app(qtbot, vault, case, tmp_path, delay_timer, idle_timer):
    found = interviews.record_interview(RecordInterview(
        investigation_id=case.dossier_id, held_on=date(2024, 4, 9), mode=InterviewMode.PHONE,
        interviewee_ids=case.person_ids[:1], notes="Zorgen over de hersteloperatie."), vault.uow())
    vault.lock()
    shell = AppShell(LaunchOptions(vault=vault.folder), Settings(tmp_path / "config" / "settings.json"),
                     unlock_timer=delay_timer, idle_timer=idle_timer, data_dir=lambda: tmp_path / "data")
    qtbot.addWidget(shell.window)
    reopened = []
    try:
        assert not shell.search.action.isEnabled()
        shell.start()
        _unlock(qtbot, shell, shell.dialog)
        reopened.append(shell.lock.vault)
        navigation = shell.window.navigation
        navigation.show_section(Section.INTERVIEWS)
        page = navigation.page(Section.INTERVIEWS)
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)

        shell.window.activateWindow()
        assert QTest.qWaitForWindowActive(shell.window)
        QTest.keyClick(shell.window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        dialog = shell.search.dialog
        assert dialog is not None and dialog.isVisible()
        dialog.query.setText("hersteloperatie")
        with qtbot.waitSignal(dialog.results_shown, timeout=10_000):
            dialog.debounce.timeout.emit()
        with qtbot.waitSignal(page.editor.loaded, timeout=10_000):
            dialog.table.activated.emit(dialog.model.index(0, Column.TITLE))
        assert navigation.current_section() is Section.INTERVIEWS and page.editor.interview_id == found.id

        QTest.keyClicks(page.editor.notes, " Vervolg afgesproken.")
        shell.lock.lock()
        qtbot.waitUntil(lambda: shell.lock.unlock_dialog is not None and reopened[0].is_locked, timeout=10_000)
        assert dialog.model.rowCount() == 0 and dialog.query.text() == "" and not dialog.isVisible()
        assert not shell.search.action.isEnabled() and page.editor.notes.toPlainText() == ""

        _unlock(qtbot, shell, shell.lock.unlock_dialog)
        reopened.append(shell.lock.vault)
        qtbot.waitUntil(lambda: page.editor.notes.toPlainText() == "Zorgen over de hersteloperatie. Vervolg afgesproken.",
                        timeout=10_000)
        assert shell.search.action.isEnabled()
    finally:
        shell.quit()
    # After quit the draft is in the vault (the app saved it before locking).
    check = unlock_vault(vault.folder, TEST_PASSPHRASE)
    try:
        assert interviews.get_interview(found.id, check.uow()).draft.text.endswith("Vervolg afgesproken.")
    finally:
        check.lock()
