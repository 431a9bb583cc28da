"""Table models of the Dossiers section: the dossier list and the rows inside one dossier.

Rows are the services' frozen row objects. The interviewee model shows pseudonyms only: an
``IntervieweeRow`` carries no identity fields, so no role of this model can leak them.
"""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from ibtd_desktop.domain.casework.findings import FindingRow, RebuttalRow, RecommendationRow
from ibtd_desktop.domain.casework.interviews import AttachmentRow, InterviewRow
from ibtd_desktop.domain.casework.investigations import InvestigationRow
from ibtd_desktop.domain.casework.people import FieldVisitRow, IntervieweeRow
from ibtd_desktop.ui.formats import human_size
from ibtd_desktop.ui.investigations.labels import fmt_date, label, labels, sort_date, text, yes_no
from ibtd_desktop.ui.table_model import RowTableModel

_T = QT_TRANSLATE_NOOP  # the header texts, collected by lupdate under CaseworkColumns


class InvestigationTableModel(RowTableModel):
    class Column(enum.IntEnum):
        REFERENCE = 0
        TITLE = 1
        STATUS = 2
        THEMES = 3
        DOMAINS = 4
        LEAD = 5
        START = 6
        END = 7

    HEADERS = {
        Column.REFERENCE: _T("CaseworkColumns", "Kenmerk"),
        Column.TITLE: _T("CaseworkColumns", "Titel"),
        Column.STATUS: _T("CaseworkColumns", "Status"),
        Column.THEMES: _T("CaseworkColumns", "Thema's"),
        Column.DOMAINS: _T("CaseworkColumns", "Domeinen"),
        Column.LEAD: _T("CaseworkColumns", "Projectleider"),
        Column.START: _T("CaseworkColumns", "Start"),
        Column.END: _T("CaseworkColumns", "Einde"),
    }

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._theme_labels: dict[str, str] = {}

    def set_theme_labels(self, theme_labels: dict[str, str]) -> None:
        self.beginResetModel()
        self._theme_labels = dict(theme_labels)
        self.endResetModel()

    def theme_text(self, codes: tuple[str, ...]) -> str:
        return ", ".join(self._theme_labels.get(code, code) for code in codes)

    def display(self, row: InvestigationRow, column: enum.IntEnum) -> str:
        c = self.Column
        return {
            c.REFERENCE: lambda: row.reference,
            c.TITLE: lambda: row.title,
            c.STATUS: lambda: label(row.status),
            c.THEMES: lambda: self.theme_text(row.themes),
            c.DOMAINS: lambda: labels(row.domains),
            c.LEAD: lambda: row.lead_inspector,
            c.START: lambda: fmt_date(row.start_date),
            c.END: lambda: fmt_date(row.end_date),
        }[column]()

    def sort_key(self, row: InvestigationRow, column: enum.IntEnum) -> Any:
        if column == self.Column.START:
            return sort_date(row.start_date)
        if column == self.Column.END:
            return sort_date(row.end_date)
        return super().sort_key(row, column)

    def tooltip(self, row: InvestigationRow, column: enum.IntEnum) -> str | None:
        return self.display(row, column) if column in (self.Column.TITLE, self.Column.THEMES) else None


class FindingTableModel(RowTableModel):
    class Column(enum.IntEnum):
        NUMBER = 0
        TEXT = 1

    HEADERS = {Column.NUMBER: _T("CaseworkColumns", "Nr."), Column.TEXT: _T("CaseworkColumns", "Bevinding")}

    def display(self, row: FindingRow, column: enum.IntEnum) -> str:
        return str(row.number) if column == self.Column.NUMBER else row.text

    def sort_key(self, row: FindingRow, column: enum.IntEnum) -> Any:
        return row.number if column == self.Column.NUMBER else row.text.casefold()

    def tooltip(self, row: FindingRow, column: enum.IntEnum) -> str | None:
        return row.text


