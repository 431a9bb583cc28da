"""Confidentiality: canary strings written through the services reach no file in the clear.

Places scanned: the data dir (vault folder: vault.db, its -wal/-shm/-journal side files while a
write transaction is open, keyslots.json, backups), the log file (set up as the app does, with
canaries deliberately logged as arguments and in an exception), the config dir (settings.json
as the app writes it after an unlock; Qt settings live there too), the temp dir. Each canary is searched as UTF-8,
lower-cased UTF-8, UTF-16 LE/BE and hex. Other features extend ``CANARY_WRITERS`` with their
own content (notes, names, quotes) using ``tests/confidentiality.py``.
"""

from __future__ import annotations

import logging
import sqlite3
import tempfile

import pytest
from sqlalchemy import text

from ibtd_desktop import paths
from ibtd_desktop.bootstrap import ContentFreeFilter, configure_logging
from ibtd_desktop.domain.users import Role
from ibtd_desktop.services.vault import create_vault, unlock_vault
from ibtd_desktop.settings import LAST_SLOT_HINT, LAST_VAULT_FOLDER, SETTINGS_FILE, Settings
from tests.confidentiality import assert_no_canary, find_canaries

CANARY_INSPECTOR = "Kanarie Zwaluwstaart Xq7"
CANARY_REVIEWER = "Beoordelaar Merelzang Zq9"
CANARY_OPEN_TX = "Openstaande Transactie Kw3"
PASSPHRASE_INSPECTOR = "Vogel-Wachtzin-Nooit-Op-Schijf-1"
PASSPHRASE_REVIEWER = "Merel-Wachtzin-Nooit-Op-Schijf-2"
CANARIES = [CANARY_INSPECTOR, CANARY_REVIEWER, CANARY_OPEN_TX, PASSPHRASE_INSPECTOR, PASSPHRASE_REVIEWER]


@pytest.fixture
def private_tmp(tmp_path, monkeypatch):
    """A temp dir of our own, so anything the code puts in "the" temp dir gets scanned."""
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    return tmp


@pytest.fixture
def app_log():
    """The app's log set up as the GUI sets it up, at DEBUG."""
    path = configure_logging(paths.log_dir(), level=logging.DEBUG)
    yield path
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_ibtd", False)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(logging.WARNING)


def test_no_canary_in_any_file_the_app_writes(private_tmp, app_log):
    data_dir, config_dir = paths.data_dir(), paths.config_dir()
    folder = data_dir / "vault"
    vault = create_vault(folder, CANARY_INSPECTOR, PASSPHRASE_INSPECTOR)
    vault.add_user(CANARY_REVIEWER, Role.REVIEWER, PASSPHRASE_REVIEWER)
    vault.authenticate(PASSPHRASE_REVIEWER)
    vault.backup(data_dir)
    # What the app keeps in the config dir after an unlock: the folder and the slot hint.
    app_settings = Settings.default()
    app_settings.set(LAST_VAULT_FOLDER, str(folder))
    app_settings.set(LAST_SLOT_HINT, vault.slot_id)
    # Careless logging must not leak either: the filter strips arguments and exception text.
    log = logging.getLogger("ibtd_desktop.test")
    log.info("user.named %s", CANARY_INSPECTOR)
    try:
        raise ValueError(f"could not save {CANARY_REVIEWER}")
    except ValueError:
        log.exception("save.failed")
    # Keep a write transaction open with canary data, pushed out of the page cache.
    with vault.uow() as uow:
        uow.session.execute(text("PRAGMA cache_size = 2"))
        for i in range(200):
            uow.session.execute(
                text("INSERT INTO users (name, role, slot_id, created_at) VALUES (:n, 'reviewer', :s, '2026-01-01')"),
                {"n": f"{CANARY_OPEN_TX} {i} " + "x" * 500, "s": f"{i:032x}"},
            )
        uow.session.flush()
        side_files = [p for p in folder.iterdir() if p.name.startswith("vault.db-")]
        assert any(p.name == "vault.db-wal" and p.stat().st_size > 0 for p in side_files)
        scanned = assert_no_canary([data_dir, config_dir, private_tmp, app_log], CANARIES)
    assert app_log in scanned and folder / "vault.db-wal" in scanned
    assert config_dir / SETTINGS_FILE in scanned
    assert any(p.suffix == ".ibtdbackup" for p in scanned)
    assert "user.named" in app_log.read_text()  # the log was written, just without content
    assert (folder / "vault.db").read_bytes()[:16] != b"SQLite format 3\x00"
    vault.lock()
    # And again at rest, after unlock (which also writes) and lock.
    unlock_vault(folder, PASSPHRASE_REVIEWER).lock()
    assert_no_canary([data_dir, config_dir, private_tmp, app_log], CANARIES)


def test_scanner_finds_a_canary_in_a_plaintext_sqlite_file(tmp_path):
    db = tmp_path / "plain.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.execute("INSERT INTO notes VALUES (?)", (CANARY_INSPECTOR,))
    with pytest.raises(AssertionError, match="plain.db"):
        assert_no_canary([tmp_path], [CANARY_INSPECTOR])


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "hex", "HEX", "utf-8 lower"])
def test_scanner_finds_encoded_canaries(tmp_path, encoding):
    raw = {
        "utf-16-le": CANARY_REVIEWER.encode("utf-16-le"),
        "utf-16-be": CANARY_REVIEWER.encode("utf-16-be"),
        "hex": CANARY_REVIEWER.encode().hex().encode(),
        "HEX": CANARY_REVIEWER.encode().hex().upper().encode(),
        "utf-8 lower": CANARY_REVIEWER.lower().encode(),
    }[encoding]
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "blob.bin").write_bytes(b"\x00prefix" + raw + b"suffix")
    hits = find_canaries([tmp_path], [CANARY_REVIEWER])
    assert hits and hits[0][2] == encoding


def test_scanner_finds_utf16_sqlite(tmp_path):
    db = tmp_path / "utf16.db"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA encoding = 'UTF-16le'")
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES (?)", (CANARY_OPEN_TX,))
    conn.commit()
    conn.close()
    assert find_canaries([db], [CANARY_OPEN_TX])


def test_log_filter_keeps_only_event_names_and_numbers():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "event %s %d %s", (CANARY_INSPECTOR, 7, Role.REVIEWER), None)
    ContentFreeFilter().filter(record)
    assert record.getMessage() == "event <redacted> 7 REVIEWER"
