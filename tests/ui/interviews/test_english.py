"""English for the Gesprekken section and the search dialog."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ibtd_desktop.resources import resource_path
from ibtd_desktop.ui import i18n

UI = Path(__file__).resolve().parents[3] / "ibtd_desktop" / "ui"
SOURCES = [*sorted((UI / "interviews").glob("*.py")), *sorted((UI / "search").glob("*.py"))]


def test_every_text_has_an_english_translation(tmp_path):
    tool = shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name("pyside6-lupdate"))
    if not Path(tool).exists():
        pytest.skip("pyside6-lupdate not installed")
    copy = tmp_path / "ibtd_en.ts"
    shutil.copy(resource_path("translations", "ibtd_en.ts"), copy)
    subprocess.run([tool, *map(str, SOURCES), "-ts", str(copy), "-no-obsolete", "-locations", "none"],
                   check=True, capture_output=True)
    untranslated = [m.findtext("source") for m in ET.parse(copy).iter("message")
                    if m.find("translation").get("type") == "unfinished"]
    assert untranslated == []


def test_pages_in_english(qtbot):
    from ibtd_desktop.ui.interviews.page import InterviewsPage
    from ibtd_desktop.ui.search.dialog import SearchDialog

    assert i18n.install_language("en")
    page, dialog = InterviewsPage(), SearchDialog()
    qtbot.addWidget(page)
    qtbot.addWidget(dialog)
    assert page.list.new_button.text() == "New interview"
    assert page.model.headerData(3, Qt.Orientation.Horizontal) == "Interviewees"
    assert page.editor.save_button.text() == "Save"
    assert "Ctrl+T: insert a timestamp" in page.editor.notes.toolTip()
    assert dialog.windowTitle() == "Search" and dialog.model.headerData(2, Qt.Orientation.Horizontal) == "Excerpt"
    page.list._show_count(2)
    assert page.list.count_label.text() == "2 interviews"


def test_switching_language_retranslates_open_pages(qtbot):
    from ibtd_desktop.ui.interviews.page import InterviewsPage
    from ibtd_desktop.ui.search.dialog import SearchDialog

    page, dialog = InterviewsPage(), SearchDialog()
    qtbot.addWidget(page)
    qtbot.addWidget(dialog)
    assert page.list.new_button.text() == "Nieuw gesprek"
    i18n.install_language("en")
    qtbot.waitUntil(lambda: page.list.new_button.text() == "New interview")
    assert page.editor.form._layout.labelForField(page.editor.form.interviewees.parentWidget()).text() == "&Interviewees"
    assert page.editor.form.mode.itemText(1) == "Phone"
    from ibtd_desktop.domain.casework.enums import IntervieweeRole
    from ibtd_desktop.domain.casework.people import IntervieweeRow
    person = IntervieweeRow(1, 1, "Ouder A", IntervieweeRole.AFFECTED_PARENT, None, False, True, False, 0)
    page.editor.form.set_people([person], [])
    assert page.editor.form.interviewees.item(0).text() == "Ouder A (Affected parent)"
    assert page.editor.attachments.add_button.text() == "Add attachment…"
    assert dialog.role.itemText(0) == "All roles" and dialog.use_from.text() == "From"
    i18n.install_language("nl")
    qtbot.waitUntil(lambda: page.list.new_button.text() == "Nieuw gesprek")
    assert dialog.windowTitle() == "Zoeken"
    assert page.editor.form.interviewees.item(0).text() == "Ouder A (Gedupeerde ouder)"
