"""`ibtd summaries|export`: list summaries with their status; export approved ones.

Export refuses (exit 5, via ``SafeguardRefused``) anything not approved or not clean; the
message lists what to fix. Nothing is written then.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ibtd_desktop.bootstrap import disable_core_dumps, set_private_umask
from ibtd_desktop.cli import exit_codes
from ibtd_desktop.cli.passphrases import PassphraseReader, add_passphrase_argument
from ibtd_desktop.domain.errors import ValidationError
from ibtd_desktop.services import vault as vault_service
from ibtd_desktop.services.summaries import export, review
from ibtd_desktop.services.summaries.commands import ExportDossier, ExportSummary

PROMPT = "Wachtzin / passphrase: "


def register(subparsers: argparse._SubParsersAction) -> None:
    listing = subparsers.add_parser("summaries", help="list anonymised summaries with their status")
    listing.add_argument("vault", type=Path, metavar="VAULT")
    listing.add_argument("--investigation", metavar="REF", help="only this investigation (dossier reference)")
    listing.add_argument("--json", action="store_true", help="machine-readable list")
    add_passphrase_argument(listing)
    listing.set_defaults(handler=cmd_summaries)

    exp = subparsers.add_parser("export", help="export an approved summary or a dossier (PDF and/or JSON)")
    exp.add_argument("vault", type=Path, metavar="VAULT")
    which = exp.add_mutually_exclusive_group(required=True)
    which.add_argument("--summary", type=int, metavar="ID", help="one approved summary")
    which.add_argument("--investigation", metavar="REF", help="a dossier, by its reference")
    exp.add_argument("--pdf", type=Path, metavar="OUT", help="write the PDF here")
    exp.add_argument("--json", type=Path, metavar="OUT", dest="json_out", help="write the JSON here")
    add_passphrase_argument(exp)
    exp.set_defaults(handler=cmd_export)


def _unlock(args: argparse.Namespace) -> vault_service.Vault:
    set_private_umask()
    disable_core_dumps()
    vault_service.require_vault(args.vault)  # before asking for a passphrase
    return vault_service.unlock_vault(args.vault, PassphraseReader.for_args(args).read(PROMPT))


def cmd_summaries(args: argparse.Namespace) -> int:
    vault = _unlock(args)
    try:
        investigation_id = review.investigation_id_for(args.investigation, vault.uow()) if args.investigation else None
        summaries = review.list_summaries(vault.uow(), investigation_id)
        references = review.investigation_references(vault.uow())
    finally:
        vault.lock()
    rows = [
        {
            "id": s.id,
            "investigation": references.get(s.investigation_id, ""),
            "kind": s.kind.value,
            "status": s.status.value,
            "status_nl": s.status.label_nl,
            "version": s.current.number,
            "title": s.title,
        }
        for s in summaries
    ]
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return exit_codes.OK
    if not rows:
        print("Geen samenvattingen / no summaries")
    for r in rows:
        print(f"{r['id']:>5}  {r['investigation']:<16} {r['kind']:<9} v{r['version']:<3} {r['status_nl']:<16} {r['title']}")
    return exit_codes.OK


def cmd_export(args: argparse.Namespace) -> int:
    if args.pdf is None and args.json_out is None:
        raise ValidationError("geef --pdf en/of --json / give --pdf and/or --json")
    vault = _unlock(args)
    try:
        if args.summary is not None:
            result = export.export_summary(ExportSummary(args.summary, args.pdf, args.json_out), vault.uow())
        else:
            investigation_id = review.investigation_id_for(args.investigation, vault.uow())
            result = export.export_dossier(ExportDossier(investigation_id, args.pdf, args.json_out), vault.uow())
    finally:
        vault.lock()
    print(f"Geëxporteerd / exported: {len(result.summary_ids)} samenvatting(en) / summaries")
    for path in (result.pdf_path, result.json_path):
        if path is not None:
            print(f"  {path}")
    print(f"  {result.fingerprint}")
    return exit_codes.OK
