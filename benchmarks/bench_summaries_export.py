"""Time to export a 50-summary dossier PDF (+ JSON), end to end from the vault.

Setup (not timed): a vault with one investigation, 50 interviewees with identity, consent and
an anonymity agreement, 50 interviews with notes full of personal data, 50 interview summaries
drafted from the notes and approved by a second user, and an approved dossier summary.
Timed: unlock + export_dossier (loads, re-runs every safeguard on all 51 texts and the
appendices, renders PDF and JSON, writes both atomically). Also reported: the export alone.

    /work/venv/bin/python benchmarks/bench_summaries_export.py [--summaries 50] [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pypdf import PdfReader  # noqa: E402

from ibtd_desktop.domain.casework.enums import (  # noqa: E402
    ConsentForm, Domain, InterviewMode, InvestigationKind, IntervieweeRole, QuotePermission, Safeguard,
)
from ibtd_desktop.domain.casework.findings import AddFinding, AddRebuttalRow, AddRecommendation  # noqa: E402
from ibtd_desktop.domain.casework.interviews import RecordInterview  # noqa: E402
from ibtd_desktop.domain.casework.investigations import CreateInvestigation  # noqa: E402
from ibtd_desktop.domain.casework.people import (  # noqa: E402
    AddInterviewee, AnonymityAgreement, Consent, IntervieweeIdentity,
)
from ibtd_desktop.domain.summaries import SummaryAttributes  # noqa: E402
from ibtd_desktop.domain.users import Role  # noqa: E402
from ibtd_desktop.services.casework import findings, interviewees, interviews, investigations  # noqa: E402
from ibtd_desktop.services.summaries import drafting, export, review  # noqa: E402
from ibtd_desktop.services.summaries.commands import (  # noqa: E402
    ApproveSummary, EditSummary, ExportDossier, StartDossierSummary, StartInterviewSummary, SubmitSummary,
)
from ibtd_desktop.services.vault import create_vault, unlock_vault  # noqa: E402

PASS, REVIEWER_PASS = "Kluis-Snelheid-Meten-Tulp-1", "Tweede-Paar-Ogen-Molen-2"
FIRST = ["Anouk", "Bram", "Fatima", "Mehmet", "Sanne", "Tomasz", "Yara", "Daan", "Noor", "Kees"]
LAST = ["de Vries", "Jansen", "el Amrani", "Yilmaz", "Bakker", "Kowalski", "Visser", "Smit", "Mulder", "de Boer"]
PLACES = ["Goes", "Leeuwarden", "Almelo", "Zwolle", "Venlo", "Emmen", "Delft", "Gouda", "Hoorn", "Oss"]


def _notes(i: int, name: str, phone: str) -> str:
    place = PLACES[i % len(PLACES)]
    return (
        f"Gesprek met {name} ({phone}). {name.split()[0]} woont sinds 2015 in {place}. "
        f"Zij is {31 + i % 40} jaar en kreeg in {2018 + i % 5} een terugvordering van de Dienst Toeslagen "
        "van enkele duizenden euro's. De brieven waren onduidelijk en de telefonische hulplijn gaf "
        "tegenstrijdige antwoorden. Pas na bemiddeling door de sociaal raadslieden kwam er een "
        "betalingsregeling. " * 2
    )


def build(folder: Path, n: int) -> int:
    vault = create_vault(folder, "Bench Inspecteur", PASS)
    try:
        vault.add_user("Bench Beoordelaar", Role.REVIEWER, REVIEWER_PASS)
        inv = investigations.create_investigation(
            CreateInvestigation(reference="IBTD-2099-050", title="Terugvorderingen", kind=InvestigationKind.THEMATIC,
                                themes=("financiele_voorzieningen",), domains=(Domain.BENEFITS,)),
            vault.uow(),
        )
        for number in range(1, 6):
            finding = findings.add_finding(AddFinding(inv.id, f"Bevinding {number}: brieven zijn onduidelijk."), vault.uow())
            findings.add_recommendation(AddRecommendation(inv.id, f"Aanbeveling {number}.", "Dienst Toeslagen", finding.id), vault.uow())
            findings.add_rebuttal_row(AddRebuttalRow(inv.id, f"Bevinding {number}", "Herkend.", "Verwerkt.", finding.id), vault.uow())
        for i in range(n):
            name = f"{FIRST[i % 10]} {LAST[(i // 10) % 10]}"
            phone = f"06-{10000000 + i * 7919:08d}"
            person = interviewees.add_interviewee(
                AddInterviewee(
                    investigation_id=inv.id, role=IntervieweeRole.AFFECTED_PARENT,
                    identity=IntervieweeIdentity(name=name, phone=phone),
                    consent=Consent(date(2024, 1, 1), ConsentForm.WRITTEN, share_summary=True, quotes=QuotePermission.NO),
                    anonymity=AnonymityAgreement(safeguards=(Safeguard.NO_NAME, Safeguard.NO_PLACE_BELOW_PROVINCE)),
                ),
                vault.uow(),
            )
            interview = interviews.record_interview(
                RecordInterview(inv.id, date(2024, 1 + i % 12, 1 + i % 28), InterviewMode.IN_PERSON, (person.id,),
                                notes=_notes(i, name, phone)),
                vault.uow(),
            )
            summary = drafting.start_interview_summary(StartInterviewSummary(interview.id), vault.uow()).summary
            attrs = SummaryAttributes(role="affected_parent", domain="toeslagen", year=2024)
            drafting.edit_summary(EditSummary(summary.id, summary.current.text, attrs), vault.uow())
            _release(vault, summary.id)
        main = drafting.start_dossier_summary(StartDossierSummary(inv.id), vault.uow()).summary
        _release(vault, main.id)
        return inv.id
    finally:
        vault.lock()


def _release(vault, summary_id: int) -> None:  # noqa: ANN001
    submitted = review.submit_summary(SubmitSummary(summary_id), vault.uow()).summary
    review.approve_summary(ApproveSummary(summary_id, submitted.content_hash), vault, REVIEWER_PASS)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--summaries", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        t0 = time.perf_counter()
        investigation_id = build(folder, args.summaries)
        setup = time.perf_counter() - t0
        end_to_end, export_only, cpu = [], [], []
        for run in range(args.runs):
            pdf, js = Path(tmp) / f"d{run}.pdf", Path(tmp) / f"d{run}.json"
            t0, c0 = time.perf_counter(), time.process_time()
            vault = unlock_vault(folder, PASS)
            t1 = time.perf_counter()
            result = export.export_dossier(ExportDossier(investigation_id, pdf, js), vault.uow())
            t2, c2 = time.perf_counter(), time.process_time()
            vault.lock()
            cpu.append(c2 - c0)
            end_to_end.append(t2 - t0)
            export_only.append(t2 - t1)
        reader = PdfReader(str(result.pdf_path))
        print(f"setup ({args.summaries} summaries drafted + approved): {setup:.1f} s")
        print(f"summaries in export: {len(result.summary_ids)}; PDF pages: {len(reader.pages)}; "
              f"PDF {result.pdf_path.stat().st_size / 1024:.0f} KiB; JSON {result.json_path.stat().st_size / 1024:.0f} KiB")
        print(f"unlock + export (PDF+JSON), median of {args.runs}: {statistics.median(end_to_end):.2f} s "
              f"(min {min(end_to_end):.2f})")
        print(f"export alone, median: {statistics.median(export_only):.2f} s")
        print(f"CPU time of unlock + export, median: {statistics.median(cpu):.2f} s (wall is noisy on a shared machine)")


if __name__ == "__main__":
    main()
