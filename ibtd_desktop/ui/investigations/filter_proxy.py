"""Filtering and sorting of the dossier list, done in the view layer over already-loaded rows."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from ibtd_desktop.domain.casework.enums import Domain, InvestigationStatus
from ibtd_desktop.domain.casework.investigations import InvestigationRow
from ibtd_desktop.ui.table_model import ROW_ROLE, SORT_ROLE


class SortingProxy(QSortFilterProxyModel):
    """Sorts on the source model's SORT_ROLE (dates as ISO text, counts as numbers)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)


class InvestigationFilterProxy(SortingProxy):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._status: InvestigationStatus | None = None
        self._theme: str | None = None
        self._domain: Domain | None = None
        self._lead: str | None = None

    def set_filters(self, *, text: str = "", status: InvestigationStatus | None = None, theme: str | None = None,
                    domain: Domain | None = None, lead: str | None = None) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self._status, self._theme, self._domain, self._lead = status, theme, domain, lead
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        row: InvestigationRow | None = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        if row is None:
            return False
        if self._status is not None and row.status is not self._status:
            return False
        if self._theme is not None and self._theme not in row.themes:
            return False
        if self._domain is not None and self._domain not in row.domains:
            return False
        if self._lead is not None and row.lead_inspector != self._lead:
            return False
        if self._text:
            haystack = f"{row.reference}\n{row.title}\n{row.lead_inspector}".casefold()
            return self._text in haystack
        return True
