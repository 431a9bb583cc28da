"""`ibtd init|check|passwd|user add|backup|restore`: the vault, headless.

Passphrases come from ``PassphraseReader`` (stdin lines in order with --passphrase-stdin,
otherwise a no-echo prompt). Errors are mapped to exit codes centrally in ``cli/__init__``.
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
from ibtd_desktop.domain.users import parse_role

PROMPT_CURRENT = "Wachtzin / passphrase: "
PROMPT_OLD = "Huidige wachtzin / current passphrase: "
PROMPT_NEW = "Nieuwe wachtzin / new passphrase: "
PROMPT_REPEAT = "Herhaal nieuwe wachtzin / repeat new passphrase: "
PROMPT_NEW_USER = "Wachtzin van de nieuwe gebruiker / new user's passphrase: "


def register(subparsers: argparse._SubParsersAction) -> None:
    init = subparsers.add_parser("init", help="create a vault folder with its first inspector")
    init.add_argument("vault", type=Path, metavar="VAULT")
    init.add_argument("--user", required=True, metavar="NAME")
    add_passphrase_argument(init)
    init.set_defaults(handler=cmd_init)

    check = subparsers.add_parser("check", help="unlock and run integrity checks")
    check.add_argument("vault", type=Path, metavar="VAULT")
    check.add_argument("--json", action="store_true", help="machine-readable report")
    add_passphrase_argument(check)
    check.set_defaults(handler=cmd_check)

    passwd = subparsers.add_parser("passwd", help="change your passphrase (old, then new)")
    passwd.add_argument("vault", type=Path, metavar="VAULT")
    add_passphrase_argument(passwd)
    passwd.set_defaults(handler=cmd_passwd)

    user = subparsers.add_parser("user", help="manage vault users")
    user_sub = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = user_sub.add_parser("add", help="add a user (your passphrase, then theirs)")
    add.add_argument("vault", type=Path, metavar="VAULT")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, choices=["inspector", "reviewer"])
    add_passphrase_argument(add)
    add.set_defaults(handler=cmd_user_add)

    backup = subparsers.add_parser("backup", help="write an encrypted backup of the vault")
    backup.add_argument("vault", type=Path, metavar="VAULT")
    backup.add_argument("dest", type=Path, metavar="DEST", help="backup file or folder")
    add_passphrase_argument(backup)
    backup.set_defaults(handler=cmd_backup)

    restore = subparsers.add_parser("restore", help="restore a backup into a vault folder")
    restore.add_argument("backup", type=Path, metavar="BACKUP")
    restore.add_argument("vault", type=Path, metavar="VAULT")
    restore.add_argument("--force", action="store_true", help="replace an existing vault")
    restore.set_defaults(handler=cmd_restore)


def _service():  # noqa: ANN202 - imported on use: `ibtd --version` should not load SQLCipher and alembic
    from ibtd_desktop.services import vault

    return vault


def _hygiene(vault: Path | None = None) -> None:
    set_private_umask()
    disable_core_dumps()
    if vault is not None:
        _service().require_vault(vault)  # before asking for any passphrase


def _new_passphrase(reader: PassphraseReader, args: argparse.Namespace, prompt: str) -> str:
    first = reader.read(prompt)
    if not getattr(args, "passphrase_stdin", False):
        if reader.read(PROMPT_REPEAT) != first:
            raise ValidationError("Wachtzinnen verschillen / passphrases do not match")
    return first


def cmd_init(args: argparse.Namespace) -> int:
    _hygiene()
    reader = PassphraseReader.for_args(args)
    passphrase = _new_passphrase(reader, args, PROMPT_NEW)
    vault = _service().create_vault(args.vault, args.user, passphrase)
    vault.lock()
    print("Kluis aangemaakt / vault created")
    return exit_codes.OK


def cmd_check(args: argparse.Namespace) -> int:
    _hygiene(args.vault)
    vault = _service().unlock_vault(args.vault, PassphraseReader.for_args(args).read(PROMPT_CURRENT))
    try:
        report = vault.check()
        slots = vault.check_slots()
        users = vault.users()
    finally:
        vault.lock()
    data = {
        "ok": report.ok,
        "schema_revision": report.revision,
        "cipher_version": report.cipher_version,
        "cipher_integrity_check": report.cipher_integrity_errors,
        "quick_check": report.quick_check,
        "users": [{"id": u.id, "name": u.name, "role": u.role.value} for u in users],
        "row_counts": report.row_counts,
        "key_slots": {
            "slots": slots.slots,
            "slots_without_user": slots.slots_without_user,
            "users_without_slot": slots.users_without_slot,
        },
    }
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(f"integriteit / integrity: {'ok' if report.ok else 'FOUT / FAILED'}")
        print(f"schema: {report.revision}")
        print(f"SQLCipher: {report.cipher_version}")
        for problem in report.cipher_integrity_errors + [q for q in report.quick_check if q != "ok"]:
            print(f"  {problem}")
        print(
            f"sleutelvakken / key slots: {slots.slots} "
            f"(zonder gebruiker / without user: {slots.slots_without_user}; "
            f"gebruikers zonder sleutel / users without slot: {slots.users_without_slot})"
        )
        print("gebruikers / users:")
        for u in users:
            print(f"  {u.id}  {u.role.value:<9}  {u.name}")
        print("rijen / rows:")
        for table, count in report.row_counts.items():
            print(f"  {table:<32} {count}")
    return exit_codes.OK if report.ok else exit_codes.NOT_A_VAULT


def cmd_passwd(args: argparse.Namespace) -> int:
    _hygiene(args.vault)
    reader = PassphraseReader.for_args(args)
    old = reader.read(PROMPT_OLD)
    vault = _service().unlock_vault(args.vault, old)
    try:
        new = _new_passphrase(reader, args, PROMPT_NEW)
        vault.change_passphrase(old, new)
    finally:
        vault.lock()
    print("Wachtzin gewijzigd / passphrase changed")
    return exit_codes.OK


def cmd_user_add(args: argparse.Namespace) -> int:
    _hygiene(args.vault)
    role = parse_role(args.role)
    reader = PassphraseReader.for_args(args)
    vault = _service().unlock_vault(args.vault, reader.read(PROMPT_CURRENT))
    try:
        new_passphrase = _new_passphrase(reader, args, PROMPT_NEW_USER)
        vault.add_user(args.name, role, new_passphrase)
    finally:
        vault.lock()
    print("Gebruiker toegevoegd / user added")
    return exit_codes.OK


def cmd_backup(args: argparse.Namespace) -> int:
    _hygiene(args.vault)
    vault = _service().unlock_vault(args.vault, PassphraseReader.for_args(args).read(PROMPT_CURRENT))
    try:
        path = vault.backup(args.dest)
    finally:
        vault.lock()
    print(f"Back-up geschreven / backup written: {path}")
    return exit_codes.OK


def cmd_restore(args: argparse.Namespace) -> int:
    _hygiene()
    _service().restore_vault(args.backup, args.vault, overwrite=args.force)
    print("Kluis hersteld / vault restored")
    return exit_codes.OK
