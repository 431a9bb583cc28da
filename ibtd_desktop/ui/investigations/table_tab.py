"""A table with its buttons and an empty-state sentence: the building block of the dossier tabs."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from ibtd_desktop.ui.investigations.filter_proxy import SortingProxy
from ibtd_desktop.ui.investigations.list_widget import configure_table, empty_state
from ibtd_desktop.ui.table_model import ROW_ROLE, RowTableModel


class TableTab(QWidget):
    """``activated_row`` carries the row object of a double-clicked / Enter-ed line."""

    activated_row = Signal(object)
    selection_changed = Signal(object)  # the selected row object or None

    def __init__(self, model: RowTableModel, empty_text: str, *, stretch_column: int | None = None,
                 title: str = "", newest_first: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = SortingProxy(self)
        self.proxy.setSourceModel(model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        configure_table(self.view, stretch_column)
        # Column 0 is the number or the date: numbers read top-down, dated lists newest first.
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder if newest_first else Qt.SortOrder.AscendingOrder)
        self.empty = QLabel(empty_text)
        self.stack = empty_state(self.view, self.empty)
        self.buttons = QHBoxLayout()
        if title:
            heading = QLabel(title)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            self.buttons.addWidget(heading)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.buttons)
        layout.addWidget(self.stack, 1)
        self.view.doubleClicked.connect(self._activated)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit(self.selected()))
        model.modelReset.connect(self._update_empty)
        model.rowsInserted.connect(self._update_empty)
        self._update_empty()

    def add_button(self, caption: str, object_name: str, *, needs_selection: bool = False) -> QPushButton:
        button = QPushButton(caption)
        button.setObjectName(object_name)
        self.buttons.addWidget(button)
        if needs_selection:
            button.setEnabled(False)
            self.selection_changed.connect(lambda row: button.setEnabled(row is not None))
        return button

    def selected(self) -> object | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def select_id(self, row_id: int) -> None:
        source_row = self.model.row_of_id(row_id)
        if source_row >= 0:
            self.view.selectRow(self.proxy.mapFromSource(self.model.index(source_row, 0)).row())

    def set_rows(self, rows: list) -> None:
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            if self.view.columnWidth(column) > 360:
                self.view.setColumnWidth(column, 360)
        self.selection_changed.emit(None)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activated_row.emit(index.data(ROW_ROLE))

    def _update_empty(self, *_args: object) -> None:
        self.stack.setCurrentIndex(0 if self.model.rowCount() else 1)
