"""``ibtd import``: load an ``ibtd-import/1`` file into the vault, all or nothing.

The whole file is checked first (``import_format.parse_import``), then written in ONE unit of
work: any error rolls everything back, so a refused file leaves the vault as it was. Records
are matched on their ``key`` (stored as ``external_key``): re-importing a file creates nothing
twice; records with new keys are added.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ibtd_desktop.domain.casework.interviews import RecordInterview
from ibtd_desktop.domain.casework.investigations import CreateInvestigation
from ibtd_desktop.domain.casework.people import AddInterviewee, RecordFieldVisit
from ibtd_desktop.domain.casework.signals import RecordSignal
from ibtd_desktop.domain.casework.validation import FieldError
from ibtd_desktop.services.casework import field_visits, interviewees, interviews, investigations, signals
from ibtd_desktop.services.casework._tx import writes
from ibtd_desktop.services.casework.import_format import ImportFile, parse_import, read_import_file
from ibtd_desktop.storage.casework import common
from ibtd_desktop.storage.orm.casework import FieldVisit, Interview, Interviewee, Investigation, Signal


@dataclass(frozen=True)
class ImportReport:
    created: dict[str, int] = field(default_factory=dict)
    existing: dict[str, int] = field(default_factory=dict)  # keys already in the vault: left as they are

    def total_created(self) -> int:
        return sum(self.created.values())


@contextmanager
def _as(record: str):  # noqa: ANN202
    """Re-label service errors with the import key, so the message points into the file."""
    try:
        yield
    except FieldError as exc:
        raise FieldError(record, exc.field, exc.problem) from None


class _Loader:
    def __init__(self, uow) -> None:  # noqa: ANN001
        self.uow = uow
        self.session = uow.session
        self.created: dict[str, int] = {}
        self.existing: dict[str, int] = {}
        themes = common.themes_by_code(self.session)
        self.theme_codes = {code: code for code in themes} | {t.label: t.code for t in themes.values()}

    def _known(self, model: type, key: str, kind: str) -> int | None:
        found = common.external_key_taken(self.session, model, key)
        if found is not None:
            self.existing[kind] = self.existing.get(kind, 0) + 1
        return found

    def _made(self, kind: str) -> None:
        self.created[kind] = self.created.get(kind, 0) + 1

    def _theme(self, value: str, record: str, path: str) -> str:
        if value not in self.theme_codes:
            raise FieldError(record, path, "unknown theme (use a code or label from the theme list)")
        return self.theme_codes[value]

    def load(self, data: ImportFile) -> ImportReport:
        inv_ids: dict[str, int] = {}
        for inv in data.investigations:
            inv_ids[inv.key] = self._investigation(inv)
        for sig in data.signals:
            self._signal(sig, inv_ids)
        return ImportReport(created=self.created, existing=self.existing)

    def _investigation(self, inv) -> int:  # noqa: ANN001
        record = f"investigation {inv.key}"
        inv_id = self._known(Investigation, inv.key, "investigations")
        if inv_id is None:
            themes = tuple(self._theme(t, record, "themes") for t in inv.themes)
            with _as(record):
                inv_id = investigations.create_investigation(CreateInvestigation(
                    reference=inv.reference, title=inv.title, kind=inv.kind, themes=themes, domains=inv.domains,
                    status=inv.status, lead_inspector=inv.lead_inspector, team=inv.team,
                    start_date=inv.start_date, end_date=inv.end_date, description=inv.description,
                    external_key=inv.key), self.uow).id
            self._made("investigations")
        visit_ids = {}
        for visit in inv.field_visits:
            visit_ids[visit.key] = self._known(FieldVisit, visit.key, "field_visits")
            if visit_ids[visit.key] is None:
                with _as(f"field visit {visit.key}"):
                    visit_ids[visit.key] = field_visits.record_field_visit(RecordFieldVisit(
                        investigation_id=inv_id, visited_on=visit.visited_on, organisation=visit.organisation,
                        organisation_kind=visit.organisation_kind, place=visit.place, inspectors=visit.inspectors,
                        notes=visit.notes, external_key=visit.key), self.uow).id
                self._made("field_visits")
        person_ids = {}
        for person in inv.interviewees:
            person_ids[person.key] = self._known(Interviewee, person.key, "interviewees")
            if person_ids[person.key] is None:
                with _as(f"interviewee {person.key}"):
                    person_ids[person.key] = interviewees.add_interviewee_in(AddInterviewee(
                        investigation_id=inv_id, role=person.role, organisation_kind=person.organisation_kind,
                        identity=person.identity, consent=person.consent, anonymity=person.anonymity,
                        external_key=person.key), self.uow)
                self._made("interviewees")
        for talk in inv.interviews:
            if self._known(Interview, talk.key, "interviews") is not None:
                continue
            with _as(f"interview {talk.key}"):
                interviews.record_interview_in(RecordInterview(
                    investigation_id=inv_id, held_on=talk.held_on, mode=talk.mode,
                    interviewee_ids=tuple(person_ids[k] for k in talk.interviewee_keys),
                    interviewers=talk.interviewers,
                    field_visit_id=visit_ids[talk.field_visit_key] if talk.field_visit_key else None,
                    notes=talk.notes, external_key=talk.key), self.uow)
            self._made("interviews")
        return inv_id

    def _signal(self, sig, inv_ids: dict[str, int]) -> None:  # noqa: ANN001
        record = f"signal {sig.key}"
        if self._known(Signal, sig.key, "signals") is not None:
            return
        inv_id = None
        if sig.investigation_key is not None:
            inv_id = inv_ids.get(sig.investigation_key) or common.external_key_taken(
                self.session, Investigation, sig.investigation_key)
            if inv_id is None:
                raise FieldError(record, "investigation", "refers to an investigation key not in this file or vault")
        theme = self._theme(sig.theme, record, "theme") if sig.theme else None
        cmd = RecordSignal(received_on=sig.received_on, channel=sig.channel, text=sig.text, domain=sig.domain,
                           theme=theme, confidentiality=sig.confidentiality, investigation_id=inv_id,
                           source=sig.source, external_key=sig.key)
        if sig.triage is not None:
            cmd = RecordSignal(**{**cmd.__dict__, "triage": sig.triage})
        with _as(record):
            signals.record_signal(cmd, self.uow)
        self._made("signals")


@writes
def import_data(data: object, uow) -> ImportReport:  # noqa: ANN001
    """``data`` is the decoded JSON. Raises ``FieldError`` (nothing written) on any problem."""
    parsed = parse_import(data)
    return _Loader(uow).load(parsed)


def import_file(path: Path, uow) -> ImportReport:  # noqa: ANN001
    return import_data(read_import_file(Path(path)), uow)
