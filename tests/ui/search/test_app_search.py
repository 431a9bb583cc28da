"""The composition root: Ctrl+F search is disabled until unlock, and hits open the right section."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ibtd_desktop.app import AppShell, LaunchOptions
from ibtd_desktop.settings import Settings
from ibtd_desktop.ui.navigation import Section


class StandIn(QWidget):
    """Records what the shell asked it to open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[int] = []

    def attach(self, vault, runner) -> None: ...
    def detach(self) -> None: ...
    def save_pending(self) -> None: ...

    def open_interview(self, interview_id: int) -> None:
        self.opened.append(interview_id)

    def open_dossier(self, investigation_id: int) -> None:
        self.opened.append(investigation_id)


def test_search_hits_route_to_interviews_and_dossiers(qtbot, tmp_path):
    pages = {section: "tests.ui.search.test_app_search:StandIn" for section in (Section.DOSSIERS, Section.INTERVIEWS)}
    shell = AppShell(LaunchOptions(), Settings(None), data_dir=lambda: tmp_path / "data", page_classes=pages)
    qtbot.addWidget(shell.window)
    try:
        navigation = shell.window.navigation
        assert shell.search.action.shortcut().toString() == "Ctrl+F"
        assert not shell.search.action.isEnabled() and shell.search.open() is None  # locked
        shell.search.interview_requested.emit(7)
        assert navigation.current_section() is Section.INTERVIEWS
        assert navigation.page(Section.INTERVIEWS).opened == [7]
        shell.search.dossier_requested.emit(3)
        assert navigation.current_section() is Section.DOSSIERS
        assert navigation.page(Section.DOSSIERS).opened == [3]
    finally:
        shell.quit()
