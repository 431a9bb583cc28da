"""A seam around asking the inspector for a reason (undo a redaction, clear a scan hit).

Like ``ui.messages.MessageBox``: tests queue answers with ``ReasonPrompt.set_next_answer`` and
the questions asked are recorded in ``ReasonPrompt.asked``; ``None`` means cancelled.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtWidgets import QInputDialog, QWidget


class ReasonPrompt:
    _answers: deque[str | None] = deque()
    _non_interactive = False
    asked: list[str] = []

    @classmethod
    def set_next_answer(cls, answer: str | None) -> None:
        cls._answers.append(answer)

    @classmethod
    def set_non_interactive(cls, enabled: bool) -> None:
        cls._non_interactive = enabled
        cls._answers.clear()
        cls.asked = []

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, label: str) -> str | None:
        """The reason typed (stripped), or ``None`` when cancelled or left empty."""
        if cls._answers or cls._non_interactive:
            cls.asked.append(label)
            answer = cls._answers.popleft() if cls._answers else None
        else:
            answer, ok = QInputDialog.getMultiLineText(parent, title, label)
            answer = answer if ok else None
        answer = (answer or "").strip()
        return answer or None
