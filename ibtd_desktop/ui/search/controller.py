"""Application-wide search: a Ctrl+F action on the main window and the (non-modal) dialog.

The composition root builds one controller and connects the lock controller's ``unlocked`` /
``locked`` to ``attach`` / ``detach``; the action is disabled while locked. ``detach`` clears
the dialog (query and results) and hides it.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from ibtd_desktop.ui.interviews.gateway import CaseworkGateway
from ibtd_desktop.ui.search.dialog import SearchDialog


class SearchController(QObject):
    interview_requested = Signal(int)
    dossier_requested = Signal(int)
    hit_activated = Signal(object)

    def __init__(self, window: QMainWindow, runner: Any, parent: QObject | None = None,
                 gateway_factory: Callable[[Any], Any] = CaseworkGateway) -> None:
        super().__init__(parent)
        self._window = window
        self._runner = runner
        self._gateway_factory = gateway_factory
        self._gateway: Any = None
        self.dialog: SearchDialog | None = None
        self.action = QAction(self.tr("Zoeken…"), window)
        window.installEventFilter(self)  # LanguageChange reaches the window, not this QObject
        self.action.setObjectName("searchAction")
        self.action.setShortcut(QKeySequence.StandardKey.Find)
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action.setEnabled(False)
        self.action.triggered.connect(self.open)
        window.addAction(self.action)
        window.menuBar().addAction(self.action)  # visible as "Zoeken…" next to the File menu

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.action.setText(self.tr("Zoeken…"))
        return False

    def attach(self, vault: Any) -> None:
        self._gateway = self._gateway_factory(vault)
        self.action.setEnabled(True)

    def detach(self) -> None:
        self._gateway = None
        self.action.setEnabled(False)
        if self.dialog is not None:
            self.dialog.unbind()
            self.dialog.hide()

    def open(self) -> SearchDialog | None:
        if self._gateway is None:
            return None
        if self.dialog is None:
            self.dialog = SearchDialog(self._window)
            self.dialog.interview_requested.connect(self.interview_requested)
            self.dialog.dossier_requested.connect(self.dossier_requested)
            self.dialog.hit_activated.connect(self.hit_activated)
        gateway = self._gateway
        self.dialog.bind(self._run, gateway.search)
        self._run(gateway.dossiers, self.dialog.set_dossiers, None)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.dialog.query.setFocus()
        self.dialog.query.selectAll()
        return self.dialog

    def _run(self, fn: Callable[..., Any], ok: Any = None, fail: Any = None) -> None:
        self._runner.run(fn, ok, fail, owner=self.dialog)
