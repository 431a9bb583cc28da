"""The storage side of an unlocked vault: engine, users, vault_meta, integrity checks.

Services never import SQLAlchemy; everything they need from the database for the vault itself
goes through ``VaultDatabase``, and database failures come out as domain errors:
a key that opened a slot but not the database, or an unreadable page, means a damaged vault or
a slot file that belongs to another vault -> ``NotAVault``; the OS refusing -> ``StorageError``.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3
from sqlalchemy import select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from ibtd_desktop import __version__
from ibtd_desktop.domain.errors import NotAVault, StorageError, ValidationError
from ibtd_desktop.domain.users import Role, UserRow
from ibtd_desktop.storage.engine import PlaintextRefused, WrongKey, open_engine, unwrap_connect_error
from ibtd_desktop.storage.migrate import current_revision
from ibtd_desktop.storage.orm.users import UserRecord, VaultMetaRecord
from ibtd_desktop.storage.unit_of_work import SqlUnitOfWork, make_session_factory

DAMAGED_DB = (
    "Kluisdatabase is beschadigd of hoort niet bij dit sleutelbestand / "
    "vault database is damaged or does not belong to this key-slot file"
)
NAME_TAKEN = "Er is al een gebruiker met deze naam / a user with this name already exists"
PSEUDONYM_SECRET_BYTES = 32


@contextlib.contextmanager
def translated_errors(action: str = "Kluis / vault") -> Iterator[None]:
    """Turn driver failures into domain errors with content-free messages."""
    try:
        yield
    except (WrongKey, PlaintextRefused, sqlcipher3.DatabaseError):
        raise NotAVault(DAMAGED_DB) from None
    except OperationalError as exc:
        orig = getattr(exc, "orig", None)
        message = str(orig or "").lower()
        if "readonly" in message or "read-only" in message or "unable to open" in message:
            raise StorageError(f"{action}: locatie is alleen-lezen / location is read-only") from None
        if "locked" in message or "busy" in message:
            raise StorageError(f"{action}: kluis is in gebruik / vault is in use by another program") from None
        if "disk is full" in message or "full" in message:
            raise StorageError(f"{action}: schijf is vol / disk is full") from None
        raise NotAVault(DAMAGED_DB) from None
    except DBAPIError as exc:
        if isinstance(exc, IntegrityError):
            raise
        raise NotAVault(DAMAGED_DB) from None
    except Exception as exc:  # connect-hook errors arrive wrapped by SQLAlchemy
        inner = unwrap_connect_error(exc)
        if isinstance(inner, (WrongKey, PlaintextRefused)):
            raise NotAVault(DAMAGED_DB) from None
        raise


def open_database(db_path: Path, key: bytes | bytearray, *, foreign_keys: bool = True) -> Engine:
    with translated_errors():
        return open_engine(db_path, key, foreign_keys=foreign_keys)


def quick_check(engine: Engine) -> None:
    """``NotAVault`` unless SQLite's quick_check passes (catches truncation and bad pages)."""
    with translated_errors(), engine.connect() as conn:
        rows = conn.exec_driver_sql("PRAGMA quick_check").fetchall()
    if [tuple(r) for r in rows] != [("ok",)]:
        raise NotAVault(DAMAGED_DB)


# quick_check reads every page (about 10 ms per MiB here); above this size an ordinary unlock
# only checks the file size against the header, and SQLCipher's per-page HMAC still refuses a
# damaged page when it is read. Before a migration the full check always runs.
QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024


def size_check(engine: Engine, db_path: Path, wal_had_frames: bool) -> None:
    """``NotAVault`` when the file is shorter than its header says (truncation).

    Skipped when a WAL with frames was left by a crash: those pages legitimately live there.
    """
    if wal_had_frames:
        return
    with translated_errors(), engine.connect() as conn:
        pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar() or 0)
        page_size = int(conn.exec_driver_sql("PRAGMA page_size").scalar() or 0)
    if db_path.stat().st_size < pages * page_size:
        raise NotAVault(DAMAGED_DB)


def unlock_checks(engine: Engine, db_path: Path, wal_had_frames: bool) -> bool:
    """The checks every unlock runs; True when they included the full quick_check."""
    size_check(engine, db_path, wal_had_frames)
    if db_path.stat().st_size <= QUICK_CHECK_MAX_BYTES:
        quick_check(engine)
        return True
    return False


