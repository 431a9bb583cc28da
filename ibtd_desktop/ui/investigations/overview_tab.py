"""Overzicht: the dossier's fields, then findings, recommendations and the rebuttal table."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from ibtd_desktop.domain.casework.findings import FindingRow
from ibtd_desktop.domain.casework.investigations import InvestigationDetail
from ibtd_desktop.ui.investigations.labels import fmt_date, label, labels, text
from ibtd_desktop.ui.investigations.models import FindingTableModel, RebuttalTableModel, RecommendationTableModel
from ibtd_desktop.ui.investigations.table_tab import TableTab

# (dialog kind, row or None) -> opens the dialog; the dossier view owns dialogs and reloads.
OpenDialog = Callable[[str, object], None]

_FIELDS = ("Kenmerk", "Titel", "Soort", "Status", "Thema's", "Domeinen", "Projectleider", "Team", "Periode",
           "Omschrijving", "Aantallen")


class OverviewTab(QWidget):
    def __init__(self, open_dialog: OpenDialog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._open_dialog = open_dialog
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for name in _FIELDS:
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[name] = value
            form.addRow(f"<b>{text(name)}</b>", value)
        fields = QWidget()
        fields.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidget(fields)
        scroll.setWidgetResizable(True)

        self.findings = TableTab(FindingTableModel(self), text("Nog geen bevindingen."),
                                 stretch_column=FindingTableModel.Column.TEXT, title=text("Bevindingen"))
        self.recommendations = TableTab(RecommendationTableModel(self), text("Nog geen aanbevelingen."),
                                        stretch_column=RecommendationTableModel.Column.TEXT,
                                        title=text("Aanbevelingen en opvolging"))
        self.rebuttals = TableTab(RebuttalTableModel(self), text("Nog geen wederhoortabel."),
                                  stretch_column=RebuttalTableModel.Column.FINDING, title=text("Hoor en wederhoor"))
        self.findings.add_button(text("Bevinding toevoegen…"), "addFinding").clicked.connect(
            lambda: self._open_dialog("finding", None))
        self.recommendations.add_button(text("Aanbeveling toevoegen…"), "addRecommendation").clicked.connect(
            lambda: self._open_dialog("recommendation", None))
        edit_rec = self.recommendations.add_button(text("Opvolging…"), "editRecommendation", needs_selection=True)
        edit_rec.clicked.connect(lambda: self._open_dialog("recommendation", self.recommendations.selected()))
        self.recommendations.activated_row.connect(lambda row: self._open_dialog("recommendation", row))
        self.rebuttals.add_button(text("Rij toevoegen…"), "addRebuttal").clicked.connect(
            lambda: self._open_dialog("rebuttal", None))
        edit_reb = self.rebuttals.add_button(text("Bewerken…"), "editRebuttal", needs_selection=True)
        edit_reb.clicked.connect(lambda: self._open_dialog("rebuttal", self.rebuttals.selected()))
        self.rebuttals.activated_row.connect(lambda row: self._open_dialog("rebuttal", row))

        splitter = QSplitter(Qt.Orientation.Vertical)
        for part in (scroll, self.findings, self.recommendations, self.rebuttals):
            splitter.addWidget(part)
        splitter.setSizes([330, 150, 150, 150])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def models(self) -> list:
        return [self.findings.model, self.recommendations.model, self.rebuttals.model]

    def finding_rows(self) -> list[FindingRow]:
        return self.findings.model.rows()

    def show_detail(self, detail: InvestigationDetail, theme_labels: dict[str, str]) -> None:
        counts = detail.counts
        period = " – ".join(x for x in (fmt_date(detail.start_date), fmt_date(detail.end_date)) if x)
        shown = {
            "Kenmerk": detail.reference,
            "Titel": detail.title,
            "Soort": label(detail.kind),
            "Status": label(detail.status),
            "Thema's": ", ".join(theme_labels.get(c, c) for c in detail.themes) or "—",
            "Domeinen": labels(detail.domains) or "—",
            "Projectleider": detail.lead_inspector or "—",
            "Team": ", ".join(detail.team) or "—",
            "Periode": period or "—",
            "Omschrijving": detail.description or "—",
            "Aantallen": text("%1 signalen, %2 gesprekspartners, %3 gesprekken, %4 werkbezoeken")
            .replace("%1", str(counts.get("signals", 0))).replace("%2", str(counts.get("interviewees", 0)))
            .replace("%3", str(counts.get("interviews", 0))).replace("%4", str(counts.get("field_visits", 0))),
        }
        for name, value in shown.items():
            self.values[name].setText(value)

    def clear(self) -> None:
        for value in self.values.values():
            value.clear()
        for model in self.models():
            model.clear()
