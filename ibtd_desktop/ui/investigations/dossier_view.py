"""One dossier: a header (back, title, status, edit) over tabs. Owns the dossier's dialogs and
reloads only the parts a saved dialog touched."""

from __future__ import annotations

from datetime import date
from typing import Any, Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ibtd_desktop.domain.casework.enums import InvestigationStatus
from ibtd_desktop.domain.casework.investigations import ChangeInvestigationStatus, InvestigationDetail, ThemeRow
from ibtd_desktop.services.casework import investigations
from ibtd_desktop.ui.investigations.calls import DOSSIER_PARTS, VaultCalls, load_dossier_parts
from ibtd_desktop.ui.investigations.field_visit_dialog import FieldVisitDialog
from ibtd_desktop.ui.investigations.findings_dialogs import FindingDialog, RebuttalDialog, RecommendationDialog
from ibtd_desktop.ui.investigations.form_widgets import CodeCombo
from ibtd_desktop.ui.investigations.interviewee_dialog import IntervieweeDialog, WithdrawConsentDialog
from ibtd_desktop.ui.investigations.interviewees_tab import IntervieweesTab
from ibtd_desktop.ui.investigations.investigation_dialog import InvestigationDialog
from ibtd_desktop.ui.investigations.labels import fmt_date, text
from ibtd_desktop.ui.investigations.models import (
    AttachmentTableModel,
    FieldVisitTableModel,
    InterviewTableModel,
)
from ibtd_desktop.ui.investigations.overview_tab import OverviewTab
from ibtd_desktop.ui.investigations.table_tab import TableTab
from ibtd_desktop.ui.signals.models import SignalTableModel

# Which parts of the dossier a saved dialog changed.
_RELOAD = {
    "edit": ("detail", "themes"),
    "finding": ("findings",),
    "recommendation": ("recommendations",),
    "rebuttal": ("rebuttals",),
    "interviewee": ("interviewees", "detail"),
    "field_visit": ("field_visits", "detail"),
    "withdraw_consent": ("interviewees",),
    "agreements": ("interviewees",),
}


