"""The Dossiers and Signalen pages in English (texts from ibtd_en.qm)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ibtd_desktop.domain.casework.enums import InvestigationStatus
from ibtd_desktop.ui import i18n
from ibtd_desktop.ui.investigations.page import InvestigationsPage
from ibtd_desktop.ui.signals.page import SignalsPage
from ibtd_desktop.ui.tasks import TaskRunner
from tests.ui.investigations.helpers import create_dossier


def test_pages_speak_english(qtbot, vault):
    create_dossier(vault, "IBTD-2026-040", status=InvestigationStatus.REPORTING)
    assert i18n.install_language("en")
    page = InvestigationsPage()
    signals = SignalsPage()
    for widget in (page, signals):
        qtbot.addWidget(widget)
        widget.attach(vault, TaskRunner(synchronous=True))
    model = page.list.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:3] == ["Reference", "Title", "Status"]
    assert model.index(0, model.Column.STATUS).data() == "reporting"
    assert page.list.new_button.text() == "New case…"
    assert signals.link_button.text() == "Link to case…"
    assert signals.empty.text().startswith("No signals yet")
    page.detach()
    signals.detach()


def test_language_switch_retranslates_open_pages(qtbot, vault):
    detail = create_dossier(vault, "IBTD-2026-041")
    page = InvestigationsPage()
    signals = SignalsPage()
    runner = TaskRunner(synchronous=True)
    for widget in (page, signals):
        qtbot.addWidget(widget)
        widget.attach(vault, runner)
    page.open_dossier(detail.id)
    assert page.dossier.tabs.tabText(0) == "Overzicht"
    i18n.install_language("en")
    qtbot.waitUntil(lambda: page.list.new_button.text() == "New case…")
    assert page.list.status_filter.itemText(0) == "All statuses"
    assert [page.dossier.tabs.tabText(i) for i in range(3)] == ["Overview", "Signals", "Interviews"]
    assert page.dossier.back_button.text() == "← All cases"
    assert page.dossier.overview.values["Soort"].text() == "thematic investigation"
    assert signals.entry.title() == "New signal"
    assert signals.entry.text_edit.placeholderText() == "What is being reported?"
    assert signals.triage_filter.currentText() == "new"
    i18n.install_language("nl")
    qtbot.waitUntil(lambda: page.list.new_button.text() == "Nieuw dossier…")
    assert page.dossier.tabs.tabText(0) == "Overzicht"
    assert signals.triage_filter.currentText() == "nieuw"
    page.detach()
    signals.detach()
