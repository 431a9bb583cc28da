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


# -- vault fixtures (vault engineer) ----------------------------------------------------------------

TEST_PASSPHRASE = "Paard-Batterij-Nietje-42"
TEST_USER = "Inspecteur Test"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    """Cheap Argon2id (t=1, p=1) at the 64 MiB floor for every slot a test creates."""
    from ibtd_desktop.storage import kdf

    monkeypatch.setattr(kdf, "params_for_new_slot", lambda: kdf.FLOOR_PARAMS)
    return kdf.FLOOR_PARAMS


@pytest.fixture
def make_vault(tmp_path):
    """``make_vault(name="v", user=TEST_USER, passphrase=TEST_PASSPHRASE) -> Vault`` (locked at teardown)."""
    from ibtd_desktop.services.vault import create_vault

    made = []

    def _make(name: str = "vault", user: str = TEST_USER, passphrase: str = TEST_PASSPHRASE):
        vault = create_vault(tmp_path / name, user, passphrase)
        made.append(vault)
        return vault

    yield _make
    for vault in made:
        vault.lock()


@pytest.fixture
def vault(make_vault):
    """An unlocked vault in tmp_path; user "Inspecteur Test" (inspector), passphrase TEST_PASSPHRASE."""
    return make_vault()
