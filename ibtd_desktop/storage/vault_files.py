"""The vault folder on disk and how files in it are replaced safely.

A vault is a folder, so copying the folder copies the vault:
``vault.db`` (SQLCipher, plus its ``-wal``/``-shm`` while open), ``keyslots.json`` (wrapped data
key per user) and ``backups/`` (encrypted snapshots taken before migrations).
Writes go to a temp file in the same folder, are fsynced, renamed over the target, and the
folder is fsynced, so a crash leaves either the old or the new file, never a mix.
"""

from __future__ import annotations

import errno
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ibtd_desktop.domain.errors import NotAVault, StorageError

DB_NAME = "vault.db"
SLOTS_NAME = "keyslots.json"
BACKUPS_NAME = "backups"
SQLITE_PLAIN_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class VaultLayout:
    folder: Path

    @property
    def db_path(self) -> Path:
        return self.folder / DB_NAME

    @property
    def slots_path(self) -> Path:
        return self.folder / SLOTS_NAME

    @property
    def backups_dir(self) -> Path:
        return self.folder / BACKUPS_NAME

    def sidecars(self) -> list[Path]:
        return [self.folder / f"{DB_NAME}{suffix}" for suffix in ("-wal", "-shm", "-journal")]

    def exists(self) -> bool:
        return self.db_path.exists() or self.slots_path.exists()

    def require_files(self) -> None:
        """``NotAVault`` with a clear reason when the folder cannot be a vault."""
        if not self.folder.is_dir():
            raise NotAVault("Map bestaat niet of is geen kluis / folder does not exist or is not a vault")
        if not self.db_path.is_file():
            raise NotAVault("Geen kluisdatabase in deze map / no vault database in this folder")
        if not self.slots_path.is_file():
            raise NotAVault("Sleutelbestand ontbreekt / key-slot file is missing")
        with self.db_path.open("rb") as fh:
            head = fh.read(len(SQLITE_PLAIN_MAGIC))
        if head == SQLITE_PLAIN_MAGIC:
            raise NotAVault("Database is niet versleuteld; geen kluis / database is not encrypted, not a vault")
        if len(head) < len(SQLITE_PLAIN_MAGIC):
            raise NotAVault("Kluisdatabase is leeg of afgekapt / vault database is empty or truncated")


def storage_error(exc: OSError, action: str) -> StorageError:
    """A clear, content-free message for an OS refusal (the path is not repeated)."""
    if exc.errno == errno.ENOSPC:
        reason = "schijf is vol / disk is full"
    elif exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        reason = "locatie is alleen-lezen of niet toegankelijk / location is read-only or not accessible"
    else:
        reason = f"besturingssysteem weigerde / the system refused ({errno.errorcode.get(exc.errno or 0, 'error')})"
    return StorageError(f"{action}: {reason}")


def fsync_dir(folder: Path) -> None:
    if sys.platform == "win32":
        return  # directories cannot be opened for fsync on Windows; rename is durable enough there
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_all(fd: int, data: bytes | memoryview) -> None:
    """The one write loop for vault files (tests inject a full disk here via ``os.write``)."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view[: 1 << 20])
        view = view[written:]


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically; on any error the old file stays as it was."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        try:
            write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def create_private_file(path: Path) -> None:
    """Create an empty file readable by the owner only (whatever the umask); it must not exist."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def probe_writable(folder: Path) -> None:
    """Raise ``StorageError`` unless we can create files in ``folder``.

    A real create-and-delete (not ``os.access``, which root and ACLs make meaningless). SQLite
    needs to create ``-wal``/``-shm`` files beside the database even to read a WAL vault.
    """
    try:
        fd, name = tempfile.mkstemp(prefix=".probe.", dir=folder)
        os.close(fd)
        os.unlink(name)
    except OSError as exc:
        raise storage_error(exc, "Kluismap niet schrijfbaar / vault folder not writable") from None
