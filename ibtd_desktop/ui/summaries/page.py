"""The Samenvattingen section page (``ui.navigation.Page``): the list of summaries with a status
filter, 'Nieuwe samenvatting', the editor and the four-eyes review dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QTableView, QVBoxLayout, QWidget

from ibtd_desktop.domain.summaries import SummaryStatus
from ibtd_desktop.services.summaries import drafting, ui_queries
from ibtd_desktop.services.summaries.commands import StartDossierSummary, StartInterviewSummary
from ibtd_desktop.ui.investigations.form_widgets import CodeCombo
from ibtd_desktop.ui.investigations.list_widget import configure_table, empty_state
from ibtd_desktop.ui.table_model import ROW_ROLE
from ibtd_desktop.ui.messages import MessageBox
from ibtd_desktop.ui.summaries.editor import SummaryEditorWidget
from ibtd_desktop.ui.summaries.labels import failure_text, status_text, t, warnings_text
from ibtd_desktop.ui.summaries.models import SummaryStatusProxy, SummaryTableModel
from ibtd_desktop.ui.summaries.new_summary_dialog import NewSummaryDialog, load_choices
from ibtd_desktop.ui.summaries.retranslate import retranslate_tree
from ibtd_desktop.ui.summaries.review_dialog import ReviewDialog

if TYPE_CHECKING:
    from ibtd_desktop.ui.tasks import TaskRunner


class SummariesPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summariesPage")
        self.vault: Any = None
        self.runner: "TaskRunner | None" = None
        self.dialog: QDialog | None = None
        self.model = SummaryTableModel(self)
        self.proxy = SummaryStatusProxy(self)
        self.proxy.setSourceModel(self.model)

        title = QLabel(t("Samenvattingen"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.status_filter = CodeCombo(empty=t("Alle statussen"))
        self.status_filter.set_items([(s, status_text(s)) for s in SummaryStatus])
        self.new_button = QPushButton(t("Nieuwe samenvatting…"))
        self.new_button.setObjectName("newSummary")
        self.open_button = QPushButton(t("Openen"))
        self.review_button = QPushButton(t("Beoordelen…"))
        self.review_button.setObjectName("reviewSummary")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(QLabel(t("Status")))
        top.addWidget(self.status_filter)
        top.addWidget(self.new_button)
        top.addWidget(self.open_button)
        top.addWidget(self.review_button)
        self.view = QTableView()
        self.view.setObjectName("summaryTable")
        self.view.setModel(self.proxy)
        configure_table(self.view, stretch_column=SummaryTableModel.Column.TITLE)
        self.view.sortByColumn(SummaryTableModel.Column.REFERENCE, Qt.SortOrder.AscendingOrder)
        self.empty = QLabel(t("Nog geen samenvattingen. Maak er een met ‘Nieuwe samenvatting…’ vanuit een gesprek "
                              "of voor een heel dossier."))
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.addLayout(top)
        list_layout.addWidget(empty_state(self.view, self.empty), 1)
        self._list_stack = list_layout.itemAt(1).widget()

        self.editor = SummaryEditorWidget()
        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        self.stack.addWidget(self.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.status_filter.currentIndexChanged.connect(lambda _: self.proxy.set_status(self.status_filter.value()))
        self.new_button.clicked.connect(self.open_new_dialog)
        self.open_button.clicked.connect(self.open_selected)
        self.view.doubleClicked.connect(lambda _: self.open_selected())
        self.review_button.clicked.connect(lambda: self.open_review(self.selected_row()))
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.editor.back_requested.connect(self.show_list)
        self.editor.changed.connect(self.refresh)
        self.editor.review_requested.connect(lambda sid: self.open_review(self._row_of(sid)))
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_tree(self)
            self.editor.retranslate()
        super().changeEvent(event)

    # -- Page protocol -----------------------------------------------------------------------
    def attach(self, vault: Any, runner: "TaskRunner") -> None:
        self.vault, self.runner = vault, runner
        self.refresh()

    def detach(self) -> None:
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.reject()
        self.editor.close_summary()
        self.editor.vault = self.editor.runner = None
        self.model.clear()
        self.stack.setCurrentIndex(0)
        self.vault = self.runner = None
        self._update_buttons()

    def save_pending(self) -> None:
        self.editor.save_pending()

    def models(self) -> list:
        editor = self.editor
        return [self.model, self.proxy, editor.original.model, editor.draft.model, editor.history_model]

    # -- list ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.vault is None:
            return
        vault = self.vault
        self.runner.run(lambda: ui_queries.list_summary_rows(vault.uow()), self._show_rows, self._failed, owner=self)

    def _show_rows(self, rows: list) -> None:
        selected = self.selected_row()
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self._list_stack.setCurrentIndex(0 if rows else 1)
        if selected is not None:
            self.select_id(selected.id)
        self._update_buttons()

    def selected_row(self) -> ui_queries.SummaryListRow | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def select_id(self, summary_id: int) -> None:
        position = self.model.row_of_id(summary_id)
        if position >= 0:
            index = self.proxy.mapFromSource(self.model.index(position, 0))
            if index.isValid():
                self.view.selectRow(index.row())

    def _row_of(self, summary_id: int) -> ui_queries.SummaryListRow | None:
        position = self.model.row_of_id(summary_id)
        return self.model.row_at(position) if position >= 0 else None

    def _update_buttons(self) -> None:
        row = self.selected_row()
        attached = self.vault is not None
        self.new_button.setEnabled(attached)
        self.open_button.setEnabled(row is not None)
        self.review_button.setEnabled(row is not None and row.status is SummaryStatus.SUBMITTED)

    # -- editor ----------------------------------------------------------------------------
    def open_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_summary(row.id, row.subjects)

    def open_summary(self, summary_id: int, pseudonyms: tuple[str, ...] = ()) -> None:
        if self.vault is None:
            return
        self.editor.open(self.vault, self.runner, summary_id, pseudonyms)
        self.stack.setCurrentWidget(self.editor)

    def show_list(self) -> None:
        self.editor.close_summary()
        self.stack.setCurrentIndex(0)
        self.refresh()

    # -- new summary -------------------------------------------------------------------------
    def open_new_dialog(self) -> NewSummaryDialog | None:
        if self.vault is None:
            return None
        dialog = NewSummaryDialog(self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._start(dialog.choice()))
        dialog.finished.connect(lambda _: self._dialog_closed(dialog))
        vault = self.vault
        self.runner.run(lambda: load_choices(vault), dialog.set_choices, self._failed, owner=dialog)
        dialog.open()
        return dialog

    def _start(self, choice: tuple[str, int] | None) -> None:
        if choice is None or self.vault is None:
            return
        kind, target = choice
        vault = self.vault
        if kind == "interview":
            call = lambda: drafting.start_interview_summary(StartInterviewSummary(target), vault.uow())  # noqa: E731
        else:
            call = lambda: drafting.start_dossier_summary(StartDossierSummary(target), vault.uow())  # noqa: E731
        self.runner.run(call, self._started, lambda exc: self._failed(exc, t("Samenvatting starten")), owner=self)

    def _started(self, result: Any) -> None:
        self.refresh()
        self.runner.run(lambda: None, lambda _: self._open_started(result.summary.id), owner=self)

    def _open_started(self, summary_id: int) -> None:
        row = self._row_of(summary_id)
        self.open_summary(summary_id, row.subjects if row is not None else ())

    # -- review ---------------------------------------------------------------------------------
    def open_review(self, row: ui_queries.SummaryListRow | None) -> ReviewDialog | None:
        if row is None or self.vault is None:
            return None
        dialog = ReviewDialog(self.vault, self.runner, row, self)
        self.dialog = dialog
        dialog.decided.connect(lambda outcome: self._reviewed(row.id, getattr(outcome, "warnings", ())))
        dialog.finished.connect(lambda _: self._dialog_closed(dialog))
        dialog.open()
        return dialog

    def _reviewed(self, summary_id: int, warnings: tuple = ()) -> None:
        self.refresh()
        if warnings:  # approved, but the attributes single out a small group: say so
            MessageBox.information(self, t("Kleine groep"), warnings_text(warnings))
        if self.stack.currentWidget() is self.editor and self.editor.summary_id == summary_id:
            self.editor.open(self.vault, self.runner, summary_id, self.editor.draft.pseudonyms)

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _failed(self, exc: BaseException, action: str = "") -> None:
        MessageBox.warning(self, action or t("Samenvattingen"), failure_text(exc, action))
