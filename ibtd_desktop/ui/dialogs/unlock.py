"""Unlock the vault: a clear error on a wrong passphrase and a growing delay after each failure.

The delay runs on an injectable ``DelayTimer`` (tests fire it by hand, nothing sleeps). The
failure count lives in an ``UnlockThrottle`` the app keeps for the whole session, so closing and
reopening the dialog (or locking again) does not reset it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ibtd_desktop.domain.errors import IbtdError, NotAVault, UnsupportedVersion, WrongPassphrase
from ibtd_desktop.ui.i18n import localise_message

if TYPE_CHECKING:
    from ibtd_desktop.ui.tasks import TaskRunner

UnlockFn = Callable[[str], Any]  # passphrase -> Vault (raises WrongPassphrase, NotAVault, ...)


class UnlockThrottle:
    """Failures so far and the wait they earn: 1 s, 2 s, 4 s ... capped at ``max_seconds``."""

    def __init__(self, *, first_seconds: int = 1, max_seconds: int = 30) -> None:
        self.failures = 0
        self._first = first_seconds
        self._max = max_seconds

    def register_failure(self) -> int:
        """Count a failure; returns the delay in seconds before the next attempt."""
        self.failures += 1
        return min(self._first * 2 ** (self.failures - 1), self._max)

    def reset(self) -> None:
        self.failures = 0


class DelayTimer(Protocol):
    def start(self, seconds: int, owner: QObject, callback: Callable[[], None]) -> None: ...


class QtDelayTimer:
    """Production timer: a single-shot QTimer that dies with its owner."""

    def start(self, seconds: int, owner: QObject, callback: Callable[[], None]) -> None:
        QTimer.singleShot(seconds * 1000, owner, callback)


class UnlockDialog(QDialog):
    """Emits ``unlocked(vault)`` and accepts on success; Cancel means quit the app."""

    unlocked = Signal(object)

    def __init__(
        self,
        folder: Path,
        unlock: UnlockFn,
        runner: "TaskRunner",
        *,
        throttle: UnlockThrottle | None = None,
        timer: DelayTimer | None = None,
        demo_passphrase: str | None = None,
        demo_reviewer: tuple[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self._folder = folder
        self._unlock = unlock
        self._runner = runner
        self.throttle = throttle or UnlockThrottle()
        self._timer = timer or QtDelayTimer()
        self._demo_passphrase = demo_passphrase
        self._demo_reviewer = demo_reviewer  # (name, passphrase) of the demo's second user
        self._busy = False
        self._preparing = False
        self._waiting_seconds = 0
        self.vault: Any = None

        self._title = QLabel()
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self._title.setFont(font)
        self._folder_label = QLabel(str(folder))
        self._folder_label.setObjectName("vaultFolder")
        self._folder_label.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.demo_hint = QLabel()
        self.demo_hint.setObjectName("demoHint")
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setVisible(demo_passphrase is not None)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a12622;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._folder_label)
        layout.addSpacing(8)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.demo_hint)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

        self.passphrase.textChanged.connect(self._update_ok)
        self.passphrase.returnPressed.connect(self.submit)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self._update_ok()

    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def set_preparing(self, preparing: bool) -> None:
        """The vault is still being made ready (the demo on first use): no input until it is."""
        self._preparing = preparing
        self.passphrase.setEnabled(not preparing)
        self.error.setText(self.tr("De demokluis wordt voorbereid…") if preparing else "")
        self._update_ok()
        if not preparing:
            self.passphrase.setFocus()

    def set_demo_passphrase(self, passphrase: str, reviewer: tuple[str, str] | None = None) -> None:
        self._demo_passphrase = passphrase
        self._demo_reviewer = reviewer
        self.demo_hint.setVisible(True)
        self.retranslate()
        self.adjustSize()  # the hint appeared after the dialog was laid out

    def is_waiting(self) -> bool:
        return self._waiting_seconds > 0

    def submit(self) -> None:
        if self._busy or self._preparing or self.is_waiting() or not self.passphrase.text():
            return
        self._set_busy(True)
        passphrase = self.passphrase.text()
        self._runner.run(
            lambda: self._unlock(passphrase), self._on_unlocked, self._on_failed, owner=self,
            label=self.tr("Kluis ontgrendelen…"),
        )

    def _on_unlocked(self, vault: Any) -> None:
        self._set_busy(False)
        self.throttle.reset()
        self.passphrase.clear()
        self.error.clear()
        self.vault = vault
        self.unlocked.emit(vault)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        if isinstance(exc, WrongPassphrase):
            self._waiting_seconds = self.throttle.register_failure()
            self.error.setText(self._wrong_passphrase_text())
            self._timer.start(self._waiting_seconds, self, self._end_wait)
        elif isinstance(exc, UnsupportedVersion):
            self.error.setText(self.tr("Deze kluis is gemaakt met een nieuwere versie van de app. Werk de app bij."))
        elif isinstance(exc, NotAVault):
            self.error.setText(self.tr("Deze map bevat geen bruikbare kluis, of de kluis is beschadigd."))
        elif isinstance(exc, IbtdError):
            self.error.setText(localise_message(str(exc)))
        else:
            self.error.setText(self.tr("Ontgrendelen mislukt (%1).").replace("%1", type(exc).__name__))
        self._update_ok()
        self.passphrase.setFocus()

    def _wrong_passphrase_text(self) -> str:
        return self.tr("Onjuiste wachtzin. Wacht %1 s voordat u het opnieuw probeert.").replace(
            "%1", str(self._waiting_seconds)
        )

    def _end_wait(self) -> None:
        self._waiting_seconds = 0
        self.error.setText(self.tr("Onjuiste wachtzin. Probeer het opnieuw."))
        self._update_ok()

    def _update_ok(self) -> None:
        ready = not (self._busy or self._preparing or self.is_waiting()) and bool(self.passphrase.text())
        self.ok_button().setEnabled(ready)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.passphrase.setEnabled(not busy)
        if busy:
            self.error.setText(self.tr("Bezig met ontgrendelen…"))
        self._update_ok()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kluis ontgrendelen"))
        self._title.setText(self.tr("Vergrendeld"))
        self.passphrase.setPlaceholderText(self.tr("Wachtzin"))
        self.ok_button().setText(self.tr("Ontgrendelen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Afsluiten"))
        if self._demo_passphrase is not None:
            hint = self.tr("Dit is de demokluis met verzonnen gegevens. Wachtzin: %1").replace(
                "%1", self._demo_passphrase
            )
            if self._demo_reviewer is not None:
                name, passphrase = self._demo_reviewer
                hint += "\n" + self.tr("Beoordelaar voor het vier-ogen-principe: %1, wachtzin: %2").replace(
                    "%1", name).replace("%2", passphrase)
            self.demo_hint.setText(hint)
            self.demo_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if self.is_waiting():
            self.error.setText(self._wrong_passphrase_text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
