"""The vault: create, unlock, users, passphrases, backups. Agreed interface (see team brief).

Threading: a ``Vault`` may be shared by threads (each ``uow()`` is its own session); key-slot
operations (``add_user``, ``change_passphrase``) belong on one worker, not the GUI thread, as
each Argon2id derivation takes about half a second.
"""

from __future__ import annotations

import hmac
import logging
import shutil
import sys
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from ibtd_desktop.domain.errors import (
    NotAVault,
    SafeguardRefused,
    StorageError,
    VaultLocked,
    WrongPassphrase,
)
from ibtd_desktop.domain.passphrase_policy import check_passphrase
from ibtd_desktop.domain.users import Role, UserRow, normalise_user_name
from ibtd_desktop.storage import backup as backup_store
from ibtd_desktop.storage import kdf as kdf_costs
from ibtd_desktop.storage import keyslots, migrate
from ibtd_desktop.storage.kdf import KdfParams
from ibtd_desktop.storage.unit_of_work import SqlUnitOfWork
from ibtd_desktop.storage.vault_db import (
    IntegrityReport,
    VaultDatabase,
    open_database,
    quick_check,
    unlock_checks,
)
from ibtd_desktop.storage.vault_files import (
    VaultLayout,
    atomic_write_bytes,
    create_private_file,
    probe_writable,
    storage_error,
)
from ibtd_desktop.paths import ensure_private_dir

__all__ = [
    "KdfParams",
    "Role",
    "UserRow",
    "Vault",
    "create_vault",
    "unlock_vault",
    "restore_vault",
    "validate_backup",
    "require_vault",
]

log = logging.getLogger(__name__)

VAULT_EXISTS = "Op deze plek staat al een kluis of andere bestanden / a vault or other files already exist here"
NO_USER = "Sleutel hoort bij geen gebruiker / key slot belongs to no user"


@dataclass(frozen=True)
class SlotReport:
    slots: int
    slots_without_user: int
    users_without_slot: int


@dataclass
class _OpenVault:
    """What every ``Vault`` view of one unlock shares: the engine and the only copy of the key."""

    layout: VaultLayout
    db: VaultDatabase
    key: bytearray
    locked: bool = False
    pseudonym_secret: bytes = field(default=b"", repr=False)


