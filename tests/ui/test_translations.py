"""The English translation: complete for the shell, and the committed .qm matches the .ts."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ibtd_desktop.resources import resource_path

TS = resource_path("translations", "ibtd_en.ts")
QM = resource_path("translations", "ibtd_en.qm")
ROOT = Path(__file__).resolve().parents[2]
SHELL_SOURCES = [
    *sorted((ROOT / "ibtd_desktop" / "ui").glob("*.py")),
    *sorted((ROOT / "ibtd_desktop" / "ui" / "dialogs").glob("*.py")),
]


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        pytest.skip(f"{name} not installed")
    return found


def test_committed_qm_is_built_from_the_ts(tmp_path):
    out = tmp_path / "ibtd_en.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == QM.read_bytes(), "run: pyside6-lrelease resources/translations/ibtd_en.ts"


def test_every_shell_text_has_an_english_translation(tmp_path):
    copy = tmp_path / "ibtd_en.ts"
    shutil.copy(TS, copy)
    subprocess.run(
        [_tool("pyside6-lupdate"), *map(str, SHELL_SOURCES), "-ts", str(copy), "-no-obsolete", "-locations", "none"],
        check=True, capture_output=True,
    )
    untranslated = [
        message.findtext("source")
        for message in ET.parse(copy).iter("message")
        if message.find("translation").get("type") == "unfinished" or not message.findtext("translation")
    ]
    assert untranslated == [], "add English texts to resources/translations/ibtd_en.ts"
