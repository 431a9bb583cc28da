"""Passphrase entered twice, with the policy's strength meter and its refusal reason.

Shared by the first-run dialog and the add-user dialog. The verdict comes from the domain policy
(the same check the vault service enforces), so the meter never promises what the service refuses.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from ibtd_desktop.domain import passphrase_policy
from ibtd_desktop.domain.passphrase_policy import PassphraseStrength
from ibtd_desktop.ui.i18n import localise_message

Estimator = Callable[[str, tuple[str, ...]], PassphraseStrength]


class PassphraseFields(QObject):
    """Adds its rows to the dialog's form, so all labels line up in one column."""

    changed = Signal()

    def __init__(self, form: QFormLayout, owner: QWidget, *, estimator: Estimator = passphrase_policy.estimate) -> None:
        super().__init__(owner)
        self._estimator = estimator
        self._user_inputs: tuple[str, ...] = ()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("passphraseRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar()
        self.meter.setObjectName("strengthMeter")
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(True)
        self.reason = QLabel()
        self.reason.setObjectName("passphraseReason")
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color: #a12622;")
        self._labels = [QLabel(), QLabel(), QLabel()]
        form.addRow(self._labels[0], self.passphrase)
        form.addRow(self._labels[1], self.repeat)
        form.addRow(self._labels[2], self.meter)
        form.addRow(self.reason)
        # The owner widget forwards language changes to us (we are not a widget ourselves).
        owner.installEventFilter(self)
        self.passphrase.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        self._verdict: PassphraseStrength | None = None
        self.retranslate()

    def set_user_inputs(self, words: tuple[str, ...]) -> None:
        """Words the passphrase must not lean on (the user's own name)."""
        self._user_inputs = words
        self._update()

    def text(self) -> str:
        return self.passphrase.text()

    def is_acceptable(self) -> bool:
        return bool(self._verdict and self._verdict.acceptable and self.passphrase.text() == self.repeat.text())

    def problem(self) -> str:
        """Why the passphrase cannot be used yet, in the UI language ('' when it can)."""
        if not self.passphrase.text():
            return ""
        if self._verdict is not None and not self._verdict.acceptable and self._verdict.reason:
            return localise_message(self._verdict.reason)
        if self.repeat.text() and self.repeat.text() != self.passphrase.text():
            return self.tr("De twee wachtzinnen zijn niet gelijk.")
        if not self.repeat.text():
            return self.tr("Herhaal de wachtzin.")
        return ""

    def show_refusal(self, message: str) -> None:
        """Show a refusal from the service (e.g. ``WeakPassphrase``)."""
        self.reason.setText(localise_message(message))

    def set_enabled(self, enabled: bool) -> None:
        self.passphrase.setEnabled(enabled)
        self.repeat.setEnabled(enabled)

    def clear(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()

    def _update(self) -> None:
        text = self.passphrase.text()
        self._verdict = self._estimator(text, self._user_inputs) if text else None
        score = self._verdict.score if self._verdict else 0
        self.meter.setValue(score)
        self.meter.setFormat(self._score_text(score) if text else "")
        self.reason.setText(self.problem())
        self.changed.emit()

    def _score_text(self, score: int) -> str:
        names = [self.tr("Zeer zwak"), self.tr("Zwak"), self.tr("Matig"), self.tr("Redelijk"), self.tr("Sterk")]
        return names[max(0, min(score, 4))]

    def retranslate(self) -> None:
        self._labels[0].setText(self.tr("Wachtzin"))
        self._labels[1].setText(self.tr("Herhaal wachtzin"))
        self._labels[2].setText(self.tr("Sterkte"))
        self.passphrase.setPlaceholderText(self.tr("minstens vier ongebruikelijke woorden"))
        self._update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False
