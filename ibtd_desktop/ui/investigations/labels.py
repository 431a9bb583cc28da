"""Dutch display texts for case-work codes and values, translated at display time.

The Dutch source texts live in ``domain.casework.enums.LABELS_NL``; their English translations
are in ``ibtd_en.ts`` under the context ``CaseworkLabels`` (added by hand: lupdate cannot see
texts that come from a dictionary).
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Iterable

from PySide6.QtCore import QCoreApplication

from ibtd_desktop.domain.casework.enums import LABELS_NL
from ibtd_desktop.domain.errors import IbtdError
from ibtd_desktop.ui.i18n import localise_message

CONTEXT = "CaseworkLabels"

# What each shown text was made from (shown text -> Dutch source), so a language switch can
# re-translate the widgets in place (``retranslate_tree``) without every widget keeping its
# own list of texts. Only fixed UI vocabulary passes through here, never vault content.
_SOURCES: dict[str, str] = {}


def _translate(source: str) -> str:
    shown = QCoreApplication.translate(CONTEXT, source)
    _SOURCES[shown] = source
    return shown


def label(member: enum.Enum | None) -> str:
    if member is None:
        return ""
    return _translate(LABELS_NL.get(member, str(member.value)))


def labels(members: Iterable[enum.Enum]) -> str:
    return ", ".join(label(m) for m in members)


def text(source: str) -> str:
    """A fixed UI text shared by several widgets (context ``CaseworkLabels``)."""
    return _translate(source)


def retranslate(shown: str) -> str:
    """The current language's form of a text made by ``text``/``label`` (others unchanged)."""
    if shown.startswith("<b>") and shown.endswith("</b>"):
        return f"<b>{retranslate(shown[3:-4])}</b>"
    source = _SOURCES.get(shown)
    return shown if source is None else _translate(source)


def yes_no(value: bool) -> str:
    return text("ja") if value else text("nee")


def fmt_date(value: date | datetime | None) -> str:
    """Dutch day-month-year; the ISO form stays for sorting (see ``sort_date``)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    return value.strftime("%d-%m-%Y")


def sort_date(value: date | datetime | None) -> str:
    return value.isoformat() if value is not None else ""


def error_text(exc: BaseException) -> str:
    """What a failed service call says to the user; never vault content (see domain.errors)."""
    if isinstance(exc, IbtdError) and str(exc):
        return localise_message(str(exc))
    return text("Er ging iets mis (%1).").replace("%1", type(exc).__name__)
