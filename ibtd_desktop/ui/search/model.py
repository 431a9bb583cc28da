"""Search hits as a thin table model; the snippet column renders rich text (``HTML_ROLE``)."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from ibtd_desktop.domain.casework.search import HitKind, SearchHit
from ibtd_desktop.ui.search.snippet import snippet_html, snippet_plain
from ibtd_desktop.ui.table_model import ROW_ROLE, RowTableModel

HIT_ROLE = ROW_ROLE
HTML_ROLE = Qt.ItemDataRole.UserRole + 10


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


class SearchResultModel(RowTableModel):
    Column = Column
    HEADERS = _HEADERS
    HEADER_CONTEXT = "SearchResultModel"

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.set_rows(hits)

    def hit(self, row: int) -> SearchHit | None:
        return self.row_or_none(row)

    def display(self, hit: SearchHit, column: enum.IntEnum) -> str:
        if column is Column.KIND:
            return kind_name(hit.kind)
        if column is Column.TITLE:
            return hit.title
        if column is Column.SNIPPET:
            return snippet_plain(hit.snippet)
        return hit.on.isoformat() if hit.on else ""

    def tooltip(self, hit: SearchHit, column: enum.IntEnum) -> str | None:
        return snippet_plain(hit.snippet) if column is Column.SNIPPET else None

    def extra_data(self, hit: SearchHit, column: enum.IntEnum, role: int) -> Any:
        return snippet_html(hit.snippet) if role == HTML_ROLE and column is Column.SNIPPET else None
