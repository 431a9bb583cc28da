"""Parse and check an ``ibtd-import/1`` file into plain commands, before touching the vault.

Every problem raises ``FieldError`` naming the record (by its ``key``) and the field path;
values are never echoed (they may be personal data). See docs/import-format.md.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ibtd_desktop.domain.casework.enums import (
    ConsentForm,
    Domain,
    IntervieweeRole,
    InterviewMode,
    InvestigationKind,
    InvestigationStatus,
    OrganisationKind,
    QuotePermission,
    SignalChannel,
    SourceConfidentiality,
    TriageStatus,
)
from ibtd_desktop.domain.casework.people import AnonymityAgreement, Consent, IntervieweeIdentity
from ibtd_desktop.domain.casework.signals import SourceIdentity
from ibtd_desktop.domain.casework.validation import FieldError, check_notes, parse_date, parse_enum, require_text
from ibtd_desktop.domain.errors import ValidationError

FORMAT = "ibtd-import/1"
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_KEY_CHARS = 200

TOP_FIELDS = {"format", "investigations", "signals", "comment"}
INVESTIGATION_FIELDS = {"key", "ref", "title", "kind", "themes", "domains", "status", "lead_inspector", "team",
                        "start", "end", "description", "field_visits", "interviewees", "interviews"}
FIELD_VISIT_FIELDS = {"key", "date", "organisation", "organisation_kind", "place", "inspectors", "notes"}
INTERVIEWEE_FIELDS = {"key", "role", "organisation_kind", "identity", "consent", "anonymity_agreement"}
IDENTITY_FIELDS = {"name", "phone", "email", "address"}
CONSENT_FIELDS = {"date", "form", "notes", "quotes", "recording", "share_summary", "retain_until", "withdrawn"}
AGREEMENT_FIELDS = {"safeguards", "text", "communicated"}
INTERVIEW_FIELDS = {"key", "date", "mode", "interviewees", "interviewers", "field_visit", "notes"}
SIGNAL_FIELDS = {"key", "received", "channel", "text", "domain", "theme", "confidentiality", "triage",
                 "investigation", "source"}
SOURCE_FIELDS = {"name", "contact"}


@dataclass
class FieldVisitIn:
    key: str
    visited_on: date
    organisation: str
    organisation_kind: OrganisationKind
    place: str
    inspectors: tuple[str, ...]
    notes: str


@dataclass
class IntervieweeIn:
    key: str
    role: IntervieweeRole
    organisation_kind: OrganisationKind | None
    identity: IntervieweeIdentity | None
    consent: Consent | None
    anonymity: AnonymityAgreement | None


@dataclass
class InterviewIn:
    key: str
    held_on: date
    mode: InterviewMode
    interviewee_keys: tuple[str, ...]
    interviewers: tuple[str, ...]
    field_visit_key: str | None
    notes: str


@dataclass
class InvestigationIn:
    key: str
    reference: str
    title: str
    kind: InvestigationKind
    themes: tuple[str, ...]
    domains: tuple[Domain, ...]
    status: InvestigationStatus
    lead_inspector: str
    team: tuple[str, ...]
    start_date: date | None
    end_date: date | None
    description: str
    field_visits: list[FieldVisitIn] = field(default_factory=list)
    interviewees: list[IntervieweeIn] = field(default_factory=list)
    interviews: list[InterviewIn] = field(default_factory=list)


@dataclass
class SignalIn:
    key: str
    received_on: date
    channel: SignalChannel
    text: str
    domain: Domain | None
    theme: str | None
    confidentiality: SourceConfidentiality
    triage: TriageStatus | None
    investigation_key: str | None
    source: SourceIdentity | None


@dataclass
class ImportFile:
    investigations: list[InvestigationIn]
    signals: list[SignalIn]


# --- reading ----------------------------------------------------------------------------------

def read_import_file(path: Path) -> dict:
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        raise ValidationError(f"Importbestand niet gevonden / import file not found: {path.name}") from None
    if size > MAX_FILE_BYTES:
        raise FieldError("import file", "size", f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    try:
        return json.loads(path.read_bytes().decode("utf-8"))
    except UnicodeDecodeError:
        raise FieldError("import file", "encoding", "not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise FieldError("import file", "json", f"not valid JSON (line {exc.lineno}, column {exc.colno})") from None


# --- checking --------------------------------------------------------------------------------

def _obj(value: object, record: str, path: str, allowed: set[str]) -> dict:
    if not isinstance(value, dict):
        raise FieldError(record, path or "(record)", "must be an object")
    unknown = sorted(set(value) - allowed)
    if unknown:
        where = f"{path}.{unknown[0]}" if path else unknown[0]
        raise FieldError(record, where, "unknown field")
    return value


def _list(value: object, record: str, path: str) -> list:
    if value is None:
        return []
    if not isinstance(value, list):
        raise FieldError(record, path, "must be a list")
    return value


def _strings(value: object, record: str, path: str) -> tuple[str, ...]:
    items = _list(value, record, path)
    for item in items:
        if not isinstance(item, str):
            raise FieldError(record, path, "must be a list of text")
    return tuple(items)


def _bool(value: object, record: str, path: str, default: bool) -> bool:
    if value is None:
        return default
    if not isinstance(value, bool):
        raise FieldError(record, path, "must be true or false")
    return value


class _Keys:
    """Keys are unique per record type within a file (they are the stable external ids)."""

    def __init__(self) -> None:
        self.seen: dict[str, set[str]] = {}

    def take(self, kind: str, raw: dict, record_hint: str) -> str:
        key = raw.get("key")
        if not isinstance(key, str) or not key.strip():
            raise FieldError(record_hint, "key", "is required (a stable external id)")
        if len(key) > MAX_KEY_CHARS:
            raise FieldError(record_hint, "key", f"longer than {MAX_KEY_CHARS} characters")
        seen = self.seen.setdefault(kind, set())
        if key in seen:
            raise FieldError(f"{kind} {key}", "key", "duplicate key in this file")
        seen.add(key)
        return key


def _field_visit(raw: dict, keys: _Keys, inv: str) -> FieldVisitIn:
    key = keys.take("field visit", raw, f"field visit in investigation {inv}")
    rec = f"field visit {key}"
    _obj(raw, rec, "", FIELD_VISIT_FIELDS)
    return FieldVisitIn(
        key=key, visited_on=parse_date(raw.get("date"), rec, "date"),
        organisation=require_text(raw.get("organisation"), rec, "organisation", max_chars=300),
        organisation_kind=parse_enum(OrganisationKind, raw.get("organisation_kind", "anders"), rec, "organisation_kind"),
        place=require_text(raw.get("place"), rec, "place", max_chars=200, required=False),
        inspectors=_strings(raw.get("inspectors"), rec, "inspectors"),
        notes=require_text(raw.get("notes"), rec, "notes", required=False),
    )


def _interviewee(raw: dict, keys: _Keys, inv: str) -> IntervieweeIn:
    key = keys.take("interviewee", raw, f"interviewee in investigation {inv}")
    rec = f"interviewee {key}"
    _obj(raw, rec, "", INTERVIEWEE_FIELDS)
    identity = consent = agreement = None
    if raw.get("identity") is not None:
        ident = _obj(raw["identity"], rec, "identity", IDENTITY_FIELDS)
        identity = IntervieweeIdentity(**{
            name: require_text(ident.get(name), rec, f"identity.{name}", max_chars=1000, required=False)
            for name in IDENTITY_FIELDS
        })
    if raw.get("consent") is not None:
        c = _obj(raw["consent"], rec, "consent", CONSENT_FIELDS)
        consent = Consent(
            given_on=parse_date(c.get("date"), rec, "consent.date"),
            form=parse_enum(ConsentForm, c.get("form"), rec, "consent.form"),
            notes_allowed=_bool(c.get("notes"), rec, "consent.notes", True),
            quotes=parse_enum(QuotePermission, c.get("quotes", "no"), rec, "consent.quotes"),
            recording=_bool(c.get("recording"), rec, "consent.recording", False),
            share_summary=_bool(c.get("share_summary"), rec, "consent.share_summary", False),
            retain_until=parse_date(c.get("retain_until"), rec, "consent.retain_until", required=False),
            withdrawn_on=parse_date(c.get("withdrawn"), rec, "consent.withdrawn", required=False),
        )
    if raw.get("anonymity_agreement") is not None:
        a = _obj(raw["anonymity_agreement"], rec, "anonymity_agreement", AGREEMENT_FIELDS)
        agreement = AnonymityAgreement(
            safeguards=_strings(a.get("safeguards"), rec, "anonymity_agreement.safeguards"),
            text=require_text(a.get("text"), rec, "anonymity_agreement.text", required=False),
            communicated_on=parse_date(a.get("communicated"), rec, "anonymity_agreement.communicated", required=False),
        )
    org = raw.get("organisation_kind")
    return IntervieweeIn(
        key=key, role=parse_enum(IntervieweeRole, raw.get("role"), rec, "role"),
        organisation_kind=parse_enum(OrganisationKind, org, rec, "organisation_kind") if org is not None else None,
        identity=identity, consent=consent, anonymity=agreement,
    )


def _interview(raw: dict, keys: _Keys, inv: InvestigationIn) -> InterviewIn:
    key = keys.take("interview", raw, f"interview in investigation {inv.key}")
    rec = f"interview {key}"
    _obj(raw, rec, "", INTERVIEW_FIELDS)
    people = _strings(raw.get("interviewees"), rec, "interviewees")
    local = {p.key for p in inv.interviewees}
    for person in people:
        if person not in local:
            raise FieldError(rec, "interviewees", "refers to an interviewee key not in this investigation")
    visit = raw.get("field_visit")
    if visit is not None and visit not in {v.key for v in inv.field_visits}:
        raise FieldError(rec, "field_visit", "refers to a field visit key not in this investigation")
    return InterviewIn(
        key=key, held_on=parse_date(raw.get("date"), rec, "date"),
        mode=parse_enum(InterviewMode, raw.get("mode", "in_person"), rec, "mode"),
        interviewee_keys=people, interviewers=_strings(raw.get("interviewers"), rec, "interviewers"),
        field_visit_key=visit, notes=check_notes(raw.get("notes", ""), rec),
    )


def _investigation(raw: dict, keys: _Keys) -> InvestigationIn:
    key = keys.take("investigation", raw, "investigation")
    rec = f"investigation {key}"
    _obj(raw, rec, "", INVESTIGATION_FIELDS)
    inv = InvestigationIn(
        key=key, reference=require_text(raw.get("ref"), rec, "ref", max_chars=40).strip(),
        title=require_text(raw.get("title"), rec, "title", max_chars=300),
        kind=parse_enum(InvestigationKind, raw.get("kind"), rec, "kind"),
        themes=_strings(raw.get("themes"), rec, "themes"),
        domains=tuple(parse_enum(Domain, d, rec, "domains") for d in _strings(raw.get("domains"), rec, "domains")),
        status=parse_enum(InvestigationStatus, raw.get("status", "verkenning"), rec, "status"),
        lead_inspector=require_text(raw.get("lead_inspector"), rec, "lead_inspector", max_chars=200, required=False),
        team=_strings(raw.get("team"), rec, "team"),
        start_date=parse_date(raw.get("start"), rec, "start", required=False),
        end_date=parse_date(raw.get("end"), rec, "end", required=False),
        description=require_text(raw.get("description"), rec, "description", required=False),
    )
    inv.field_visits = [_field_visit(v, keys, key) for v in _list(raw.get("field_visits"), rec, "field_visits")]
    inv.interviewees = [_interviewee(p, keys, key) for p in _list(raw.get("interviewees"), rec, "interviewees")]
    inv.interviews = [_interview(i, keys, inv) for i in _list(raw.get("interviews"), rec, "interviews")]
    return inv


def _signal(raw: dict, keys: _Keys) -> SignalIn:
    key = keys.take("signal", raw, "signal")
    rec = f"signal {key}"
    _obj(raw, rec, "", SIGNAL_FIELDS)
    source = None
    if raw.get("source") is not None:
        s = _obj(raw["source"], rec, "source", SOURCE_FIELDS)
        source = SourceIdentity(
            name=require_text(s.get("name"), rec, "source.name", max_chars=500, required=False),
            contact=require_text(s.get("contact"), rec, "source.contact", max_chars=1000, required=False),
        )
    inv = raw.get("investigation")
    if inv is not None and not isinstance(inv, str):
        raise FieldError(rec, "investigation", "must be an investigation key")
    return SignalIn(
        key=key, received_on=parse_date(raw.get("received"), rec, "received"),
        channel=parse_enum(SignalChannel, raw.get("channel"), rec, "channel"),
        text=require_text(raw.get("text"), rec, "text"),
        domain=parse_enum(Domain, raw["domain"], rec, "domain") if raw.get("domain") is not None else None,
        theme=require_text(raw.get("theme"), rec, "theme", max_chars=200) if raw.get("theme") is not None else None,
        confidentiality=parse_enum(SourceConfidentiality, raw.get("confidentiality", "confidential"), rec,
                                   "confidentiality"),
        triage=parse_enum(TriageStatus, raw["triage"], rec, "triage") if raw.get("triage") is not None else None,
        investigation_key=inv, source=source,
    )


def parse_import(data: object) -> ImportFile:
    """Structure, vocabularies, sizes, duplicate keys and in-file references. No database."""
    top = _obj(data, "import file", "", TOP_FIELDS)
    if top.get("format") != FORMAT:
        raise FieldError("import file", "format", f'expected "{FORMAT}"')
    keys = _Keys()
    investigations = [_investigation(r, keys) for r in _list(top.get("investigations"), "import file", "investigations")]
    signals = [_signal(r, keys) for r in _list(top.get("signals"), "import file", "signals")]
    refs: dict[str, str] = {}
    for inv in investigations:
        if inv.reference in refs:
            raise FieldError(f"investigation {inv.key}", "ref", "same reference as another investigation in this file")
        refs[inv.reference] = inv.key
    return ImportFile(investigations=investigations, signals=signals)
