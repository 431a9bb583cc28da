"""Bad input: each case fails with a clear error and leaves the vault byte-for-byte untouched."""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3

import pytest

from ibtd_desktop.domain.errors import NotAVault, StorageError, UnsupportedVersion, WrongPassphrase
from ibtd_desktop.services.vault import create_vault, unlock_vault
from ibtd_desktop.storage.vault_db import open_database
from tests.conftest import TEST_PASSPHRASE, TEST_USER
from tests.storage.helpers import vault_hashes


@pytest.fixture
def closed_vault(vault):
    """A vault folder with its first user, locked (so the files are at rest)."""
    folder = vault.folder
    vault.lock()
    return folder


def assert_refused(folder, passphrase, error, *, words=()):
    before = vault_hashes(folder)
    with pytest.raises(error) as info:
        unlock_vault(folder, passphrase)
    assert vault_hashes(folder) == before, "a refused vault must be left exactly as it was"
    message = str(info.value)
    assert " / " in message, "messages are Dutch / English"
    for word in words:
        assert word in message
    assert passphrase not in message
    return message


def test_wrong_passphrase(closed_vault):
    assert_refused(closed_vault, "Verkeerde-Wachtzin-Voor-Test", WrongPassphrase, words=("wrong passphrase",))


def test_folder_that_does_not_exist(tmp_path):
    with pytest.raises(NotAVault, match="does not exist"):
        unlock_vault(tmp_path / "nothing", TEST_PASSPHRASE)


def test_empty_folder_is_not_a_vault(tmp_path):
    (tmp_path / "empty").mkdir()
    assert_refused(tmp_path / "empty", TEST_PASSPHRASE, NotAVault, words=("no vault database",))


def test_plaintext_sqlite_file_is_not_a_vault(closed_vault):
    (closed_vault / "vault.db").unlink()
    with sqlite3.connect(closed_vault / "vault.db") as conn:
        conn.execute("CREATE TABLE t (x)")
    assert_refused(closed_vault, TEST_PASSPHRASE, NotAVault, words=("not encrypted",))


def test_random_bytes_are_not_a_vault(closed_vault):
    (closed_vault / "vault.db").write_bytes(os.urandom(8192))
    assert_refused(closed_vault, TEST_PASSPHRASE, NotAVault, words=("damaged",))


def test_truncated_vault(closed_vault):
    db = closed_vault / "vault.db"
    data = db.read_bytes()
    assert len(data) > 4 * 4096
    db.write_bytes(data[: len(data) // 2])
    assert_refused(closed_vault, TEST_PASSPHRASE, NotAVault, words=("damaged",))


@pytest.mark.parametrize("cut_pages", [1, 3])
def test_truncation_is_refused_even_without_quick_check(closed_vault, monkeypatch, cut_pages):
    from ibtd_desktop.storage import vault_db

    monkeypatch.setattr(vault_db, "QUICK_CHECK_MAX_BYTES", 0)  # as for a large vault
    db = closed_vault / "vault.db"
    data = db.read_bytes()
    db.write_bytes(data[: len(data) - cut_pages * 4096])
    assert_refused(closed_vault, TEST_PASSPHRASE, NotAVault, words=("damaged",))


def test_truncated_to_nothing(closed_vault):
    (closed_vault / "vault.db").write_bytes(b"")
    assert_refused(closed_vault, TEST_PASSPHRASE, NotAVault, words=("truncated",))


@pytest.mark.parametrize("page", [0, 2, -1])
def test_corrupted_page(closed_vault, page):
    db = closed_vault / "vault.db"
    data = bytearray(db.read_bytes())
    pages = len(data) // 4096
    index = page % pages
    for offset in range(index * 4096 + 100, index * 4096 + 140):
        data[offset] ^= 0xFF
    db.write_bytes(bytes(data))
    assert_refused(closed_vault, TEST_PASSPHRASE, NotAVault, words=("damaged",))


def test_vault_from_a_newer_app_version(closed_vault):
    from ibtd_desktop.storage import keyslots

    slot_file = keyslots.parse((closed_vault / "keyslots.json").read_bytes())
    _slot, key = keyslots.open_any(slot_file, TEST_PASSPHRASE)
    engine = open_database(closed_vault / "vault.db", key)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    engine.dispose()
    message = assert_refused(closed_vault, TEST_PASSPHRASE, UnsupportedVersion, words=("newer version",))
    assert message
    assert not (closed_vault / "backups").exists(), "no migration, so no backup either"


def test_missing_key_slot_file(closed_vault):
    (closed_vault / "keyslots.json").unlink()
    assert_refused(closed_vault, TEST_PASSPHRASE, NotAVault, words=("missing",))


def test_edited_key_slot_file(closed_vault):
    path = closed_vault / "keyslots.json"
    doc = json.loads(path.read_text())
    doc["slots"][0]["params"]["t"] = 2
    path.write_text(json.dumps(doc))
    assert_refused(closed_vault, TEST_PASSPHRASE, NotAVault, words=("edited",))


def test_key_slot_file_of_another_vault_never_opens_with_its_wrong_key(tmp_path, closed_vault):
    other = create_vault(tmp_path / "other", TEST_USER, TEST_PASSPHRASE)  # same passphrase on purpose
    other.lock()
    shutil.copy(tmp_path / "other" / "keyslots.json", closed_vault / "keyslots.json")
    assert_refused(closed_vault, TEST_PASSPHRASE, NotAVault, words=("does not belong",))


def _refuse_writes_under(monkeypatch, folder, code=errno.EROFS):
    """The OS refusing to create files in ``folder`` (as a read-only mount does; root ignores chmod)."""
    real_open = os.open
    prefix = str(folder)

    def fake_open(path, flags, *args, **kwargs):
        if str(path).startswith(prefix) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise OSError(code, os.strerror(code), str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", fake_open)


def test_read_only_location_on_unlock(closed_vault, monkeypatch):
    _refuse_writes_under(monkeypatch, closed_vault)
    assert_refused(closed_vault, TEST_PASSPHRASE, StorageError, words=("read-only",))


def test_read_only_location_on_create(tmp_path, monkeypatch):
    target = tmp_path / "ro"
    target.mkdir()
    _refuse_writes_under(monkeypatch, target)
    with pytest.raises(StorageError, match="read-only"):
        create_vault(target, TEST_USER, TEST_PASSPHRASE)
    assert list(target.iterdir()) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores directory permissions")
def test_read_only_directory_for_real(closed_vault):
    closed_vault.chmod(0o500)
    try:
        assert_refused(closed_vault, TEST_PASSPHRASE, StorageError)
    finally:
        closed_vault.chmod(0o700)


def test_unlock_after_refusals_still_works(closed_vault):
    with pytest.raises(WrongPassphrase):
        unlock_vault(closed_vault, "Verkeerde-Wachtzin-Voor-Test")
    unlock_vault(closed_vault, TEST_PASSPHRASE).lock()
