"""Gesprekspartners: pseudonyms in a table; consent and anonymity agreement of the selected one;
identity only after an explicit "Toon identiteit" (the audited ``reveal_identity`` service).

Revealed identity lives only in this tab's labels, never in a model, and is wiped when another
interviewee is selected, the dossier changes or the page detaches (lock).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QSplitter, QVBoxLayout, QWidget

from ibtd_desktop.domain.casework.people import IntervieweeDetail, IntervieweeIdentity, IntervieweeRow, RevealIdentity
from ibtd_desktop.services.casework import interviewees
from ibtd_desktop.ui.investigations.calls import VaultCalls
from ibtd_desktop.ui.investigations.labels import fmt_date, label, labels, text, yes_no
from ibtd_desktop.ui.investigations.models import IntervieweeTableModel
from ibtd_desktop.ui.investigations.table_tab import TableTab


def consent_summary(detail: IntervieweeDetail) -> str:
    consent = detail.consent
    if consent is None:
        return text("Geen toestemming vastgelegd.")
    parts = [
        text("%1 gegeven op %2").replace("%1", label(consent.form)).replace("%2", fmt_date(consent.given_on)),
        text("aantekeningen: %1").replace("%1", yes_no(consent.notes_allowed)),
        label(consent.quotes),
        text("opname: %1").replace("%1", yes_no(consent.recording)),
        text("samenvatting delen: %1").replace("%1", yes_no(consent.share_summary)),
    ]
    if consent.retain_until:
        parts.append(text("bewaren tot %1").replace("%1", fmt_date(consent.retain_until)))
    if consent.withdrawn_on:
        parts.append(text("INGETROKKEN op %1").replace("%1", fmt_date(consent.withdrawn_on)))
    return "; ".join(parts)


def anonymity_summary(detail: IntervieweeDetail) -> str:
    agreement = detail.anonymity
    if agreement is None:
        return text("Geen anonimiteitsafspraak vastgelegd.")
    lines = [labels(agreement.safeguards) or text("geen waarborgen aangevinkt")]
    if agreement.text:
        lines.append(agreement.text)
    if agreement.communicated_on:
        lines.append(text("meegedeeld op %1").replace("%1", fmt_date(agreement.communicated_on)))
    return "\n".join(lines)


class IntervieweesTab(QWidget):
    def __init__(self, calls: VaultCalls, open_dialog: Callable[[str, object], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._calls = calls
        self.detail: IntervieweeDetail | None = None
        self.table = TableTab(IntervieweeTableModel(self), text("Nog geen gesprekspartners in dit dossier."),
                              stretch_column=IntervieweeTableModel.Column.ROLE)
        self.table.add_button(text("Gesprekspartner toevoegen…"), "addInterviewee").clicked.connect(
            lambda: open_dialog("interviewee", None))
        self.agreements_button = self.table.add_button(text("Afspraken bewerken…"), "editAgreements")
        self.agreements_button.clicked.connect(lambda: self.detail and open_dialog("agreements", self.detail))
        self.withdraw_button = self.table.add_button(text("Toestemming intrekken…"), "withdrawConsent")
        self.withdraw_button.clicked.connect(lambda: self.detail and open_dialog("withdraw_consent", self.detail))
        self.table.selection_changed.connect(self._selected)
        self.model = self.table.model

        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.consent = QLabel()
        self.anonymity = QLabel()
        for value in (self.consent, self.anonymity):
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(text("Reden (komt in het auditlog)"))
        self.reveal_button = QPushButton(text("Toon identiteit"))
        self.reveal_button.setObjectName("revealIdentity")
        self.hide_button = QPushButton(text("Verberg identiteit"))
        self.identity_fields = {name: QLabel() for name in ("name", "phone", "email", "address")}
        identity_box = QGroupBox(text("Identiteit"))
        identity_form = QFormLayout(identity_box)
        identity_form.addRow(self.reason)
        identity_form.addRow(self.reveal_button)
        for name, caption in (("name", text("Naam")), ("phone", text("Telefoon")), ("email", text("E-mail")),
                              ("address", text("Adres"))):
            self.identity_fields[name].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            identity_form.addRow(caption, self.identity_fields[name])
        identity_form.addRow(self.hide_button)
        self.identity_box = identity_box
        self._identity_form = identity_form

        side = QWidget()
        side_layout = QFormLayout(side)
        side_layout.addRow(self.heading)
        side_layout.addRow(f"<b>{text('Toestemming')}</b>", self.consent)
        side_layout.addRow(f"<b>{text('Anonimiteitsafspraak')}</b>", self.anonymity)
        side_layout.addRow(identity_box)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setSizes([560, 380])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.reveal_button.clicked.connect(self.reveal)
        self.hide_button.clicked.connect(self.hide_identity)
        self._show_detail(None)

    def set_rows(self, rows: list[IntervieweeRow]) -> None:
        selected = self.detail.id if self.detail else None
        self.table.set_rows(rows)
        self._show_detail(None)
        if selected is not None:
            self.table.select_id(selected)

    def clear(self) -> None:
        self.table.model.clear()
        self._show_detail(None)

    def revealed(self) -> bool:
        return any(value.text() for value in self.identity_fields.values())

    def reveal(self) -> None:
        if self.detail is None:
            return
        person_id = self.detail.id
        self._calls.run(interviewees.reveal_identity, RevealIdentity(person_id, self.reason.text().strip()),
                        on_success=lambda identity: self._show_identity(person_id, identity), owner=self)

    def hide_identity(self) -> None:
        for value in self.identity_fields.values():
            value.clear()
        self.reason.clear()
        self._set_identity_rows_visible(False)

    # -- internals ---------------------------------------------------------------------------
    def _selected(self, row: IntervieweeRow | None) -> None:
        self.hide_identity()
        if row is None:
            self._show_detail(None)
            return
        self._calls.run(interviewees.get_interviewee, row.id, on_success=self._loaded, owner=self)

    def _loaded(self, detail: IntervieweeDetail) -> None:
        selected = self.table.selected()
        if selected is None or selected.id != detail.id:
            return  # the selection moved on while loading
        self._show_detail(detail)

    def _show_detail(self, detail: IntervieweeDetail | None) -> None:
        self.hide_identity()
        self.detail = detail
        self.heading.setText(detail.pseudonym if detail else text("Kies een gesprekspartner."))
        self.consent.setText(consent_summary(detail) if detail else "")
        self.anonymity.setText(anonymity_summary(detail) if detail else "")
        self.identity_box.setEnabled(detail is not None and detail.has_identity)
        self.agreements_button.setEnabled(detail is not None)
        consent = detail.consent if detail else None
        self.withdraw_button.setEnabled(consent is not None and not consent.withdrawn)
        self.reveal_button.setText(text("Toon identiteit") if detail is None or detail.has_identity
                                   else text("Geen identiteit vastgelegd"))

    def _show_identity(self, person_id: int, identity: IntervieweeIdentity | None) -> None:
        if self.detail is None or self.detail.id != person_id:
            return  # another interviewee was selected meanwhile: do not show this one's identity
        identity = identity or IntervieweeIdentity()
        for name, value in self.identity_fields.items():
            value.setText(getattr(identity, name) or "—")
        self._set_identity_rows_visible(True)

    def _set_identity_rows_visible(self, visible: bool) -> None:
        for value in self.identity_fields.values():
            self._identity_form.setRowVisible(value, visible)
        self._identity_form.setRowVisible(self.hide_button, visible)
