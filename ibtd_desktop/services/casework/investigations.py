"""Investigations (dossiers) and the editable theme list."""

from __future__ import annotations

import re
import unicodedata

from ibtd_desktop.domain.casework.enums import Domain, InvestigationKind, InvestigationStatus
from ibtd_desktop.domain.casework.investigations import (
    AddTheme,
    ChangeInvestigationStatus,
    CreateInvestigation,
    InvestigationDetail,
    InvestigationFilter,
    InvestigationRow,
    ThemeRow,
    UpdateInvestigation,
)
from ibtd_desktop.domain.casework.validation import FieldError, check_period, parse_enum, require_text
from ibtd_desktop.services.casework._tx import reads, writes
from ibtd_desktop.storage.casework import common
from ibtd_desktop.storage.casework import investigations as repo

REFERENCE = re.compile(r"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$")


def _record(cmd) -> str:  # noqa: ANN001
    ref = getattr(cmd, "reference", "") or ""
    return f"investigation {ref}" if REFERENCE.match(ref) else "investigation"


def _values(cmd, uow, except_id: int | None = None) -> tuple[dict, list]:  # noqa: ANN001
    record = _record(cmd)
    reference = require_text(cmd.reference, record, "reference", max_chars=40).strip()
    if not REFERENCE.match(reference):
        raise FieldError(record, "reference", "expected a reference like IBTD-2023-007")
    if repo.reference_taken(uow.session, reference, except_id):
        raise FieldError(record, "reference", "already used by another investigation")
    check_period(cmd.start_date, cmd.end_date, record)
    if not cmd.themes:
        raise FieldError(record, "themes", "at least one theme is required")
    if not cmd.domains:
        raise FieldError(record, "domains", "at least one domain is required")
    known = common.themes_by_code(uow.session)
    themes = []
    for code in dict.fromkeys(cmd.themes):
        if code not in known:
            raise FieldError(record, "themes", "unknown theme; add it to the theme list first")
        themes.append(known[code])
    values = {
        "reference": reference,
        "title": require_text(cmd.title, record, "title", max_chars=300).strip(),
        "kind": parse_enum(InvestigationKind, cmd.kind, record, "kind").value,
        "status": parse_enum(InvestigationStatus, cmd.status, record, "status").value,
        "domains": [parse_enum(Domain, d, record, "domains").value for d in dict.fromkeys(cmd.domains)],
        "lead_inspector": require_text(cmd.lead_inspector, record, "lead_inspector", max_chars=200, required=False),
        "team": [require_text(t, record, "team", max_chars=200) for t in cmd.team],
        "start_date": cmd.start_date,
        "end_date": cmd.end_date,
        "description": require_text(cmd.description, record, "description", required=False),
    }
    return values, themes


@writes
def create_investigation(cmd: CreateInvestigation, uow) -> InvestigationDetail:  # noqa: ANN001
    values, themes = _values(cmd, uow)
    values["external_key"] = cmd.external_key
    inv = repo.save(uow.session, None, values, themes, uow.user_id)
    return repo.to_detail(uow.session, inv)


@writes
def update_investigation(cmd: UpdateInvestigation, uow) -> InvestigationDetail:  # noqa: ANN001
    inv = repo.get(uow.session, cmd.investigation_id)
    values, themes = _values(cmd, uow, except_id=inv.id)
    inv = repo.save(uow.session, inv, values, themes, uow.user_id)
    return repo.to_detail(uow.session, inv)


@writes
def change_investigation_status(cmd: ChangeInvestigationStatus, uow) -> InvestigationDetail:  # noqa: ANN001
    inv = repo.get(uow.session, cmd.investigation_id)
    status = parse_enum(InvestigationStatus, cmd.status, f"investigation {inv.reference}", "status")
    inv = repo.save(uow.session, inv, {"status": status.value}, list(inv.themes), uow.user_id, index=False)
    return repo.to_detail(uow.session, inv)


@reads
def get_investigation(investigation_id: int, uow) -> InvestigationDetail:  # noqa: ANN001
    return repo.to_detail(uow.session, repo.get(uow.session, investigation_id))


@reads
def list_investigations(flt: InvestigationFilter, uow) -> list[InvestigationRow]:  # noqa: ANN001
    return repo.list_rows(uow.session, flt)


@writes
def delete_investigation(investigation_id: int, uow) -> None:  # noqa: ANN001
    """Deletes the dossier with its interviewees, interviews and field visits; signals stay, unlinked."""
    repo.delete(uow.session, investigation_id)


# --- themes -------------------------------------------------------------------------------

def theme_code(label: str) -> str:
    ascii_label = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", ascii_label.lower()).strip("_")[:80]


@reads
def list_themes(uow, include_archived: bool = False) -> list[ThemeRow]:  # noqa: ANN001
    return common.list_themes(uow.session, include_archived=include_archived)


@writes
def add_theme(cmd: AddTheme, uow) -> ThemeRow:  # noqa: ANN001
    label = require_text(cmd.label, "theme", "label", max_chars=200).strip()
    code = cmd.code or theme_code(label)
    if not code:
        raise FieldError("theme", "code", "cannot be derived from the label; give a code")
    if code in common.themes_by_code(uow.session):
        raise FieldError(f"theme {code}", "code", "already exists")
    return common.add_theme(uow.session, code, label, uow.user_id)


@writes
def archive_theme(theme_id: int, uow, archived: bool = True) -> ThemeRow:  # noqa: ANN001
    """Archived themes stay on existing dossiers but are not offered for new ones."""
    return common.set_theme_archived(uow.session, theme_id, archived, uow.user_id)


@writes
def seed_default_themes(uow) -> list[ThemeRow]:  # noqa: ANN001
    """Idempotent; migration 0002 seeds them already, this serves schema-from-models vaults."""
    common.ensure_default_themes(uow.session, uow.user_id)
    return common.list_themes(uow.session)
