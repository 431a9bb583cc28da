"""Lock (Ctrl+L and idle): pages save, views clear, vault locks on the database thread after the
saves, the unlock dialog appears; unlocking re-attaches and restores the draft."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ibtd_desktop.domain.errors import WrongPassphrase
from ibtd_desktop.ui.dialogs.unlock import UnlockDialog
from ibtd_desktop.ui.lock import LockController
from ibtd_desktop.ui.main_window import MainWindow
from ibtd_desktop.ui.navigation import Section
from ibtd_desktop.ui.tasks import TaskRunner

from tests.ui.fakes import DraftPage, FakeVault

PASSPHRASE = "zeilboot-kroket-lantaarn-pinguin-47"


def _setup(qtbot, tmp_path, delay_timer, idle_timer=None):
    runner = TaskRunner()
    window = MainWindow(runner)
    page = DraftPage()
    window.navigation.set_page(Section.INTERVIEWS, page)
    vault = FakeVault(tmp_path)

    def unlock(passphrase):
        if passphrase != PASSPHRASE:
            raise WrongPassphrase("Onjuiste wachtzin / wrong passphrase")
        vault.locked = False
        return vault

    def make_dialog():
        return UnlockDialog(tmp_path, unlock, runner, timer=delay_timer, parent=window)

    lock = LockController(window, runner, make_dialog, idle_minutes=5, idle_timer=idle_timer, parent=window)
    qtbot.addWidget(window, before_close_func=lambda _w: lock.dispose())
    lock.set_vault(vault)
    window.show()
    qtbot.waitExposed(window)
    return window, lock, page, vault


def test_ctrl_l_saves_clears_locks_and_unlock_restores(qtbot, tmp_path, delay_timer):
    window, lock, page, vault = _setup(qtbot, tmp_path, delay_timer)
    window.navigation.show_section(Section.INTERVIEWS)
    page.editor.setText("half af verslag")
    assert window.lock_label.text() == "Ontgrendeld"
    assert "Inspecteur Test" in window.user_label.text()

    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    page.editor.setFocus()
    QTest.keyClick(page.editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: vault.locked)

    assert page.calls == ["attach", "save_pending", "detach"]
    assert vault.store == {"draft": "half af verslag"}  # saved before the lock ran
    assert vault.lock_thread != threading.get_ident()  # on the database thread
    assert page.model.rowCount() == 0 and page.editor.text() == ""
    assert window.is_locked() and window.lock_label.text() == "Vergrendeld"
    assert "Inspecteur Test" not in window.user_label.text()
    assert not window.navigation.isVisible()
    dialog = lock.unlock_dialog
    assert dialog is not None and dialog.isVisible()

    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(lock.unlocked):
        dialog.submit()
    assert page.calls[-1] == "attach"
    assert page.editor.text() == "half af verslag"
    assert page.model.rowCount() == 1
    assert window.navigation.current_section() is Section.INTERVIEWS
    assert window.navigation.isVisible() and not window.is_locked()


def test_idle_timer_locks_and_user_input_restarts_it(qtbot, tmp_path, delay_timer, idle_timer):
    window, lock, page, vault = _setup(qtbot, tmp_path, delay_timer, idle_timer)
    assert idle_timer.interval == 5 * 60_000 and idle_timer.active
    lock.set_idle_minutes(1)
    assert idle_timer.interval == 60_000
    before = idle_timer.starts
    QTest.keyClick(page.editor, Qt.Key.Key_A)
    QTest.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton)
    assert idle_timer.starts >= before + 2
    idle_timer.fire()
    qtbot.waitUntil(lambda: vault.locked)
    assert window.is_locked() and lock.unlock_dialog is not None
    assert not idle_timer.active
    starts = idle_timer.starts
    QTest.keyClick(lock.unlock_dialog.passphrase, Qt.Key.Key_A)
    assert idle_timer.starts == starts  # typing in the unlock dialog does not count while locked


def test_real_qtimer_idle_lock_with_short_timeout(qtbot, tmp_path, delay_timer):
    window, lock, page, vault = _setup(qtbot, tmp_path, delay_timer)
    with qtbot.waitSignal(lock.locked, timeout=5000):
        lock.set_idle_timeout_ms(50)
    qtbot.waitUntil(lambda: vault.locked)
    assert window.is_locked()


def test_results_of_work_started_before_the_lock_do_not_refill_views(qtbot, tmp_path, delay_timer):
    window, lock, page, vault = _setup(qtbot, tmp_path, delay_timer)
    release = threading.Event()
    refilled: list[str] = []
    lock._runner.run(lambda: release.wait(5) and "secret row", refilled.append, owner=page)
    lock.lock()
    release.set()
    qtbot.waitUntil(lambda: vault.locked)
    lock._runner.run(lambda: None, refilled.append)
    qtbot.waitUntil(lambda: refilled == [None])


def test_lock_twice_is_harmless(qtbot, tmp_path, delay_timer):
    window, lock, page, vault = _setup(qtbot, tmp_path, delay_timer)
    lock.lock()
    dialog = lock.unlock_dialog
    lock.lock()
    assert lock.unlock_dialog is dialog
    assert page.calls.count("detach") == 1


def test_window_geometry_round_trips(qtbot):
    first = MainWindow(TaskRunner())
    qtbot.addWidget(first)
    first.resize(703, 477)  # inside the offscreen screen (800x600): restore clamps to it
    first.show()
    state = first.geometry_state()
    second = MainWindow(TaskRunner())
    qtbot.addWidget(second)
    second.restore_geometry_state(state)
    second.show()
    assert second.size() == first.size() and second.height() == 477
    second.restore_geometry_state("")  # nothing stored: keeps the default
