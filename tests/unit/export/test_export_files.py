"""Atomic export writer: all or nothing, mode 0600, clear errors without paths."""

from __future__ import annotations

import errno
import os
import stat

import pytest

from ibtd_desktop.domain.errors import StorageError
from ibtd_desktop.export import write_export


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir())


def test_writes_bytes_with_mode_0600(tmp_path):
    target = tmp_path / "export.pdf"
    assert write_export(target, b"%PDF-1.4 data") == target
    assert target.read_bytes() == b"%PDF-1.4 data"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert _leftovers(tmp_path) == ["export.pdf"]


def test_replaces_an_existing_file(tmp_path):
    target = tmp_path / "export.json"
    target.write_bytes(b"old")
    os.chmod(target, 0o644)
    write_export(str(target), b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_disk_full_leaves_no_partial_file_and_keeps_the_old_one(tmp_path, monkeypatch):
    target = tmp_path / "Dossier Jansen.pdf"
    target.write_bytes(b"previous export")

    def full_disk(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(StorageError) as err:
        write_export(target, b"x" * 100_000)
    assert "schijf is vol" in str(err.value)
    assert "Jansen" not in str(err.value) and str(tmp_path) not in str(err.value)
    assert err.value.__cause__ is None and err.value.__suppress_context__
    assert target.read_bytes() == b"previous export"
    assert _leftovers(tmp_path) == ["Dossier Jansen.pdf"]


def test_failure_during_rename_removes_the_temp_file(tmp_path, monkeypatch):
    def refuse(src, dst):
        raise OSError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(StorageError, match="schrijfrechten"):
        write_export(tmp_path / "out.pdf", b"data")
    assert _leftovers(tmp_path) == []


def test_interrupt_removes_the_temp_file_and_propagates(tmp_path, monkeypatch):
    def interrupted(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_export(tmp_path / "out.pdf", b"data")
    assert _leftovers(tmp_path) == []


def test_missing_folder_is_a_storage_error(tmp_path):
    with pytest.raises(StorageError, match="map bestaat niet"):
        write_export(tmp_path / "nope" / "out.pdf", b"data")


def test_directory_as_target_is_refused(tmp_path):
    (tmp_path / "dir").mkdir()
    with pytest.raises(StorageError, match="een map"):
        write_export(tmp_path / "dir", b"data")


def test_only_bytes_are_written(tmp_path):
    with pytest.raises(TypeError):
        write_export(tmp_path / "out.pdf", "text")
    assert _leftovers(tmp_path) == []
