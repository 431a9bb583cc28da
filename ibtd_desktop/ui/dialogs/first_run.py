"""First run: create the vault (first user's name, passphrase twice, strength shown).

Creating the vault (Argon2id + a new SQLCipher file) runs on the TaskRunner's database thread;
the dialog stays responsive and shows refusals (weak passphrase, bad name, disk) in place.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ibtd_desktop.domain.errors import IbtdError
from ibtd_desktop.ui.dialogs.passphrase_fields import PassphraseFields
from ibtd_desktop.ui.i18n import localise_message

if TYPE_CHECKING:
    from ibtd_desktop.ui.tasks import TaskRunner

# create(folder, user_name, passphrase) -> Vault; services.vault.create_vault in production.
CreateVault = Callable[[Path, str, str], Any]


class FirstRunDialog(QDialog):
    """Emits ``vault_created(vault)`` and accepts once the vault exists and is unlocked."""

    vault_created = Signal(object)

    def __init__(
        self, folder: Path, create: CreateVault, runner: "TaskRunner", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self._folder = folder
        self._create = create
        self._runner = runner
        self.vault: Any = None
        self._busy = False

        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self._folder_label = QLabel(str(folder))
        self._folder_label.setObjectName("vaultFolder")
        self.user_name = QLineEdit()
        self.user_name.setObjectName("userName")
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a12622;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)

        form = QFormLayout()
        self._form_labels = [QLabel(), QLabel()]
        form.addRow(self._form_labels[0], self._folder_label)
        form.addRow(self._form_labels[1], self.user_name)
        self.passphrase = PassphraseFields(form, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

        self.user_name.textChanged.connect(self._inputs_changed)
        self.passphrase.changed.connect(self._update_ok)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self._update_ok()

    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def submit(self) -> None:
        if self._busy or not self._can_submit():
            return
        self._set_busy(True)
        folder, name, passphrase = self._folder, self.user_name.text().strip(), self.passphrase.text()
        self._runner.run(
            lambda: self._create(folder, name, passphrase),
            self._on_created,
            self._on_failed,
            owner=self,
            label=self.tr("Kluis aanmaken…"),
        )

    def _on_created(self, vault: Any) -> None:
        self._set_busy(False)
        self.vault = vault
        self.passphrase.clear()
        self.vault_created.emit(vault)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, IbtdError):
            self.error.setText(localise_message(str(exc)))
        elif isinstance(exc, OSError):
            self.error.setText(self.tr("De kluis kon niet worden aangemaakt: de map is niet beschrijfbaar."))
        else:
            self.error.setText(self.tr("De kluis kon niet worden aangemaakt (%1).").replace("%1", type(exc).__name__))

    def _can_submit(self) -> bool:
        return bool(self.user_name.text().strip()) and self.passphrase.is_acceptable()

    def _inputs_changed(self) -> None:
        self.passphrase.set_user_inputs((self.user_name.text().strip(),))
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button().setEnabled(not self._busy and self._can_submit())

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.user_name.setEnabled(not busy)
        self.passphrase.set_enabled(not busy)
        if busy:
            self.error.setText(self.tr("Kluis wordt aangemaakt…"))
        self._update_ok()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Nieuwe kluis"))
        self._intro.setText(
            self.tr(
                "Welkom. Alle gegevens worden versleuteld op deze computer bewaard. Kies uw naam en "
                "een wachtzin; zonder de wachtzin is de kluis niet te openen, ook niet door de beheerder."
            )
        )
        self._form_labels[0].setText(self.tr("Map"))
        self._form_labels[1].setText(self.tr("Uw naam"))
        self.ok_button().setText(self.tr("Kluis aanmaken"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Afsluiten"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
