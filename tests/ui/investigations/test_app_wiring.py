"""The composition root plugs in the Dossiers and Signalen pages and routes a dossier's "open
interview" to the Gesprekken section."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ibtd_desktop.app import AppShell, LaunchOptions
from ibtd_desktop.settings import Settings
from ibtd_desktop.ui.investigations.page import InvestigationsPage
from ibtd_desktop.ui.navigation import Section
from ibtd_desktop.ui.signals.page import SignalsPage


class OpeningPage(QWidget):
    """Stands in for the Gesprekken page: records what it was asked to open."""

    interview_open_requested = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[int] = []

    def attach(self, vault, runner) -> None: ...
    def detach(self) -> None: ...
    def save_pending(self) -> None: ...

    def open_interview(self, interview_id: int) -> None:
        self.opened.append(interview_id)

    def new_interview(self, dossier_id: int | None = None) -> None:
        self.opened.append(("new", dossier_id))


def test_dossier_open_interview_request_reaches_interviews_section(qtbot, tmp_path):
    pages = {
        Section.DOSSIERS: "ibtd_desktop.ui.investigations.page:InvestigationsPage",
        Section.SIGNALS: "ibtd_desktop.ui.signals.page:SignalsPage",
        Section.INTERVIEWS: "tests.ui.investigations.test_app_wiring:OpeningPage",
    }
    shell = AppShell(LaunchOptions(), Settings(None), data_dir=lambda: tmp_path / "data", page_classes=pages)
    qtbot.addWidget(shell.window)
    try:
        navigation = shell.window.navigation
        dossiers = navigation.page(Section.DOSSIERS)
        assert isinstance(dossiers, InvestigationsPage)
        assert isinstance(navigation.page(Section.SIGNALS), SignalsPage)
        dossiers.interview_open_requested.emit(42)
        assert navigation.page(Section.INTERVIEWS).opened == [42]
        assert navigation.current_section() is Section.INTERVIEWS
        navigation.show_section(Section.DOSSIERS)
        dossiers.interview_new_requested.emit(7)
        assert navigation.page(Section.INTERVIEWS).opened == [42, ("new", 7)]
        assert navigation.current_section() is Section.INTERVIEWS
    finally:
        shell.quit()
