"""Signal rows for the inbox and a dossier's signal tab. Rows carry an excerpt and a
``has_source_identity`` flag, never the reporter's identity."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QObject, QPersistentModelIndex

from ibtd_desktop.domain.casework.enums import TriageStatus
from ibtd_desktop.domain.casework.signals import SignalRow
from ibtd_desktop.ui.investigations.filter_proxy import SortingProxy
from ibtd_desktop.ui.investigations.labels import fmt_date, label, sort_date, yes_no
from ibtd_desktop.ui.table_model import ROW_ROLE, RowTableModel

_T = QT_TRANSLATE_NOOP


class SignalTableModel(RowTableModel):
    class Column(enum.IntEnum):
        RECEIVED = 0
        CHANNEL = 1
        EXCERPT = 2
        DOMAIN = 3
        THEME = 4
        CONFIDENTIALITY = 5
        TRIAGE = 6
        DOSSIER = 7
        SOURCE = 8

    HEADERS = {
        Column.RECEIVED: _T("CaseworkColumns", "Ontvangen"),
        Column.CHANNEL: _T("CaseworkColumns", "Kanaal"),
        Column.EXCERPT: _T("CaseworkColumns", "Signaal"),
        Column.DOMAIN: _T("CaseworkColumns", "Domein"),
        Column.THEME: _T("CaseworkColumns", "Thema"),
        Column.CONFIDENTIALITY: _T("CaseworkColumns", "Bron"),
        Column.TRIAGE: _T("CaseworkColumns", "Triage"),
        Column.DOSSIER: _T("CaseworkColumns", "Dossier"),
        Column.SOURCE: _T("CaseworkColumns", "Melder"),
    }

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.theme_labels: dict[str, str] = {}

    def display(self, row: SignalRow, column: enum.IntEnum) -> str:
        c = self.Column
        return {
            c.RECEIVED: lambda: fmt_date(row.received_on),
            c.CHANNEL: lambda: label(row.channel),
            c.EXCERPT: lambda: row.excerpt,
            c.DOMAIN: lambda: label(row.domain),
            c.THEME: lambda: self.theme_labels.get(row.theme, row.theme) if row.theme else "",
            c.CONFIDENTIALITY: lambda: label(row.confidentiality),
            c.TRIAGE: lambda: label(row.triage),
            c.DOSSIER: lambda: row.investigation_reference or "",
            c.SOURCE: lambda: yes_no(row.has_source_identity),
        }[column]()

    def sort_key(self, row: SignalRow, column: enum.IntEnum) -> Any:
        if column == self.Column.RECEIVED:
            return f"{sort_date(row.received_on)}:{row.id:09d}"
        return super().sort_key(row, column)

    def tooltip(self, row: SignalRow, column: enum.IntEnum) -> str | None:
        shortened = (self.Column.EXCERPT, self.Column.THEME, self.Column.CONFIDENTIALITY)
        return self.display(row, column) or None if column in shortened else None


class SignalFilterProxy(SortingProxy):
    """Triage-status filter of the inbox (None = every status)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._triage: TriageStatus | None = None

    def set_triage(self, triage: TriageStatus | None) -> None:
        self.beginFilterChange()
        self._triage = triage
        self.endFilterChange(SortingProxy.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        if self._triage is None:
            return True
        row = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        return row is not None and row.triage is self._triage
