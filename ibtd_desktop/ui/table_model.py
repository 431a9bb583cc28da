"""The one thin table model of the GUI: frozen row objects in, cells out.

A subclass declares a ``Column`` IntEnum, ``HEADERS`` (Dutch, translated at display time) and
``display(row, column)``; optionally ``sort_key`` and ``tooltip``. Rows are replaced wholesale
(``set_rows``) or one at a time (``replace_row``) after a service reports a change.
"""

from __future__ import annotations

import enum
from typing import Any, ClassVar, Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the frozen row object
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # row.id
SORT_ROLE = Qt.ItemDataRole.UserRole + 3  # a comparable str/int for the proxy

Index = QModelIndex | QPersistentModelIndex


class RowTableModel(QAbstractTableModel):
    Column: ClassVar[type[enum.IntEnum]]
    HEADERS: ClassVar[dict[Any, str]]
    HEADER_CONTEXT: ClassVar[str] = "CaseworkColumns"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    # -- what subclasses fill in ------------------------------------------------------------
    def display(self, row: Any, column: enum.IntEnum) -> str:
        raise NotImplementedError

    def sort_key(self, row: Any, column: enum.IntEnum) -> Any:
        return self.display(row, column).casefold()

    def tooltip(self, row: Any, column: enum.IntEnum) -> str | None:
        return None

    def extra_data(self, row: Any, column: enum.IntEnum, role: int) -> Any:
        """Data for a model's own roles (e.g. rich text); None for the rest."""
        return None

    # -- Qt model API -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return self.sort_key(row, column)
        return self.extra_data(row, column, role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.Column):
            return None
        return QCoreApplication.translate(self.HEADER_CONTEXT, self.HEADERS[self.Column(section)])

    # -- rows -------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_or_none(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_id(self, row_id: int) -> int:
        """The model row holding ``row_id``, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == row_id), -1)

    def replace_row(self, new_row: Any) -> None:
        """Put a changed row in place (or append a new one) without resetting the view."""
        position = self.row_of_id(new_row.id)
        if position < 0:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
            self._rows.append(new_row)
            self.endInsertRows()
            return
        self._rows[position] = new_row
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(self.Column) - 1))
