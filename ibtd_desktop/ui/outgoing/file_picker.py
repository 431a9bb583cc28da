"""A seam around the save-file dialog: tests queue the path (``SaveFilePicker.set_next_path``)."""

from __future__ import annotations

from collections import deque
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


class SaveFilePicker:
    _paths: deque[Path | None] = deque()
    _non_interactive = False
    asked: list[str] = []  # suggested file names, in order

    @classmethod
    def set_next_path(cls, path: Path | None) -> None:
        cls._paths.append(path)

    @classmethod
    def set_non_interactive(cls, enabled: bool) -> None:
        cls._non_interactive = enabled
        cls._paths.clear()
        cls.asked = []

    @classmethod
    def get_path(cls, parent: QWidget | None, title: str, suggested: str, file_filter: str) -> Path | None:
        """The chosen path, or ``None`` when cancelled."""
        if cls._paths or cls._non_interactive:
            cls.asked.append(suggested)
            return cls._paths.popleft() if cls._paths else None
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
        return Path(name) if name else None
