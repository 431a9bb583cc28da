"""Alembic, run programmatically on an unlocked vault.

Rules (see the shared SQLCipher notes): the connection comes from ``storage.engine`` (never a
URL or key in a config file); foreign keys are OFF while migrating (a batch migration of a
parent table otherwise cascades deletes into child tables) and ``foreign_key_check`` must be
clean before the migration commits; the engine is disposed afterwards; the caller's backup
hook runs before the first change; a revision this app does not know means the vault was
written by a newer version and is refused untouched.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import MetaData
from sqlalchemy.engine import Connection, Engine

from ibtd_desktop.domain.errors import NotAVault, StorageError, UnsupportedVersion

NEWER_VERSION = (
    "Deze kluis is gemaakt met een nieuwere versie van de app / "
    "this vault was written by a newer version of the app"
)
INCOMPLETE = "Kluis is onvolledig aangemaakt / vault was not completely created"


def migrations_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)  # PyInstaller one-folder build
    if frozen_root:
        return Path(frozen_root) / "migrations"
    return Path(__file__).resolve().parents[2] / "migrations"


def target_metadata() -> MetaData:
    from ibtd_desktop.storage import orm  # imports every feature's models

    return orm.Base.metadata


def include_object(obj, name, type_, reflected, compare_to) -> bool:  # noqa: ANN001 - alembic hook
    """Leave FTS5 tables (``fts_*``, shadow tables included) and SQLite internals alone."""
    table_name = name if type_ == "table" else getattr(getattr(obj, "table", None), "name", None)
    if table_name and (table_name.startswith("fts_") or table_name.startswith("sqlite_")):
        return False
    return True


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.attributes["connection"] = connection
    return cfg


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def known_revisions() -> list[str]:
    """Revision ids from base to head."""
    return [rev.revision for rev in reversed(list(script_directory().walk_revisions()))]


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def _run(engine: Engine, action: Callable[[Config], None]) -> None:
    with engine.begin() as conn:
        if conn.exec_driver_sql("PRAGMA foreign_keys").scalar():
            raise RuntimeError("migrations need an engine opened with foreign_keys=False")
        action(alembic_config(conn))
        violations = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if violations:
            # Raising here rolls the whole migration back (SQLite DDL is transactional).
            raise StorageError(
                f"Migratie afgebroken: {len(violations)} verwijzingsfouten / "
                f"migration aborted: {len(violations)} foreign-key violations"
            )


def upgrade(engine: Engine, target: str = "head") -> None:
    _run(engine, lambda cfg: command.upgrade(cfg, target))


def downgrade(engine: Engine, target: str) -> None:
    _run(engine, lambda cfg: command.downgrade(cfg, target))


@dataclass(frozen=True)
class MigrationOutcome:
    from_revision: str
    to_revision: str
    backup: Path | None  # the pre-migration backup, when one was needed


def check_supported(revision: str | None) -> None:
    if revision is None:
        raise NotAVault(INCOMPLETE)
    if revision not in known_revisions():
        raise UnsupportedVersion(NEWER_VERSION)


def migrate_to_head(engine: Engine, take_backup: Callable[[Engine, str], Path]) -> MigrationOutcome:
    """Bring the vault behind ``engine`` (opened with foreign keys off) to head.

    ``take_backup(engine, current_revision)`` runs before the first change; if it raises, nothing
    is migrated. Raises ``UnsupportedVersion`` for a revision from a newer app.
    """
    with engine.connect() as conn:
        current = current_revision(conn)
    check_supported(current)
    assert current is not None
    head = head_revision()
    if current == head:
        return MigrationOutcome(current, head, None)
    backup = take_backup(engine, current)
    upgrade(engine, "head")
    return MigrationOutcome(current, head, backup)
