"""The Gesprekken section: the interview list and, on top of it, the editor.

Implements ``ui.navigation.Page``. All database work goes through the TaskRunner with this page
as owner. ``open_interview(id)`` is the entry point for other sections (dossier page, search).
On lock, ``save_pending`` queues the open editor's draft; ``detach`` clears models and views and
wipes opened attachment files; after ``attach`` the editor reopens the same interview (its draft
comes back from the vault).
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from ibtd_desktop.domain.errors import IbtdError
from ibtd_desktop.ui.i18n import localise_message
from ibtd_desktop.ui.interviews.editor import InterviewEditorWidget
from ibtd_desktop.ui.interviews.editor_jobs import NewRecord
from ibtd_desktop.ui.interviews.gateway import CaseworkGateway
from ibtd_desktop.ui.interviews.list_model import InterviewListModel
from ibtd_desktop.ui.interviews.list_widget import InterviewListWidget
from ibtd_desktop.ui.interviews.private_files import PrivateTempFiles
from ibtd_desktop.ui.messages import MessageBox


class InterviewsPage(QWidget):
    def __init__(self, parent: QWidget | None = None, *, temp_files: PrivateTempFiles | None = None,
                 gateway_factory: Callable[[Any], Any] = CaseworkGateway) -> None:
        super().__init__(parent)
        self.setObjectName("interviewsPage")
        self._gateway_factory = gateway_factory
        self.temp_files = temp_files or PrivateTempFiles()
        self.gateway: Any = None
        self.runner: Any = None
        self.model = InterviewListModel(self._run, self._fetch_ids, self._fetch_rows, self)
        self.list = InterviewListWidget(self.model)
        self.editor = InterviewEditorWidget(self.temp_files)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.list)
        self._stack.addWidget(self.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self._reopen: int | NewRecord | None = None  # an interview id only; nothing from the vault
        self.model.failed.connect(self._report)
        self.list.open_requested.connect(self.open_interview)
        self.list.new_requested.connect(self.new_interview)
        self.list.filter_changed.connect(self.model.load)
        self.editor.closed.connect(self._editor_closed)
        self.editor.saved.connect(self._interview_saved)
        self.editor.save_failed_after_close.connect(self._report)
        self._built = True

    # -- Page protocol ----------------------------------------------------------------------
    def attach(self, vault: Any, runner: Any) -> None:
        self.gateway, self.runner = self._gateway_factory(vault), runner
        gateway = self.gateway
        self._run(gateway.dossiers, self.list.set_dossiers, self._report)
        self.model.load(self.list.current_filter())
        reopen, self._reopen = self._reopen, None
        # The unlock ran on the database thread after the jobs queued at lock, so a new
        # interview's holder has its id by now (or stays None if nothing was typed).
        reopen_id = reopen if isinstance(reopen, int) or reopen is None else reopen.id
        if reopen_id is not None:
            self.open_interview(reopen_id)

    def save_pending(self) -> None:
        if self.editor.is_open():
            self.editor.save_pending()
            self._reopen = self.editor.reopen_ref()

    def detach(self) -> None:
        if self.editor.is_open():
            self._reopen = self.editor.reopen_ref()
        self.editor.clear()
        self.model.clear()
        self.list.clear()
        self._stack.setCurrentWidget(self.list)
        self.temp_files.wipe()
        self.gateway = self.runner = None

    # -- entry points -----------------------------------------------------------------------
    def open_interview(self, interview_id: int) -> None:
        """Show ``interview_id`` in the editor (from the list, a dossier, or a search hit)."""
        if self.gateway is None:
            return
        self._leave_editor()
        self.editor.open(self._run, self.gateway, int(interview_id))
        self._stack.setCurrentWidget(self.editor)

    def new_interview(self, dossier_id: int | None = None) -> None:
        if self.gateway is None:
            return
        self._leave_editor()
        self.editor.open(self._run, self.gateway, None, dossier_id or self.list.current_filter().investigation_id)
        self._stack.setCurrentWidget(self.editor)

    def showing_editor(self) -> bool:
        return self._stack.currentWidget() is self.editor

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        # No change broadcast exists yet: coming back to the section reloads the ids (cheap) and
        # the dossier choices, so interviews and dossiers added elsewhere show up.
        super().showEvent(event)
        if self.gateway is not None and not self.showing_editor() and not event.spontaneous():
            self._run(self.gateway.dossiers, self.list.set_dossiers_keeping_choice, self._report)
            self.model.load()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_built", False):
            # Headers and cells (mode names, counts) translate at display time: repaint them.
            columns, rows = self.model.columnCount(), self.model.rowCount()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
            if rows:
                self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(rows - 1, columns - 1))
        super().changeEvent(event)

    # -- internals --------------------------------------------------------------------------
    def _leave_editor(self) -> None:
        if self.editor.is_open():
            self.editor.closed.disconnect(self._editor_closed)
            try:
                self.editor.close_editor()
            finally:
                self.editor.closed.connect(self._editor_closed)

    def _editor_closed(self) -> None:
        self._stack.setCurrentWidget(self.list)
        if self.gateway is not None:
            self.model.load()  # queued after the save: the list shows the saved state
        self.list.table.setFocus()

    def _interview_saved(self, interview_id: int) -> None:
        if self.model.row_of(interview_id) < 0:
            self.model.load()
        else:
            self.model.refresh_rows([interview_id])

    def _fetch_ids(self, flt: Any) -> list[int]:  # database thread
        gateway = self.gateway
        return gateway.interview_ids(flt) if gateway is not None else []

    def _fetch_rows(self, ids: list[int]) -> list[Any]:  # database thread
        gateway = self.gateway
        return gateway.interview_rows(ids) if gateway is not None else []

    def _run(self, fn: Callable[..., Any], ok: Any = None, fail: Any = None, **kwargs: Any) -> None:
        if self.runner is not None:
            self.runner.run(fn, ok, fail, owner=self, **kwargs)

    def _report(self, exc: BaseException) -> None:
        detail = localise_message(str(exc)) if isinstance(exc, IbtdError) and str(exc) else type(exc).__name__
        MessageBox.warning(self, self.tr("Gesprekken"), detail)
