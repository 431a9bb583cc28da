"""The settings registry: typed defaults, validation, a damaged file never stops the app."""

from __future__ import annotations

import json
import stat

import pytest

from ibtd_desktop import settings as opts
from ibtd_desktop.settings import Option, Settings


def test_defaults_when_no_file(tmp_path):
    settings = Settings(tmp_path / "settings.json")
    assert settings.get(opts.LANGUAGE) == "nl"
    assert settings.get(opts.IDLE_LOCK_MINUTES) == 5
    assert settings.get(opts.LAST_VAULT_FOLDER) == ""


def test_values_persist_privately(tmp_path):
    path = tmp_path / "cfg" / "settings.json"
    Settings(path).set(opts.IDLE_LOCK_MINUTES, 9)
    assert Settings(path).get(opts.IDLE_LOCK_MINUTES) == 9
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize("value", [0, 241, True, "5"])
def test_invalid_values_are_refused(tmp_path, value):
    with pytest.raises(ValueError):
        Settings(tmp_path / "s.json").set(opts.IDLE_LOCK_MINUTES, value)


def test_undeclared_settings_are_refused(tmp_path):
    with pytest.raises(KeyError):
        Settings(tmp_path / "s.json").set(Option("case/last_name", str, ""), "x")


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", json.dumps({"ui/language": "fr", "x": 1})])
def test_damaged_or_foreign_file_falls_back_to_defaults(tmp_path, content):
    path = tmp_path / "settings.json"
    path.write_text(content)
    assert Settings(path).get(opts.LANGUAGE) == "nl"


def test_default_location_is_the_config_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("IBTD_CONFIG_DIR", str(tmp_path / "conf"))
    settings = Settings.default()
    settings.set(opts.LANGUAGE, "en")
    assert json.loads((tmp_path / "conf" / "settings.json").read_text()) == {"ui/language": "en"}
