"""Helpers for vault storage tests."""

from __future__ import annotations

import hashlib
from pathlib import Path

from tests.conftest import TEST_PASSPHRASE  # noqa: F401  (re-exported for tests)


def vault_hashes(folder: Path) -> dict[str, str]:
    """SHA-256 of every file in a vault folder (side files included), to prove 'untouched'."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }
