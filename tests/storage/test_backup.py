"""Encrypted backup and restore of a whole vault in one file."""

from __future__ import annotations

import errno
import os

import pytest

from ibtd_desktop.domain.errors import NotAVault, SafeguardRefused, StorageError, UnsupportedVersion
from ibtd_desktop.domain.users import Role
from ibtd_desktop.services.vault import restore_vault, unlock_vault, validate_backup
from ibtd_desktop.storage import backup as backup_store
from tests.conftest import TEST_PASSPHRASE, TEST_USER
from tests.storage.helpers import vault_hashes

REVIEWER_PASS = "Tulp-Molen-Kaasschaaf-77"


def test_backup_restores_to_a_vault_that_opens_with_the_same_passphrases(vault, tmp_path):
    reviewer = vault.add_user("Beoordelaar B", Role.REVIEWER, REVIEWER_PASS)
    secret = vault.pseudonym_secret()
    dest = tmp_path / "out"
    dest.mkdir()
    path = vault.backup(dest)
    assert path.parent == dest and path.suffix == ".ibtdbackup"
    assert [p.name for p in dest.iterdir()] == [path.name], "no temp files left behind"
    raw = path.read_bytes()
    assert TEST_USER.encode() not in raw and b"SQLite format 3" not in raw
    header = validate_backup(path)
    assert header["schema_revision"] == vault.check().revision

    restore_vault(path, tmp_path / "restored")
    for passphrase, expected in ((TEST_PASSPHRASE, vault.user), (REVIEWER_PASS, reviewer)):
        restored = unlock_vault(tmp_path / "restored", passphrase)
        try:
            assert restored.user == expected
            assert restored.pseudonym_secret() == secret
            assert restored.check().ok
        finally:
            restored.lock()


def test_backup_is_a_consistent_snapshot_with_an_open_transaction(vault, tmp_path):
    from sqlalchemy import text

    with vault.uow() as uow:
        uow.session.execute(text("UPDATE users SET name = 'Uncommitted' WHERE id = 1"))
        uow.session.flush()
        path = vault.backup(tmp_path / "snap.ibtdbackup")
    restore_vault(path, tmp_path / "r")
    restored = unlock_vault(tmp_path / "r", TEST_PASSPHRASE)
    try:
        assert restored.user.name == TEST_USER
    finally:
        restored.lock()


def test_restore_refuses_to_overwrite_a_vault_unless_told(vault, make_vault, tmp_path):
    path = vault.backup(tmp_path / "b.ibtdbackup")
    other = make_vault("other", user="Ander Persoon")
    other_folder = other.folder
    other.lock()
    before = vault_hashes(other_folder)
    with pytest.raises(SafeguardRefused, match="--force"):
        restore_vault(path, other_folder)
    assert vault_hashes(other_folder) == before
    restore_vault(path, other_folder, overwrite=True)
    replaced = unlock_vault(other_folder, TEST_PASSPHRASE)
    try:
        assert replaced.user.name == TEST_USER
    finally:
        replaced.lock()
    assert not [p for p in other_folder.parent.iterdir() if p.name.startswith(".")], "no leftovers"


def test_backup_refuses_an_existing_destination_file(vault, tmp_path):
    dest = tmp_path / "exists.ibtdbackup"
    dest.write_bytes(b"keep me")
    with pytest.raises(SafeguardRefused):
        vault.backup(dest)
    assert dest.read_bytes() == b"keep me"


@pytest.mark.parametrize(
    "damage",
    ["truncate", "flip_db", "flip_slots", "magic", "empty", "trailing"],
)
def test_damaged_backup_is_refused_before_anything_is_written(vault, tmp_path, damage):
    path = vault.backup(tmp_path / "b.ibtdbackup")
    data = bytearray(path.read_bytes())
    if damage == "truncate":
        data = data[: len(data) - 100]
    elif damage == "flip_db":
        data[-5000] ^= 1
    elif damage == "flip_slots":
        start = data.index(b'"slots"', data.index(b"}") + 1)
        data[start + 40] ^= 1
    elif damage == "magic":
        data[:8] = b"NOTABACK"
    elif damage == "empty":
        data = bytearray()
    elif damage == "trailing":
        data += b"extra"
    path.write_bytes(bytes(data))
    with pytest.raises(NotAVault):
        restore_vault(path, tmp_path / "restored")
    assert not (tmp_path / "restored").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_backup_from_a_newer_format_is_unsupported(vault, tmp_path):
    path = vault.backup(tmp_path / "b.ibtdbackup")
    data = path.read_bytes().replace(b'"version": 1', b'"version": 7', 1)
    path.write_bytes(data)
    with pytest.raises(UnsupportedVersion):
        restore_vault(path, tmp_path / "restored")


linux_only = pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc to map fds to paths")


@linux_only
def test_full_disk_during_backup_removes_the_partial_file_and_leaves_the_vault(vault, tmp_path, monkeypatch):
    dest = tmp_path / "usb"
    dest.mkdir()
    folder = vault.folder
    real_write = os.write
    written = {"bytes": 0}

    def write_until_full(fd, data):
        target = os.readlink(f"/proc/self/fd/{fd}") if os.path.exists(f"/proc/self/fd/{fd}") else ""
        if target.startswith(str(dest)):
            if written["bytes"] > 64 * 1024:  # mid-file, after the header and some pages
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            data = bytes(data)[:16 * 1024]  # short writes, as a real filling disk gives
            written["bytes"] += len(data)
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", write_until_full)
    with pytest.raises(StorageError, match="disk is full"):
        vault.backup(dest)
    monkeypatch.undo()
    assert written["bytes"] > 0, "the failure must hit mid-file"
    assert list(dest.iterdir()) == [], "the partial backup must be removed"
    vault.lock()
    before = vault_hashes(folder)
    unlock_vault(folder, TEST_PASSPHRASE).lock()
    assert vault_hashes(folder) == before


@linux_only
def test_full_disk_during_restore_leaves_no_half_vault(vault, tmp_path, monkeypatch):
    path = vault.backup(tmp_path / "b.ibtdbackup")
    target_parent = tmp_path / "restore-here"
    target_parent.mkdir()
    real_write = os.write

    def full(fd, data):
        if os.readlink(f"/proc/self/fd/{fd}").startswith(str(target_parent)):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(StorageError, match="disk is full"):
        restore_vault(path, target_parent / "v")
    assert list(target_parent.iterdir()) == []


def test_backup_to_a_missing_folder(vault, tmp_path):
    with pytest.raises(StorageError):
        vault.backup(tmp_path / "nope" / "b.ibtdbackup")


def test_container_sections_are_in_a_fixed_order():
    assert backup_store.SECTIONS == ("keyslots.json", "vault.db")


def test_backup_to_a_read_only_location(vault, tmp_path, monkeypatch):
    dest = tmp_path / "ro"
    dest.mkdir()
    real_open, real_mkdir = os.open, os.mkdir

    def refuse(real):
        def fake(path, *args, **kwargs):
            if str(path).startswith(str(dest)):
                raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
            return real(path, *args, **kwargs)

        return fake

    monkeypatch.setattr(os, "open", refuse(real_open))
    monkeypatch.setattr(os, "mkdir", refuse(real_mkdir))
    with pytest.raises(StorageError, match="read-only"):
        vault.backup(dest)
    monkeypatch.undo()
    assert list(dest.iterdir()) == []
    assert vault.check().ok
