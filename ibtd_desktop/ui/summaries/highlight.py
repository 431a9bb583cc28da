"""Colours per detection label and the extra selections that mark spans in a text view.

Extra selections (not a QSyntaxHighlighter) because the spans are document offsets computed
elsewhere (the detection service, the residual scan); they carry their own tooltip text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip

from ibtd_desktop.services.summaries.safeguards import label_nl
from ibtd_desktop.ui.summaries.labels import t

_COLOURS = {
    "PERSON": "#ffd6a5", "BSN": "#ffadad", "IBAN": "#ffadad", "PHONE": "#fdffb6", "EMAIL": "#fdffb6",
    "ADDRESS": "#caffbf", "POSTCODE": "#caffbf", "LOCATION": "#9bf6ff", "DATE_OF_BIRTH": "#bdb2ff",
    "AGE": "#bdb2ff", "EXACT_DATE": "#bdb2ff", "ORGANISATION_PRIVATE": "#ffc6ff", "IDENTITY": "#ff8a8a",
}
DEFAULT_COLOUR = "#e0e0e0"
REPLACEMENT_COLOUR = "#d7f5dd"  # what drafting put in the text: placeholders and pseudonyms
UNDONE_COLOUR = "#eeeeee"

_PLACEHOLDER = re.compile(r"\[[^\[\]\n]{1,40}\]")


def label_colour(label: str) -> str:
    return _COLOURS.get(label, DEFAULT_COLOUR)


def label_text(label: str) -> str:
    return t(label_nl(label))


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    colour: str
    tooltip: str
    underline: bool = False
    strike: bool = False


def apply_marks(edit: QPlainTextEdit, marks: Iterable[Mark]) -> None:
    """Show ``marks`` as extra selections of ``edit`` (replacing the previous ones)."""
    document = edit.document()
    length = max(0, document.characterCount() - 1)
    selections = []
    for mark in marks:
        start, end = max(0, mark.start), min(mark.end, length)
        if start >= end:
            continue
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(document)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(mark.colour))
        fmt.setToolTip(mark.tooltip)
        if mark.underline:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor("#b00020"))
        if mark.strike:
            fmt.setFontStrikeOut(True)
        selection.cursor = cursor
        selection.format = fmt
        selections.append(selection)
    edit.setExtraSelections(selections)


def marks_at(edit: QPlainTextEdit, position: int) -> list[str]:
    """Tooltips of the marks covering ``position`` (the editor shows them on hover)."""
    return [
        s.format.toolTip() for s in edit.extraSelections()
        if s.cursor.selectionStart() <= position < s.cursor.selectionEnd() and s.format.toolTip()
    ]


def replacement_marks(text: str, pseudonyms: Iterable[str]) -> list[Mark]:
    """Where drafting replaced personal data: ``[PLACEHOLDERS]`` and the subjects' pseudonyms."""
    tip_placeholder = t("vervangen: persoonsgegeven weggelaten")
    tip_pseudonym = t("vervangen: pseudoniem van de gesprekspartner")
    marks = [Mark(m.start(), m.end(), REPLACEMENT_COLOUR, tip_placeholder) for m in _PLACEHOLDER.finditer(text)]
    for pseudonym in {p for p in pseudonyms if p}:
        for m in re.finditer(r"(?<!\w)" + re.escape(pseudonym) + r"(?!\w)", text):
            marks.append(Mark(m.start(), m.end(), REPLACEMENT_COLOUR, tip_pseudonym))
    return marks


class MarkedTextEdit(QPlainTextEdit):
    """A plain text edit whose marks explain themselves on hover (label and rule)."""

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override (tooltips arrive on the viewport)
        if event.type() == QEvent.Type.ToolTip:
            tips = marks_at(self, self.cursorForPosition(event.pos()).position())
            if tips:
                QToolTip.showText(event.globalPos(), "\n".join(tips), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)
