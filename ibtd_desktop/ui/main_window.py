"""The main window: navigation over the sections, a menu, and a status bar with the current user,
the lock state and a busy indicator.

It holds no data and runs no queries: pages talk to services on the TaskRunner, and the window
only says what the user asked for (signals) and shows what it is told (``set_user``,
``set_locked``, busy/progress from the runner).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QStackedWidget, QVBoxLayout, QWidget

from ibtd_desktop import __version__
from ibtd_desktop.domain.errors import IbtdError
from ibtd_desktop.domain.errors import IbtdError
from ibtd_desktop.ui.dialogs.users import role_name
from ibtd_desktop.ui.i18n import localise_message
from ibtd_desktop.ui.messages import MessageBox
from ibtd_desktop.ui.i18n import localise_message
from ibtd_desktop.ui.messages import MessageBox
from ibtd_desktop.ui.navigation import NavigationWidget

if TYPE_CHECKING:
    from ibtd_desktop.ui.tasks import TaskRunner


class LockedPanel(QWidget):
    """What the window shows while locked: nothing from the vault."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = QLabel()
        self._label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self._label)
        self.retranslate()

    def retranslate(self) -> None:
        self._label.setText(self.tr("De kluis is vergrendeld."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class MainWindow(QMainWindow):
    lock_requested = Signal()
    settings_requested = Signal()
    add_user_requested = Signal()
    close_requested = Signal()

    def __init__(self, runner: "TaskRunner", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.navigation = NavigationWidget()
        self._locked_panel = LockedPanel()
        self._content = QStackedWidget()
        self._content.addWidget(self.navigation)
        self._content.addWidget(self._locked_panel)
        self.setCentralWidget(self._content)
        self._user: Any = None
        self._locked = True
        self._allow_close = False

        self.lock_action = QAction(self)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock_requested)
        self.add_user_action = QAction(self)
        self.add_user_action.triggered.connect(self.add_user_requested)
        self.settings_action = QAction(self)
        self.settings_action.triggered.connect(self.settings_requested)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self._file_menu = self.menuBar().addMenu("")
        for action in (self.lock_action, self.add_user_action, self.settings_action):
            self._file_menu.addAction(action)
        self._file_menu.addSeparator()
        self._file_menu.addAction(self.quit_action)
        self.addAction(self.lock_action)

        self.user_label = QLabel()
        self.user_label.setObjectName("userLabel")
        self.lock_label = QLabel()
        self.lock_label.setObjectName("lockLabel")
        self.busy_label = QLabel()
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("busyIndicator")
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setMaximumHeight(14)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.hide()
        status = self.statusBar()
        status.addWidget(self.user_label)
        status.addWidget(self.busy_label, 1)
        status.addPermanentWidget(self.busy_bar)
        status.addPermanentWidget(self.lock_label)
        runner.busy_changed.connect(self.set_busy)
        runner.progress.connect(self.set_progress)
        self.resize(1100, 720)
        self.set_locked(True)
        self.retranslate()

    # -- what the window is told -------------------------------------------------------------
    def set_user(self, user: Any) -> None:
        self._user = user
        self._update_status()

    def set_locked(self, locked: bool) -> None:
        self._locked = locked
        self._content.setCurrentWidget(self._locked_panel if locked else self.navigation)
        for action in (self.lock_action, self.add_user_action):
            action.setEnabled(not locked)
        self._update_status()

    def is_locked(self) -> bool:
        return self._locked

    def set_busy(self, busy: bool, label: str) -> None:
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setVisible(busy)
        self.busy_label.setText(label.strip() or self.tr("Bezig…") if busy else "")

    def set_progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.busy_bar.setRange(0, total)
            self.busy_bar.setValue(done)
        if text:
            self.busy_label.setText(text)

    def report_failure(self, exc: BaseException, *, startup: bool = False) -> None:
        """Tell the user that background work failed (the message never holds vault content)."""
        detail = localise_message(str(exc)) if isinstance(exc, IbtdError) and str(exc) else type(exc).__name__
        if startup:
            MessageBox.critical(None, self.tr("IBTD Dossiers"), self.tr("Starten mislukt: %1").replace("%1", detail))
        else:
            MessageBox.warning(self, self.tr("Achtergrondtaak mislukt"), detail)

    def geometry_state(self) -> str:
        return bytes(self.saveGeometry().toBase64()).decode("ascii")

    def restore_geometry_state(self, state: str) -> None:
        if state:
            self.restoreGeometry(QByteArray.fromBase64(state.encode("ascii")))

    def allow_close(self) -> None:
        """The app has saved and locked; the next close really closes."""
        self._allow_close = True

    # -- Qt overrides ------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self._allow_close:
            # The app decides: it saves pending edits, locks, and calls allow_close().
            self.close_requested.emit()
        if self._allow_close:
            event.accept()
        else:
            event.ignore()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("IBTD Dossiers %1").replace("%1", __version__))
        self._file_menu.setTitle(self.tr("&Bestand"))
        self.lock_action.setText(self.tr("Vergrendel"))
        self.add_user_action.setText(self.tr("Gebruiker toevoegen…"))
        self.settings_action.setText(self.tr("Instellingen…"))
        self.quit_action.setText(self.tr("Afsluiten"))
        self._update_status()

    def _update_status(self) -> None:
        if self._user is None or self._locked:
            self.user_label.setText(self.tr("Geen gebruiker"))
        else:
            self.user_label.setText(
                self.tr("Gebruiker: %1 (%2)").replace("%1", self._user.name).replace("%2", role_name(self._user.role))
            )
        self.lock_label.setText(self.tr("Vergrendeld") if self._locked else self.tr("Ontgrendeld"))
