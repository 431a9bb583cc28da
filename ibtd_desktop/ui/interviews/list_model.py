"""The interview list model: ids up front, rows fetched lazily in pages on the TaskRunner.

With 10,000 interviews the model first loads only the ordered list of ids (one cheap query),
so ``rowCount`` is right at once and the scroll bar is honest. ``data()`` for a row that is not
cached yet returns a placeholder and asks for that row's page (``PAGE_SIZE`` rows) on the
database thread; when it arrives, ``dataChanged`` repaints it. Only the pages the view actually
shows are ever fetched. Filtering happens in the service (by dossier/date), not in a proxy,
because a proxy would have to see every row.

Rows are ``InterviewRow`` (pseudonyms only, no notes): nothing identifying can reach the view.
"""

from __future__ import annotations

import enum
from typing import Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from ibtd_desktop.domain.casework.interviews import InterviewFilter, InterviewRow
from ibtd_desktop.ui.interviews.labels import mode_name

PAGE_SIZE = 100
PLACEHOLDER = "…"

Index = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    DOSSIER = 0
    DATE = 1
    MODE = 2
    INTERVIEWEES = 3
    INTERVIEWERS = 4
    NOTES = 5


_HEADERS = {
    Column.DOSSIER: QT_TRANSLATE_NOOP("InterviewListModel", "Dossier"),
    Column.DATE: QT_TRANSLATE_NOOP("InterviewListModel", "Datum"),
    Column.MODE: QT_TRANSLATE_NOOP("InterviewListModel", "Vorm"),
    Column.INTERVIEWEES: QT_TRANSLATE_NOOP("InterviewListModel", "Gesprekspartners"),
    Column.INTERVIEWERS: QT_TRANSLATE_NOOP("InterviewListModel", "Interviewers"),
    Column.NOTES: QT_TRANSLATE_NOOP("InterviewListModel", "Aantekeningen"),
}

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


class InterviewListModel(QAbstractTableModel):
    """``run(fn, on_success, on_failure)`` submits database work (TaskRunner-bound by the page);
    ``fetch_ids(flt)`` / ``fetch_rows(ids)`` run on the database thread."""

    loaded = Signal(int)  # ids known: the row count
    page_loaded = Signal(int)  # page number
    failed = Signal(object)

    def __init__(
        self,
        run: Callable[..., Any],
        fetch_ids: Callable[[InterviewFilter], list[int]],
        fetch_rows: Callable[[list[int]], list[InterviewRow]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._run = run
        self._fetch_ids = fetch_ids
        self._fetch_rows = fetch_rows
        self._ids: list[int] = []
        self._rows: dict[int, InterviewRow] = {}
        self._requested: set[int] = set()
        self._generation = 0
        self.filter = InterviewFilter()
        self.pages_fetched = 0  # for tests and measurements

    # -- loading ----------------------------------------------------------------------------
    def load(self, flt: InterviewFilter | None = None) -> None:
        """(Re)load the ids for ``flt``; rows come later, page by page, as they are shown."""
        if flt is not None:
            self.filter = flt
        self._generation += 1
        generation, current = self._generation, self.filter
        self._run(lambda: self._fetch_ids(current), lambda ids: self._ids_arrived(generation, ids), self.failed.emit)

    def clear(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._ids, self._rows, self._requested = [], {}, set()
        self.endResetModel()

    def refresh_rows(self, interview_ids: list[int]) -> None:
        """Forget cached rows (e.g. after a save) so they are fetched again when shown."""
        for interview_id in interview_ids:
            self._rows.pop(interview_id, None)
        self._requested.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(Column) - 1))

    def _ids_arrived(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        # A reload follows saves and filter changes: drop every cached row (the visible page is
        # fetched again at once) rather than show a stale draft flag or attachment count.
        self._ids, self._requested, self._rows = list(ids), set(), {}
        self.endResetModel()
        self.loaded.emit(len(self._ids))

    def _request_page(self, page: int) -> None:
        if page in self._requested:
            return
        self._requested.add(page)
        ids = self._ids[page * PAGE_SIZE:(page + 1) * PAGE_SIZE]
        generation = self._generation
        self._run(lambda: self._fetch_rows(ids), lambda rows: self._page_arrived(generation, page, rows), self.failed.emit)

    def _page_arrived(self, generation: int, page: int, rows: list[InterviewRow]) -> None:
        if generation != self._generation:
            return
        self.pages_fetched += 1
        for row in rows:
            self._rows[row.id] = row
        first = page * PAGE_SIZE
        last = min(len(self._ids), first + PAGE_SIZE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(Column) - 1))
        self.page_loaded.emit(page)

    # -- lookups ----------------------------------------------------------------------------
    def interview_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, interview_id: int) -> int:
        try:
            return self._ids.index(interview_id)
        except ValueError:
            return -1

    def cached_row(self, row: int) -> InterviewRow | None:
        interview_id = self.interview_id(row)
        return None if interview_id is None else self._rows.get(interview_id)

    def cached_count(self) -> int:
        return len(self._rows)

    # -- Qt model API -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if 0 <= section < len(Column):
            return self.tr(_HEADERS[Column(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        interview_id = self._ids[index.row()]
        if role == ID_ROLE:
            return interview_id
        row = self._rows.get(interview_id)
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole:
                self._request_page(index.row() // PAGE_SIZE)
                return PLACEHOLDER if index.column() == 0 else ""
            return None
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, Column(index.column()))
        if role == Qt.ItemDataRole.ToolTipRole and row.has_draft:
            return self.tr("Er is een automatisch opgeslagen concept dat nog niet is opgeslagen.")
        return None

    def _display(self, row: InterviewRow, column: Column) -> str:
        if column is Column.DOSSIER:
            return row.investigation_reference
        if column is Column.DATE:
            return row.held_on.isoformat()
        if column is Column.MODE:
            return mode_name(row.mode)
        if column is Column.INTERVIEWEES:
            return ", ".join(row.interviewees)
        if column is Column.INTERVIEWERS:
            return ", ".join(row.interviewers)
        marks = []
        if row.has_draft:
            marks.append(self.tr("concept"))
        if row.attachment_count:
            marks.append(self.tr("%n bijlage(n)", "", row.attachment_count))
        chars = self.tr("%n tekens", "", row.notes_chars)
        return " · ".join([chars, *marks])
