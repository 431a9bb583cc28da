"""Search hits as a thin table model; the snippet column renders rich text (``HTML_ROLE``)."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ibtd_desktop.domain.casework.search import HitKind, SearchHit
from ibtd_desktop.ui.search.snippet import snippet_html, snippet_plain

Index = QModelIndex | QPersistentModelIndex
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2


class Column(enum.IntEnum):
    KIND = 0
    TITLE = 1
    SNIPPET = 2
    DATE = 3


_HEADERS = {
    Column.KIND: QT_TRANSLATE_NOOP("SearchResultModel", "Soort"),
    Column.TITLE: QT_TRANSLATE_NOOP("SearchResultModel", "Titel"),
    Column.SNIPPET: QT_TRANSLATE_NOOP("SearchResultModel", "Fragment"),
    Column.DATE: QT_TRANSLATE_NOOP("SearchResultModel", "Datum"),
}
_KINDS = {
    HitKind.INVESTIGATION: QT_TRANSLATE_NOOP("SearchResultModel", "Dossier"),
    HitKind.SIGNAL: QT_TRANSLATE_NOOP("SearchResultModel", "Signaal"),
    HitKind.INTERVIEW: QT_TRANSLATE_NOOP("SearchResultModel", "Gesprek"),
    HitKind.FIELD_VISIT: QT_TRANSLATE_NOOP("SearchResultModel", "Werkbezoek"),
}


def kind_name(kind: HitKind) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("SearchResultModel", _KINDS[kind])


class SearchResultModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def clear(self) -> None:
        self.set_hits([])

    def hit(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            return self.tr(_HEADERS[Column(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        column = Column(index.column())
        if role == HIT_ROLE:
            return hit
        if role == HTML_ROLE and column is Column.SNIPPET:
            return snippet_html(hit.snippet)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.SNIPPET:
            return snippet_plain(hit.snippet)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column is Column.KIND:
            return kind_name(hit.kind)
        if column is Column.TITLE:
            return hit.title
        if column is Column.SNIPPET:
            return snippet_plain(hit.snippet)
        return hit.on.isoformat() if hit.on else ""
