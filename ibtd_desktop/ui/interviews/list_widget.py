"""The interview list: filters (dossier, period) over a lazily paged table."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ibtd_desktop.domain.casework.interviews import InterviewFilter
from ibtd_desktop.domain.casework.investigations import InvestigationRow
from ibtd_desktop.ui.interviews.list_model import ID_ROLE, Column, InterviewListModel


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


class InterviewListWidget(QWidget):
    open_requested = Signal(int)
    new_requested = Signal()
    filter_changed = Signal(object)  # InterviewFilter

    def __init__(self, model: InterviewListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.dossier = QComboBox()
        self.dossier.setObjectName("dossierFilter")
        self.use_from = QCheckBox()
        self.date_from = QDateEdit(calendarPopup=True)
        self.use_to = QCheckBox()
        self.date_to = QDateEdit(calendarPopup=True)
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate.currentDate())
            edit.setEnabled(False)
        self.new_button = QPushButton()
        self.new_button.setObjectName("newInterview")
        self.new_button.setShortcut("Ctrl+N")
        self.dossier_label = QLabel()
        self._count: int | None = None
        self.count_label = QLabel()
        self.table = QTableView()
        self.table.setObjectName("interviewTable")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # Fixed row heights: the view never asks every row for its size (10,000 rows stay fast).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((Column.DOSSIER, 130), (Column.DATE, 95), (Column.MODE, 95),
                              (Column.INTERVIEWEES, 260), (Column.INTERVIEWERS, 200)):
            header.resizeSection(column, width)

        filters = QHBoxLayout()
        filters.addWidget(self.dossier_label)
        filters.addWidget(self.dossier, 1)
        filters.addWidget(self.use_from)
        filters.addWidget(self.date_from)
        filters.addWidget(self.use_to)
        filters.addWidget(self.date_to)
        filters.addStretch(1)
        filters.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.set_dossiers([])
        self.retranslate()
        self._built = True  # from now on LanguageChange retranslates

        self.dossier.currentIndexChanged.connect(self._emit_filter)
        for check, edit in ((self.use_from, self.date_from), (self.use_to, self.date_to)):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._emit_filter)
            edit.dateChanged.connect(self._emit_filter)
        self.table.activated.connect(self._activated)
        self.new_button.clicked.connect(self.new_requested)
        model.loaded.connect(self._show_count)

    def retranslate(self) -> None:
        self.use_from.setText(self.tr("Vanaf"))
        self.use_to.setText(self.tr("t/m"))
        self.new_button.setText(self.tr("Nieuw gesprek"))
        self.new_button.setToolTip(self.tr("Een nieuw gesprek vastleggen (Ctrl+N)"))
        self.dossier_label.setText(self.tr("Dossier"))
        if self.dossier.count():
            self.dossier.setItemText(0, self.tr("Alle dossiers"))
        if self._count is not None:
            self._show_count(self._count)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_built", False):
            self.retranslate()
        super().changeEvent(event)

    def set_dossiers(self, dossiers: list[InvestigationRow]) -> None:
        self.dossier.blockSignals(True)
        self.dossier.clear()
        self.dossier.addItem(self.tr("Alle dossiers"), None)
        for row in dossiers:
            self.dossier.addItem(f"{row.reference} · {row.title}", row.id)
        self.dossier.blockSignals(False)

    def set_dossiers_keeping_choice(self, dossiers: list[InvestigationRow]) -> None:
        current = self.dossier.currentData()
        self.set_dossiers(dossiers)
        index = self.dossier.findData(current) if current is not None else 0
        if index < 0:  # the chosen dossier is gone: show all (and reload)
            self.dossier.setCurrentIndex(0)
        else:
            self.dossier.blockSignals(True)
            self.dossier.setCurrentIndex(index)
            self.dossier.blockSignals(False)

    def current_filter(self) -> InterviewFilter:
        return InterviewFilter(
            investigation_id=self.dossier.currentData(),
            held_from=to_date(self.date_from.date()) if self.use_from.isChecked() else None,
            held_to=to_date(self.date_to.date()) if self.use_to.isChecked() else None,
        )

    def clear(self) -> None:
        self.set_dossiers([])
        self._count = None
        self.count_label.clear()

    def _emit_filter(self, *_args: object) -> None:
        self.filter_changed.emit(self.current_filter())

    def _show_count(self, count: int) -> None:
        self._count = count
        self.count_label.setText(self.tr("%n gesprek(ken)", "", count))

    def _activated(self, index: QModelIndex) -> None:
        interview_id = index.data(ID_ROLE)
        if interview_id is not None:
            self.open_requested.emit(int(interview_id))
