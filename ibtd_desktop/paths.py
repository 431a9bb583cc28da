"""Where the app keeps its data and configuration, created private (0700).

Platform defaults: Linux ``$XDG_DATA_HOME/ibtd-desktop`` (config ``$XDG_CONFIG_HOME``), macOS
``~/Library/Application Support/ibtd-desktop``, Windows ``%APPDATA%/ibtd-desktop``.
``IBTD_DATA_DIR`` / ``IBTD_CONFIG_DIR`` override them (tests always set both).
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

APP_DIR_NAME = "ibtd-desktop"
DATA_DIR_ENV = "IBTD_DATA_DIR"
CONFIG_DIR_ENV = "IBTD_CONFIG_DIR"


def _platform_base(kind: str) -> Path:
    home = Path.home()
    if sys.platform == "win32":
        appdata = os.environ.get("APPDATA")
        return Path(appdata) if appdata else home / "AppData" / "Roaming"
    if sys.platform == "darwin":
        if kind == "config":
            return home / "Library" / "Preferences"
        return home / "Library" / "Application Support"
    if kind == "config":
        return Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config")
    return Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")


def default_data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else _platform_base("data") / APP_DIR_NAME


def default_config_dir() -> Path:
    override = os.environ.get(CONFIG_DIR_ENV)
    return Path(override) if override else _platform_base("config") / APP_DIR_NAME


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) and make the leaf 0700. Returns the path."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if sys.platform != "win32":
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode != 0o700:
            path.chmod(0o700)
    return path


def data_dir() -> Path:
    """The data directory, created 0700."""
    return ensure_private_dir(default_data_dir())


def config_dir() -> Path:
    """The config directory (Qt settings live here), created 0700."""
    return ensure_private_dir(default_config_dir())


def log_dir() -> Path:
    return ensure_private_dir(data_dir() / "logs")


def default_vault_dir() -> Path:
    return data_dir() / "vault"
