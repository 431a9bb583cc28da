"""New / edit dossier: every field of an investigation, validated by the service.

Themes come from the editable theme list; a new theme can be added right here (it is saved at
once through ``add_theme`` and checked).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ibtd_desktop.domain.casework.enums import Domain, InvestigationKind, InvestigationStatus
from ibtd_desktop.domain.casework.investigations import (
    AddTheme,
    CreateInvestigation,
    InvestigationDetail,
    ThemeRow,
    UpdateInvestigation,
)
from ibtd_desktop.services.casework import investigations
from ibtd_desktop.ui.investigations.calls import VaultCalls
from ibtd_desktop.ui.investigations.form_widgets import CheckList, CodeCombo, DateField, split_names
from ibtd_desktop.ui.investigations.labels import text
from ibtd_desktop.ui.investigations.service_dialog import Command, ServiceDialog

RECORD = "investigation"


class InvestigationDialog(ServiceDialog):
    theme_added = Signal(object)

    FIELD_LABELS = {
        "reference": QT_TRANSLATE_NOOP("CaseworkLabels", "Kenmerk"),
        "title": QT_TRANSLATE_NOOP("CaseworkLabels", "Titel"),
        "kind": QT_TRANSLATE_NOOP("CaseworkLabels", "Soort"),
        "themes": QT_TRANSLATE_NOOP("CaseworkLabels", "Thema's"),
        "domains": QT_TRANSLATE_NOOP("CaseworkLabels", "Domeinen"),
        "status": QT_TRANSLATE_NOOP("CaseworkLabels", "Status"),
        "lead_inspector": QT_TRANSLATE_NOOP("CaseworkLabels", "Projectleider"),
        "team": QT_TRANSLATE_NOOP("CaseworkLabels", "Team"),
        "start_date": QT_TRANSLATE_NOOP("CaseworkLabels", "Startdatum"),
        "end_date": QT_TRANSLATE_NOOP("CaseworkLabels", "Einddatum"),
        "description": QT_TRANSLATE_NOOP("CaseworkLabels", "Omschrijving"),
        "label": QT_TRANSLATE_NOOP("CaseworkLabels", "Nieuw thema"),
        "code": QT_TRANSLATE_NOOP("CaseworkLabels", "Nieuw thema"),
    }

    def __init__(self, calls: VaultCalls, themes: list[ThemeRow], detail: InvestigationDetail | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(calls, parent)
        self.setObjectName("investigationDialog")
        self.detail = detail
        self.setWindowTitle(text("Dossier bewerken") if detail else text("Nieuw dossier"))
        self.reference = QLineEdit()
        self.reference.setPlaceholderText("IBTD-2026-012")
        self.title_edit = QLineEdit()
        self.kind = CodeCombo(InvestigationKind)
        self.themes = CheckList()
        self.new_theme = QLineEdit()
        self.new_theme.setPlaceholderText(text("Nieuw thema…"))
        self.add_theme_button = QPushButton(text("Thema toevoegen"))
        self.domains = CheckList()
        self.domains.set_enum_items(Domain)
        self.domains.fit_to_items()
        self.status = CodeCombo(InvestigationStatus)
        self.lead = QLineEdit()
        self.team = QLineEdit()
        self.team.setPlaceholderText(text("namen, gescheiden door komma's"))
        self.start = DateField()
        self.end = DateField()
        self.description = QPlainTextEdit()
        self.description.setMinimumHeight(90)
        self._set_themes(themes, detail.themes if detail else ())
        if detail is not None:
            self._fill(detail)

        theme_row = QHBoxLayout()
        theme_row.addWidget(self.new_theme, 1)
        theme_row.addWidget(self.add_theme_button)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(self.end)
        dates.addStretch(1)
        form = QFormLayout()
        form.addRow(text("Kenmerk"), self.reference)
        form.addRow(text("Titel"), self.title_edit)
        form.addRow(text("Soort"), self.kind)
        form.addRow(text("Thema's"), self.themes)
        form.addRow("", theme_row)
        form.addRow(text("Domeinen"), self.domains)
        form.addRow(text("Status"), self.status)
        form.addRow(text("Projectleider"), self.lead)
        form.addRow(text("Team"), self.team)
        form.addRow(text("Start en einde"), dates)
        form.addRow(text("Omschrijving"), self.description)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.add_theme_button.clicked.connect(self.add_theme)
        self.new_theme.returnPressed.connect(self.add_theme)
        self.watch(self.reference, self.title_edit, self.kind, self.themes, self.domains, self.status, self.lead,
                   self.team, self.start, self.end, self.description)

    def field_widgets(self) -> dict[str, QWidget]:
        return {"reference": self.reference, "title": self.title_edit, "themes": self.themes,
                "domains": self.domains, "lead_inspector": self.lead, "team": self.team,
                "start_date": self.start, "end_date": self.end, "description": self.description,
                "label": self.new_theme, "code": self.new_theme}

    def build_command(self) -> Command:
        values = dict(
            reference=self.reference.text().strip(),
            title=self.title_edit.text().strip(),
            kind=self.kind.value(),
            themes=tuple(self.themes.values()),
            domains=tuple(self.domains.values()),
            status=self.status.value(),
            lead_inspector=self.lead.text().strip(),
            team=split_names(self.team.text()),
            start_date=self.start.date_value(RECORD, "start_date"),
            end_date=self.end.date_value(RECORD, "end_date"),
            description=self.description.toPlainText(),
        )
        if self.detail is None:
            return investigations.create_investigation, (CreateInvestigation(**values),)
        return investigations.update_investigation, (UpdateInvestigation(investigation_id=self.detail.id, **values),)

    def add_theme(self) -> None:
        label = self.new_theme.text().strip()
        if not label:
            return
        self._clear_highlight()
        self._calls.run(investigations.add_theme, AddTheme(label=label), on_success=self._theme_added,
                        on_failure=self.show_error, owner=self)

    def _theme_added(self, theme: ThemeRow) -> None:
        self.new_theme.clear()
        self.error.clear()
        self.themes.set_items(self.themes.items() + [(theme.code, theme.label)], checked=[theme.code])
        self.modified = True
        self.theme_added.emit(theme)

    def _set_themes(self, themes: list[ThemeRow], checked: tuple[str, ...]) -> None:
        # Archived themes are offered only where a dossier already carries them.
        offered = [(t.code, t.label) for t in themes if not t.archived or t.code in checked]
        self.themes.set_items(offered, checked)

    def _fill(self, detail: InvestigationDetail) -> None:
        self.reference.setText(detail.reference)
        self.title_edit.setText(detail.title)
        self.kind.set_value(detail.kind)
        for domain in detail.domains:
            self.domains.set_checked(domain)
        self.status.set_value(detail.status)
        self.lead.setText(detail.lead_inspector)
        self.team.setText(", ".join(detail.team))
        self.start.set_date(detail.start_date)
        self.end.set_date(detail.end_date)
        self.description.setPlainText(detail.description)
