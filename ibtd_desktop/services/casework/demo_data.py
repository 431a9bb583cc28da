"""Synthetic, realistic Dutch case-work data for demos, tests and benchmarks.

Everything comes from a seeded ``random.Random``: the same seed gives the same data. Notes
contain invented personal data on purpose (names, BSNs that pass the elfproef, valid IBANs,
phone numbers, e-mail and street addresses) so the anonymiser has something to find.
The result references records by position in the dataset, not by id (see ``storage.casework.bulk``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from ibtd_desktop.domain.casework.enums import (
    DEFAULT_THEMES,
    ConsentForm,
    Domain,
    IntervieweeRole,
    InterviewMode,
    InvestigationKind,
    InvestigationStatus,
    OrganisationKind,
    QuotePermission,
    Safeguard,
    SignalChannel,
    SourceConfidentiality,
    TriageStatus,
)
from ibtd_desktop.domain.casework.interviews import RecordInterview
from ibtd_desktop.domain.casework.investigations import CreateInvestigation
from ibtd_desktop.domain.casework.people import (
    AddInterviewee,
    AnonymityAgreement,
    Consent,
    IntervieweeIdentity,
    RecordFieldVisit,
)
from ibtd_desktop.domain.casework.signals import RecordSignal, SourceIdentity
from ibtd_desktop.services.casework import demo_vocabulary as words

DOSSIERS_PER_THEME = 2
SIGNALS_PER_CHANNEL = 4
INTERVIEWS_PER_INTERVIEWEE = 2


def elfproef_ok(bsn: str) -> bool:
    if len(bsn) != 9 or not bsn.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(bsn[:8], range(9, 1, -1))) - int(bsn[8])
    return total % 11 == 0 and bsn[0] != "0"


def make_bsn(rng: random.Random) -> str:
    while True:
        head = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(7))
        last = sum(int(d) * w for d, w in zip(head, range(9, 1, -1))) % 11
        if last < 10:
            return head + str(last)


def iban_ok(iban: str) -> bool:
    compact = iban.replace(" ", "")
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def make_iban(rng: random.Random) -> str:
    bank = rng.choice(words.BANKS)
    account = "".join(str(rng.randint(0, 9)) for _ in range(10))
    digits = "".join(str(int(c, 36)) for c in bank + account + "NL00")
    check = 98 - int(digits) % 97
    iban = f"NL{check:02d}{bank}{account}"
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if rng.random() < 0.5 else iban


def make_phone(rng: random.Random) -> str:
    digits = "".join(str(rng.randint(0, 9)) for _ in range(8))
    return rng.choice((f"06-{digits}", f"06 {digits[:4]} {digits[4:]}", f"+31 6 {digits}", f"0{rng.randint(10, 79)}-{digits[:7]}"))


@dataclass
class Person:
    name: str
    street: str
    number: int
    postcode: str
    place: str
    province: str
    phone: str
    email: str
    bsn: str
    iban: str


def make_person(rng: random.Random) -> Person:
    first, last = rng.choice(words.FIRST_NAMES), rng.choice(words.SURNAMES)
    place, province = rng.choice(words.PLACES)
    mail_name = f"{first}.{last}".lower().replace(" ", "")
    return Person(
        name=f"{first} {last}", street=rng.choice(words.STREETS), number=rng.randint(1, 180),
        postcode=f"{rng.randint(1000, 9999)} {chr(rng.randint(65, 90))}{chr(rng.randint(65, 90))}",
        place=place, province=province, phone=make_phone(rng),
        email=f"{mail_name}@{rng.choice(words.MAIL_DOMAINS)}", bsn=make_bsn(rng), iban=make_iban(rng),
    )


def _day(rng: random.Random, start: date, span_days: int) -> date:
    return start + timedelta(days=rng.randint(0, span_days))


MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december")


def _dutch_date(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def make_notes(rng: random.Random, person: Person, service: str, on: date) -> str:
    other = make_person(rng)
    fill = dict(
        name=person.name, other_name=other.name, street=person.street, number=person.number,
        postcode=person.postcode, place=person.place, phone=person.phone, email=person.email, bsn=person.bsn,
        iban=person.iban, service=service, amount=f"{rng.randint(4, 480) * 100:,}".replace(",", "."),
        date=_day(rng, on - timedelta(days=900), 850).strftime("%d-%m-%Y"), months=rng.randint(2, 26),
        count=rng.randint(2, 9), year=rng.randint(2015, 2022),
        birth_date=_dutch_date(_day(rng, date(2008, 1, 1), 4000)),
    )
    sentences = rng.sample(words.SITUATION, rng.randint(3, 6)) + rng.sample(words.PERSONAL, rng.randint(2, 4))
    rng.shuffle(sentences)
    paragraphs, current = [], []
    for sentence in sentences:
        current.append(sentence.format(**fill))
        if len(current) >= 3:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


@dataclass
class DemoDataset:
    """Commands whose ``investigation_id`` / ``interviewee_ids`` / ``field_visit_id`` are
    positions in these lists (0-based), resolved to ids when loaded."""

    investigations: list[CreateInvestigation] = field(default_factory=list)
    field_visits: list[RecordFieldVisit] = field(default_factory=list)
    interviewees: list[AddInterviewee] = field(default_factory=list)
    interviews: list[RecordInterview] = field(default_factory=list)
    signals: list[RecordSignal] = field(default_factory=list)


ROLE_WEIGHTS = (
    (IntervieweeRole.AFFECTED_PARENT, 5), (IntervieweeRole.AFFECTED_CITIZEN, 3), (IntervieweeRole.ENTREPRENEUR, 3),
    (IntervieweeRole.PROFESSIONAL, 3), (IntervieweeRole.LIVED_EXPERIENCE_EXPERT, 1), (IntervieweeRole.SERVICE_EMPLOYEE, 2),
)
ORG_KINDS = (OrganisationKind.TAX_SHOP, OrganisationKind.SOCIAL_COUNSEL, OrganisationKind.FORM_BRIGADE,
             OrganisationKind.MUNICIPALITY)
ORG_NAMES = {
    OrganisationKind.TAX_SHOP: "Belastingwinkel {place}", OrganisationKind.SOCIAL_COUNSEL: "Sociaal Raadslieden {place}",
    OrganisationKind.FORM_BRIGADE: "Formulierenbrigade {place}", OrganisationKind.MUNICIPALITY: "Gemeente {place}",
    OrganisationKind.SERVICE: "Belastingdienst kantoor {place}",
}


def _investigations(rng: random.Random, data: DemoDataset, first_number: int) -> list[tuple[date, str]]:
    spans = []
    number = first_number - 1
    for code, _label in DEFAULT_THEMES:
        for title in rng.sample(words.TITLES[code], DOSSIERS_PER_THEME):
            number += 1
            domains = tuple(rng.sample(list(Domain), rng.choice((1, 1, 2))))
            start = _day(rng, date(2021, 1, 1), 1000)
            status = rng.choice(list(InvestigationStatus))
            end = start + timedelta(days=rng.randint(200, 700)) if status is InvestigationStatus.CLOSED else None
            service = words.DOMAIN_NAMES[domains[0].value]
            data.investigations.append(CreateInvestigation(
                reference=f"IBTD-{start.year}-{number:03d}", title=title.format(domain=service),
                kind=rng.choice((InvestigationKind.THEMATIC,) * 3 + tuple(InvestigationKind)),
                themes=tuple(dict.fromkeys((code, rng.choice(DEFAULT_THEMES)[0] if rng.random() < 0.3 else code))),
                domains=domains, status=status, lead_inspector=rng.choice(words.INSPECTORS),
                team=tuple(rng.sample(words.INSPECTORS, 2)), start_date=start, end_date=end,
                description=f"Onderzoek naar {title.format(domain=service).lower()}. " + rng.choice(words.SITUATION).format(
                    amount="1.200", date="1-3-2022", months=6, count=3, year=2020, service=service),
            ))
            spans.append((start, service))
    return spans


def generate(interviews: int = 200, seed: int = 2024, first_number: int = 1) -> DemoDataset:
    """``first_number`` numbers the dossier references (IBTD-year-nnn) so a second fill of the
    same vault does not collide with the first."""
    rng = random.Random(seed)
    data = DemoDataset()
    spans = _investigations(rng, data, first_number)
    n_inv = len(data.investigations)
    for inv_pos, (start, _service) in enumerate(spans):
        for _ in range(2):
            kind = rng.choice(ORG_KINDS + (OrganisationKind.SERVICE,))
            place, province = rng.choice(words.PLACES)
            data.field_visits.append(RecordFieldVisit(
                investigation_id=inv_pos, visited_on=_day(rng, start, 300),
                organisation=ORG_NAMES[kind].format(place=place), organisation_kind=kind, place=province,
                inspectors=tuple(rng.sample(words.INSPECTORS, 2)),
                notes=f"Werkbezoek met gesprekken over {rng.choice(words.SITUATION)[:-1].lower()}".replace("{", "(").replace("}", ")"),
            ))
    people: list[Person] = []
    visits_of: dict[int, list[int]] = {}
    for pos, visit in enumerate(data.field_visits):
        visits_of.setdefault(visit.investigation_id, []).append(pos)
    n_people = max(n_inv, interviews // INTERVIEWS_PER_INTERVIEWEE)
    roles, weights = zip(*ROLE_WEIGHTS)
    by_inv: dict[int, list[int]] = {}
    for pos in range(n_people):
        inv_pos = pos % n_inv
        role = rng.choices(roles, weights)[0]
        person = make_person(rng)
        people.append(person)
        given = _day(rng, spans[inv_pos][0], 400)
        safeguards = tuple(s for s in Safeguard if rng.random() < 0.6) or (Safeguard.NO_NAME,)
        data.interviewees.append(AddInterviewee(
            investigation_id=inv_pos, role=role,
            organisation_kind=rng.choice(ORG_KINDS) if role is IntervieweeRole.PROFESSIONAL else None,
            identity=IntervieweeIdentity(name=person.name, phone=person.phone, email=person.email,
                                         address=f"{person.street} {person.number}, {person.postcode} {person.place}")
            if rng.random() < 0.7 else None,
            consent=Consent(given_on=given, form=rng.choice(list(ConsentForm)), notes_allowed=True,
                            quotes=rng.choice(list(QuotePermission)), recording=rng.random() < 0.2,
                            share_summary=rng.random() < 0.8, retain_until=given + timedelta(days=730),
                            withdrawn_on=given + timedelta(days=60) if rng.random() < 0.03 else None),
            anonymity=AnonymityAgreement(safeguards=safeguards, text="Afspraken mondeling toegelicht.",
                                         communicated_on=given),
        ))
        by_inv.setdefault(inv_pos, []).append(pos)
    for n in range(interviews):
        inv_pos = n % n_inv
        candidates = by_inv[inv_pos]
        main = candidates[(n // n_inv) % len(candidates)]
        chosen = (main,) + ((rng.choice(candidates),) if rng.random() < 0.15 and len(candidates) > 1 else ())
        held = _day(rng, spans[inv_pos][0], 600)
        data.interviews.append(RecordInterview(
            investigation_id=inv_pos, held_on=held, mode=rng.choice(list(InterviewMode)),
            interviewee_ids=tuple(dict.fromkeys(chosen)), interviewers=tuple(rng.sample(words.INSPECTORS, 2)),
            field_visit_id=rng.choice(visits_of[inv_pos]) if rng.random() < 0.3 else None,
            notes=make_notes(rng, people[main], spans[inv_pos][1], held),
        ))
    for channel in SignalChannel:
        for _ in range(SIGNALS_PER_CHANNEL):
            inv_pos = rng.randrange(n_inv) if rng.random() < 0.6 else None
            service = rng.choice(list(words.DOMAIN_NAMES.values()))
            reporter = make_person(rng) if rng.random() < 0.3 else None
            data.signals.append(RecordSignal(
                received_on=_day(rng, date(2021, 1, 1), 1200), channel=channel,
                text=rng.choice(words.SIGNAL_TEXTS).format(service=service),
                domain=rng.choice(list(Domain)), theme=rng.choice(DEFAULT_THEMES)[0],
                confidentiality=rng.choice(list(SourceConfidentiality)),
                triage=TriageStatus.LINKED if inv_pos is not None else rng.choice(
                    (TriageStatus.NEW, TriageStatus.DUPLICATE, TriageStatus.CLOSED)),
                investigation_id=inv_pos,
                source=SourceIdentity(name=reporter.name, contact=reporter.phone) if reporter else None,
            ))
    return data
