"""Locking: "Vergrendel" (Ctrl+L) and the idle auto-lock.

Lock = every page saves what is being edited (the writes queue on the single database thread),
every page clears its views and models, callbacks of earlier tasks are dropped, and the vault is
locked on the database thread AFTER those writes (one thread, FIFO). The window shows nothing from
the vault and the unlock dialog opens. After unlock the pages are attached again (they reload
their drafts from the vault) and the user is back in the same section.

Idle time is measured by an application-wide event filter on user input that restarts a timer;
the timer is injectable so tests fire it by hand.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Callable, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

if TYPE_CHECKING:
    from ibtd_desktop.ui.dialogs.unlock import UnlockDialog
    from ibtd_desktop.ui.main_window import MainWindow
    from ibtd_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.InputMethod,
    }
)


class IdleTimer(Protocol):
    """The part of QTimer the controller uses (a test double implements the same)."""

    timeout: Any

    def setInterval(self, msec: int) -> None: ...  # noqa: N802 - Qt API
    def setSingleShot(self, single: bool) -> None: ...  # noqa: N802 - Qt API
    def start(self) -> None: ...
    def stop(self) -> None: ...


class LockController(QObject):
    locked = Signal()
    unlocked = Signal(object)
    quit_requested = Signal()

    def __init__(
        self,
        window: "MainWindow",
        runner: "TaskRunner",
        make_unlock_dialog: Callable[[], "UnlockDialog"],
        *,
        idle_minutes: int = 5,
        idle_timer: IdleTimer | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._runner = runner
        self._make_unlock_dialog = make_unlock_dialog
        self.vault: Any = None
        self.unlock_dialog: "UnlockDialog | None" = None
        self._idle = idle_timer if idle_timer is not None else QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._on_idle)
        self.set_idle_minutes(idle_minutes)
        window.lock_requested.connect(self.lock)
        self._filtering = False
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            self._filtering = True

    # -- public ------------------------------------------------------------------------------
    def set_idle_minutes(self, minutes: int) -> None:
        self.set_idle_timeout_ms(max(1, minutes) * 60_000)

    def set_idle_timeout_ms(self, msecs: int) -> None:
        self._idle.setInterval(msecs)
        if self.vault is not None:
            self._idle.start()

    def set_vault(self, vault: Any) -> None:
        """An unlocked vault: attach every page, show the window's content, start idle timing."""
        self.vault = vault
        for page in self._window.navigation.pages():
            try:
                page.attach(vault, self._runner)
            except Exception:  # noqa: BLE001 - one broken page must not take the others down
                log.exception("a page failed to attach")
        self._window.set_user(vault.user)
        self._window.set_locked(False)
        self._idle.start()
        self.unlocked.emit(vault)

    def lock(self) -> None:
        """Save, clear, lock, ask for the passphrase again. Does nothing when already locked."""
        vault = self._release_vault()
        if vault is None:
            return
        self._runner.run(vault.lock, on_failure=self._on_lock_failed, label=self.tr("Vergrendelen…"))
        self.locked.emit()
        self._show_unlock_dialog()

    def shutdown(self) -> None:
        """Quitting: save, clear and lock, and wait for the database thread to finish."""
        vault = self._release_vault()
        if vault is not None:
            self._runner.run(vault.lock, on_failure=self._on_lock_failed)
        self._runner.wait_for_done()

    def dispose(self) -> None:
        """Stop watching input. Call before dropping the controller: an application-wide filter
        that outlives its Python object would be called into after it is gone."""
        self._idle.stop()
        app = QCoreApplication.instance()
        if self._filtering and app is not None:
            app.removeEventFilter(self)
        self._filtering = False

    # -- internals ---------------------------------------------------------------------------
    def _release_vault(self) -> Any:
        vault, self.vault = self.vault, None
        if vault is None:
            return None
        self._idle.stop()
        pages = self._window.navigation.pages()
        for page in pages:
            try:
                page.save_pending()
            except Exception:  # noqa: BLE001 - one broken page must not keep the vault open
                log.exception("a page failed to save its pending edits before the lock")
        for page in pages:
            try:
                page.detach()
            except Exception:  # noqa: BLE001
                log.exception("a page failed to detach")
        # Results of work started before the lock must not refill the cleared views.
        self._runner.drop_pending_callbacks()
        self._window.set_user(None)
        self._window.set_locked(True)
        return vault

    def _show_unlock_dialog(self) -> None:
        dialog = self._make_unlock_dialog()
        self.unlock_dialog = dialog
        dialog.unlocked.connect(self._on_unlocked)
        dialog.rejected.connect(self.quit_requested)
        dialog.open()

    def _on_unlocked(self, vault: Any) -> None:
        dialog, self.unlock_dialog = self.unlock_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self.set_vault(vault)

    def _on_lock_failed(self, exc: BaseException) -> None:
        log.error("locking the vault failed: %s", type(exc).__name__)

    def _on_idle(self) -> None:
        if self.vault is not None:
            self.lock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if getattr(self, "vault", None) is not None and event.type() in _ACTIVITY:
            self._idle.start()
        return False
