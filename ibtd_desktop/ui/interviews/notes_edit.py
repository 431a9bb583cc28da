"""The notes field, made for typing during a conversation.

Keys (also in the tooltip): Ctrl+T inserts a timestamp "[14:32]" at the cursor; Ctrl+Enter
starts a new paragraph that begins with a timestamp. Leaving the field emits ``focus_lost`` so
the editor saves a draft at once. The clock is a seam (``now``) so tests get a fixed time.
"""

from __future__ import annotations

from datetime import datetime
from typing import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class NotesEdit(QPlainTextEdit):
    focus_lost = Signal()

    def __init__(self, now: Callable[[], datetime] = datetime.now, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesEdit")
        self._now = now
        self.setTabChangesFocus(True)  # Tab moves on in the form; notes rarely need tab characters
        self.retranslate()
        self._built = True  # from now on LanguageChange retranslates

    def retranslate(self) -> None:
        self.setToolTip(self.tr(
            "Aantekeningen van het gesprek.\n"
            "Ctrl+T: tijdstempel [uu:mm] invoegen\n"
            "Ctrl+Enter: nieuwe alinea met tijdstempel\n"
            "Ctrl+S: opslaan (tussendoor wordt automatisch een concept bewaard)"
        ))
        self.setPlaceholderText(self.tr("Typ hier de aantekeningen… (Ctrl+T: tijdstempel)"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_built", False):
            self.retranslate()
        super().changeEvent(event)

    def timestamp(self) -> str:
        return self._now().strftime("[%H:%M]")

    def insert_timestamp(self) -> None:
        self.insertPlainText(self.timestamp() + " ")

    def new_timestamped_paragraph(self) -> None:
        cursor = self.textCursor()
        prefix = "\n" if cursor.positionInBlock() > 0 or cursor.block().length() > 1 else ""
        self.insertPlainText(prefix + self.timestamp() + " ")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() == Qt.Key.Key_T:
            self.insert_timestamp()
            return
        if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.new_timestamped_paragraph()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.focus_lost.emit()
