"""Attachments of the open interview: metadata rows only (bytes are loaded on demand)."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ibtd_desktop.domain.casework.enums import AttachmentKind
from ibtd_desktop.domain.casework.interviews import AttachmentRow

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(enum.IntEnum):
    NAME = 0
    KIND = 1
    SIZE = 2


_HEADERS = {
    Column.NAME: QT_TRANSLATE_NOOP("AttachmentListModel", "Bestand"),
    Column.KIND: QT_TRANSLATE_NOOP("AttachmentListModel", "Soort"),
    Column.SIZE: QT_TRANSLATE_NOOP("AttachmentListModel", "Grootte"),
}
_KINDS = {
    AttachmentKind.PHOTO: QT_TRANSLATE_NOOP("AttachmentListModel", "Foto"),
    AttachmentKind.DOCUMENT: QT_TRANSLATE_NOOP("AttachmentListModel", "Document"),
    AttachmentKind.AUDIO: QT_TRANSLATE_NOOP("AttachmentListModel", "Geluid"),
}


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} kB"
    return f"{size / (1024 * 1024):.1f} MB"


class AttachmentListModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AttachmentRow] = []

    def set_rows(self, rows: list[AttachmentRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def attachment(self, row: int) -> AttachmentRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            return self.tr(_HEADERS[Column(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = Column(index.column())
        if column is Column.NAME:
            return row.filename
        if column is Column.KIND:
            return self.tr(_KINDS[row.kind])
        return human_size(row.size)
