"""What leaves the device: the input of the export renderers (PDF, JSON).

Everything in here is already anonymised and four-eyes approved; the renderers only lay it out.
Values are plain strings (the caller turns enums into Dutch display text), so the renderers
need nothing but this module. Deliberately absent: user names, file paths, note text.

``content_fingerprint`` identifies the *content* of an export (not its export id or release
date), so the outbox can tell two exports of the same content apart from a changed one.
"""

from __future__ import annotations

import enum
import hashlib
import json
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ibtd_desktop.domain.errors import ValidationError

EXPORT_FORMAT = "ibtd-export/1"

# Known structured attributes, in the order they are shown, with their Dutch labels.
ATTRIBUTE_LABELS_NL: dict[str, str] = {
    "role": "Rol",
    "domain": "Domein",
    "province": "Provincie",
    "age_band": "Leeftijdscategorie",
    "year": "Jaar",
    "benefit_type": "Soort toeslag",
}

# Role that approved a summary -> Dutch; the export names the role, never the person.
APPROVER_ROLE_LABELS_NL: dict[str, str] = {
    "reviewer": "beoordelaar",
    "inspector": "inspecteur",
}

KIND_LABELS_NL: dict[str, str] = {
    "interview": "Gesprekssamenvatting",
    "dossier": "Dossiersamenvatting",
}

_MONTHS_NL = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)


def dutch_date(day: date) -> str:
    """``25 november 2026`` (locale-independent: the laptop's locale must not change a PDF)."""
    return f"{day.day} {_MONTHS_NL[day.month - 1]} {day.year}"


def clean_text(value: object) -> str:
    """NFC text without control characters (tabs and newlines kept) or lone surrogates.

    Stray control bytes from pasted text would otherwise end up as garbage or crash a
    renderer; lone surrogates cannot be encoded at all.
    """
    text = unicodedata.normalize("NFC", str(value).replace("\r\n", "\n").replace("\r", "\n"))
    out = []
    for ch in text:
        if ch in "\n\t":
            out.append(ch)
        elif "\ud800" <= ch <= "\udfff":
            out.append("\ufffd")
        elif unicodedata.category(ch) == "Cc":
            continue
        else:
            out.append(ch)
    return "".join(out)


def as_date(value: object, what: str) -> date:
    """A plain date; a datetime is cut to its date (an export shows days, never times)."""
    if isinstance(value, datetime):
        return value.date()
    if not isinstance(value, date):
        raise ValidationError(f"export: {what} must be a date")
    return value


def _code(value: object, what: str) -> str:
    raw = value.value if isinstance(value, enum.Enum) else value
    if not isinstance(raw, str):
        raise ValidationError(f"export: {what} must be text")
    return raw


def _required(value: object, what: str) -> str:
    text = clean_text(value).strip()
    if not text:
        raise ValidationError(f"export: {what} is empty")
    return text


@dataclass(frozen=True)
class SummaryAttribute:
    key: str  # stable code, e.g. "age_band" (JSON)
    label: str  # Dutch display label, e.g. "Leeftijdscategorie" (PDF)
    value: str


def make_attributes(
    attributes: Mapping[str, object] | Iterable[SummaryAttribute] | None,
) -> tuple[SummaryAttribute, ...]:
    """Ordered attributes from a mapping (``None`` values dropped; known keys get Dutch labels)."""
    if attributes is None:
        return ()
    if isinstance(attributes, Mapping):
        items = []
        for key, value in attributes.items():
            if value is None or value == "":
                continue
            key = _required(key, "attribute key")
            items.append(SummaryAttribute(key, ATTRIBUTE_LABELS_NL.get(key, key), clean_text(value)))
        return tuple(items)
    result = tuple(attributes)
    if not all(isinstance(a, SummaryAttribute) for a in result):
        raise ValidationError("export: attributes must be a mapping or SummaryAttribute values")
    return result


@dataclass(frozen=True)
class ExportedSummary:
    """One approved, anonymised summary (interview or dossier) as it is released."""

    title: str
    subject_label: str  # pseudonym ("Respondent 3", "Ouder B") or the dossier's neutral label
    kind: str  # "interview" | "dossier" (an enum with those values is accepted)
    paragraphs: tuple[str, ...]
    attributes: tuple[SummaryAttribute, ...] = ()  # a Mapping is accepted and converted
    version: int = 1
    content_hash: str = ""  # the hash the approval is bound to
    approved_by_role: str = "reviewer"  # a role, never a user name
    approved_on: date | None = None

    def __post_init__(self) -> None:
        kind = _code(self.kind, "kind")
        if kind not in KIND_LABELS_NL:
            raise ValidationError("export: summary kind must be 'interview' or 'dossier'")
        if isinstance(self.paragraphs, str):
            raise ValidationError("export: paragraphs must be a sequence of texts, not one text")
        if not isinstance(self.version, int) or self.version < 1:
            raise ValidationError("export: summary version must be a positive number")
        set_ = object.__setattr__  # normalise once here so every renderer sees the same text
        if self.approved_on is not None:
            set_(self, "approved_on", as_date(self.approved_on, "approved_on"))
        set_(self, "kind", kind)
        set_(self, "title", _required(self.title, "summary title"))
        set_(self, "subject_label", clean_text(self.subject_label).strip())
        set_(self, "paragraphs", tuple(clean_text(p) for p in self.paragraphs))
        set_(self, "attributes", make_attributes(self.attributes))
        set_(self, "content_hash", clean_text(self.content_hash).strip())
        set_(self, "approved_by_role", clean_text(_code(self.approved_by_role, "approver role")).strip())

    @property
    def kind_label(self) -> str:
        return KIND_LABELS_NL[self.kind]

    @property
    def approver_label(self) -> str:
        return APPROVER_ROLE_LABELS_NL.get(self.approved_by_role, self.approved_by_role)


