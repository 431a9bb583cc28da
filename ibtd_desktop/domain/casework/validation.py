"""Validation errors that name the record and the field, never the value (values may be personal)."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from ibtd_desktop.domain.errors import ValidationError

E = TypeVar("E")

# Size limits: a note is typed text (5 MB is ~ 2,500 pages); attachments are photos/audio.
MAX_NOTES_CHARS = 5_000_000
MAX_TEXT_CHARS = 100_000
MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024


class FieldError(ValidationError):
    """``record`` names the record (e.g. "interview int-1"), ``field`` the offending field."""

    def __init__(self, record: str, field: str, problem: str) -> None:
        super().__init__(f"{record}, field '{field}': {problem}")
        self.record = record
        self.field = field
        self.problem = problem


def parse_enum(enum_cls: type[E], value: object, record: str, field: str) -> E:
    try:
        return enum_cls.parse(value)  # type: ignore[attr-defined]
    except ValueError:
        allowed = ", ".join(enum_cls.codes())  # type: ignore[attr-defined]
        raise FieldError(record, field, f"unknown value; expected one of: {allowed}") from None


def parse_date(value: object, record: str, field: str, *, required: bool = True) -> date | None:
    if value is None or value == "":
        if required:
            raise FieldError(record, field, "is required")
        return None
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise FieldError(record, field, "not a date (expected YYYY-MM-DD)")


def require_text(value: object, record: str, field: str, *, max_chars: int = MAX_TEXT_CHARS,
                 required: bool = True) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise FieldError(record, field, "must be text")
    if required and not value.strip():
        raise FieldError(record, field, "is required")
    if len(value) > max_chars:
        raise FieldError(record, field, f"too long (limit {max_chars:,} characters)")
    return value


def check_notes(value: object, record: str, field: str = "notes") -> str:
    return require_text(value, record, field, max_chars=MAX_NOTES_CHARS, required=False)


def check_period(start: date | None, end: date | None, record: str) -> None:
    if start and end and end < start:
        raise FieldError(record, "end_date", "lies before the start date")
