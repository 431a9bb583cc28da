"""Add a finding; add a recommendation or record its follow-up; add/edit a rebuttal-table row."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from ibtd_desktop.domain.casework.enums import RecommendationStatus
from ibtd_desktop.domain.casework.findings import (
    AddFinding,
    AddRebuttalRow,
    AddRecommendation,
    FindingRow,
    RebuttalRow,
    RecommendationRow,
    UpdateRebuttalRow,
    UpdateRecommendationStatus,
)
from ibtd_desktop.services.casework import findings
from ibtd_desktop.ui.investigations.calls import VaultCalls
from ibtd_desktop.ui.investigations.form_widgets import CodeCombo
from ibtd_desktop.ui.investigations.labels import text
from ibtd_desktop.ui.investigations.models import RecommendationTableModel
from ibtd_desktop.ui.investigations.service_dialog import Command, ServiceDialog


def _text_box(height: int = 110) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setMinimumHeight(height)
    return box


def _layout(dialog: ServiceDialog, form: QFormLayout) -> None:
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(dialog.error)
    layout.addWidget(dialog.buttons)
    dialog.setMinimumWidth(520)


class FindingDialog(ServiceDialog):
    FIELD_LABELS = {"text": QT_TRANSLATE_NOOP("CaseworkLabels", "Bevinding")}

    def __init__(self, calls: VaultCalls, investigation_id: int, parent: QWidget | None = None) -> None:
        super().__init__(calls, parent)
        self.setWindowTitle(text("Bevinding toevoegen"))
        self.investigation_id = investigation_id
        self.text_edit = _text_box()
        form = QFormLayout()
        form.addRow(text("Bevinding"), self.text_edit)
        _layout(self, form)
        self.watch(self.text_edit)

    def field_widgets(self) -> dict[str, QWidget]:
        return {"text": self.text_edit}

    def build_command(self) -> Command:
        return findings.add_finding, (AddFinding(self.investigation_id, self.text_edit.toPlainText().strip()),)


class RecommendationDialog(ServiceDialog):
    """New: text, addressee, optional finding. Existing: status and follow-up (the text is fixed
    once published; the service offers no text edit)."""

    FIELD_LABELS = {
        "text": QT_TRANSLATE_NOOP("CaseworkLabels", "Aanbeveling"),
        "addressee": QT_TRANSLATE_NOOP("CaseworkLabels", "Gericht aan"),
        "finding": QT_TRANSLATE_NOOP("CaseworkLabels", "Bij bevinding"),
        "follow_up": QT_TRANSLATE_NOOP("CaseworkLabels", "Opvolging"),
    }

    def __init__(self, calls: VaultCalls, investigation_id: int, finding_rows: list[FindingRow],
                 row: RecommendationRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(calls, parent)
        self.investigation_id = investigation_id
        self.row = row
        self.setWindowTitle(text("Opvolging aanbeveling") if row else text("Aanbeveling toevoegen"))
        self.text_edit = _text_box()
        self.addressee = QLineEdit()
        self.addressee.setPlaceholderText(text("bijv. Dienst Toeslagen"))
        self.finding = CodeCombo(empty=text("(geen)"))
        self.finding.set_items([(f.id, f"{f.number}. {f.text[:60]}") for f in finding_rows])
        self.status = CodeCombo()
        self.status.set_items([(s, text(RecommendationTableModel.STATUS_TEXTS[s.value])) for s in RecommendationStatus])
        self.follow_up = _text_box(80)
        form = QFormLayout()
        form.addRow(text("Aanbeveling"), self.text_edit)
        form.addRow(text("Gericht aan"), self.addressee)
        form.addRow(text("Bij bevinding"), self.finding)
        if row is not None:
            self.text_edit.setPlainText(row.text)
            self.addressee.setText(row.addressee)
            self.finding.set_value(row.finding_id)
            for widget in (self.text_edit, self.addressee, self.finding):
                widget.setEnabled(False)
            self.status.set_value(row.status)
            self.follow_up.setPlainText(row.follow_up)
            form.addRow(text("Status"), self.status)
            form.addRow(text("Opvolging"), self.follow_up)
        _layout(self, form)
        self.watch(self.text_edit, self.addressee, self.finding, self.status, self.follow_up)

    def field_widgets(self) -> dict[str, QWidget]:
        return {"text": self.text_edit, "addressee": self.addressee, "finding": self.finding,
                "follow_up": self.follow_up}

    def build_command(self) -> Command:
        if self.row is not None:
            return findings.update_recommendation_status, (UpdateRecommendationStatus(
                self.row.id, self.status.value(), self.follow_up.toPlainText()),)
        return findings.add_recommendation, (AddRecommendation(
            self.investigation_id, self.text_edit.toPlainText().strip(), self.addressee.text().strip(),
            self.finding.value()),)


class RebuttalDialog(ServiceDialog):
    FIELD_LABELS = {
        "finding": QT_TRANSLATE_NOOP("CaseworkLabels", "Bevinding (concept)"),
        "response": QT_TRANSLATE_NOOP("CaseworkLabels", "Reactie dienst"),
        "handling": QT_TRANSLATE_NOOP("CaseworkLabels", "Verwerking"),
    }

    def __init__(self, calls: VaultCalls, investigation_id: int, row: RebuttalRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(calls, parent)
        self.investigation_id = investigation_id
        self.row = row
        self.setWindowTitle(text("Wederhoor bewerken") if row else text("Wederhoor toevoegen"))
        self.finding = _text_box(80)
        self.response = _text_box(80)
        self.handling = _text_box(80)
        if row is not None:
            self.finding.setPlainText(row.finding)
            self.response.setPlainText(row.response)
            self.handling.setPlainText(row.handling)
        form = QFormLayout()
        form.addRow(text("Bevinding (concept)"), self.finding)
        form.addRow(text("Reactie dienst"), self.response)
        form.addRow(text("Verwerking"), self.handling)
        _layout(self, form)
        self.watch(self.finding, self.response, self.handling)

    def field_widgets(self) -> dict[str, QWidget]:
        return {"finding": self.finding, "response": self.response, "handling": self.handling}

    def build_command(self) -> Command:
        values = (self.finding.toPlainText().strip(), self.response.toPlainText(), self.handling.toPlainText())
        if self.row is not None:
            return findings.update_rebuttal_row, (UpdateRebuttalRow(self.row.id, *values),)
        return findings.add_rebuttal_row, (AddRebuttalRow(self.investigation_id, *values),)