class RecommendationTableModel(RowTableModel):
    class Column(enum.IntEnum):
        NUMBER = 0
        TEXT = 1
        ADDRESSEE = 2
        STATUS = 3
        FOLLOW_UP = 4

    HEADERS = {
        Column.NUMBER: _T("CaseworkColumns", "Nr."),
        Column.TEXT: _T("CaseworkColumns", "Aanbeveling"),
        Column.ADDRESSEE: _T("CaseworkColumns", "Gericht aan"),
        Column.STATUS: _T("CaseworkColumns", "Status"),
        Column.FOLLOW_UP: _T("CaseworkColumns", "Opvolging"),
    }
    STATUS_TEXTS = {
        "open": _T("CaseworkLabels", "open"),
        "in_progress": _T("CaseworkLabels", "in uitvoering"),
        "done": _T("CaseworkLabels", "uitgevoerd"),
        "not_adopted": _T("CaseworkLabels", "niet overgenomen"),
    }

    def display(self, row: RecommendationRow, column: enum.IntEnum) -> str:
        c = self.Column
        if column == c.NUMBER:
            return str(row.number)
        if column == c.STATUS:
            return text(self.STATUS_TEXTS.get(row.status.value, row.status.value))
        return {c.TEXT: row.text, c.ADDRESSEE: row.addressee, c.FOLLOW_UP: row.follow_up}[column]

    def sort_key(self, row: RecommendationRow, column: enum.IntEnum) -> Any:
        return row.number if column == self.Column.NUMBER else super().sort_key(row, column)

    def tooltip(self, row: RecommendationRow, column: enum.IntEnum) -> str | None:
        return self.display(row, column) or None


class RebuttalTableModel(RowTableModel):
    class Column(enum.IntEnum):
        POSITION = 0
        FINDING = 1
        RESPONSE = 2
        HANDLING = 3

    HEADERS = {
        Column.POSITION: _T("CaseworkColumns", "Nr."),
        Column.FINDING: _T("CaseworkColumns", "Bevinding (concept)"),
        Column.RESPONSE: _T("CaseworkColumns", "Reactie dienst"),
        Column.HANDLING: _T("CaseworkColumns", "Verwerking"),
    }

    def display(self, row: RebuttalRow, column: enum.IntEnum) -> str:
        c = self.Column
        return {c.POSITION: str(row.position), c.FINDING: row.finding, c.RESPONSE: row.response,
                c.HANDLING: row.handling}[column]

    def sort_key(self, row: RebuttalRow, column: enum.IntEnum) -> Any:
        return row.position if column == self.Column.POSITION else super().sort_key(row, column)

    def tooltip(self, row: RebuttalRow, column: enum.IntEnum) -> str | None:
        return self.display(row, column) or None


class IntervieweeTableModel(RowTableModel):
    class Column(enum.IntEnum):
        PSEUDONYM = 0
        ROLE = 1
        ORGANISATION = 2
        CONSENT = 3
        IDENTITY = 4
        INTERVIEWS = 5

    HEADERS = {
        Column.PSEUDONYM: _T("CaseworkColumns", "Pseudoniem"),
        Column.ROLE: _T("CaseworkColumns", "Rol"),
        Column.ORGANISATION: _T("CaseworkColumns", "Organisatie"),
        Column.CONSENT: _T("CaseworkColumns", "Toestemming"),
        Column.IDENTITY: _T("CaseworkColumns", "Identiteit vastgelegd"),
        Column.INTERVIEWS: _T("CaseworkColumns", "Gesprekken"),
    }

    @staticmethod
    def consent_text(row: IntervieweeRow) -> str:
        if row.consent_withdrawn:
            return text("ingetrokken")
        return text("gegeven") if row.consent_given else text("niet vastgelegd")

    def display(self, row: IntervieweeRow, column: enum.IntEnum) -> str:
        c = self.Column
        return {
            c.PSEUDONYM: lambda: row.pseudonym,
            c.ROLE: lambda: label(row.role),
            c.ORGANISATION: lambda: label(row.organisation_kind),
            c.CONSENT: lambda: self.consent_text(row),
            c.IDENTITY: lambda: yes_no(row.has_identity),
            c.INTERVIEWS: lambda: str(row.interview_count),
        }[column]()

    def sort_key(self, row: IntervieweeRow, column: enum.IntEnum) -> Any:
        return row.interview_count if column == self.Column.INTERVIEWS else super().sort_key(row, column)


