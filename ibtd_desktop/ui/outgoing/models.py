"""The outgoing list: approved summaries and dossiers (a dossier row stands for its whole export)."""

from __future__ import annotations

import enum

from ibtd_desktop.domain.summaries import SummaryKind
from ibtd_desktop.services.summaries.ui_queries import SummaryListRow
from ibtd_desktop.ui.investigations.labels import fmt_date
from ibtd_desktop.ui.table_model import RowTableModel
from ibtd_desktop.ui.summaries.labels import translate

CONTEXT = "Outgoing"


def t(source: str) -> str:
    return translate(CONTEXT, source)


class OutgoingTableModel(RowTableModel):
    HEADER_CONTEXT = CONTEXT

    class Column(enum.IntEnum):
        WHAT = 0
        REFERENCE = 1
        SUBJECT = 2
        TITLE = 3
        VERSION = 4
        APPROVED = 5

    HEADERS = {Column.WHAT: "Soort", Column.REFERENCE: "Dossier", Column.SUBJECT: "Pseudoniem",
               Column.TITLE: "Titel", Column.VERSION: "Versie", Column.APPROVED: "Versie van"}

    def display(self, row: SummaryListRow, column: enum.IntEnum) -> str:
        C = self.Column
        if column == C.WHAT:
            return t("dossier (met bijlagen)") if row.kind is SummaryKind.DOSSIER else t("gesprek")
        if column == C.REFERENCE:
            return row.reference
        if column == C.SUBJECT:
            return ", ".join(row.subjects) or "—"
        if column == C.TITLE:
            return row.title
        if column == C.VERSION:
            return str(row.version)
        return fmt_date(row.updated_at)
