"""'Nieuwe samenvatting': pick an interview (listed by dossier, date and pseudonyms — never
identity fields) or an investigation for a dossier summary."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableView, QTabWidget, QVBoxLayout, QWidget

from ibtd_desktop.domain.casework.interviews import InterviewFilter, InterviewRow
from ibtd_desktop.domain.casework.investigations import InvestigationFilter, InvestigationRow
from ibtd_desktop.services.casework import interviews, investigations
from ibtd_desktop.ui.investigations.labels import fmt_date, sort_date
from ibtd_desktop.ui.investigations.list_widget import configure_table
from ibtd_desktop.ui.table_model import ROW_ROLE, SORT_ROLE, RowTableModel
from ibtd_desktop.ui.summaries.labels import t

MAX_INTERVIEWS = 2_000  # one page of the interviews service


def load_choices(vault: Any) -> tuple[list[InterviewRow], list[InvestigationRow]]:  # database thread
    return (interviews.list_interviews(InterviewFilter(), 0, MAX_INTERVIEWS, vault.uow()),
            investigations.list_investigations(InvestigationFilter(), vault.uow()))


class InterviewChoiceModel(RowTableModel):
    HEADER_CONTEXT = "Summaries"

    class Column(enum.IntEnum):
        REFERENCE = 0
        HELD_ON = 1
        PSEUDONYMS = 2

    HEADERS = {Column.REFERENCE: "Dossier", Column.HELD_ON: "Datum", Column.PSEUDONYMS: "Gesprekspartners (pseudoniem)"}

    def display(self, row: InterviewRow, column: enum.IntEnum) -> str:
        if column == self.Column.REFERENCE:
            return row.investigation_reference
        if column == self.Column.HELD_ON:
            return fmt_date(row.held_on)
        return ", ".join(row.interviewees) or "—"

    def sort_key(self, row: InterviewRow, column: enum.IntEnum) -> Any:
        return sort_date(row.held_on) if column == self.Column.HELD_ON else super().sort_key(row, column)


class DossierChoiceModel(RowTableModel):
    HEADER_CONTEXT = "Summaries"

    class Column(enum.IntEnum):
        REFERENCE = 0
        TITLE = 1

    HEADERS = {Column.REFERENCE: "Dossier", Column.TITLE: "Titel"}

    def display(self, row: InvestigationRow, column: enum.IntEnum) -> str:
        return row.reference if column == self.Column.REFERENCE else row.title


def _view(model: RowTableModel) -> QTableView:
    from PySide6.QtCore import QSortFilterProxyModel

    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView()
    view.setModel(proxy)
    configure_table(view, stretch_column=len(model.Column) - 1)
    return view


class NewSummaryDialog(QDialog):
    """``choice()`` after accept: ("interview", interview id) or ("dossier", investigation id)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(t("Nieuwe samenvatting"))
        self.resize(640, 460)
        self.interview_model = InterviewChoiceModel(self)
        self.dossier_model = DossierChoiceModel(self)
        self.interview_view = _view(self.interview_model)
        self.dossier_view = _view(self.dossier_model)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.interview_view, t("Uit een gesprek"))
        self.tabs.addTab(self.dossier_view, t("Dossiersamenvatting"))
        hint = QLabel(t("Het concept begint met alle gevonden persoonsgegevens al vervangen door pseudoniemen "
                        "en plaatshouders."))
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(t("Concept maken"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._accept_if_chosen)
        self.buttons.rejected.connect(self.reject)
        self.interview_view.doubleClicked.connect(lambda _: self._accept_if_chosen())
        self.dossier_view.doubleClicked.connect(lambda _: self._accept_if_chosen())

    def set_choices(self, choices: tuple[list[InterviewRow], list[InvestigationRow]]) -> None:
        self.interview_model.set_rows(choices[0])
        self.dossier_model.set_rows(choices[1])

    def choice(self) -> tuple[str, int] | None:
        on_interviews = self.tabs.currentIndex() == 0
        view = self.interview_view if on_interviews else self.dossier_view
        rows = view.selectionModel().selectedRows()
        if not rows:
            return None
        return ("interview" if on_interviews else "dossier", rows[0].data(ROW_ROLE).id)

    def models(self) -> list:
        return [self.interview_model, self.dossier_model]

    def _accept_if_chosen(self) -> None:
        if self.choice() is not None:
            self.accept()
