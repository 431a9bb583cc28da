"""Quick entry of a new signal. The reporter's identity (optional) is a separate, sensitive part:
it is sent to the service apart from the signal and never shown in the inbox."""

from __future__ import annotations

from datetime import date
from typing import Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ibtd_desktop.domain.casework.enums import Domain, SignalChannel, SourceConfidentiality
from ibtd_desktop.domain.casework.investigations import ThemeRow
from ibtd_desktop.domain.casework.signals import RecordSignal, SourceIdentity
from ibtd_desktop.domain.casework.validation import FieldError
from ibtd_desktop.services.casework import signals
from ibtd_desktop.ui.investigations.calls import VaultCalls
from ibtd_desktop.ui.investigations.form_widgets import CodeCombo, DateField
from ibtd_desktop.ui.investigations.labels import error_text, text
from ibtd_desktop.ui.investigations.service_dialog import problem_text

RECORD = "signal"
Today = Callable[[], date]

_FIELD_LABELS = {
    "received_on": QT_TRANSLATE_NOOP("CaseworkLabels", "Ontvangen op"),
    "channel": QT_TRANSLATE_NOOP("CaseworkLabels", "Kanaal"),
    "text": QT_TRANSLATE_NOOP("CaseworkLabels", "Signaal"),
    "domain": QT_TRANSLATE_NOOP("CaseworkLabels", "Domein"),
    "theme": QT_TRANSLATE_NOOP("CaseworkLabels", "Thema"),
    "source": QT_TRANSLATE_NOOP("CaseworkLabels", "Melder"),
}


class SignalEntryWidget(QGroupBox):
    recorded = Signal(object)  # SignalDetail

    def __init__(self, calls: VaultCalls, today: Today = date.today, parent: QWidget | None = None) -> None:
        super().__init__(text("Nieuw signaal"), parent)
        self.setObjectName("signalEntry")
        self._calls = calls
        self._today = today
        self.received_on = DateField()
        self.channel = CodeCombo(SignalChannel)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(text("Wat wordt er gemeld?"))
        self.text_edit.setMinimumHeight(120)
        self.domain = CodeCombo(Domain, empty=text("(onbekend)"))
        self.theme = CodeCombo(empty=text("(geen thema)"))
        self.confidentiality = CodeCombo(SourceConfidentiality)
        self.confidentiality.set_value(SourceConfidentiality.CONFIDENTIAL)
        self.source_name = QLineEdit()
        self.source_contact = QLineEdit()
        source_box = QGroupBox(text("Melder (optioneel, apart bewaard, nooit in lijsten)"))
        source_form = QFormLayout(source_box)
        source_form.addRow(text("Naam"), self.source_name)
        source_form.addRow(text("Contact"), self.source_contact)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a12622;")
        self.save_button = QPushButton(text("Signaal vastleggen"))
        self.save_button.setObjectName("recordSignal")
        form = QFormLayout()
        form.addRow(text("Ontvangen op"), self.received_on)
        form.addRow(text("Kanaal"), self.channel)
        form.addRow(text("Domein"), self.domain)
        form.addRow(text("Thema"), self.theme)
        form.addRow(text("Bron"), self.confidentiality)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(source_box)
        layout.addWidget(self.error)
        layout.addWidget(self.save_button)
        self.save_button.clicked.connect(self.submit)
        self.reset()

    def set_themes(self, themes: list[ThemeRow]) -> None:
        self.theme.set_items([(t.code, t.label) for t in themes if not t.archived])

    def reset(self) -> None:
        self.received_on.set_date(self._today())
        self.text_edit.clear()
        self.source_name.clear()
        self.source_contact.clear()
        self.error.clear()

    def has_input(self) -> bool:
        return bool(self.text_edit.toPlainText().strip() or self.source_name.text().strip()
                    or self.source_contact.text().strip())

    def command(self) -> RecordSignal:
        source = SourceIdentity(name=self.source_name.text().strip(), contact=self.source_contact.text().strip())
        return RecordSignal(
            received_on=self.received_on.date_value(RECORD, "received_on", required=True),
            channel=self.channel.value(),
            text=self.text_edit.toPlainText().strip(),
            domain=self.domain.value(),
            theme=self.theme.value(),
            confidentiality=self.confidentiality.value(),
            source=source if (source.name or source.contact) else None,
        )

    def submit(self) -> None:
        try:
            cmd = self.command()
        except FieldError as exc:
            self._failed(exc)
            return
        self.save_button.setEnabled(False)
        self._calls.run(signals.record_signal, cmd, on_success=self._recorded, on_failure=self._failed, owner=self)

    def save_pending(self) -> None:
        """Lock with a typed signal: record it if it is complete (callbacks are dropped by the lock)."""
        if not self.text_edit.toPlainText().strip():
            return
        try:
            cmd = self.command()
        except FieldError:
            return
        self._calls.run(signals.record_signal, cmd, on_success=lambda _d: None, on_failure=lambda _e: None)

    def _recorded(self, detail: Any) -> None:
        self.save_button.setEnabled(True)
        self.reset()
        self.recorded.emit(detail)

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, FieldError):
            name = _FIELD_LABELS.get(exc.field.split(".")[0])
            self.error.setText(f"{text(name) if name else exc.field}: {problem_text(exc.problem)}")
        else:
            self.error.setText(error_text(exc))
