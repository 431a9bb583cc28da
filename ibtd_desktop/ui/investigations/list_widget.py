"""The dossier list: filters (status, theme, domain, lead inspector, text) over a sortable table."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ibtd_desktop.domain.casework.enums import Domain, InvestigationStatus
from ibtd_desktop.ui.investigations.calls import DossierList
from ibtd_desktop.ui.investigations.filter_proxy import InvestigationFilterProxy
from ibtd_desktop.ui.investigations.form_widgets import CodeCombo
from ibtd_desktop.ui.investigations.labels import text
from ibtd_desktop.ui.investigations.models import InvestigationTableModel
from ibtd_desktop.ui.table_model import ID_ROLE


def configure_table(view: QTableView, stretch_column: int | None = None) -> None:
    """The look every case-work table shares: whole rows, sortable, last/stretch column filling."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch_column is None)
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)


def empty_state(table: QTableView, message: QLabel) -> QStackedWidget:
    """The table, or a centred sentence when it has no rows."""
    message.setAlignment(Qt.AlignmentFlag.AlignCenter)
    message.setWordWrap(True)
    message.setObjectName("emptyState")
    message.setStyleSheet("color: palette(mid); padding: 24px;")
    stack = QStackedWidget()
    stack.addWidget(table)
    stack.addWidget(message)
    return stack


class DossierListWidget(QWidget):
    open_requested = Signal(int)
    new_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = InvestigationTableModel(self)
        self.proxy = InvestigationFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.text_filter = QLineEdit()
        self.text_filter.setObjectName("dossierTextFilter")
        self.text_filter.setPlaceholderText(text("Zoek op kenmerk, titel of projectleider…"))
        self.text_filter.setClearButtonEnabled(True)
        self.status_filter = CodeCombo(InvestigationStatus, empty=text("Alle statussen"))
        self.theme_filter = CodeCombo(empty=text("Alle thema's"))
        self.domain_filter = CodeCombo(Domain, empty=text("Alle domeinen"))
        self.lead_filter = CodeCombo(empty=text("Alle projectleiders"))
        self.new_button = QPushButton(text("Nieuw dossier…"))
        self.new_button.setObjectName("newDossierButton")
        self.count_label = QLabel()
        self.view = QTableView()
        self.view.setObjectName("dossierTable")
        self.view.setModel(self.proxy)
        configure_table(self.view, stretch_column=InvestigationTableModel.Column.TITLE)
        self.empty = QLabel()
        self.stack = empty_state(self.view, self.empty)

        title = QLabel(text("Dossiers"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.count_label)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.text_filter, 2)
        for combo in (self.status_filter, self.theme_filter, self.domain_filter, self.lead_filter):
            combo.setSizeAdjustPolicy(CodeCombo.SizeAdjustPolicy.AdjustToContents)
            combo.setMaximumWidth(230)
            filters.addWidget(combo)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)

        self.text_filter.textChanged.connect(self.apply_filters)
        for combo in (self.status_filter, self.theme_filter, self.domain_filter, self.lead_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.new_button.clicked.connect(self.new_requested)
        self.view.doubleClicked.connect(self._open_index)
        self.view.activated.connect(self._open_index)
        self.update_empty_state()

    def set_data(self, data: DossierList) -> None:
        self.model.set_theme_labels({t.code: t.label for t in data.themes})
        self.model.set_rows(data.rows)
        self.theme_filter.set_items([(t.code, t.label) for t in data.themes if not t.archived])
        leads = sorted({r.lead_inspector for r in data.rows if r.lead_inspector}, key=str.casefold)
        self.lead_filter.set_items([(lead, lead) for lead in leads])
        if not self.view.horizontalHeader().sortIndicatorSection() > 0:
            self.view.sortByColumn(InvestigationTableModel.Column.REFERENCE, Qt.SortOrder.DescendingOrder)
        self._fit_columns()
        self.update_empty_state()

    def clear(self) -> None:
        self.model.clear()
        self.model.set_theme_labels({})
        self.theme_filter.set_items([])
        self.lead_filter.set_items([])
        self.text_filter.clear()
        self.update_empty_state()

    def apply_filters(self) -> None:
        self.proxy.set_filters(text=self.text_filter.text(), status=self.status_filter.value(),
                               theme=self.theme_filter.value(), domain=self.domain_filter.value(),
                               lead=self.lead_filter.value())
        self.update_empty_state()

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(index.data(ID_ROLE))

    def _fit_columns(self) -> None:
        self.view.resizeColumnsToContents()
        column = InvestigationTableModel.Column
        for col, cap in ((column.THEMES, 260), (column.TITLE, 420), (column.LEAD, 180)):
            if self.view.columnWidth(col) > cap:
                self.view.setColumnWidth(col, cap)

    def update_empty_state(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if total == 0:
            self.empty.setText(text("Nog geen dossiers. Maak er een aan met ‘Nieuw dossier…’."))
        else:
            self.empty.setText(text("Geen dossiers die aan de filters voldoen."))
        self.stack.setCurrentIndex(0 if shown else 1)
        self.count_label.setText(text("%1 van %2 dossiers").replace("%1", str(shown)).replace("%2", str(total))
                                 if total else "")