class FieldVisitTableModel(RowTableModel):
    class Column(enum.IntEnum):
        DATE = 0
        ORGANISATION = 1
        KIND = 2
        PLACE = 3
        INSPECTORS = 4
        INTERVIEWS = 5

    HEADERS = {
        Column.DATE: _T("CaseworkColumns", "Datum"),
        Column.ORGANISATION: _T("CaseworkColumns", "Organisatie"),
        Column.KIND: _T("CaseworkColumns", "Soort"),
        Column.PLACE: _T("CaseworkColumns", "Plaats"),
        Column.INSPECTORS: _T("CaseworkColumns", "Inspecteurs"),
        Column.INTERVIEWS: _T("CaseworkColumns", "Gesprekken"),
    }

    def display(self, row: FieldVisitRow, column: enum.IntEnum) -> str:
        c = self.Column
        return {
            c.DATE: lambda: fmt_date(row.visited_on),
            c.ORGANISATION: lambda: row.organisation,
            c.KIND: lambda: label(row.organisation_kind),
            c.PLACE: lambda: row.place,
            c.INSPECTORS: lambda: ", ".join(row.inspectors),
            c.INTERVIEWS: lambda: str(row.interview_count),
        }[column]()

    def sort_key(self, row: FieldVisitRow, column: enum.IntEnum) -> Any:
        if column == self.Column.DATE:
            return sort_date(row.visited_on)
        return row.interview_count if column == self.Column.INTERVIEWS else super().sort_key(row, column)


class InterviewTableModel(RowTableModel):
    class Column(enum.IntEnum):
        DATE = 0
        MODE = 1
        INTERVIEWEES = 2
        NOTES = 3
        ATTACHMENTS = 4

    HEADERS = {
        Column.DATE: _T("CaseworkColumns", "Datum"),
        Column.MODE: _T("CaseworkColumns", "Vorm"),
        Column.INTERVIEWEES: _T("CaseworkColumns", "Gesprekspartners"),
        Column.NOTES: _T("CaseworkColumns", "Verslag"),
        Column.ATTACHMENTS: _T("CaseworkColumns", "Bijlagen"),
    }

    def display(self, row: InterviewRow, column: enum.IntEnum) -> str:
        c = self.Column
        return {
            c.DATE: lambda: fmt_date(row.held_on),
            c.MODE: lambda: label(row.mode),
            c.INTERVIEWEES: lambda: ", ".join(row.interviewees),
            c.NOTES: lambda: (text("concept") if row.has_draft else "")
            or (text("%1 tekens").replace("%1", f"{row.notes_chars:,}".replace(",", ".")) if row.notes_chars else text("leeg")),
            c.ATTACHMENTS: lambda: str(row.attachment_count),
        }[column]()

    def sort_key(self, row: InterviewRow, column: enum.IntEnum) -> Any:
        if column == self.Column.DATE:
            return sort_date(row.held_on)
        if column == self.Column.ATTACHMENTS:
            return row.attachment_count
        return super().sort_key(row, column)


class AttachmentTableModel(RowTableModel):
    """Attachments of a dossier's interviews; ``interview_dates`` maps interview id -> date text."""

    class Column(enum.IntEnum):
        FILENAME = 0
        KIND = 1
        SIZE = 2
        INTERVIEW = 3

    HEADERS = {
        Column.FILENAME: _T("CaseworkColumns", "Bestand"),
        Column.KIND: _T("CaseworkColumns", "Soort"),
        Column.SIZE: _T("CaseworkColumns", "Grootte"),
        Column.INTERVIEW: _T("CaseworkColumns", "Gesprek van"),
    }

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interview_dates: dict[int, str] = {}

    def display(self, row: AttachmentRow, column: enum.IntEnum) -> str:
        c = self.Column
        return {
            c.FILENAME: lambda: row.filename,
            c.KIND: lambda: label(row.kind),
            c.SIZE: lambda: human_size(row.size),
            c.INTERVIEW: lambda: self.interview_dates.get(row.interview_id, ""),
        }[column]()

    def sort_key(self, row: AttachmentRow, column: enum.IntEnum) -> Any:
        return row.size if column == self.Column.SIZE else super().sort_key(row, column)
