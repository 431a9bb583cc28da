"""Attachments of the open interview: metadata rows only (bytes are loaded on demand)."""

from __future__ import annotations

import enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ibtd_desktop.domain.casework.enums import AttachmentKind
from ibtd_desktop.domain.casework.interviews import AttachmentRow
from ibtd_desktop.ui.formats import human_size
from ibtd_desktop.ui.table_model import ROW_ROLE, RowTableModel

__all__ = ["ROW_ROLE", "AttachmentListModel"]


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


class AttachmentListModel(RowTableModel):
    Column = Column
    HEADERS = _HEADERS
    HEADER_CONTEXT = "AttachmentListModel"

    def attachment(self, row: int) -> AttachmentRow | None:
        return self.row_or_none(row)

    def display(self, row: AttachmentRow, column: enum.IntEnum) -> str:
        if column is Column.NAME:
            return row.filename
        if column is Column.KIND:
            return QCoreApplication.translate("AttachmentListModel", _KINDS[row.kind])
        return human_size(row.size)

    def sort_key(self, row: AttachmentRow, column: enum.IntEnum) -> object:
        return row.size if column is Column.SIZE else self.display(row, column).casefold()
