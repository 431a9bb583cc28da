"""Test configuration shared by every layer.

Qt runs headless (set before anything imports Qt), and every test gets its own data dir so
nothing ever touches the real user profile.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_profile(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("profile")
    monkeypatch.setenv("IBTD_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("IBTD_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "xdg-cache"))
    yield
