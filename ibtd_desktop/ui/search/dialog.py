"""The search window: type, wait a moment, see matches with the matched words in bold.

The query runs on the TaskRunner ``DEBOUNCE_MS`` after typing stops (``debounce`` is a public
QTimer so tests fire it); a result for an older query is dropped. Filters: dossier, period,
interviewee role. Activating a hit emits ``hit_activated``; interview hits also
``interview_requested(id)`` so the shell opens the editor; dossier hits (and signals or field
visits that belong to a dossier) ``dossier_requested(id)``.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QDate, QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QTableView, QVBoxLayout, QWidget,
)

from ibtd_desktop.domain.casework.enums import IntervieweeRole
from ibtd_desktop.domain.casework.investigations import InvestigationRow
from ibtd_desktop.domain.casework.search import HitKind, SearchHit, SearchQuery
from ibtd_desktop.domain.errors import IbtdError
from ibtd_desktop.ui.i18n import localise_message
from ibtd_desktop.ui.interviews.labels import role_name
from ibtd_desktop.ui.interviews.list_widget import to_date
from ibtd_desktop.ui.search.delegate import RichTextDelegate
from ibtd_desktop.ui.search.model import HIT_ROLE, Column, SearchResultModel

DEBOUNCE_MS = 300
LIMIT = 100


class SearchDialog(QDialog):
    hit_activated = Signal(object)  # SearchHit
    interview_requested = Signal(int)
    dossier_requested = Signal(int)  # dossier hits, and signals/field visits of a dossier
    results_shown = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchDialog")
        self.query = QLineEdit()
        self.query.setObjectName("searchQuery")
        self.query.setClearButtonEnabled(True)
        self.dossier = QComboBox()
        self.role = QComboBox()
        self.role.addItem("", None)
        for role in IntervieweeRole:
            self.role.addItem("", role.value)  # Qt would turn the str-enum into a str
        self.use_from, self.date_from = QCheckBox(), QDateEdit(calendarPopup=True)
        self.use_to, self.date_to = QCheckBox(), QDateEdit(calendarPopup=True)
        for check, edit in ((self.use_from, self.date_from), (self.use_to, self.date_to)):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate.currentDate())
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
        self.model = SearchResultModel(self)
        self.table = QTableView()
        self.table.setObjectName("searchResults")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(Column.SNIPPET, RichTextDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.SNIPPET, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(Column.KIND, 90)
        header.resizeSection(Column.TITLE, 280)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.dossier_label, self.role_label = QLabel(), QLabel()
        filters = QHBoxLayout()
        for widget in (self.dossier_label, self.dossier, self.role_label, self.role,
                       self.use_from, self.date_from, self.use_to, self.date_to):
            filters.addWidget(widget)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.resize(980, 560)

        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.run_query)
        self.query.textChanged.connect(self.debounce.start)
        for signal in (self.dossier.currentIndexChanged, self.role.currentIndexChanged, self.use_from.toggled,
                       self.use_to.toggled, self.date_from.dateChanged, self.date_to.dateChanged):
            signal.connect(self.debounce.start)
        self.query.returnPressed.connect(self.run_query)
        self.table.activated.connect(self._activated)
        self._run: Callable[..., Any] | None = None
        self._search: Callable[[SearchQuery], list[SearchHit]] | None = None
        self._generation = 0
        self.set_dossiers([])
        self.retranslate()
        self._built = True  # from now on LanguageChange retranslates

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Zoeken"))
        self.query.setPlaceholderText(self.tr("Zoek in aantekeningen, signalen en dossiers…"))
        self.role.setItemText(0, self.tr("Alle rollen"))
        for i in range(1, self.role.count()):
            self.role.setItemText(i, role_name(IntervieweeRole(self.role.itemData(i))))
        self.use_from.setText(self.tr("Vanaf"))
        self.use_to.setText(self.tr("t/m"))
        self.dossier_label.setText(self.tr("Dossier"))
        self.role_label.setText(self.tr("Rol"))
        self.dossier.setItemText(0, self.tr("Alle dossiers"))
        columns = self.model.columnCount()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_built", False):
            self.retranslate()
        super().changeEvent(event)

    def bind(self, run: Callable[..., Any], search: Callable[[SearchQuery], list[SearchHit]]) -> None:
        """``search`` runs on the database thread (through ``run``)."""
        self._run, self._search = run, search

    def unbind(self) -> None:
        """Lock: forget the vault, the query and every result."""
        self._run = self._search = None
        self._generation += 1
        self.debounce.stop()
        self.query.clear()
        self.model.clear()
        self.status.clear()
        self.set_dossiers([])

    def set_dossiers(self, dossiers: list[InvestigationRow]) -> None:
        current = self.dossier.currentData()
        self.dossier.blockSignals(True)
        self.dossier.clear()
        self.dossier.addItem(self.tr("Alle dossiers"), None)
        for row in dossiers:
            self.dossier.addItem(row.reference, row.id)
        self.dossier.setCurrentIndex(max(0, self.dossier.findData(current)))
        self.dossier.blockSignals(False)

    def current_query(self) -> SearchQuery:
        return SearchQuery(
            text=self.query.text().strip(), investigation_id=self.dossier.currentData(),
            date_from=to_date(self.date_from.date()) if self.use_from.isChecked() else None,
            date_to=to_date(self.date_to.date()) if self.use_to.isChecked() else None,
            role=IntervieweeRole(self.role.currentData()) if self.role.currentData() else None, limit=LIMIT,
        )

    def run_query(self) -> None:
        self.debounce.stop()
        self._generation += 1
        query, generation, search = self.current_query(), self._generation, self._search
        if not query.text or self._run is None or search is None:
            self.model.clear()
            self.status.clear()
            return
        self.status.setText(self.tr("Zoeken…"))
        self._run(lambda: search(query), lambda hits: self._show(generation, hits),
                  lambda exc: self._failed(generation, exc))

    def _show(self, generation: int, hits: list[SearchHit]) -> None:
        if generation != self._generation:
            return
        self.model.set_hits(hits)
        self.table.resizeRowsToContents()
        if not hits:
            self.status.setText(self.tr("Niets gevonden."))
        elif len(hits) >= LIMIT:
            self.status.setText(self.tr("De eerste %1 treffers; maak de zoekvraag specifieker.").replace("%1", str(LIMIT)))
        else:
            self.status.setText(self.tr("%n treffer(s)", "", len(hits)))
        self.results_shown.emit(len(hits))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        detail = localise_message(str(exc)) if isinstance(exc, IbtdError) and str(exc) else type(exc).__name__
        self.status.setText(self.tr("Zoeken mislukt: %1").replace("%1", detail))

    def _activated(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is None:
            return
        self.hit_activated.emit(hit)
        if hit.kind is HitKind.INTERVIEW:
            self.interview_requested.emit(hit.record_id)
        elif hit.kind is HitKind.INVESTIGATION:
            self.dossier_requested.emit(hit.record_id)
        elif hit.investigation_id is not None:
            self.dossier_requested.emit(hit.investigation_id)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        # Enter in the results opens the hit instead of closing the dialog.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            self._activated(self.table.currentIndex())
            return
        super().keyPressEvent(event)
