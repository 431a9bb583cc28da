"""Process and file hygiene: private data/config dirs, umask, no core dumps, content-free logs,
and the passphrase policy."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ibtd_desktop import bootstrap, paths
from ibtd_desktop.domain.errors import WeakPassphrase
from ibtd_desktop.domain.passphrase_policy import MIN_LENGTH, check_passphrase, estimate, score

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")


def test_env_overrides_win_and_dirs_are_private(tmp_path, monkeypatch):
    monkeypatch.setenv("IBTD_DATA_DIR", str(tmp_path / "d" / "data"))
    monkeypatch.setenv("IBTD_CONFIG_DIR", str(tmp_path / "c"))
    assert paths.data_dir() == tmp_path / "d" / "data"
    assert paths.config_dir() == tmp_path / "c"
    if os.name == "posix":
        assert (tmp_path / "d" / "data").stat().st_mode & 0o777 == 0o700
        assert (tmp_path / "c").stat().st_mode & 0o777 == 0o700


@posix_only
def test_existing_loose_dir_is_tightened(tmp_path, monkeypatch):
    loose = tmp_path / "loose"
    loose.mkdir(mode=0o755)
    loose.chmod(0o755)
    monkeypatch.setenv("IBTD_DATA_DIR", str(loose))
    paths.data_dir()
    assert loose.stat().st_mode & 0o777 == 0o700


@pytest.mark.parametrize(
    ("platform", "env", "expected_data", "expected_config"),
    [
        ("linux", {"XDG_DATA_HOME": "/x/data", "XDG_CONFIG_HOME": "/x/cfg"}, "/x/data/ibtd-desktop", "/x/cfg/ibtd-desktop"),
        ("linux", {}, "HOME/.local/share/ibtd-desktop", "HOME/.config/ibtd-desktop"),
        ("darwin", {}, "HOME/Library/Application Support/ibtd-desktop", "HOME/Library/Preferences/ibtd-desktop"),
        ("win32", {"APPDATA": "/w/AppData/Roaming"}, "/w/AppData/Roaming/ibtd-desktop", "/w/AppData/Roaming/ibtd-desktop"),
    ],
)
def test_platform_defaults(monkeypatch, tmp_path, platform, env, expected_data, expected_config):
    for name in ("IBTD_DATA_DIR", "IBTD_CONFIG_DIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "APPDATA"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path))
    home = str(tmp_path)
    assert str(paths.default_data_dir()) == expected_data.replace("HOME", home)
    assert str(paths.default_config_dir()) == expected_config.replace("HOME", home)


@posix_only
def test_bootstrap_sets_umask_and_disables_core_dumps(tmp_path):
    # In a child process: these are process-wide settings.
    code = (
        "import os, resource, sys\n"
        "from ibtd_desktop import bootstrap\n"
        "log = bootstrap.harden_process(__import__('pathlib').Path(sys.argv[1]))\n"
        "open(sys.argv[1] + '/f', 'w').close()\n"
        "print(oct(os.stat(sys.argv[1] + '/f').st_mode & 0o777), resource.getrlimit(resource.RLIMIT_CORE))\n"
        "print(oct(os.stat(log).st_mode & 0o777))\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "logs")], capture_output=True, text=True, check=True)
    first, second = out.stdout.splitlines()
    assert first == "0o600 (0, 0)"
    assert second == "0o600"


def test_logged_exception_keeps_type_and_place_but_no_message(tmp_path):
    path = bootstrap.configure_logging(tmp_path / "logs")
    try:
        log = logging.getLogger("ibtd_desktop.hygiene")
        try:
            {}["Geheime Naam"]
        except KeyError:
            log.exception("lookup.failed count=%d who=%s", 3, "Geheime Naam")
        log.info({"dict": "Geheime Naam"})
        for handler in logging.getLogger().handlers:
            handler.flush()
        content = path.read_text()
    finally:
        root = logging.getLogger()
        for handler in [h for h in root.handlers if getattr(h, "_ibtd", False)]:
            root.removeHandler(handler)
            handler.close()
    assert "lookup.failed count=3 who=<redacted>" in content
    assert "KeyError at" in content and "test_hygiene.py" in content
    assert "Geheime" not in content


def test_policy_refuses_short_and_predictable_with_a_bilingual_reason():
    with pytest.raises(WeakPassphrase, match="korter dan.*shorter than"):
        check_passphrase("Kort1!")
    with pytest.raises(WeakPassphrase, match="voorspelbaar.*predictable"):
        check_passphrase("wachtwoord123456")
    with pytest.raises(WeakPassphrase, match="your name"):
        check_passphrase("Jansen-Fietst-Door-Lelystad-1", ("Jan Jansen",))
    with pytest.raises(WeakPassphrase, match="whitespace"):
        check_passphrase(" Paard-Batterij-Nietje-42")
    check_passphrase("Paard-Batterij-Nietje-42")


def test_score_for_the_strength_meter():
    assert score("") == 0
    assert score("welkom") <= 1
    assert score("Paard-Batterij-Nietje-42") == 4
    verdict = estimate("a" * (MIN_LENGTH - 1))
    assert not verdict.acceptable and verdict.reason
    long_one = estimate("Wolk Fiets Kaas Molen " * 20 + "Zon")  # long input stays fast and acceptable
    assert long_one.acceptable
