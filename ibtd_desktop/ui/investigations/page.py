"""The Dossiers section page (``ui.navigation.Page``): the dossier list, or one dossier."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QStackedWidget, QVBoxLayout, QWidget

from ibtd_desktop.ui.investigations.calls import (
    DOSSIER_PARTS,
    DossierList,
    VaultCalls,
    load_dossier_list,
    load_themes,
)
from ibtd_desktop.ui.investigations.dossier_view import DossierView
from ibtd_desktop.ui.investigations.investigation_dialog import InvestigationDialog
from ibtd_desktop.ui.investigations.labels import error_text, text
from ibtd_desktop.ui.investigations.retranslate import retranslate_tree
from ibtd_desktop.ui.investigations.list_widget import DossierListWidget
from ibtd_desktop.ui.messages import MessageBox

if TYPE_CHECKING:
    from ibtd_desktop.ui.tasks import TaskRunner


class InvestigationsPage(QWidget):
    """``interview_open_requested(interview_id)`` / ``interview_new_requested(dossier_id)``: the
    user opened or started an interview from a dossier; the composition root connects them to the
    Gesprekken page's ``open_interview`` / ``new_interview``."""

    interview_open_requested = Signal(int)
    interview_new_requested = Signal(int)  # dossier id: start a new interview in it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("investigationsPage")
        self.calls = VaultCalls(self, self._report_failure)
        self.list = DossierListWidget()
        self.dossier = DossierView(self.calls)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.dossier)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.new_dialog: QDialog | None = None
        self.list.open_requested.connect(self.open_dossier)
        self.list.new_requested.connect(self.open_new_dialog)
        self.dossier.back_requested.connect(self.show_list)
        self.dossier.dossier_changed.connect(lambda _id: self.refresh())
        self.dossier.interview_open_requested.connect(self.interview_open_requested)
        self.dossier.interview_new_requested.connect(self.interview_new_requested)

    # -- Page protocol -----------------------------------------------------------------------
    def attach(self, vault: Any, runner: "TaskRunner") -> None:
        self.calls.bind(vault, runner)
        self.show_list()
        self.refresh()

    def detach(self) -> None:
        self._close_new_dialog()
        self.dossier.clear()
        self.list.clear()
        self.stack.setCurrentWidget(self.list)
        self.calls.bind(None, None)

    def save_pending(self) -> None:
        if self.new_dialog is not None:
            self.new_dialog.save_pending()
        self.dossier.save_pending()

    # -- navigation --------------------------------------------------------------------------
    @property
    def dialog(self) -> QDialog | None:
        """The open edit dialog, if any (tests fill it in and press its buttons)."""
        return self.new_dialog or self.dossier.dialog

    def refresh(self) -> None:
        self.calls.load(load_dossier_list, on_success=self._list_loaded)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_tree(self)
            self.list.update_empty_state()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        # Another section may have changed what this one shows (a signal linked to a dossier,
        # an interview added): reload when the user comes back, no cross-page wiring needed.
        super().showEvent(event)
        if not event.spontaneous() and self.calls.attached:
            self.refresh()
            if self.stack.currentWidget() is self.dossier:
                self.dossier.reload(DOSSIER_PARTS)

    def show_list(self) -> None:
        self.dossier.clear()
        self.stack.setCurrentWidget(self.list)

    def open_dossier(self, investigation_id: int) -> None:
        """Show one dossier (from the list, or a search hit routed by the composition root)."""
        if not self.calls.attached:
            return
        self.stack.setCurrentWidget(self.dossier)
        self.dossier.show_dossier(investigation_id)

    def open_new_dialog(self) -> None:
        if not self.calls.attached or self.new_dialog is not None:
            return
        self.calls.load(load_themes, on_success=self._show_new_dialog)

    def models(self) -> list:
        return [self.list.model, self.list.proxy, *self.dossier.models()]

    # -- internals ---------------------------------------------------------------------------
    def _list_loaded(self, data: DossierList) -> None:
        self.list.set_data(data)

    def _show_new_dialog(self, themes: list) -> None:
        if self.new_dialog is not None:
            return
        dialog = InvestigationDialog(self.calls, themes, None, self)
        dialog.saved.connect(self._created)
        dialog.finished.connect(lambda _code: self._forget_new_dialog(dialog))
        self.new_dialog = dialog
        dialog.open()

    def _created(self, detail: Any) -> None:
        self.refresh()

    def _forget_new_dialog(self, dialog: QDialog) -> None:
        if self.new_dialog is dialog:
            self.new_dialog = None
        dialog.deleteLater()

    def _close_new_dialog(self) -> None:
        if self.new_dialog is not None:
            dialog, self.new_dialog = self.new_dialog, None
            dialog.reject()

    def _report_failure(self, exc: BaseException) -> None:
        MessageBox.warning(self, text("Dossiers"), error_text(exc))
