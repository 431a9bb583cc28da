"""Thin table models of the summaries section over frozen service rows (see
``ui.table_model.RowTableModel``), and the status filter proxy."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from ibtd_desktop.domain.summaries import SummaryStatus
from ibtd_desktop.services.summaries.drafting import DetectionItem
from ibtd_desktop.services.summaries.safeguards import ResidualHit
from ibtd_desktop.services.summaries.ui_queries import HistoryRow, SummaryListRow
from ibtd_desktop.ui.investigations.labels import fmt_date, sort_date
from ibtd_desktop.ui.table_model import ROW_ROLE, SORT_ROLE, RowTableModel
from ibtd_desktop.ui.summaries.highlight import label_colour, label_text
from ibtd_desktop.ui.summaries.labels import hit_advice, kind_text, role_text, status_text, t

Index = QModelIndex | QPersistentModelIndex


class SummaryTableModel(RowTableModel):
    HEADER_CONTEXT = "Summaries"

    class Column(enum.IntEnum):
        KIND = 0
        REFERENCE = 1
        SUBJECT = 2
        TITLE = 3
        VERSION = 4
        STATUS = 5
        AUTHOR = 6
        UPDATED = 7

    HEADERS = {
        Column.KIND: "Soort", Column.REFERENCE: "Dossier", Column.SUBJECT: "Pseudoniem",
        Column.TITLE: "Titel", Column.VERSION: "Versie", Column.STATUS: "Status",
        Column.AUTHOR: "Auteur (rol)", Column.UPDATED: "Laatst gewijzigd",
    }

    def display(self, row: SummaryListRow, column: enum.IntEnum) -> str:
        C = self.Column
        return {
            C.KIND: lambda: kind_text(row.kind),
            C.REFERENCE: lambda: row.reference,
            C.SUBJECT: lambda: ", ".join(row.subjects) or "—",
            C.TITLE: lambda: row.title,
            C.VERSION: lambda: str(row.version),
            C.STATUS: lambda: status_text(row.status),
            C.AUTHOR: lambda: role_text(row.author_role),
            C.UPDATED: lambda: fmt_date(row.updated_at),
        }[C(column)]()

    def sort_key(self, row: SummaryListRow, column: enum.IntEnum) -> Any:
        if column == self.Column.VERSION:
            return row.version
        if column == self.Column.UPDATED:
            return sort_date(row.updated_at)
        return super().sort_key(row, column)


class SummaryStatusProxy(QSortFilterProxyModel):
    """Filters on one status (``None``: all); sorts on the model's sort keys."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status: SummaryStatus | None = None
        self.setSortRole(SORT_ROLE)

    def set_status(self, status: SummaryStatus | None) -> None:
        self.beginFilterChange()
        self.status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if self.status is None:
            return True
        row = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        return row is not None and row.status is self.status


DECISION_TEXTS = {"accepted": "geaccepteerd", "undone": "ongedaan gemaakt", "extra": "extra gemarkeerd"}


class DetectionTableModel(RowTableModel):
    """The detections on the original notes with the inspector's decision on each."""

    HEADER_CONTEXT = "Summaries"

    class Column(enum.IntEnum):
        LABEL = 0
        POSITION = 1
        RULE = 2
        DECISION = 3

    HEADERS = {Column.LABEL: "Soort gegeven", Column.POSITION: "Positie", Column.RULE: "Regel",
               Column.DECISION: "Besluit"}

    def display(self, row: DetectionItem, column: enum.IntEnum) -> str:
        C = self.Column
        if column == C.LABEL:
            return label_text(row.label)
        if column == C.POSITION:
            return f"{row.start}–{row.end}"
        if column == C.RULE:
            return f"{row.source} ({row.confidence:.0%})"
        decision = t(DECISION_TEXTS[row.decision.value]) if row.decision else t("open")
        return decision + (f": {row.reason}" if row.reason else "")

    def sort_key(self, row: DetectionItem, column: enum.IntEnum) -> Any:
        return row.start if column == self.Column.POSITION else super().sort_key(row, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and index.isValid() and index.column() == self.Column.LABEL:
            return QColor(label_colour(self.row_at(index.row()).label))
        return super().data(index, role)


class ResidualHitModel(RowTableModel):
    """Open hits of the residual scan on the draft. Hard hits (identity values) are marked."""

    HEADER_CONTEXT = "Summaries"

    class Column(enum.IntEnum):
        LABEL = 0
        POSITION = 1
        STATE = 2
        WHY = 3

    HEADERS = {Column.LABEL: "Soort gegeven", Column.POSITION: "Positie", Column.STATE: "Status",
               Column.WHY: "Wat te doen"}

    def display(self, row: ResidualHit, column: enum.IntEnum) -> str:
        C = self.Column
        if column == C.LABEL:
            return t("identiteit van gesprekspartner") if row.hard else label_text(row.label)
        if column == C.POSITION:
            return f"{row.start}–{row.end}"
        if column == C.STATE:
            if row.hard:
                return t("blokkeert (kan niet worden vrijgegeven)")
            return t("vrijgegeven") if row.cleared else t("blokkeert")
        return hit_advice(row)

    def sort_key(self, row: ResidualHit, column: enum.IntEnum) -> Any:
        return row.start if column == self.Column.POSITION else super().sort_key(row, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            row = self.row_at(index.row())
            if row.hard:
                return QBrush(QColor("#b00020"))
        return super().data(index, role)


EVENT_TEXTS = {"created": "versie geschreven", "submitted": "ingediend ter beoordeling",
               "approved": "goedgekeurd", "returned": "teruggestuurd", "accepted": "detectie geaccepteerd",
               "undone": "anonimisering ongedaan gemaakt", "extra": "extra tekst gemarkeerd",
               "cleared": "treffer vrijgegeven"}


class HistoryModel(RowTableModel):
    HEADER_CONTEXT = "Summaries"

    class Column(enum.IntEnum):
        WHEN = 0
        VERSION = 1
        EVENT = 2
        WHO = 3
        COMMENTS = 4

    HEADERS = {Column.WHEN: "Wanneer", Column.VERSION: "Versie", Column.EVENT: "Gebeurtenis",
               Column.WHO: "Door", Column.COMMENTS: "Opmerkingen"}

    def display(self, row: HistoryRow, column: enum.IntEnum) -> str:
        C = self.Column
        return {
            C.WHEN: lambda: fmt_date(row.when) if row.when is not None else "—",
            C.VERSION: lambda: str(row.version),
            C.EVENT: lambda: t(EVENT_TEXTS.get(row.event, row.event)) + (f" ({label_text(row.label)})" if row.label else ""),
            C.WHO: lambda: row.who,
            C.COMMENTS: lambda: row.comments,
        }[C(column)]()