@dataclass(frozen=True)
class FindingRow:
    ref: str  # "B1"
    text: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "ref", clean_text(self.ref).strip())
        object.__setattr__(self, "text", clean_text(self.text))


@dataclass(frozen=True)
class RecommendationRow:
    ref: str  # "A1"
    text: str
    follow_up_status: str = ""  # Dutch display text, e.g. "in uitvoering"

    def __post_init__(self) -> None:
        object.__setattr__(self, "ref", clean_text(self.ref).strip())
        object.__setattr__(self, "text", clean_text(self.text))
        object.__setattr__(self, "follow_up_status", clean_text(self.follow_up_status).strip())


@dataclass(frozen=True)
class RebuttalRow:
    """One row of the hoor-en-wederhoor table: draft finding, the service's response, handling."""

    finding: str
    response: str
    handling: str

    def __post_init__(self) -> None:
        for name in ("finding", "response", "handling"):
            object.__setattr__(self, name, clean_text(getattr(self, name)))


@dataclass(frozen=True)
class ExportDocument:
    """A dossier export: the dossier summary, the interview summaries and the appendices."""

    export_id: str
    title: str
    investigation_ref: str
    released_on: date
    dossier_summary: ExportedSummary | None = None
    summaries: tuple[ExportedSummary, ...] = ()
    findings: tuple[FindingRow, ...] = ()
    recommendations: tuple[RecommendationRow, ...] = ()
    rebuttal_rows: tuple[RebuttalRow, ...] = ()

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "export_id", validate_export_id(self.export_id))
        set_(self, "title", _required(self.title, "document title"))
        set_(self, "investigation_ref", clean_text(self.investigation_ref).strip())
        set_(self, "released_on", as_date(self.released_on, "released_on"))
        for name, kind in (
            ("summaries", ExportedSummary),
            ("findings", FindingRow),
            ("recommendations", RecommendationRow),
            ("rebuttal_rows", RebuttalRow),
        ):
            values = tuple(getattr(self, name))
            if not all(isinstance(v, kind) for v in values):
                raise ValidationError(f"export: {name} must hold {kind.__name__} values")
            set_(self, name, values)
        if self.dossier_summary is not None and not isinstance(self.dossier_summary, ExportedSummary):
            raise ValidationError("export: dossier_summary must be an ExportedSummary")


def validate_export_id(value: object) -> str:
    """Export ids go into file names and the PDF footer: short, printable, one line."""
    text = _required(value, "export id")
    if len(text) > 64 or any(ch.isspace() for ch in text):
        raise ValidationError("export: export id must be at most 64 characters without spaces")
    return text


# --- plain data (shared by the JSON export and the fingerprint) -----------------------------


def summary_content(summary: ExportedSummary) -> dict[str, Any]:
    """The summary as plain JSON-able data, keys in the documented order."""
    return {
        "kind": summary.kind,
        "title": summary.title,
        "subject_label": summary.subject_label,
        "version": summary.version,
        "attributes": [{"key": a.key, "label": a.label, "value": a.value} for a in summary.attributes],
        "paragraphs": list(summary.paragraphs),
        "content_hash": summary.content_hash,
        "approved_by_role": summary.approved_by_role,
        "approved_on": summary.approved_on.isoformat() if summary.approved_on else None,
    }


def document_content(doc: ExportDocument) -> dict[str, Any]:
    """The document's content (without export id and release date), in the documented order."""
    return {
        "title": doc.title,
        "investigation_ref": doc.investigation_ref,
        "dossier_summary": summary_content(doc.dossier_summary) if doc.dossier_summary else None,
        "summaries": [summary_content(s) for s in doc.summaries],
        "findings": [{"ref": f.ref, "text": f.text} for f in doc.findings],
        "recommendations": [
            {"ref": r.ref, "text": r.text, "follow_up_status": r.follow_up_status}
            for r in doc.recommendations
        ],
        "rebuttal": [
            {"finding": r.finding, "response": r.response, "handling": r.handling}
            for r in doc.rebuttal_rows
        ],
    }


def content_fingerprint(doc_or_summary: ExportDocument | ExportedSummary) -> str:
    """``sha256:<hex>`` over canonical JSON of the content; export id and date excluded."""
    if isinstance(doc_or_summary, ExportDocument):
        content = {"document": document_content(doc_or_summary)}
    elif isinstance(doc_or_summary, ExportedSummary):
        content = {"summary": summary_content(doc_or_summary)}
    else:
        raise ValidationError("export: expected an ExportDocument or an ExportedSummary")
    canonical = json.dumps(
        {"format": EXPORT_FORMAT, **content},
        sort_keys=True, ensure_ascii=False, separators=(",", ":"),
    )
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()
