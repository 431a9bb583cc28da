"""Add a gesprekspartner: role, organisation kind, consent, anonymity agreement and (optionally)
identity. Identity typed here goes straight to the service; it is never shown back in a list."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ibtd_desktop.domain.casework.enums import ConsentForm, IntervieweeRole, OrganisationKind, QuotePermission, Safeguard
from ibtd_desktop.domain.casework.people import (
    AddInterviewee,
    AnonymityAgreement,
    Consent,
    IntervieweeDetail,
    IntervieweeIdentity,
    RecordAnonymityAgreement,
    RecordConsent,
    WithdrawConsent,
)
from ibtd_desktop.services.casework import interviewees
from ibtd_desktop.ui.investigations.calls import VaultCalls
from ibtd_desktop.ui.investigations.form_widgets import CheckList, CodeCombo, DateField
from ibtd_desktop.ui.investigations.labels import text
from ibtd_desktop.ui.investigations.service_dialog import Command, ServiceDialog

RECORD = "interviewee"


class IntervieweeDialog(ServiceDialog):
    FIELD_LABELS = {
        "role": QT_TRANSLATE_NOOP("CaseworkLabels", "Rol"),
        "organisation_kind": QT_TRANSLATE_NOOP("CaseworkLabels", "Organisatie"),
        "identity": QT_TRANSLATE_NOOP("CaseworkLabels", "Identiteit"),
        "consent.date": QT_TRANSLATE_NOOP("CaseworkLabels", "Datum toestemming"),
        "consent.retain_until": QT_TRANSLATE_NOOP("CaseworkLabels", "Bewaren tot"),
        "consent.withdrawn": QT_TRANSLATE_NOOP("CaseworkLabels", "Ingetrokken op"),
        "consent": QT_TRANSLATE_NOOP("CaseworkLabels", "Toestemming"),
        "anonymity_agreement.text": QT_TRANSLATE_NOOP("CaseworkLabels", "Afspraken in eigen woorden"),
        "anonymity_agreement.communicated": QT_TRANSLATE_NOOP("CaseworkLabels", "Meegedeeld op"),
        "anonymity_agreement": QT_TRANSLATE_NOOP("CaseworkLabels", "Anonimiteitsafspraak"),
    }

    def __init__(self, calls: VaultCalls, investigation_id: int, parent: QWidget | None = None, *,
                 detail: IntervieweeDetail | None = None) -> None:
        """Without ``detail``: add an interviewee. With it: edit that one's consent and anonymity
        agreement (role and identity have their own paths)."""
        super().__init__(calls, parent)
        self.setObjectName("intervieweeDialog")
        self.setWindowTitle(text("Gesprekspartner toevoegen"))
        self.investigation_id = investigation_id
        self.detail = detail
        self.role = CodeCombo(IntervieweeRole)
        self.organisation = CodeCombo(OrganisationKind, empty=text("(geen)"))
        # Consent
        self.consent_box = QGroupBox(text("Toestemming vastgelegd"))
        self.consent_box.setCheckable(True)
        self.consent_date = DateField()
        self.consent_form = CodeCombo(ConsentForm)
        self.notes_allowed = QCheckBox(text("aantekeningen toegestaan"))
        self.notes_allowed.setChecked(True)
        self.quotes = CodeCombo(QuotePermission)
        self.recording = QCheckBox(text("opname toegestaan"))
        self.share_summary = QCheckBox(text("samenvatting delen met de bron"))
        self.retain_until = DateField()
        self.withdrawn_on = DateField()
        consent = QFormLayout(self.consent_box)
        when = QHBoxLayout()
        when.addWidget(self.consent_date)
        when.addWidget(self.consent_form)
        when.addStretch(1)
        consent.addRow(text("Datum en vorm"), when)
        consent.addRow(text("Citaten"), self.quotes)
        checks = QVBoxLayout()
        for box in (self.notes_allowed, self.recording, self.share_summary):
            checks.addWidget(box)
        consent.addRow("", checks)
        consent.addRow(text("Bewaren tot"), self.retain_until)
        consent.addRow(text("Ingetrokken op"), self.withdrawn_on)
        # Anonymity agreement
        self.anonymity_box = QGroupBox(text("Anonimiteitsafspraak"))
        self.anonymity_box.setCheckable(True)
        self.safeguards = CheckList()
        self.safeguards.set_enum_items(Safeguard)
        self.safeguards.fit_to_items()
        self.anonymity_text = QPlainTextEdit()
        self.anonymity_text.setPlaceholderText(text("Afspraken in eigen woorden"))
        self.anonymity_text.setMaximumHeight(70)
        self.communicated_on = DateField()
        anonymity = QFormLayout(self.anonymity_box)
        anonymity.addRow(text("Waarborgen"), self.safeguards)
        anonymity.addRow(text("Toelichting"), self.anonymity_text)
        anonymity.addRow(text("Meegedeeld op"), self.communicated_on)
        # Identity (optional; stored apart, shown only on explicit request)
        self.identity_box = QGroupBox(text("Identiteit (optioneel, apart bewaard)"))
        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.address = QLineEdit()
        identity = QGridLayout(self.identity_box)
        for i, (caption, widget) in enumerate(((text("Naam"), self.name), (text("Telefoon"), self.phone),
                                               (text("E-mail"), self.email), (text("Adres"), self.address))):
            identity.addWidget(QLabel(caption), i // 2, (i % 2) * 2)
            identity.addWidget(widget, i // 2, (i % 2) * 2 + 1)

        top = QFormLayout()
        top.addRow(text("Rol"), self.role)
        top.addRow(text("Organisatie"), self.organisation)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.consent_box)
        layout.addWidget(self.anonymity_box)
        layout.addWidget(self.identity_box)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)
        if detail is not None:
            self.setWindowTitle(text("Afspraken met %1").replace("%1", detail.pseudonym))
            for widget in (self.role, self.organisation):
                top.setRowVisible(widget, False)
            self.identity_box.setVisible(False)
            self._fill_agreements(detail)
        self.watch(self.role, self.organisation, self.consent_date, self.consent_form, self.quotes, self.notes_allowed,
                   self.recording, self.share_summary, self.retain_until, self.withdrawn_on, self.safeguards,
                   self.anonymity_text, self.communicated_on, self.name, self.phone, self.email, self.address)

    def field_widgets(self) -> dict[str, QWidget]:
        return {"consent.date": self.consent_date, "consent.retain_until": self.retain_until,
                "consent.withdrawn": self.withdrawn_on, "anonymity_agreement.text": self.anonymity_text,
                "anonymity_agreement.communicated": self.communicated_on, "identity": self.identity_box}

    def build_command(self) -> Command:
        consent = None
        if self.consent_box.isChecked():
            consent = Consent(
                given_on=self.consent_date.date_value(RECORD, "consent.date", required=True),
                form=self.consent_form.value(),
                notes_allowed=self.notes_allowed.isChecked(),
                quotes=self.quotes.value(),
                recording=self.recording.isChecked(),
                share_summary=self.share_summary.isChecked(),
                retain_until=self.retain_until.date_value(RECORD, "consent.retain_until"),
                withdrawn_on=self.withdrawn_on.date_value(RECORD, "consent.withdrawn"),
            )
        anonymity = None
        if self.anonymity_box.isChecked():
            anonymity = AnonymityAgreement(
                safeguards=tuple(self.safeguards.values()),
                text=self.anonymity_text.toPlainText(),
                communicated_on=self.communicated_on.date_value(RECORD, "anonymity_agreement.communicated"),
            )
        if self.detail is not None:
            return record_agreements, (self.detail.id, consent, anonymity)
        identity = IntervieweeIdentity(name=self.name.text().strip(), phone=self.phone.text().strip(),
                                       email=self.email.text().strip(), address=self.address.text().strip())
        return interviewees.add_interviewee, (AddInterviewee(
            investigation_id=self.investigation_id, role=self.role.value(),
            organisation_kind=self.organisation.value(), identity=None if identity.is_empty() else identity,
            consent=consent, anonymity=anonymity),)

    def _fill_agreements(self, detail: IntervieweeDetail) -> None:
        consent, agreement = detail.consent, detail.anonymity
        self.consent_box.setChecked(consent is not None)
        if consent is not None:
            self.consent_date.set_date(consent.given_on)
            self.consent_form.set_value(consent.form)
            self.notes_allowed.setChecked(consent.notes_allowed)
            self.quotes.set_value(consent.quotes)
            self.recording.setChecked(consent.recording)
            self.share_summary.setChecked(consent.share_summary)
            self.retain_until.set_date(consent.retain_until)
            self.withdrawn_on.set_date(consent.withdrawn_on)
        self.anonymity_box.setChecked(agreement is not None)
        if agreement is not None:
            for safeguard in agreement.safeguards:
                self.safeguards.set_checked(safeguard)
            self.anonymity_text.setPlainText(agreement.text)
            self.communicated_on.set_date(agreement.communicated_on)


def record_agreements(interviewee_id: int, consent: Consent | None, anonymity: AnonymityAgreement | None,
                      uow: Any) -> IntervieweeDetail | None:
    """Database thread: consent and anonymity agreement in one transaction (the services join an
    open unit of work). A part left unchecked in the form stays as it was, never erased."""
    result = None
    with uow:
        if consent is not None:
            result = interviewees.record_consent(RecordConsent(interviewee_id, consent), uow)
        if anonymity is not None:
            result = interviewees.record_anonymity_agreement(RecordAnonymityAgreement(interviewee_id, anonymity), uow)
        uow.commit()
    return result


class WithdrawConsentDialog(ServiceDialog):
    """The source withdraws consent: the date is recorded; notes and summaries check it."""

    FIELD_LABELS = {
        "consent.withdrawn": QT_TRANSLATE_NOOP("CaseworkLabels", "Ingetrokken op"),
        "consent": QT_TRANSLATE_NOOP("CaseworkLabels", "Toestemming"),
    }

    def __init__(self, calls: VaultCalls, interviewee_id: int, pseudonym: str, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(calls, parent)
        self.setWindowTitle(text("Toestemming intrekken"))
        self.interviewee_id = interviewee_id
        self.withdrawn_on = DateField()
        self.withdrawn_on.set_date(today)
        intro = QLabel(text("%1 trekt de toestemming in.").replace("%1", pseudonym))
        form = QFormLayout()
        form.addRow(text("Ingetrokken op"), self.withdrawn_on)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.watch(self.withdrawn_on)

    def field_widgets(self) -> dict[str, QWidget]:
        return {"consent.withdrawn": self.withdrawn_on}

    def build_command(self) -> Command:
        when = self.withdrawn_on.date_value(RECORD, "consent.withdrawn", required=True)
        return interviewees.withdraw_consent, (WithdrawConsent(self.interviewee_id, when),)
