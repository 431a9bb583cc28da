"""Signals: record, edit, triage/link, list; the source identity is revealed only on request."""

from __future__ import annotations

from ibtd_desktop.domain.casework.enums import Domain, SignalChannel, SourceConfidentiality, TriageStatus
from ibtd_desktop.domain.casework.signals import (
    RecordSignal,
    SignalDetail,
    SignalFilter,
    SignalRow,
    SourceIdentity,
    TriageSignal,
    UpdateSignal,
)
from ibtd_desktop.domain.casework.validation import FieldError, parse_date, parse_enum, require_text
from ibtd_desktop.services.casework._tx import reads, writes
from ibtd_desktop.storage.casework import common
from ibtd_desktop.storage.casework import signals as repo


def _values(cmd, uow, record: str) -> dict:  # noqa: ANN001
    theme_id = None
    if cmd.theme:
        theme = common.themes_by_code(uow.session).get(cmd.theme)
        if theme is None:
            raise FieldError(record, "theme", "unknown theme")
        theme_id = theme.id
    return {
        "received_on": parse_date(cmd.received_on, record, "received_on"),
        "channel": parse_enum(SignalChannel, cmd.channel, record, "channel").value,
        "text": require_text(cmd.text, record, "text"),
        "domain": parse_enum(Domain, cmd.domain, record, "domain").value if cmd.domain else None,
        "theme_id": theme_id,
        "confidentiality": parse_enum(SourceConfidentiality, cmd.confidentiality, record, "confidentiality").value,
    }


def _check_link(uow, record: str, triage: TriageStatus, investigation_id: int | None) -> None:  # noqa: ANN001
    if investigation_id is not None and not repo.investigation_exists(uow.session, investigation_id):
        raise FieldError(record, "investigation", "no such investigation")
    if triage is TriageStatus.LINKED and investigation_id is None:
        raise FieldError(record, "investigation", "a linked signal needs an investigation")


@writes
def record_signal(cmd: RecordSignal, uow) -> SignalDetail:  # noqa: ANN001
    record = f"signal {cmd.external_key}" if cmd.external_key else "signal"
    values = _values(cmd, uow, record)
    triage = parse_enum(TriageStatus, cmd.triage, record, "triage")
    if cmd.investigation_id is not None and triage is TriageStatus.NEW:
        triage = TriageStatus.LINKED
    _check_link(uow, record, triage, cmd.investigation_id)
    values.update(triage=triage.value, investigation_id=cmd.investigation_id, external_key=cmd.external_key)
    sig = repo.save(uow.session, None, values, uow.user_id)
    if cmd.source is not None:
        repo.set_source_identity(uow.session, sig.id, cmd.source, uow.user_id)
    return repo.to_detail(uow.session, sig)


@writes
def update_signal(cmd: UpdateSignal, uow) -> SignalDetail:  # noqa: ANN001
    sig = repo.get(uow.session, cmd.signal_id)
    sig = repo.save(uow.session, sig, _values(cmd, uow, f"signal {sig.id}"), uow.user_id)
    return repo.to_detail(uow.session, sig)


@writes
def triage_signal(cmd: TriageSignal, uow) -> SignalDetail:  # noqa: ANN001
    sig = repo.get(uow.session, cmd.signal_id)
    record = f"signal {sig.id}"
    triage = parse_enum(TriageStatus, cmd.triage, record, "triage")
    _check_link(uow, record, triage, cmd.investigation_id)
    sig = repo.save(uow.session, sig, {"triage": triage.value, "investigation_id": cmd.investigation_id}, uow.user_id)
    return repo.to_detail(uow.session, sig)


@reads
def get_signal(signal_id: int, uow) -> SignalDetail:  # noqa: ANN001
    return repo.to_detail(uow.session, repo.get(uow.session, signal_id))


@reads
def list_signals(flt: SignalFilter, uow) -> list[SignalRow]:  # noqa: ANN001
    return repo.list_rows(uow.session, flt)


@writes
def set_signal_source(signal_id: int, source: SourceIdentity | None, uow) -> SignalDetail:  # noqa: ANN001
    """Replace the source identity; ``None`` (or empty) erases it."""
    sig = repo.get(uow.session, signal_id)
    if source is not None:
        require_text(source.name, f"signal {sig.id}", "source.name", max_chars=500, required=False)
        require_text(source.contact, f"signal {sig.id}", "source.contact", max_chars=1000, required=False)
    repo.set_source_identity(uow.session, sig.id, source, uow.user_id)
    return repo.to_detail(uow.session, sig)


@writes
def reveal_signal_source(signal_id: int, uow, reason: str = "") -> SourceIdentity | None:  # noqa: ANN001
    """Explicit request only (the GUI's "toon melder" button); never for lists or exports.
    Audited (who, when, why) in ``identity_reveals``, like an interviewee's identity."""
    repo.get(uow.session, signal_id)
    return repo.reveal_source_identity(uow.session, signal_id, reason, uow.user_id)


@writes
def delete_signal(signal_id: int, uow) -> None:  # noqa: ANN001
    repo.delete(uow.session, signal_id)
