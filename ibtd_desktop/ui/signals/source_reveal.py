"""The reporter of the selected signal, shown only after "Toon melder" (the audited
``reveal_signal_source`` service) and wiped when the selection changes or the page locks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ibtd_desktop.domain.casework.signals import SourceIdentity
from ibtd_desktop.services.casework import signals
from ibtd_desktop.ui.investigations.calls import VaultCalls
from ibtd_desktop.ui.investigations.labels import text


class SourceRevealWidget(QWidget):
    def __init__(self, calls: VaultCalls, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._calls = calls
        self.signal_id: int | None = None
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(text("Reden (komt in het auditlog)"))
        self.reveal_button = QPushButton(text("Toon melder"))
        self.reveal_button.setObjectName("revealSource")
        self.shown = QLabel()
        self.shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide_button = QPushButton(text("Verberg"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.reason, 1)
        layout.addWidget(self.reveal_button)
        layout.addWidget(self.shown, 2)
        layout.addWidget(self.hide_button)
        self.reveal_button.clicked.connect(self.reveal)
        self.hide_button.clicked.connect(self.hide_source)
        self.set_signal(None, False)

    def set_signal(self, signal_id: int | None, has_source: bool) -> None:
        self.hide_source()
        self.signal_id = signal_id if has_source else None
        self.setVisible(self.signal_id is not None)

    def hide_source(self) -> None:
        self.shown.clear()
        self.reason.clear()
        self.shown.setVisible(False)
        self.hide_button.setVisible(False)

    def reveal(self) -> None:
        if self.signal_id is None:
            return
        signal_id, reason = self.signal_id, self.reason.text().strip()
        self._calls.run(lambda sid, uow: signals.reveal_signal_source(sid, uow, reason), signal_id,
                        on_success=lambda source: self._show(signal_id, source), owner=self)

    def _show(self, signal_id: int, source: SourceIdentity | None) -> None:
        if signal_id != self.signal_id:
            return  # another signal was selected meanwhile
        source = source or SourceIdentity()
        self.shown.setText(" · ".join(part for part in (source.name, source.contact) if part) or "—")
        self.shown.setVisible(True)
        self.hide_button.setVisible(True)