class Vault:
    """An unlocked vault, seen as one of its users."""

    def __init__(self, shared: _OpenVault, user: UserRow, slot_id: str) -> None:
        self._shared = shared
        self.folder: Path = shared.layout.folder
        self.user: UserRow = user
        self.slot_id = slot_id  # not secret: pass it as the hint on the next unlock

    def __repr__(self) -> str:  # never the name
        return f"Vault(user_id={self.user.id}, locked={self._shared.locked})"

    # -- agreed interface -----------------------------------------------------------------------
    def uow(self) -> SqlUnitOfWork:
        return self._open().db.uow(self.user.id)

    def pseudonym_secret(self) -> bytes:
        return self._open().pseudonym_secret

    def authenticate(self, passphrase: str) -> UserRow:
        """The user whose slot ``passphrase`` opens (for four-eyes); ``WrongPassphrase`` otherwise."""
        shared = self._open()
        slot_file = _read_slots(shared.layout)
        slot_id, key = keyslots.open_any(slot_file, passphrase)
        try:
            if not hmac.compare_digest(bytes(key), bytes(shared.key)):
                raise NotAVault(keyslots.DAMAGED)
        finally:
            _wipe(key)
        user = shared.db.user_for_slot(slot_id)
        if user is None:
            raise NotAVault(NO_USER)
        log.info("vault.authenticated user_id=%d", user.id)
        return user

    def with_user(self, user: UserRow) -> "Vault":
        shared = self._open()
        slot_id = shared.db.slot_of(user.id)
        return Vault(shared, user, slot_id)

    def lock(self) -> None:
        shared = self._shared
        if shared.locked:
            return
        shared.locked = True
        shared.db.dispose()
        _wipe(shared.key)
        shared.pseudonym_secret = b""
        # The detector's caches hold words, names and interviewees' identity values. A process
        # that never loaded it (most CLI commands) has nothing to forget and skips its import.
        caches = sys.modules.get("ibtd_desktop.anonymisation.caches")
        if caches is not None:
            caches.forget_case_data()
        log.info("vault.locked")

    # -- more vault operations ------------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self._shared.locked

    def users(self) -> list[UserRow]:
        return self._open().db.users()

    def add_user(self, name: str, role: Role, passphrase: str, *, kdf_params: KdfParams | None = None) -> UserRow:
        """Add a user with their own passphrase (one new key slot)."""
        shared = self._open()
        name = normalise_user_name(name)
        check_passphrase(passphrase, (name,))
        slot_file = _read_slots(shared.layout)
        keyslots.verify_mac(slot_file, shared.key)
        slot = keyslots.make_slot(shared.key, passphrase, kdf_params or kdf_costs.params_for_new_slot(), slot_file.vault_id)
        with shared.db.adding_user(name, role, slot.slot_id) as user:
            _write_slots(shared.layout, keyslots.with_slot(slot_file, slot), shared.key, expected=slot_file)
        log.info("vault.user_added user_id=%d role=%s", user.id, role)
        return user

    def change_passphrase(self, old: str, new: str, *, kdf_params: KdfParams | None = None) -> None:
        """Rewrap the current user's slot; the database is not re-encrypted."""
        shared = self._open()
        slot_file = _read_slots(shared.layout)
        key = keyslots.try_slot(slot_file.slot(self.slot_id), old, slot_file.vault_id)
        if key is None:
            raise WrongPassphrase("Onjuiste huidige wachtzin / wrong current passphrase")
        try:
            if not hmac.compare_digest(bytes(key), bytes(shared.key)):
                raise NotAVault(keyslots.DAMAGED)
        finally:
            _wipe(key)
        keyslots.verify_mac(slot_file, shared.key)
        check_passphrase(new, (self.user.name,))
        params = kdf_params or kdf_costs.params_for_new_slot()
        slot = keyslots.make_slot(shared.key, new, params, slot_file.vault_id, slot_id=self.slot_id)
        _write_slots(shared.layout, keyslots.with_slot(slot_file, slot), shared.key, expected=slot_file)
        log.info("vault.passphrase_changed user_id=%d", self.user.id)

    def check(self) -> IntegrityReport:
        return self._open().db.integrity_report()

    def check_slots(self) -> SlotReport:
        """Key slots against users: the MAC, slots that open to nobody, users who cannot unlock."""
        shared = self._open()
        slot_file = _read_slots(shared.layout)
        keyslots.verify_mac(slot_file, shared.key)
        in_file = {s.slot_id for s in slot_file.slots}
        in_db = shared.db.slot_ids()
        return SlotReport(len(in_file), len(in_file - in_db), len(in_db - in_file))

    def backup(self, dest: Path) -> Path:
        """Write an encrypted backup (database + key slots) to ``dest`` (file or folder)."""
        shared = self._open()
        slots_raw = shared.layout.slots_path.read_bytes()
        revision = shared.db.revision()
        path = backup_store.write_backup(shared.db.engine, slots_raw, Path(dest), revision=revision)
        log.info("vault.backup_written")
        return path

    def _open(self) -> _OpenVault:
        if self._shared.locked:
            raise VaultLocked("Kluis is vergrendeld / vault is locked")
        return self._shared


# -- module functions (agreed interface) ----------------------------------------------------------

def create_vault(folder: Path, user_name: str, passphrase: str, *, kdf: KdfParams | None = None) -> Vault:
    """Create a vault folder with its first inspector. ``SafeguardRefused`` if something is there."""
    folder = Path(folder)
    name = normalise_user_name(user_name)
    check_passphrase(passphrase, (name,))
    layout = VaultLayout(folder)
    created_folder = not folder.exists()
    if not created_folder and (not folder.is_dir() or any(folder.iterdir())):
        raise SafeguardRefused(VAULT_EXISTS)
    try:
        ensure_private_dir(folder)
    except OSError as exc:
        raise storage_error(exc, "Kluis aanmaken / creating the vault") from None
    probe_writable(folder)
    key = keyslots.new_data_key()
    try:
        vault_id = keyslots.new_id()
        slot = keyslots.make_slot(key, passphrase, kdf or kdf_costs.params_for_new_slot(), vault_id)
        create_private_file(layout.db_path)  # SQLite gives -wal/-shm the database's mode
        engine = open_database(layout.db_path, key, foreign_keys=False)
        try:
            migrate.upgrade(engine, "head")
        finally:
            engine.dispose()
        db = VaultDatabase.open(layout.db_path, key)
        try:
            db.initialise(vault_id)
            with db.adding_user(name, Role.INSPECTOR, slot.slot_id) as user:
                _write_slots(layout, keyslots.SlotFile(vault_id, (slot,)), key)
        except BaseException:
            db.dispose()
            raise
    except BaseException:
        _wipe(key)
        _remove_partial(layout, created_folder)
        raise
    log.info("vault.created user_id=%d", user.id)
    return _assemble(layout, db, key, user, slot.slot_id)