class DossierView(QWidget):
    back_requested = Signal()
    dossier_changed = Signal(int)  # the dossier list should reload this one
    interview_open_requested = Signal(int)
    interview_new_requested = Signal(int)  # dossier id

    def __init__(self, calls: VaultCalls, parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._calls = calls
        self._today = today
        self.investigation_id: int | None = None
        self.detail: InvestigationDetail | None = None
        self.themes: list[ThemeRow] = []
        self.dialog: QDialog | None = None

        self.back_button = QPushButton(text("← Alle dossiers"))
        self.heading = QLabel()
        self.heading.setObjectName("dossierHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.status = CodeCombo(InvestigationStatus)
        self.status.setObjectName("dossierStatus")
        self.edit_button = QPushButton(text("Bewerken…"))
        self.edit_button.setObjectName("editDossier")
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addWidget(self.heading, 1)
        header.addWidget(QLabel(text("Status")))
        header.addWidget(self.status)
        header.addWidget(self.edit_button)

        self.overview = OverviewTab(self.open_dialog)
        self.signals = TableTab(SignalTableModel(self), text("Geen signalen gekoppeld aan dit dossier."),
                                stretch_column=SignalTableModel.Column.EXCERPT, newest_first=True)
        self.signals.view.setColumnHidden(SignalTableModel.Column.DOSSIER, True)  # always this dossier
        self.interviews = TableTab(InterviewTableModel(self), text("Nog geen gesprekken in dit dossier."),
                                   stretch_column=InterviewTableModel.Column.INTERVIEWEES, newest_first=True)
        self.interviews.add_button(text("Nieuw gesprek…"), "newInterview").clicked.connect(self._new_interview)
        open_interview = self.interviews.add_button(text("Gesprek openen"), "openInterview", needs_selection=True)
        open_interview.clicked.connect(lambda: self._open_interview(self.interviews.selected()))
        self.interviews.activated_row.connect(self._open_interview)
        self.interviewees = IntervieweesTab(calls, self.open_dialog)
        self.field_visits = TableTab(FieldVisitTableModel(self), text("Nog geen werkbezoeken gepland."),
                                     stretch_column=FieldVisitTableModel.Column.ORGANISATION, newest_first=True)
        self.field_visits.add_button(text("Werkbezoek plannen…"), "planFieldVisit").clicked.connect(
            lambda: self.open_dialog("field_visit", None))
        self.attachments = TableTab(AttachmentTableModel(self), text("De gesprekken van dit dossier hebben geen bijlagen."),
                                    stretch_column=AttachmentTableModel.Column.FILENAME)
        self.attachments.activated_row.connect(lambda row: self.interview_open_requested.emit(row.interview_id))
        self.tabs = QTabWidget()
        for widget, caption in ((self.overview, "Overzicht"), (self.signals, "Signalen"), (self.interviews, "Gesprekken"),
                                (self.interviewees, "Gesprekspartners"), (self.field_visits, "Werkbezoeken"),
                                (self.attachments, "Bijlagen")):
            self.tabs.addTab(widget, text(caption))
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

        self.back_button.clicked.connect(self.back_requested)
        self.edit_button.clicked.connect(lambda: self.open_dialog("edit", None))
        self.status.activated.connect(self._status_chosen)

    # -- loading -----------------------------------------------------------------------------
    def show_dossier(self, investigation_id: int) -> None:
        if investigation_id != self.investigation_id:
            self.clear()
        self.investigation_id = investigation_id
        self.reload(DOSSIER_PARTS)

    def reload(self, parts: tuple[str, ...]) -> None:
        if self.investigation_id is None:
            return
        investigation_id = self.investigation_id
        self._calls.load(load_dossier_parts, investigation_id, tuple(parts),
                         on_success=lambda loaded: self._loaded(investigation_id, loaded), owner=self)

    def _loaded(self, investigation_id: int, loaded: dict[str, Any]) -> None:
        if investigation_id != self.investigation_id:
            return  # another dossier was opened meanwhile
        if "themes" in loaded:
            self.themes = loaded["themes"]
        theme_labels = {t.code: t.label for t in self.themes}
        self.signals.model.theme_labels = theme_labels
        if "detail" in loaded:
            self.detail = loaded["detail"]
            self.heading.setText(f"{self.detail.reference} — {self.detail.title}")
            self.status.set_value(self.detail.status)
            self.overview.show_detail(self.detail, theme_labels)
        tables = {"findings": self.overview.findings, "recommendations": self.overview.recommendations,
                  "rebuttals": self.overview.rebuttals, "signals": self.signals, "interviews": self.interviews,
                  "field_visits": self.field_visits}
        for part, table in tables.items():
            if part in loaded:
                table.set_rows(loaded[part])
        if "interviewees" in loaded:
            self.interviewees.set_rows(loaded["interviewees"])
        if "attachments" in loaded:
            found, interview_rows = loaded["attachments"]
            self.attachments.model.interview_dates = {r.id: fmt_date(r.held_on) for r in interview_rows}
            self.attachments.set_rows(found)

    # -- actions -----------------------------------------------------------------------------
    def open_dialog(self, kind: str, row: object) -> QDialog | None:
        if self.investigation_id is None:
            return None
        investigation_id = self.investigation_id
        if kind == "edit":
            dialog: QDialog = InvestigationDialog(self._calls, self.themes, self.detail, self)
        elif kind == "finding":
            dialog = FindingDialog(self._calls, investigation_id, self)
        elif kind == "recommendation":
            dialog = RecommendationDialog(self._calls, investigation_id, self.overview.finding_rows(), row, self)
        elif kind == "rebuttal":
            dialog = RebuttalDialog(self._calls, investigation_id, row, self)
        elif kind == "interviewee":
            dialog = IntervieweeDialog(self._calls, investigation_id, self)
        elif kind == "field_visit":
            dialog = FieldVisitDialog(self._calls, investigation_id, self)
        elif kind == "agreements":
            dialog = IntervieweeDialog(self._calls, investigation_id, self, detail=row)
        elif kind == "withdraw_consent":
            dialog = WithdrawConsentDialog(self._calls, row.id, row.pseudonym, self._today(), self)
        else:
            raise ValueError(kind)
        dialog.saved.connect(lambda _result: self._saved(kind, investigation_id))
        dialog.finished.connect(lambda _code: self._forget_dialog(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, kind: str, investigation_id: int) -> None:
        if investigation_id == self.investigation_id:
            self.reload(_RELOAD[kind])
        if kind in ("edit", "interviewee", "field_visit"):
            self.dossier_changed.emit(investigation_id)

    def _forget_dialog(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _status_chosen(self) -> None:
        status = self.status.value()
        if self.detail is None or status is None or status is self.detail.status:
            return
        investigation_id = self.detail.id
        self._calls.run(investigations.change_investigation_status, ChangeInvestigationStatus(investigation_id, status),
                        on_success=lambda _d: self._saved("edit", investigation_id),
                        on_failure=self._status_failed, owner=self)

    def _status_failed(self, exc: BaseException) -> None:
        if self.detail is not None:
            self.status.set_value(self.detail.status)
        self._calls.on_failure(exc)

    def _new_interview(self) -> None:
        if self.investigation_id is not None:
            self.interview_new_requested.emit(self.investigation_id)

    def _open_interview(self, row: object) -> None:
        if row is not None:
            self.interview_open_requested.emit(row.id)

    # -- lifecycle ---------------------------------------------------------------------------
    def models(self) -> list:
        return [*self.overview.models(), self.signals.model, self.interviews.model, self.interviewees.model,
                self.field_visits.model, self.attachments.model]

    def save_pending(self) -> None:
        if self.dialog is not None and hasattr(self.dialog, "save_pending"):
            self.dialog.save_pending()

    def clear(self) -> None:
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.reject()
        self.investigation_id = None
        self.detail = None
        self.themes = []
        self.heading.clear()
        self.overview.clear()
        self.interviewees.clear()
        for table in (self.signals, self.interviews, self.field_visits, self.attachments):
            table.model.clear()
        self.signals.model.theme_labels = {}
        self.attachments.model.interview_dates = {}
        self.tabs.setCurrentIndex(0)
