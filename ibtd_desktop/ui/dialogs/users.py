"""Add a vault user (e.g. the colleague who reviews summaries): name, role, their own passphrase.

The new user types their passphrase themselves; it opens their own key slot. The work runs on the
TaskRunner's database thread through the injected ``add_user`` service call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ibtd_desktop.domain.errors import IbtdError
from ibtd_desktop.domain.users import Role
from ibtd_desktop.ui.dialogs.passphrase_fields import PassphraseFields
from ibtd_desktop.ui.i18n import localise_message

if TYPE_CHECKING:
    from ibtd_desktop.ui.tasks import TaskRunner

AddUser = Callable[[str, Role, str], Any]  # (name, role, passphrase) -> UserRow

ROLE_NAMES = {
    Role.INSPECTOR: QT_TRANSLATE_NOOP("Roles", "Inspecteur"),
    Role.REVIEWER: QT_TRANSLATE_NOOP("Roles", "Beoordelaar"),
}


def role_name(role: Role) -> str:
    return QCoreApplication.translate("Roles", ROLE_NAMES[role])


class AddUserDialog(QDialog):
    user_added = Signal(object)

    def __init__(self, add_user: AddUser, runner: "TaskRunner", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addUserDialog")
        self._add_user = add_user
        self._runner = runner
        self._busy = False
        self.user: Any = None
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self.user_name = QLineEdit()
        self.user_name.setObjectName("userName")
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in Role:
            self.role.addItem(role_name(role), role)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a12622;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._labels = [QLabel(), QLabel()]
        form = QFormLayout()
        form.addRow(self._labels[0], self.user_name)
        form.addRow(self._labels[1], self.role)
        self.passphrase = PassphraseFields(form, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
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
        name, role, passphrase = self.user_name.text().strip(), self.role.currentData(), self.passphrase.text()
        self._runner.run(
            lambda: self._add_user(name, role, passphrase), self._on_added, self._on_failed, owner=self,
            label=self.tr("Gebruiker toevoegen…"),
        )

    def _on_added(self, user: Any) -> None:
        self._set_busy(False)
        self.user = user
        self.passphrase.clear()
        self.user_added.emit(user)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, IbtdError):
            self.error.setText(localise_message(str(exc)))
        else:
            self.error.setText(self.tr("Toevoegen mislukt (%1).").replace("%1", type(exc).__name__))

    def _can_submit(self) -> bool:
        return bool(self.user_name.text().strip()) and self.passphrase.is_acceptable()

    def _inputs_changed(self) -> None:
        self.passphrase.set_user_inputs((self.user_name.text().strip(),))
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button().setEnabled(not self._busy and self._can_submit())

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.user_name, self.role):
            widget.setEnabled(not busy)
        self.passphrase.set_enabled(not busy)
        self.error.setText(self.tr("Bezig…") if busy else "")
        self._update_ok()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Gebruiker toevoegen"))
        self._intro.setText(
            self.tr("Laat de nieuwe gebruiker zelf een eigen wachtzin kiezen en intypen. Een beoordelaar kan samenvattingen goedkeuren.")
        )
        self._labels[0].setText(self.tr("Naam"))
        self._labels[1].setText(self.tr("Rol"))
        for index in range(self.role.count()):
            self.role.setItemText(index, role_name(self.role.itemData(index)))
        self.ok_button().setText(self.tr("Toevoegen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
