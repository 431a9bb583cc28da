"""Choose the dossier a signal belongs to: the dossier list with a text filter."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QTableView, QVBoxLayout, QWidget

from ibtd_desktop.domain.casework.investigations import InvestigationRow
from ibtd_desktop.ui.investigations.filter_proxy import InvestigationFilterProxy
from ibtd_desktop.ui.investigations.labels import text
from ibtd_desktop.ui.investigations.list_widget import configure_table
from ibtd_desktop.ui.investigations.models import InvestigationTableModel
from ibtd_desktop.ui.table_model import ID_ROLE


class DossierPickerDialog(QDialog):
    def __init__(self, rows: list[InvestigationRow], theme_labels: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dossierPicker")
        self.setWindowTitle(text("Koppelen aan dossier"))
        self.model = InvestigationTableModel(self)
        self.model.set_theme_labels(theme_labels)
        self.model.set_rows(rows)
        self.proxy = InvestigationFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(text("Zoek op kenmerk, titel of projectleider…"))
        self.view = QTableView()
        self.view.setModel(self.proxy)
        configure_table(self.view, stretch_column=InvestigationTableModel.Column.TITLE)
        self.view.resizeColumnsToContents()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(text("Koppelen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(text("Annuleren"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 420)
        self.filter.textChanged.connect(lambda value: self.proxy.set_filters(text=value))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.view.doubleClicked.connect(lambda _index: self.accept())
        self.view.selectionModel().selectionChanged.connect(self._update_ok)
        self._update_ok()

    def chosen_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def choose(self, investigation_id: int) -> None:
        source_row = self.model.row_of_id(investigation_id)
        if source_row >= 0:
            self.view.selectRow(self.proxy.mapFromSource(self.model.index(source_row, 0)).row())

    def accept(self) -> None:
        if self.chosen_id() is not None:
            super().accept()

    def _update_ok(self, *_args: object) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.chosen_id() is not None)
