"""Plan a werkbezoek: date, organisation and kind, place, inspectors present."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from ibtd_desktop.domain.casework.enums import OrganisationKind
from ibtd_desktop.domain.casework.people import RecordFieldVisit
from ibtd_desktop.services.casework import field_visits
from ibtd_desktop.ui.investigations.calls import VaultCalls
from ibtd_desktop.ui.investigations.form_widgets import CodeCombo, DateField, split_names
from ibtd_desktop.ui.investigations.labels import text
from ibtd_desktop.ui.investigations.service_dialog import Command, ServiceDialog

RECORD = "field visit"


class FieldVisitDialog(ServiceDialog):
    FIELD_LABELS = {
        "visited_on": QT_TRANSLATE_NOOP("CaseworkLabels", "Datum"),
        "organisation": QT_TRANSLATE_NOOP("CaseworkLabels", "Organisatie"),
        "organisation_kind": QT_TRANSLATE_NOOP("CaseworkLabels", "Soort organisatie"),
        "place": QT_TRANSLATE_NOOP("CaseworkLabels", "Plaats"),
        "inspectors": QT_TRANSLATE_NOOP("CaseworkLabels", "Inspecteurs"),
        "notes": QT_TRANSLATE_NOOP("CaseworkLabels", "Notities"),
    }

    def __init__(self, calls: VaultCalls, investigation_id: int, parent: QWidget | None = None) -> None:
        super().__init__(calls, parent)
        self.setObjectName("fieldVisitDialog")
        self.setWindowTitle(text("Werkbezoek plannen"))
        self.investigation_id = investigation_id
        self.visited_on = DateField()
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(text("bijv. Belastingwinkel Noord"))
        self.kind = CodeCombo(OrganisationKind)
        self.kind.set_value(OrganisationKind.OTHER)
        self.place = QLineEdit()
        self.inspectors = QLineEdit()
        self.inspectors.setPlaceholderText(text("namen, gescheiden door komma's"))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(90)
        form = QFormLayout()
        form.addRow(text("Datum"), self.visited_on)
        form.addRow(text("Organisatie"), self.organisation)
        form.addRow(text("Soort organisatie"), self.kind)
        form.addRow(text("Plaats"), self.place)
        form.addRow(text("Inspecteurs"), self.inspectors)
        form.addRow(text("Notities"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.watch(self.visited_on, self.organisation, self.kind, self.place, self.inspectors, self.notes)

    def field_widgets(self) -> dict[str, QWidget]:
        return {"visited_on": self.visited_on, "organisation": self.organisation, "place": self.place,
                "inspectors": self.inspectors, "notes": self.notes}

    def build_command(self) -> Command:
        visited_on = self.visited_on.date_value(RECORD, "visited_on", required=True)
        values = dict(visited_on=visited_on, organisation=self.organisation.text().strip(),
                      organisation_kind=self.kind.value(), place=self.place.text().strip(),
                      inspectors=split_names(self.inspectors.text()))
        return field_visits.record_field_visit, (RecordFieldVisit(
            investigation_id=self.investigation_id, notes=self.notes.toPlainText(), **values),)
