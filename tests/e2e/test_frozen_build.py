"""The PyInstaller one-folder build starts and reports its version (slow: builds the app)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ibtd_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def test_frozen_build_runs_version(tmp_path):
    pytest.importorskip("PyInstaller")
    dist, work = tmp_path / "dist", tmp_path / "work"
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(ROOT / "build.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=1800, check=False,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    folder = dist / "ibtd-desktop"
    binary = folder / ("ibtd-desktop.exe" if sys.platform == "win32" else "ibtd-desktop")
    assert binary.exists()
    assert list(folder.rglob("ibtd_en.qm")), "translations not bundled"
    assert list(folder.rglob("env.py")), "migrations not bundled"
    assert list(folder.rglob("_sqlite3*")), "sqlcipher3 binary not bundled"
    done = subprocess.run([str(binary), "--version"], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == f"ibtd-desktop {__version__}"
