"""The interview's facts: dossier, optional field visit, date, mode, interviewees, interviewers.

Interviewees are listed by pseudonym and role only (``IntervieweeRow`` has no identity fields).
Dossier-dependent choices are loaded by the editor on the TaskRunner and handed in with
``set_people``; the form itself never touches the vault.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QFormLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget,
)

from ibtd_desktop.domain.casework.enums import IntervieweeRole, InterviewMode
from ibtd_desktop.domain.casework.interviews import RecordInterview, UpdateInterview
from ibtd_desktop.domain.casework.investigations import InvestigationRow
from ibtd_desktop.domain.casework.people import FieldVisitRow, IntervieweeRow
from ibtd_desktop.ui.interviews.labels import mode_name, role_name
from ibtd_desktop.ui.interviews.list_widget import to_date


class FieldDateEdit(QDateEdit):
    """Tab leaves the field (QDateEdit would step through year/month/day); typing a full
    section already jumps to the next one, so "20240314" needs no Tab at all."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt override
        return QWidget.focusNextPrevChild(self, next)


_LABEL_ROLE = Qt.ItemDataRole.UserRole + 1  # (pseudonym, role code): the text is rebuilt on a language switch


class InterviewMetaForm(QWidget):
    dossier_changed = Signal(int)
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dossier = QComboBox()
        self.dossier.setObjectName("dossierChoice")
        self.field_visit = QComboBox()
        self.held_on = FieldDateEdit(calendarPopup=True)
        self.held_on.setDisplayFormat("yyyy-MM-dd")
        self.held_on.setDate(QDate.currentDate())
        self.mode = QComboBox()
        for mode in InterviewMode:
            self.mode.addItem(mode_name(mode), mode.value)  # Qt would turn the str-enum into a str
        self.interviewees = QListWidget()
        self.interviewees.setObjectName("intervieweeChoice")
        self.interviewees.setMinimumHeight(150)
        self.interviewees.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.interviewees.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.people_filter = QLineEdit()  # dossiers can have dozens of interviewees
        self.people_filter.setClearButtonEnabled(True)
        self.people_filter.textChanged.connect(self._filter_people)
        self.interviewers = QLineEdit()
        self._layout = QFormLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        people = QWidget()
        people_layout = QVBoxLayout(people)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.addWidget(self.people_filter)
        people_layout.addWidget(self.interviewees)
        for field in (self.dossier, self.field_visit, self.held_on, self.mode, people, self.interviewers):
            self._layout.addRow(QLabel(), field)
        self.retranslate()
        self._built = True  # from now on LanguageChange retranslates
        self.setTabOrder(self.dossier, self.field_visit)
        self.setTabOrder(self.field_visit, self.held_on)
        self.setTabOrder(self.held_on, self.mode)
        self.setTabOrder(self.mode, self.people_filter)
        self.setTabOrder(self.people_filter, self.interviewees)
        self.setTabOrder(self.interviewees, self.interviewers)
        self.dossier.currentIndexChanged.connect(self._dossier_index_changed)
        for signal in (self.field_visit.currentIndexChanged, self.held_on.dateChanged,
                       self.mode.currentIndexChanged, self.interviewees.itemChanged, self.interviewers.textEdited):
            signal.connect(self._edited)

    def retranslate(self) -> None:
        self.interviewers.setPlaceholderText(self.tr("Namen van de inspecteurs, gescheiden door komma's"))
        labels = (self.tr("&Dossier"), self.tr("&Werkbezoek"), self.tr("D&atum"), self.tr("&Vorm"),
                  self.tr("&Gesprekspartners"), self.tr("&Interviewers"))
        fields = (self.dossier, self.field_visit, self.held_on, self.mode, self.interviewees, self.interviewers)
        for text, field in zip(labels, fields):
            label = self._layout.labelForField(field.parentWidget() if field is self.interviewees else field)
            label.setText(text)
            label.setBuddy(self.people_filter if field is self.interviewees else field)
        self.people_filter.setPlaceholderText(self.tr("Zoek op pseudoniem of rol…"))
        for i in range(self.mode.count()):
            self.mode.setItemText(i, mode_name(InterviewMode(self.mode.itemData(i))))
        if self.field_visit.count():
            self.field_visit.setItemText(0, self.tr("(geen werkbezoek)"))
        for i in range(self.interviewees.count()):
            item = self.interviewees.item(i)
            pseudonym, role = item.data(_LABEL_ROLE)
            item.setText(f"{pseudonym} ({role_name(IntervieweeRole(role))})")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_built", False):
            self.retranslate()
        super().changeEvent(event)

    # -- filling ----------------------------------------------------------------------------
    def set_dossiers(self, dossiers: list[InvestigationRow], current: int | None) -> None:
        self.dossier.blockSignals(True)
        self.dossier.clear()
        for row in dossiers:
            self.dossier.addItem(f"{row.reference} · {row.title}", row.id)
        index = self.dossier.findData(current) if current is not None else 0
        self.dossier.setCurrentIndex(max(0, index))
        self.dossier.blockSignals(False)

    def set_people(self, interviewees: list[IntervieweeRow], visits: list[FieldVisitRow],
                   checked: tuple[int, ...] = (), visit_id: int | None = None) -> None:
        self.blockSignals(True)
        self.interviewees.clear()
        self.people_filter.clear()
        for person in interviewees:
            item = QListWidgetItem(f"{person.pseudonym} ({role_name(person.role)})")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setData(_LABEL_ROLE, (person.pseudonym, person.role.value))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.id in checked else Qt.CheckState.Unchecked)
            self.interviewees.addItem(item)
        self.field_visit.clear()
        self.field_visit.addItem(self.tr("(geen werkbezoek)"), None)
        for visit in visits:
            self.field_visit.addItem(f"{visit.visited_on.isoformat()} · {visit.organisation}", visit.id)
        self.field_visit.setCurrentIndex(max(0, self.field_visit.findData(visit_id)) if visit_id else 0)
        self.blockSignals(False)

    def set_values(self, held_on: date, mode: InterviewMode, interviewers: tuple[str, ...]) -> None:
        self.blockSignals(True)
        self.held_on.setDate(QDate(held_on.year, held_on.month, held_on.day))
        self.mode.setCurrentIndex(max(0, self.mode.findData(InterviewMode(mode).value)))
        self.interviewers.setText(", ".join(interviewers))
        self.blockSignals(False)

    def clear(self) -> None:
        self.blockSignals(True)
        self.dossier.clear()
        self.field_visit.clear()
        self.interviewees.clear()
        self.interviewers.clear()
        self.held_on.setDate(QDate.currentDate())
        self.mode.setCurrentIndex(0)
        self.blockSignals(False)

    # -- reading ----------------------------------------------------------------------------
    def investigation_id(self) -> int | None:
        return self.dossier.currentData()

    def field_visit_id(self) -> int | None:
        return self.field_visit.currentData()

    def held_on_date(self) -> date:
        return to_date(self.held_on.date())

    def mode_value(self) -> InterviewMode:
        return InterviewMode(self.mode.currentData())

    def interviewee_ids(self) -> tuple[int, ...]:
        items = (self.interviewees.item(i) for i in range(self.interviewees.count()))
        return tuple(int(it.data(Qt.ItemDataRole.UserRole)) for it in items if it.checkState() == Qt.CheckState.Checked)

    def interviewer_names(self) -> tuple[str, ...]:
        return tuple(name.strip() for name in self.interviewers.text().split(",") if name.strip())

    def _filter_people(self, text: str) -> None:
        needle = text.strip().casefold()
        for i in range(self.interviewees.count()):
            item = self.interviewees.item(i)
            checked = item.checkState() == Qt.CheckState.Checked
            item.setHidden(bool(needle) and needle not in item.text().casefold() and not checked)

    def record_command(self) -> RecordInterview | None:
        """The command for a new interview (notes are stored separately); None without a dossier."""
        dossier = self.investigation_id()
        if dossier is None:
            return None
        return RecordInterview(
            investigation_id=int(dossier), held_on=self.held_on_date(), mode=self.mode_value(),
            interviewee_ids=self.interviewee_ids(), interviewers=self.interviewer_names(),
            field_visit_id=self.field_visit_id(),
        )

    def update_command(self, interview_id: int) -> UpdateInterview:
        return UpdateInterview(
            interview_id=interview_id, held_on=self.held_on_date(), mode=self.mode_value(),
            interviewee_ids=self.interviewee_ids(), interviewers=self.interviewer_names(),
            field_visit_id=self.field_visit_id(),
        )

    def _dossier_index_changed(self, _index: int) -> None:
        if self.signalsBlocked():
            return
        investigation_id = self.investigation_id()
        if investigation_id is not None:
            self.dossier_changed.emit(int(investigation_id))
        self.edited.emit()

    def _edited(self, *_args: object) -> None:
        if not self.signalsBlocked():
            self.edited.emit()
