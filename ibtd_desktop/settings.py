"""User settings, each declared once (key, type, default) in one registry.

Only non-sensitive UI state lives here, as JSON under the config dir: nothing that could identify
a case or a person (that lives in the vault or nowhere). Unknown keys and values of the wrong
type are ignored on load, so a hand-edited or older file never stops the app from starting.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

T = TypeVar("T")

SETTINGS_FILE = "settings.json"


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    type: type
    default: T
    choices: tuple[Any, ...] | None = None
    minimum: int | None = None
    maximum: int | None = None

    def accepts(self, value: object) -> bool:
        # bool is an int subclass; never let True pass as a number of minutes.
        if not isinstance(value, self.type) or (self.type is int and isinstance(value, bool)):
            return False
        if self.choices is not None and value not in self.choices:
            return False
        if self.minimum is not None and value < self.minimum:  # type: ignore[operator]
            return False
        if self.maximum is not None and value > self.maximum:  # type: ignore[operator]
            return False
        return True


LANGUAGE: Option[str] = Option("ui/language", str, "nl", choices=("nl", "en"))
IDLE_LOCK_MINUTES: Option[int] = Option("security/idle_lock_minutes", int, 5, minimum=1, maximum=240)
LAST_VAULT_FOLDER: Option[str] = Option("vault/last_folder", str, "")
# Random id of the key slot that opened the vault last time (tried first; never a name).
LAST_SLOT_HINT: Option[str] = Option("vault/last_slot_hint", str, "")

# Main-window size and position (Qt's saveGeometry, base64): screen layout only.
WINDOW_GEOMETRY: Option[str] = Option("ui/window_geometry", str, "")

REGISTRY: dict[str, Option[Any]] = {
    option.key: option
    for option in (LANGUAGE, IDLE_LOCK_MINUTES, LAST_VAULT_FOLDER, LAST_SLOT_HINT, WINDOW_GEOMETRY)
}


class Settings:
    """Typed access to the settings file. Every ``set`` writes the file at once (atomically)."""

    def __init__(self, path: Path | None) -> None:
        """``path=None`` keeps settings in memory only (tests, read-only profiles)."""
        self.path = path
        self._values: dict[str, Any] = {}
        if path is not None:
            self._values = _read(path)

    @classmethod
    def default(cls) -> "Settings":
        from ibtd_desktop.paths import config_dir  # lazy: keeps this module import-light

        return cls(config_dir() / SETTINGS_FILE)

    def get(self, option: Option[T]) -> T:
        value = self._values.get(option.key, option.default)
        return value if option.accepts(value) else option.default

    def set(self, option: Option[T], value: T) -> None:
        if option.key not in REGISTRY:
            raise KeyError(f"undeclared setting {option.key!r}")
        if not option.accepts(value):
            raise ValueError(f"invalid value for setting {option.key!r}")
        self._values[option.key] = value
        self._save()

    def _save(self) -> None:
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = self.path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({k: v for k, v in self._values.items() if k in REGISTRY}, handle, indent=2)
        os.replace(tmp, self.path)


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {key: value for key, value in data.items() if key in REGISTRY and REGISTRY[key].accepts(value)}
