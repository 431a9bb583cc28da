"""The Uitgaand section page (``ui.navigation.Page``): what may leave the device, and its export.

Only approved content is listed; the export service checks everything again (approval bound to
the content hash, residual scan, consent) and refuses otherwise — its reasons are shown as they
are. The export runs on the TaskRunner with progress; the file name comes from a seam.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ibtd_desktop.domain.summaries import SummaryKind
from ibtd_desktop.services.summaries import export, ui_queries
from ibtd_desktop.services.summaries.commands import ExportDossier, ExportSummary
from ibtd_desktop.ui.investigations.list_widget import configure_table, empty_state
from ibtd_desktop.ui.table_model import ROW_ROLE
from ibtd_desktop.ui.messages import MessageBox
from ibtd_desktop.ui.outgoing.file_picker import SaveFilePicker
from ibtd_desktop.ui.outgoing.models import OutgoingTableModel, t
from ibtd_desktop.ui.summaries.labels import failure_text
from ibtd_desktop.ui.summaries.retranslate import retranslate_tree

if TYPE_CHECKING:
    from ibtd_desktop.ui.tasks import ProgressReporter, TaskRunner


def run_export(vault: Any, row: ui_queries.SummaryListRow, fmt: str, path: Any, reporter: "ProgressReporter") -> tuple:
    """Worker thread: checks, renders and writes one export; returns (result, export id).

    The service has no finer progress than 'started' and 'done': the bar is indeterminate until
    the first report arrives."""
    reporter.report(0, 1, t("Controleren en opmaken…"))
    paths = {"pdf_path": path} if fmt == "pdf" else {"json_path": path}
    if row.kind is SummaryKind.DOSSIER:
        result = export.export_dossier(ExportDossier(row.investigation_id, **paths), vault.uow())
    else:
        result = export.export_summary(ExportSummary(row.id, **paths), vault.uow())
    reporter.report(1, 1, "")
    return result, result.export_id


class OutgoingPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outgoingPage")
        self.vault: Any = None
        self.runner: "TaskRunner | None" = None
        self.model = OutgoingTableModel(self)
        title = QLabel(t("Uitgaand"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(t("Alleen geanonimiseerde, door een tweede persoon goedgekeurde inhoud mag het apparaat "
                         "verlaten. Bij het exporteren worden alle controles opnieuw uitgevoerd."))
        intro.setWordWrap(True)
        self.view = QTableView()
        self.view.setObjectName("outgoingTable")
        self.view.setModel(self.model)
        configure_table(self.view, stretch_column=OutgoingTableModel.Column.TITLE)
        self.view.setSortingEnabled(False)
        self.empty = QLabel(t("Er is nog niets goedgekeurd om te exporteren."))
        self._stack = empty_state(self.view, self.empty)
        self.pdf_button = QPushButton(t("Exporteer PDF…"))
        self.pdf_button.setObjectName("exportPdf")
        self.json_button = QPushButton(t("Exporteer JSON…"))
        self.json_button.setObjectName("exportJson")
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.result = QLabel()
        self.result.setObjectName("exportResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # copy the path
        self.result.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.json_button)
        buttons.addWidget(self.progress)
        buttons.addStretch(1)
        self.progress.setMinimumWidth(320)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(intro)
        layout.addWidget(self._stack, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        self.pdf_button.clicked.connect(lambda: self.export_selected("pdf"))
        self.json_button.clicked.connect(lambda: self.export_selected("json"))
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._busy = False
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_tree(self)
        super().changeEvent(event)

    # -- Page protocol -----------------------------------------------------------------------
    def attach(self, vault: Any, runner: "TaskRunner") -> None:
        if self.runner is not None:  # attached twice without a detach: one connection only
            self.runner.progress.disconnect(self._progressed)
        self.vault, self.runner = vault, runner
        runner.progress.connect(self._progressed)
        self.refresh()

    def detach(self) -> None:
        if self.runner is not None:
            self.runner.progress.disconnect(self._progressed)
        self.model.clear()
        self.result.clear()
        self.progress.setVisible(False)
        self._busy = False
        self.vault = self.runner = None
        self._update_buttons()

    def save_pending(self) -> None:  # nothing is edited here
        pass

    def models(self) -> list:
        return [self.model]

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override: approvals happen elsewhere
        super().showEvent(event)
        self.refresh()

    # -- list ------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.vault is None:
            return
        vault = self.vault
        self.runner.run(lambda: ui_queries.outgoing_rows(vault.uow()), self._show_rows, self._failed, owner=self)

    def _show_rows(self, rows: list) -> None:
        selected = self.selected_row()
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self._stack.setCurrentIndex(0 if rows else 1)
        if selected is not None and (position := self.model.row_of_id(selected.id)) >= 0:
            self.view.selectRow(position)
        self._update_buttons()

    def selected_row(self) -> ui_queries.SummaryListRow | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def select_id(self, summary_id: int) -> None:
        position = self.model.row_of_id(summary_id)
        if position >= 0:
            self.view.selectRow(position)

    def _update_buttons(self) -> None:
        enabled = self.selected_row() is not None and not self._busy and self.vault is not None
        self.pdf_button.setEnabled(enabled)
        self.json_button.setEnabled(enabled)

    # -- export -----------------------------------------------------------------------------
    def export_selected(self, fmt: str) -> None:
        row = self.selected_row()
        if row is None or self.vault is None or self._busy:
            return
        # The suggested name carries no title or pseudonym: only the reference and the kind.
        suggested = f"{row.reference}-{'dossier' if row.kind is SummaryKind.DOSSIER else f'samenvatting-{row.id}'}.{fmt}"
        file_filter = t("PDF-bestanden (*.pdf)") if fmt == "pdf" else t("JSON-bestanden (*.json)")
        path = SaveFilePicker.get_path(self, t("Exporteren"), suggested, file_filter)
        if path is None:
            return
        self._busy = True
        self.result.clear()
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self._update_buttons()
        vault = self.vault
        self.runner.run(lambda reporter: run_export(vault, row, fmt, path, reporter), self._exported,
                        lambda exc: self._failed(exc, t("Exporteren")), owner=self, database=True,
                        with_progress=True, label=t("Exporteren…"))

    def _progressed(self, done: int, total: int, text: str) -> None:
        if self._busy and total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.progress.setFormat(text or "%p%")

    def _exported(self, outcome: tuple) -> None:
        result, export_id = outcome
        self._done()
        path = result.pdf_path or result.json_path
        message = t("Geëxporteerd. Export-id: %1\nBestand: %2").replace("%1", export_id or "—").replace("%2", str(path))
        self.result.setText(message)
        self.result.setStyleSheet("color: #1b5e20;")
        MessageBox.information(self, t("Exporteren"), message)

    def _failed(self, exc: BaseException, action: str = "") -> None:
        self._done()
        message = failure_text(exc, action or t("Uitgaand"))
        self.result.setText(message)
        self.result.setStyleSheet("color: #b00020;")
        MessageBox.warning(self, action or t("Uitgaand"), message)

    def _done(self) -> None:
        self._busy = False
        self.progress.setVisible(False)
        self._update_buttons()
