"""Small stand-ins used where a test is about the shell's own logic, not the vault."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLineEdit, QListView, QVBoxLayout, QWidget

from ibtd_desktop.domain.errors import VaultLocked
from ibtd_desktop.domain.users import Role, UserRow


@dataclass
class FakeVault:
    """Keeps drafts in a dict as the real vault keeps them in its encrypted database."""

    folder: Path
    user: UserRow = UserRow(1, "Inspecteur Test", Role.INSPECTOR)
    store: dict[str, str] = field(default_factory=dict)
    locked: bool = False
    lock_thread: int | None = None

    def lock(self) -> None:
        self.locked = True
        self.lock_thread = threading.get_ident()

    def put(self, key: str, value: str) -> None:
        if self.locked:
            raise VaultLocked("locked")
        self.store[key] = value


class DraftPage(QWidget):
    """A page with one list view and an edit field; drafts are saved through the runner."""

    def __init__(self) -> None:
        super().__init__()
        self.editor = QLineEdit()
        self.model = QStandardItemModel()
        self.view = QListView()
        self.view.setModel(self.model)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.editor)
        self.vault = None
        self.runner = None
        self.calls: list[str] = []

    def attach(self, vault, runner) -> None:
        self.calls.append("attach")
        self.vault, self.runner = vault, runner
        self.model.appendRow(QStandardItem("Dossier 1"))
        self.editor.setText(vault.store.get("draft", ""))

    def save_pending(self) -> None:
        self.calls.append("save_pending")
        text, vault = self.editor.text(), self.vault
        self.runner.run(lambda: vault.put("draft", text))

    def detach(self) -> None:
        self.calls.append("detach")
        self.model.clear()
        self.editor.clear()
        self.vault = self.runner = None


class UsersPage(QWidget):
    """A page over the REAL vault: lists its users through the runner, clears on detach."""

    def __init__(self) -> None:
        super().__init__()
        self.model = QStandardItemModel()
        self.view = QListView()
        self.view.setModel(self.model)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.vault = None
        self.saves = 0

    def attach(self, vault, runner) -> None:
        self.vault = vault
        runner.run(vault.users, self._show, owner=self)

    def _show(self, users) -> None:
        self.model.clear()
        for user in users:
            self.model.appendRow(QStandardItem(user.name))

    def save_pending(self) -> None:
        self.saves += 1

    def detach(self) -> None:
        self.model.clear()
        self.vault = None