@dataclass(frozen=True)
class VaultMeta:
    vault_id: str
    pseudonym_secret: bytes


@dataclass(frozen=True)
class IntegrityReport:
    cipher_integrity_errors: list[str]
    quick_check: list[str]
    revision: str | None
    cipher_version: str
    row_counts: dict[str, int]

    @property
    def ok(self) -> bool:
        return not self.cipher_integrity_errors and self.quick_check == ["ok"]


def _to_row(record: UserRecord) -> UserRow:
    return UserRow(id=record.id, name=record.name, role=Role(record.role))


class VaultDatabase:
    """An open vault database. ``dispose()`` on lock."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.session_factory = make_session_factory(engine)

    @classmethod
    def open(cls, db_path: Path, key: bytes | bytearray) -> "VaultDatabase":
        return cls(open_database(db_path, key))

    def uow(self, user_id: int | None) -> SqlUnitOfWork:
        return SqlUnitOfWork(self.session_factory, user_id)

    def dispose(self) -> None:
        self.engine.dispose()

    # -- vault_meta -----------------------------------------------------------------------------
    def initialise(self, vault_id: str) -> None:
        with translated_errors(), self.uow(None) as uow:
            uow.session.add(
                VaultMetaRecord(
                    id=1,
                    vault_id=vault_id,
                    pseudonym_secret=secrets.token_bytes(PSEUDONYM_SECRET_BYTES),
                    created_app_version=__version__,
                )
            )
            uow.commit()

    def meta(self) -> VaultMeta:
        with translated_errors(), self.uow(None) as uow:
            record = uow.session.get(VaultMetaRecord, 1)
            if record is None:
                raise NotAVault(DAMAGED_DB)
            return VaultMeta(record.vault_id, bytes(record.pseudonym_secret))

    def note_migrated(self) -> None:
        with translated_errors(), self.uow(None) as uow:
            record = uow.session.get(VaultMetaRecord, 1)
            if record is not None:
                record.last_migrated_app_version = __version__
                uow.commit()

    # -- users ----------------------------------------------------------------------------------
    def user_for_slot(self, slot_id: str) -> UserRow | None:
        with translated_errors(), self.uow(None) as uow:
            record = uow.session.scalar(select(UserRecord).where(UserRecord.slot_id == slot_id))
            return _to_row(record) if record else None

    def slot_of(self, user_id: int) -> str:
        with translated_errors(), self.uow(None) as uow:
            record = uow.session.get(UserRecord, user_id)
            if record is None:
                raise ValidationError("Onbekende gebruiker / unknown user")
            return record.slot_id

    def slot_ids(self) -> set[str]:
        with translated_errors(), self.uow(None) as uow:
            return set(uow.session.scalars(select(UserRecord.slot_id)))

    def users(self) -> list[UserRow]:
        with translated_errors(), self.uow(None) as uow:
            return [_to_row(r) for r in uow.session.scalars(select(UserRecord).order_by(UserRecord.id))]

    @contextlib.contextmanager
    def adding_user(self, name: str, role: Role, slot_id: str) -> Iterator[UserRow]:
        """Insert a user and commit only if the ``with`` body (writing the slot) succeeds."""
        with translated_errors(), self.uow(None) as uow:
            record = UserRecord(name=name, role=role.value, slot_id=slot_id)
            uow.session.add(record)
            try:
                uow.session.flush()
            except IntegrityError:
                raise ValidationError(NAME_TAKEN) from None
            yield _to_row(record)
            uow.commit()

    def revision(self) -> str | None:
        with translated_errors(), self.engine.connect() as conn:
            return current_revision(conn)

    # -- checks ---------------------------------------------------------------------------------
    def integrity_report(self) -> IntegrityReport:
        with translated_errors(), self.engine.connect() as conn:
            cipher_errors = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
            quick = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA quick_check")]
            version = str(conn.exec_driver_sql("PRAGMA cipher_version").scalar() or "")
            revision = current_revision(conn)
            names = conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            ).scalars().all()
            counts = {name: int(conn.execute(text(f'SELECT count(*) FROM "{name}"')).scalar() or 0) for name in names}
        return IntegrityReport(cipher_errors, quick, revision, version, counts)
