"""Encrypted backup of a whole vault (database + key slots) in one file, and restore.

Container (version 1)::

    b"IBTDBAK1" | header length (4 bytes, big-endian) | header JSON | keyslots.json | vault.db

The header lists each section's size and SHA-256; nothing in it identifies a case or a person.
The database section is a consistent snapshot made with ``VACUUM INTO`` on the open vault, so it
stays encrypted with the vault's own data key; the key slots travel with it, so the restored
vault opens with the same passphrases. Files are written to a temp name in the destination
folder, fsynced and renamed; on any error (disk full, read-only) the partial file is removed.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import struct
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy.engine import Engine

from ibtd_desktop import __version__
from ibtd_desktop.domain.errors import NotAVault, SafeguardRefused, StorageError, UnsupportedVersion
from ibtd_desktop.storage import keyslots
from ibtd_desktop.storage.vault_files import (
    DB_NAME,
    SLOTS_NAME,
    SQLITE_PLAIN_MAGIC,
    VaultLayout,
    fsync_dir,
    storage_error,
    write_all,
)
from ibtd_desktop.storage.vault_db import translated_errors

MAGIC = b"IBTDBAK1"
VERSION = 1
SUFFIX = ".ibtdbackup"
MAX_HEADER = 64 * 1024
CHUNK = 1 << 20
SECTIONS = (SLOTS_NAME, DB_NAME)

NOT_A_BACKUP = "Geen geldige kluisback-up of beschadigd / not a valid vault backup, or damaged"
EXISTS = (
    "Op deze plek staat al een kluis; gebruik --force om die te vervangen / "
    "a vault already exists here; use --force to replace it"
)


@dataclass(frozen=True)
class Section:
    name: str
    size: int
    sha256: str


def _hash_file(path: Path) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def snapshot_database(engine: Engine, target: Path) -> None:
    """A consistent, still-encrypted copy of the vault database at ``target`` (must not exist)."""
    raw = engine.raw_connection()
    try:
        with translated_errors("Back-up maken / making a backup"):
            # The driver connection runs in autocommit (isolation_level None): VACUUM needs that.
            raw.driver_connection.execute("VACUUM INTO ?", (str(target),))
    finally:
        raw.close()


def write_backup(engine: Engine, slots_raw: bytes, dest: Path, *, revision: str | None) -> Path:
    """Write a backup container to ``dest`` (a file path; a folder gets a generated name)."""
    if dest.is_dir():
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        dest = dest / f"vault-{stamp}{SUFFIX}"
    if dest.exists():
        raise SafeguardRefused("Doelbestand bestaat al / destination file already exists")
    folder = dest.parent
    if not folder.is_dir():
        raise StorageError("Doelmap bestaat niet / destination folder does not exist")
    try:
        work = Path(tempfile.mkdtemp(prefix=".ibtd-backup.", dir=folder))
    except OSError as exc:
        raise storage_error(exc, "Back-up maken / making a backup") from None
    try:
        snapshot = work / DB_NAME
        snapshot_database(engine, snapshot)
        db_size, db_hash = _hash_file(snapshot)
        header = {
            "format": "ibtd-vault-backup",
            "version": VERSION,
            "app_version": __version__,
            "schema_revision": revision,
            "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "sections": [
                {"name": SLOTS_NAME, "size": len(slots_raw), "sha256": hashlib.sha256(slots_raw).hexdigest()},
                {"name": DB_NAME, "size": db_size, "sha256": db_hash},
            ],
        }
        header_raw = json.dumps(header, sort_keys=True).encode("ascii")
        partial = work / "container.tmp"
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        try:
            write_all(fd, MAGIC + struct.pack(">I", len(header_raw)) + header_raw)
            write_all(fd, slots_raw)
            with snapshot.open("rb") as src:
                for chunk in iter(lambda: src.read(CHUNK), b""):
                    write_all(fd, chunk)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(partial, dest)
        fsync_dir(folder)
    except OSError as exc:
        raise storage_error(exc, "Back-up maken / making a backup") from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return dest


# -- reading and restoring --------------------------------------------------------------------

def read_header(path: Path) -> tuple[dict, list[Section], int]:
    """(header, sections, offset of the first section); ``NotAVault`` if it is not a backup."""
    try:
        with path.open("rb") as fh:
            if fh.read(len(MAGIC)) != MAGIC:
                raise NotAVault(NOT_A_BACKUP)
            (length,) = struct.unpack(">I", fh.read(4))
            if length > MAX_HEADER:
                raise NotAVault(NOT_A_BACKUP)
            header = json.loads(fh.read(length).decode("ascii"))
        if header.get("format") != "ibtd-vault-backup":
            raise NotAVault(NOT_A_BACKUP)
        if int(header["version"]) > VERSION:
            raise UnsupportedVersion("Back-up komt uit een nieuwere versie / backup is from a newer app version")
        sections = [Section(str(s["name"]), int(s["size"]), str(s["sha256"])) for s in header["sections"]]
        if [s.name for s in sections] != list(SECTIONS) or any(s.size < 0 for s in sections):
            raise NotAVault(NOT_A_BACKUP)
        if sections[0].size > keyslots.MAX_FILE_BYTES:
            raise NotAVault(NOT_A_BACKUP)
        return header, sections, len(MAGIC) + 4 + length
    except (ValueError, KeyError, TypeError, struct.error, UnicodeDecodeError):
        raise NotAVault(NOT_A_BACKUP) from None
    except FileNotFoundError:
        raise NotAVault("Back-upbestand bestaat niet / backup file does not exist") from None


def _section_chunks(path: Path, offset: int, size: int) -> Iterator[bytes]:
    with path.open("rb") as fh:
        fh.seek(offset)
        remaining = size
        while remaining:
            chunk = fh.read(min(CHUNK, remaining))
            if not chunk:
                raise NotAVault(NOT_A_BACKUP)
            remaining -= len(chunk)
            yield chunk


def validate_backup(path: Path) -> dict:
    """Check the whole container (sizes, hashes, slot file, DB not plaintext) before any write."""
    header, sections, offset = read_header(path)
    if path.stat().st_size != offset + sum(s.size for s in sections):
        raise NotAVault(NOT_A_BACKUP)
    for section in sections:
        digest = hashlib.sha256()
        first = b""
        for chunk in _section_chunks(path, offset, section.size):
            if not first:
                first = chunk[: len(SQLITE_PLAIN_MAGIC)]
            digest.update(chunk)
        if digest.hexdigest() != section.sha256:
            raise NotAVault(NOT_A_BACKUP)
        if section.name == SLOTS_NAME:
            keyslots.parse(b"".join(_section_chunks(path, offset, section.size)))
        elif first == SQLITE_PLAIN_MAGIC or section.size == 0:
            raise NotAVault(NOT_A_BACKUP)
        offset += section.size
    return header


def restore_backup(backup: Path, folder: Path, *, overwrite: bool = False) -> None:
    """Restore ``backup`` into the vault folder ``folder``.

    Refuses (``SafeguardRefused``) to replace an existing vault unless ``overwrite``. The new
    vault is assembled in a temp folder beside the target and renamed into place.
    """
    validate_backup(backup)
    layout = VaultLayout(folder)
    occupied = folder.exists() and (not folder.is_dir() or any(folder.iterdir()))
    if occupied and not overwrite:
        raise SafeguardRefused(EXISTS)
    parent = folder.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.restore.", dir=parent))
    except OSError as exc:
        raise storage_error(exc, "Herstellen / restoring") from None
    try:
        _, sections, offset = read_header(backup)
        for section in sections:
            digest = hashlib.sha256()
            target = staging / section.name
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
            try:
                for chunk in _section_chunks(backup, offset, section.size):
                    digest.update(chunk)
                    write_all(fd, chunk)
                os.fsync(fd)
            finally:
                os.close(fd)
            if digest.hexdigest() != section.sha256:  # the file changed since validation
                raise NotAVault(NOT_A_BACKUP)
            offset += section.size
        fsync_dir(staging)
        _swap_into_place(staging, layout.folder, replace_existing=occupied)
        staging = None
    except OSError as exc:
        raise storage_error(exc, "Herstellen / restoring") from None
    finally:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)


def _swap_into_place(staging: Path, folder: Path, *, replace_existing: bool) -> None:
    old = None
    if folder.exists():
        if replace_existing:
            old = folder.with_name(f".{folder.name}.replaced.{os.getpid()}")
            os.replace(folder, old)
        else:
            folder.rmdir()  # an empty folder the user picked
    os.replace(staging, folder)
    fsync_dir(folder.parent)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
