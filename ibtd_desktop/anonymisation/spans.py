"""The value object every detector returns, and the label vocabulary (see GUIDELINES.md)."""

from __future__ import annotations

from dataclasses import dataclass

LABELS = (
    "PERSON", "BSN", "IBAN", "PHONE", "EMAIL", "POSTCODE", "ADDRESS", "LOCATION",
    "DATE_OF_BIRTH", "AGE", "LICENSE_PLATE", "KVK", "CASE_NUMBER", "ORGANISATION_PRIVATE",
    "ID_NUMBER", "URL",
)


@dataclass(frozen=True, order=True)
class Span:
    """A piece of personal data: ``text[start:end]`` (Python str offsets)."""

    start: int
    end: int
    label: str
    source: str = ""
    confidence: float = 1.0

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def text_in(self, text: str) -> str:
        return text[self.start:self.end]
