"""English for the Samenvattingen and Uitgaand pages: every t("...") text has a translation
(lupdate cannot see them: they go through a helper with a fixed context)."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ibtd_desktop.resources import resource_path
from ibtd_desktop.ui import i18n

ROOT = Path(__file__).resolve().parents[3] / "ibtd_desktop" / "ui"
TABLES = {"HEADERS", "STATUS_TEXTS", "KIND_TEXTS", "ROLE_TEXTS", "DECISION_TEXTS", "EVENT_TEXTS", "ATTRIBUTE_TEXTS",
          "_FIELD_TEXTS"}


def _sources(folder: Path) -> set[str]:
    found: set[str] = set()
    for path in folder.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "t" and node.args \
                    and isinstance(node.args[0], ast.Constant):
                found.add(node.args[0].value)
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict) \
                    and any(getattr(target, "id", None) in TABLES for target in node.targets):
                found.update(v.value for v in node.value.values if isinstance(v, ast.Constant))
    return found


def _translated(context: str) -> dict[str, str]:
    tree = ET.parse(resource_path("translations", "ibtd_en.ts"))
    for ctx in tree.iter("context"):
        if ctx.findtext("name") == context:
            return {m.findtext("source"): m.findtext("translation") or "" for m in ctx.iter("message")}
    return {}


@pytest.mark.parametrize(("folder", "context"), [("summaries", "Summaries"), ("outgoing", "Outgoing")])
def test_every_text_has_an_english_translation(folder, context):
    translated = _translated(context)
    missing = sorted(s for s in _sources(ROOT / folder) if not translated.get(s))
    assert missing == []


def test_pages_in_english(qtbot):
    from ibtd_desktop.ui.outgoing.page import OutgoingPage
    from ibtd_desktop.ui.summaries.page import SummariesPage

    assert i18n.install_language("en")
    summaries, outgoing = SummariesPage(), OutgoingPage()
    qtbot.addWidget(summaries)
    qtbot.addWidget(outgoing)
    assert summaries.new_button.text() == "New summary…"
    assert summaries.editor.submit_button.text() == "Submit for review"
    assert outgoing.pdf_button.text() == "Export PDF…"
    from PySide6.QtCore import Qt
    assert summaries.model.headerData(0, Qt.Orientation.Horizontal) == "Kind"
    assert outgoing.model.headerData(0, Qt.Orientation.Horizontal) == "Kind"


def test_language_switch_in_place(page, qtbot, vault, dossier):
    from PySide6.QtCore import Qt

    from ibtd_desktop.services.summaries import drafting
    from ibtd_desktop.services.summaries.commands import StartInterviewSummary

    summary = drafting.start_interview_summary(StartInterviewSummary(dossier.interview_id), vault.uow()).summary
    page.open_summary(summary.id, ("Ouder A",))
    qtbot.waitUntil(lambda: page.editor.data is not None, timeout=15_000)
    assert page.editor.state.text().startswith("Versie 1 · concept")
    i18n.install_language("en")
    qtbot.waitUntil(lambda: page.new_button.text() == "New summary…", timeout=5_000)
    assert page.editor.submit_button.text() == "Submit for review"
    assert page.editor.state.text().startswith("Version 1 · draft")
    assert page.editor.original.title() == "Original notes (read-only)"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Kind"
    i18n.install_language("nl")
    qtbot.waitUntil(lambda: page.new_button.text() == "Nieuwe samenvatting…", timeout=5_000)
