"""Migrations: head matches ALL models in storage/orm, every revision goes up and down, and a
vault written at the first revision (committed fixture) opens after every later one."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from ibtd_desktop.domain.users import Role
from ibtd_desktop.services.vault import unlock_vault
from ibtd_desktop.storage import keyslots, migrate
from ibtd_desktop.storage.backup import validate_backup
from ibtd_desktop.storage.vault_db import open_database
from tests.storage.helpers import vault_hashes

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "vault_rev0001"
FIXTURE_INSPECTOR = ("Inspecteur Fixture", "Fixture-Kluis-Revisie-Een-0001")
FIXTURE_REVIEWER = ("Beoordelaar Fixture", "Fixture-Beoordelaar-Wachtzin-0001")


@pytest.fixture
def bare_engine(tmp_path):
    """An empty SQLCipher database opened as migrations open it (foreign keys off)."""
    engine = open_database(tmp_path / "bare.db", keyslots.new_data_key(), foreign_keys=False)
    yield engine
    engine.dispose()


def table_names(engine) -> set[str]:
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'").scalars()
        return {r for r in rows if not r.startswith("sqlite_")}


def test_revision_ids_are_a_single_line_from_0001():
    revisions = migrate.known_revisions()
    assert revisions[0] == "0001"
    assert revisions[-1] == migrate.head_revision()
    assert len(migrate.script_directory().get_heads()) == 1


def test_every_orm_module_is_registered_with_the_package():
    """Alembic sees only what ``storage.orm`` imports: a module left out would escape the check below."""
    code = (
        "import pkgutil, sys, ibtd_desktop.storage.orm as orm\n"
        "names = [m.name for m in pkgutil.iter_modules(orm.__path__)]\n"
        "print(' '.join(n for n in names if f'ibtd_desktop.storage.orm.{n}' not in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == [], "add these to storage/orm/__init__.py"


def test_head_matches_every_model(bare_engine):
    migrate.upgrade(bare_engine, "head")
    metadata = migrate.target_metadata()
    with bare_engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={"include_object": migrate.include_object, "compare_type": True, "render_as_batch": True},
        )
        diff = compare_metadata(context, metadata)
    assert diff == [], f"models and migrations differ: {diff}"
    model_tables = {t for t in metadata.tables if not t.startswith("fts_")}
    assert model_tables <= table_names(bare_engine)


def test_every_revision_upgrades_and_downgrades_step_by_step(bare_engine):
    revisions = migrate.known_revisions()
    with bare_engine.connect() as conn:
        assert migrate.current_revision(conn) is None
    for revision in revisions:
        migrate.upgrade(bare_engine, revision)
        with bare_engine.connect() as conn:
            assert migrate.current_revision(conn) == revision
    for expected in [*reversed(revisions[:-1]), None]:
        migrate.downgrade(bare_engine, "-1")
        with bare_engine.connect() as conn:
            assert migrate.current_revision(conn) == expected
    assert table_names(bare_engine) <= {"alembic_version"}, "downgrade to base must drop everything"
    migrate.upgrade(bare_engine, "head")
    with bare_engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head_revision()


def test_fts_tables_are_left_out_of_the_comparison():
    class Table:
        name = "fts_notes_data"

    assert migrate.include_object(Table(), "fts_notes_data", "table", True, None) is False
    assert migrate.include_object(Table(), "users", "table", True, None) is True


def test_migrations_refuse_an_engine_with_foreign_keys_on(tmp_path):
    engine = open_database(tmp_path / "fk.db", keyslots.new_data_key(), foreign_keys=True)
    try:
        with pytest.raises(RuntimeError, match="foreign_keys"):
            migrate.upgrade(engine, "head")
    finally:
        engine.dispose()


def test_vault_from_revision_0001_opens_after_later_revisions(tmp_path):
    fixture_before = vault_hashes(FIXTURE)
    folder = tmp_path / "old-vault"
    shutil.copytree(FIXTURE, folder)
    (folder / "README.md").unlink()
    name, passphrase = FIXTURE_INSPECTOR
    vault = unlock_vault(folder, passphrase)
    try:
        assert vault.user.name == name and vault.user.role is Role.INSPECTOR
        assert {u.name for u in vault.users()} == {FIXTURE_INSPECTOR[0], FIXTURE_REVIEWER[0]}
        assert vault.check().revision == migrate.head_revision()
        assert vault.check().ok
        assert len(vault.pseudonym_secret()) == 32
        assert vault.authenticate(FIXTURE_REVIEWER[1]).role is Role.REVIEWER
    finally:
        vault.lock()
    backups = sorted((folder / "backups").iterdir())
    if migrate.head_revision() != "0001":
        assert len(backups) == 1, "a backup must be taken before migrating"
        assert validate_backup(backups[0])["schema_revision"] == "0001"
    unlock_vault(folder, FIXTURE_REVIEWER[1]).lock()  # second unlock: nothing left to migrate
    assert len(sorted((folder / "backups").iterdir())) == len(backups)
    assert vault_hashes(FIXTURE) == fixture_before, "the committed fixture must never be opened in place"


def test_failed_pre_migration_backup_leaves_the_old_vault_untouched(tmp_path, monkeypatch):
    if migrate.head_revision() == "0001":
        pytest.skip("nothing to migrate yet")
    folder = tmp_path / "old-vault"
    shutil.copytree(FIXTURE, folder)
    before = vault_hashes(folder)

    def no_backup(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    from ibtd_desktop.storage import backup

    monkeypatch.setattr(backup, "snapshot_database", no_backup)
    from ibtd_desktop.domain.errors import StorageError

    with pytest.raises(StorageError):
        unlock_vault(folder, FIXTURE_INSPECTOR[1])
    after = {k: v for k, v in vault_hashes(folder).items() if not k.startswith("backups")}
    assert after == before


def test_pre_migration_backup_restores_and_opens(tmp_path):
    if migrate.head_revision() == "0001":
        pytest.skip("nothing to migrate yet")
    from ibtd_desktop.services.vault import restore_vault

    folder = tmp_path / "old-vault"
    shutil.copytree(FIXTURE, folder)
    unlock_vault(folder, FIXTURE_INSPECTOR[1]).lock()
    (backup,) = (folder / "backups").iterdir()
    restore_vault(backup, tmp_path / "as-it-was")
    assert sorted(p.name for p in (tmp_path / "as-it-was").iterdir()) == ["keyslots.json", "vault.db"]
    vault = unlock_vault(tmp_path / "as-it-was", FIXTURE_REVIEWER[1])  # migrates the restored copy
    try:
        assert vault.user.name == FIXTURE_REVIEWER[0]
    finally:
        vault.lock()
