"""Message boxes behind one seam, so tests answer them in advance (as KeePassXC's
``MessageBox::setNextAnswer``) instead of blocking on a modal ``exec()``.

Production code calls ``MessageBox.question(...)`` / ``warning`` / ``information`` / ``critical``.
Tests call ``MessageBox.set_next_answer(MessageBox.Yes)`` before the action; with
``MessageBox.set_non_interactive(True)`` an unanswered box returns its default button at once and
is recorded in ``MessageBox.shown`` (kind, title, text), so a test can assert what was said.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtWidgets import QMessageBox, QWidget

StandardButton = QMessageBox.StandardButton


class MessageBox:
    Ok = StandardButton.Ok
    Yes = StandardButton.Yes
    No = StandardButton.No
    Cancel = StandardButton.Cancel

    _next_answers: deque[StandardButton] = deque()
    _non_interactive = False
    shown: list[tuple[str, str, str]] = []

    @classmethod
    def set_next_answer(cls, answer: StandardButton) -> None:
        cls._next_answers.append(answer)

    @classmethod
    def set_non_interactive(cls, enabled: bool) -> None:
        cls._non_interactive = enabled
        cls._next_answers.clear()
        cls.shown = []

    @classmethod
    def question(
        cls,
        parent: QWidget | None,
        title: str,
        text: str,
        buttons: StandardButton = StandardButton.Yes | StandardButton.No,
        default: StandardButton = StandardButton.No,
    ) -> StandardButton:
        return cls._show("question", QMessageBox.Icon.Question, parent, title, text, buttons, default)

    @classmethod
    def information(cls, parent: QWidget | None, title: str, text: str) -> StandardButton:
        return cls._show("information", QMessageBox.Icon.Information, parent, title, text, cls.Ok, cls.Ok)

    @classmethod
    def warning(cls, parent: QWidget | None, title: str, text: str) -> StandardButton:
        return cls._show("warning", QMessageBox.Icon.Warning, parent, title, text, cls.Ok, cls.Ok)

    @classmethod
    def critical(cls, parent: QWidget | None, title: str, text: str) -> StandardButton:
        return cls._show("critical", QMessageBox.Icon.Critical, parent, title, text, cls.Ok, cls.Ok)

    @classmethod
    def _show(
        cls,
        kind: str,
        icon: QMessageBox.Icon,
        parent: QWidget | None,
        title: str,
        text: str,
        buttons: StandardButton,
        default: StandardButton,
    ) -> StandardButton:
        if cls._next_answers or cls._non_interactive:
            cls.shown.append((kind, title, text))
            return cls._next_answers.popleft() if cls._next_answers else default
        box = QMessageBox(icon, title, text, buttons, parent)
        box.setDefaultButton(default)
        return StandardButton(box.exec())