def unlock_vault(folder: Path, passphrase: str, *, slot_hint: str | None = None) -> Vault:
    """Open the vault with any user's passphrase; migrations run here, after a backup.

    Raises ``WrongPassphrase``, ``NotAVault`` (missing/damaged/edited files), ``UnsupportedVersion``,
    ``StorageError`` (read-only location). A refused vault is left byte-for-byte as it was.
    """
    layout = VaultLayout(Path(folder))
    layout.require_files()
    slot_file = _read_slots(layout)
    slot_id, key = keyslots.open_any(slot_file, passphrase, slot_hint)
    try:
        probe_writable(layout.folder)
        migrated = _migrate(layout, key)
        db = VaultDatabase.open(layout.db_path, key)
        try:
            meta = db.meta()
            user = db.user_for_slot(slot_id)
            if meta.vault_id != slot_file.vault_id or user is None:
                raise NotAVault(NO_USER if user is None else keyslots.DAMAGED)
            if migrated:
                db.note_migrated()
        except BaseException:
            db.dispose()
            raise
    except BaseException:
        _wipe(key)
        raise
    log.info("vault.unlocked user_id=%d", user.id)
    return _assemble(layout, db, key, user, slot_id, meta.pseudonym_secret)


def require_vault(folder: Path) -> None:
    """``NotAVault`` unless ``folder`` looks like a vault (checked before asking for a passphrase)."""
    layout = VaultLayout(Path(folder))
    layout.require_files()
    _read_slots(layout)


def validate_backup(backup: Path) -> dict:
    """The backup's (content-free) header if the whole file checks out; ``NotAVault`` otherwise."""
    return backup_store.validate_backup(Path(backup))


def restore_vault(backup: Path, folder: Path, *, overwrite: bool = False) -> None:
    """Restore a backup file into ``folder``; refuses to replace a vault unless ``overwrite``."""
    backup_store.restore_backup(Path(backup), Path(folder), overwrite=overwrite)
    log.info("vault.restored")


# -- helpers ----------------------------------------------------------------------------------------

def _assemble(layout, db, key, user, slot_id, secret: bytes | None = None) -> Vault:  # noqa: ANN001
    shared = _OpenVault(layout=layout, db=db, key=key)
    shared.pseudonym_secret = secret if secret is not None else db.meta().pseudonym_secret
    return Vault(shared, user, slot_id)


def _migrate(layout: VaultLayout, key: bytearray) -> bool:
    """Quick-check, then bring the vault to head (backup first). True when it migrated."""
    wal = layout.folder / f"{layout.db_path.name}-wal"
    wal_had_frames = wal.exists() and wal.stat().st_size > 0
    engine = open_database(layout.db_path, key, foreign_keys=False)
    try:
        fully_checked = unlock_checks(engine, layout.db_path, wal_had_frames)

        def take_backup(eng, revision: str) -> Path:  # noqa: ANN001
            if not fully_checked:
                quick_check(eng)  # never migrate (or back up as good) a damaged vault
            target = layout.backups_dir
            try:
                ensure_private_dir(target)
            except OSError as exc:
                raise storage_error(exc, "Back-up voor migratie / pre-migration backup") from None
            name = f"pre-migration-from-{revision}-{_stamp()}{backup_store.SUFFIX}"
            return backup_store.write_backup(eng, layout.slots_path.read_bytes(), target / name, revision=revision)

        outcome = migrate.migrate_to_head(engine, take_backup)
    finally:
        engine.dispose()
    if outcome.backup is not None:
        log.info("vault.migrated from=%d to=%d", int(outcome.from_revision), int(outcome.to_revision))
    return outcome.backup is not None


def _stamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")


def _read_slots(layout: VaultLayout) -> keyslots.SlotFile:
    try:
        raw = layout.slots_path.read_bytes()
    except FileNotFoundError:
        raise NotAVault("Sleutelbestand ontbreekt / key-slot file is missing") from None
    except OSError as exc:
        raise storage_error(exc, "Sleutelbestand lezen / reading the key-slot file") from None
    return keyslots.parse(raw)


def _write_slots(
    layout: VaultLayout, slot_file: keyslots.SlotFile, key: bytearray, *, expected: keyslots.SlotFile | None = None
) -> None:
    """Write the slot file; with ``expected``, refuse if another program changed it since it was read
    (e.g. the CLI adding a user while the app changes a passphrase): a lost slot is a locked-out user."""
    if expected is not None and _read_slots(layout) != expected:
        raise StorageError(
            "Sleutelbestand is intussen gewijzigd; probeer opnieuw / key-slot file changed meanwhile; try again"
        )
    try:
        atomic_write_bytes(layout.slots_path, keyslots.serialise(slot_file, key))
    except OSError as exc:
        raise storage_error(exc, "Sleutelbestand schrijven / writing the key-slot file") from None


def _remove_partial(layout: VaultLayout, remove_folder: bool) -> None:
    for path in (layout.db_path, layout.slots_path, *layout.sidecars()):
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass
    if remove_folder:
        shutil.rmtree(layout.folder, ignore_errors=True)


def _wipe(key: bytearray) -> None:
    for i in range(len(key)):
        key[i] = 0

