"""`ibtd import|demo|search`: case work, headless.

Passphrases come from ``PassphraseReader`` (--passphrase-stdin or a no-echo prompt); errors map
to exit codes in ``cli/__init__`` (a refused import file is a usage error, exit 2).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from ibtd_desktop.bootstrap import disable_core_dumps, set_private_umask
from ibtd_desktop.cli import exit_codes
from ibtd_desktop.cli.passphrases import PassphraseReader, add_passphrase_argument
from ibtd_desktop.domain.casework.enums import IntervieweeRole
from ibtd_desktop.domain.casework.investigations import InvestigationFilter
from ibtd_desktop.domain.casework.search import MARK_END, MARK_START, HitKind, SearchQuery
from ibtd_desktop.domain.casework.validation import FieldError, parse_date, parse_enum
from ibtd_desktop.domain.errors import ValidationError
from ibtd_desktop.services import demo as demo_service
from ibtd_desktop.services.summaries import demo as demo_summaries
from ibtd_desktop.services import vault as vault_service
from ibtd_desktop.services.casework import importer, investigations, search

PROMPT = "Wachtzin / passphrase: "
PROMPT_NEW = "Wachtzin voor de nieuwe demokluis / passphrase for the new demo vault: "
PROMPT_REPEAT = "Herhaal wachtzin / repeat passphrase: "


def register(subparsers: argparse._SubParsersAction) -> None:
    imp = subparsers.add_parser("import", help="import case work from an ibtd-import/1 JSON file (all or nothing)")
    imp.add_argument("vault", type=Path, metavar="VAULT")
    imp.add_argument("file", type=Path, metavar="FILE.json")
    imp.add_argument("--json", action="store_true", help="machine-readable report")
    add_passphrase_argument(imp)
    imp.set_defaults(handler=cmd_import)

    demo = subparsers.add_parser("demo", help="fill a vault with synthetic demo case work (creates it if missing)")
    demo.add_argument("vault", type=Path, metavar="VAULT")
    demo.add_argument("--interviews", type=int, default=demo_service.DEFAULT_INTERVIEWS, metavar="N")
    demo.add_argument("--seed", type=int, default=demo_service.DEFAULT_SEED)
    demo.add_argument("--user", default=demo_service.DEMO_USER, metavar="NAME",
                      help="first user when the vault is created")
    demo.add_argument("--summaries", type=int, default=demo_service.DEFAULT_SUMMARIES, metavar="N",
                      help="approved demo summaries to add (with a demo reviewer); 0 for none")
    add_passphrase_argument(demo)
    demo.set_defaults(handler=cmd_demo)

    find = subparsers.add_parser("search", help="full-text search in dossiers, signals, field visits and notes")
    find.add_argument("vault", type=Path, metavar="VAULT")
    find.add_argument("query", metavar="QUERY", help='words (all must match), "a phrase", prefix*')
    find.add_argument("--dossier", metavar="REF", help="only this investigation (e.g. IBTD-2023-007)")
    find.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    find.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    find.add_argument("--role", choices=IntervieweeRole.codes(), help="only interviews with this interviewee role")
    find.add_argument("--kind", action="append", choices=[k.value for k in HitKind], help="repeatable")
    find.add_argument("--limit", type=int, default=20)
    find.add_argument("--json", action="store_true", help="machine-readable hits")
    add_passphrase_argument(find)
    find.set_defaults(handler=cmd_search)


def _hygiene() -> None:
    set_private_umask()
    disable_core_dumps()


def _unlock(args: argparse.Namespace) -> vault_service.Vault:
    vault_service.require_vault(args.vault)  # before asking for a passphrase
    return vault_service.unlock_vault(args.vault, PassphraseReader.for_args(args).read(PROMPT))


def cmd_import(args: argparse.Namespace) -> int:
    _hygiene()
    if not args.file.is_file():
        raise ValidationError(f"Importbestand niet gevonden / import file not found: {args.file.name}")
    vault = _unlock(args)
    try:
        report = importer.import_file(args.file, vault.uow())
    finally:
        vault.lock()
    if args.json:
        json.dump({"created": report.created, "existing": report.existing}, sys.stdout, indent=2)
        print()
    else:
        print(f"Geïmporteerd / imported: {report.total_created()} records")
        for kind, n in sorted(report.created.items()):
            print(f"  {kind:<16} {n}")
        if report.existing:
            print("Al aanwezig, ongewijzigd / already present, left as is:")
            for kind, n in sorted(report.existing.items()):
                print(f"  {kind:<16} {n}")
    return exit_codes.OK


def cmd_demo(args: argparse.Namespace) -> int:
    _hygiene()
    if args.interviews < 0:
        raise ValidationError("--interviews moet >= 0 zijn / must be >= 0")
    folder: Path = args.vault
    reader = PassphraseReader.for_args(args)
    if folder.exists() and any(folder.iterdir()):
        vault = _unlock(args)
    else:
        passphrase = reader.read(PROMPT_NEW)
        if not args.passphrase_stdin and reader.read(PROMPT_REPEAT) != passphrase:
            raise ValidationError("Wachtzinnen verschillen / passphrases do not match")
        vault = vault_service.create_vault(folder, args.user, passphrase)
        print("Kluis aangemaakt / vault created")
    try:
        report = demo_service.fill_demo(vault, interviews=args.interviews, seed=args.seed)
        summaries = demo_summaries.add_demo_summaries(vault, interviews=args.summaries) if args.summaries > 0 else None
    finally:
        vault.lock()
    print("Demogegevens toegevoegd / demo data added:")
    for kind, n in report.created.items():
        print(f"  {kind:<16} {n}")
    if summaries is not None:
        print(f"  {'summaries':<16} {summaries.approved + summaries.dossier_summaries} goedgekeurd / approved")
    return exit_codes.OK


def _split_marks(snippet: str) -> tuple[str, list[list[int]]]:
    """Plain text plus [start, end) offsets of the highlighted matches."""
    plain: list[str] = []
    spans: list[list[int]] = []
    start = None
    for ch in snippet:
        if ch == MARK_START:
            start = len(plain)
        elif ch == MARK_END and start is not None:
            spans.append([start, len(plain)])
            start = None
        else:
            plain.append(ch)
    return "".join(plain), spans


def _query(args: argparse.Namespace, vault) -> SearchQuery:  # noqa: ANN001
    investigation_id = None
    if args.dossier:
        rows = [r for r in investigations.list_investigations(InvestigationFilter(text=args.dossier), vault.uow())
                if r.reference == args.dossier]
        if not rows:
            raise FieldError("search", "--dossier", "no investigation with this reference")
        investigation_id = rows[0].id
    return SearchQuery(
        text=args.query, investigation_id=investigation_id,
        date_from=parse_date(args.date_from, "search", "--from", required=False),
        date_to=parse_date(args.date_to, "search", "--to", required=False),
        role=parse_enum(IntervieweeRole, args.role, "search", "--role") if args.role else None,
        kinds=tuple(HitKind(k) for k in args.kind or ()), limit=args.limit,
    )


def cmd_search(args: argparse.Namespace) -> int:
    _hygiene()
    vault = _unlock(args)
    try:
        hits = search.search(_query(args, vault), vault.uow())
    finally:
        vault.lock()
    if args.json:
        out = []
        for h in hits:
            text, spans = _split_marks(h.snippet)
            out.append({"kind": h.kind.value, "id": h.record_id, "investigation_id": h.investigation_id,
                        "title": h.title, "date": h.on.isoformat() if isinstance(h.on, date) else None,
                        "snippet": text, "highlights": spans})
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return exit_codes.OK
    bold = sys.stdout.isatty()
    start, end = ("\033[1m", "\033[0m") if bold else ("[", "]")
    for h in hits:
        print(f"{h.kind.value:<12} #{h.record_id:<6} {h.title}")
        print("    " + h.snippet.replace(MARK_START, start).replace(MARK_END, end).replace("\n", " "))
    print(f"{len(hits)} resultaten / hits")
    return exit_codes.OK
