"""The Vault service over real SQLCipher files: create, unlock, users, passphrases, lock."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from ibtd_desktop.domain.errors import (
    SafeguardRefused,
    ValidationError,
    VaultLocked,
    WeakPassphrase,
    WrongPassphrase,
)
from ibtd_desktop.domain.users import Role, UserRow
from ibtd_desktop.services.vault import create_vault, unlock_vault
from ibtd_desktop.storage.vault_files import SQLITE_PLAIN_MAGIC
from tests.conftest import TEST_PASSPHRASE, TEST_USER
from tests.storage.helpers import vault_hashes

REVIEWER_PASS = "Tulp-Molen-Kaasschaaf-77"


def test_created_vault_is_a_folder_with_an_encrypted_database(vault):
    assert vault.user == UserRow(id=1, name=TEST_USER, role=Role.INSPECTOR)
    assert (vault.folder / "vault.db").read_bytes()[:16] != SQLITE_PLAIN_MAGIC
    slots = json.loads((vault.folder / "keyslots.json").read_text())
    assert len(slots["slots"]) == 1
    assert TEST_USER not in (vault.folder / "keyslots.json").read_text()
    assert oct(vault.folder.stat().st_mode & 0o777) == "0o700"
    for name in ("vault.db", "vault.db-wal", "keyslots.json"):
        assert oct((vault.folder / name).stat().st_mode & 0o777) == "0o600", name


def test_unlock_gives_the_same_user_and_pseudonym_secret(vault):
    secret = vault.pseudonym_secret()
    assert len(secret) == 32 and secret != b"\0" * 32
    folder = vault.folder
    vault.lock()
    again = unlock_vault(folder, TEST_PASSPHRASE)
    try:
        assert again.user.name == TEST_USER
        assert again.pseudonym_secret() == secret
    finally:
        again.lock()


def test_pseudonym_secrets_differ_between_vaults(make_vault):
    assert make_vault("a").pseudonym_secret() != make_vault("b").pseudonym_secret()


def test_uow_is_stamped_with_the_current_user_and_rolls_back_unless_committed(vault):
    with vault.uow() as uow:
        assert uow.user_id == vault.user.id
        uow.session.execute(text("UPDATE users SET name = 'Anders' WHERE id = 1"))
    assert vault.users()[0].name == TEST_USER


def test_added_user_unlocks_with_their_own_passphrase_and_authenticates(vault):
    reviewer = vault.add_user("Beoordelaar B", Role.REVIEWER, REVIEWER_PASS)
    assert reviewer.role is Role.REVIEWER
    assert vault.authenticate(REVIEWER_PASS) == reviewer
    assert vault.authenticate(TEST_PASSPHRASE) == vault.user
    with pytest.raises(WrongPassphrase):
        vault.authenticate("Geen-Van-Beide-Wachtzinnen-5")
    folder = vault.folder
    as_reviewer = vault.with_user(reviewer)
    assert as_reviewer.user == reviewer
    with as_reviewer.uow() as uow:
        assert uow.user_id == reviewer.id
    vault.lock()
    assert as_reviewer.is_locked  # one unlock, one engine: locking one view locks all
    reopened = unlock_vault(folder, REVIEWER_PASS)
    try:
        assert reopened.user == reviewer
    finally:
        reopened.lock()


def test_user_names_are_unique_and_validated(vault):
    with pytest.raises(ValidationError):
        vault.add_user(TEST_USER, Role.REVIEWER, REVIEWER_PASS)
    with pytest.raises(ValidationError):
        vault.add_user("   ", Role.REVIEWER, REVIEWER_PASS)
    with pytest.raises(WeakPassphrase):
        vault.add_user("Beoordelaar C", Role.REVIEWER, "zwak")
    assert len(json.loads((vault.folder / "keyslots.json").read_text())["slots"]) == 1
    assert [u.name for u in vault.users()] == [TEST_USER]


def test_changing_a_passphrase_rewraps_one_slot_and_leaves_the_database_alone(vault):
    vault.add_user("Beoordelaar B", Role.REVIEWER, REVIEWER_PASS)
    folder = vault.folder
    db_before = vault_hashes(folder)["vault.db"]
    slots_before = json.loads((folder / "keyslots.json").read_text())["slots"]
    new = "Nieuwe-Wachtzin-Voor-De-Kluis-9"
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase("Niet-De-Huidige-Wachtzin-1", new)
    with pytest.raises(WeakPassphrase):
        vault.change_passphrase(TEST_PASSPHRASE, "kort")
    vault.change_passphrase(TEST_PASSPHRASE, new)
    assert vault_hashes(folder)["vault.db"] == db_before
    slots_after = json.loads((folder / "keyslots.json").read_text())["slots"]
    changed = [a for a, b in zip(slots_after, slots_before, strict=True) if a != b]
    assert len(changed) == 1 and changed[0]["id"] == vault.slot_id
    vault.lock()
    with pytest.raises(WrongPassphrase):
        unlock_vault(folder, TEST_PASSPHRASE)
    for passphrase in (new, REVIEWER_PASS):
        unlock_vault(folder, passphrase).lock()


def test_lock_disposes_and_wipes_the_key(vault):
    shared = vault._shared
    vault.lock()
    assert bytes(shared.key) == b"\0" * 32
    with pytest.raises(VaultLocked):
        vault.uow()
    with pytest.raises(VaultLocked):
        vault.pseudonym_secret()
    vault.lock()  # idempotent


def test_create_refuses_a_folder_with_something_in_it(tmp_path):
    (tmp_path / "occupied").mkdir()
    (tmp_path / "occupied" / "notes.txt").write_text("x")
    with pytest.raises(SafeguardRefused):
        create_vault(tmp_path / "occupied", TEST_USER, TEST_PASSPHRASE)
    assert sorted(p.name for p in (tmp_path / "occupied").iterdir()) == ["notes.txt"]


def test_create_refuses_a_weak_passphrase_and_leaves_nothing(tmp_path):
    with pytest.raises(WeakPassphrase) as info:
        create_vault(tmp_path / "v", TEST_USER, "welkom123")
    assert "welkom123" not in str(info.value)
    assert not (tmp_path / "v").exists()


def test_create_in_an_existing_empty_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    create_vault(tmp_path / "empty", TEST_USER, TEST_PASSPHRASE).lock()
    unlock_vault(tmp_path / "empty", TEST_PASSPHRASE).lock()


def test_hint_selects_the_slot_when_two_users_share_a_passphrase(vault):
    other = vault.add_user("Tweede Inspecteur", Role.INSPECTOR, TEST_PASSPHRASE)
    folder = vault.folder
    other_slot = vault.with_user(other).slot_id
    vault.lock()
    first = unlock_vault(folder, TEST_PASSPHRASE)
    assert first.user.name == TEST_USER
    first.lock()
    hinted = unlock_vault(folder, TEST_PASSPHRASE, slot_hint=other_slot)
    assert hinted.user == other
    hinted.lock()


def test_unlock_and_lock_leave_the_database_file_unchanged(vault):
    folder = vault.folder
    vault.lock()
    before = vault_hashes(folder)
    unlock_vault(folder, TEST_PASSPHRASE).lock()
    assert vault_hashes(folder) == before


def test_slot_file_changed_by_another_program_meanwhile_is_not_overwritten(vault, monkeypatch):
    from ibtd_desktop.domain.errors import StorageError
    from ibtd_desktop.storage import keyslots
    from ibtd_desktop.storage.kdf import FLOOR_PARAMS

    other = keyslots.make_slot(vault._shared.key, REVIEWER_PASS, FLOOR_PARAMS, json.loads(
        (vault.folder / "keyslots.json").read_text())["vault_id"])
    real_make_slot = keyslots.make_slot

    def make_slot_while_someone_else_writes(*args, **kwargs):
        slot = real_make_slot(*args, **kwargs)
        current = keyslots.parse((vault.folder / "keyslots.json").read_bytes())
        (vault.folder / "keyslots.json").write_bytes(
            keyslots.serialise(keyslots.with_slot(current, other), vault._shared.key)
        )
        return slot

    monkeypatch.setattr(keyslots, "make_slot", make_slot_while_someone_else_writes)
    with pytest.raises(StorageError, match="changed meanwhile"):
        vault.change_passphrase(TEST_PASSPHRASE, "Nieuwe-Wachtzin-Voor-De-Kluis-9")
    ids = [s["id"] for s in json.loads((vault.folder / "keyslots.json").read_text())["slots"]]
    assert other.slot_id in ids, "the other program's slot survives"


def test_lock_makes_the_detector_forget_the_case(vault):
    from ibtd_desktop.anonymisation import DetectionContext, KnownPerson, detect
    from ibtd_desktop.anonymisation.caches import bounded_caches

    detect("Mevrouw Zwanetta Kwakkelstein belde.", DetectionContext((KnownPerson(name="Zwanetta Kwakkelstein"),)))
    assert sum(c.cache_info().currsize for c in bounded_caches()) > 0
    vault.lock()
    assert sum(c.cache_info().currsize for c in bounded_caches()) == 0
