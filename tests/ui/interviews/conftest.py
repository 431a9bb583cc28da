"""Fixtures for the Gesprekken UI tests: a real vault with one dossier, two interviewees (one
with a stored real name that must never show), a field visit, and a page on a real TaskRunner."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from ibtd_desktop.domain.casework.enums import Domain, IntervieweeRole, InvestigationKind, OrganisationKind
from ibtd_desktop.domain.casework.investigations import CreateInvestigation
from ibtd_desktop.domain.casework.people import AddInterviewee, IntervieweeIdentity, RecordFieldVisit
from ibtd_desktop.services.casework import field_visits, interviewees, investigations
from ibtd_desktop.ui.interviews.page import InterviewsPage
from ibtd_desktop.ui.interviews.private_files import PrivateTempFiles
from ibtd_desktop.ui.tasks import TaskRunner

SECRET_NAME = "Jozefien van Aalsburg"


@dataclass
class Case:
    dossier_id: int
    other_dossier_id: int
    person_ids: tuple[int, ...]
    pseudonyms: tuple[str, ...]
    visit_id: int


def make_case(vault) -> Case:
    dossier = investigations.create_investigation(CreateInvestigation(
        reference="IBTD-2024-031", title="Herstel na de toeslagenaffaire", kind=InvestigationKind.THEMATIC,
        themes=("rechtsbescherming",), domains=(Domain.BENEFITS,), start_date=date(2024, 1, 8)), vault.uow())
    other = investigations.create_investigation(CreateInvestigation(
        reference="IBTD-2024-044", title="Bezwaar bij de Douane", kind=InvestigationKind.THEMATIC,
        themes=("rechtsbescherming",), domains=(Domain.CUSTOMS,)), vault.uow())
    people = [
        interviewees.add_interviewee(AddInterviewee(
            investigation_id=dossier.id, role=IntervieweeRole.AFFECTED_PARENT,
            identity=IntervieweeIdentity(name=SECRET_NAME, phone="06-12345678")), vault.uow()),
        interviewees.add_interviewee(AddInterviewee(
            investigation_id=dossier.id, role=IntervieweeRole.PROFESSIONAL,
            organisation_kind=OrganisationKind.TAX_SHOP), vault.uow()),
    ]
    visit = field_visits.record_field_visit(RecordFieldVisit(
        investigation_id=dossier.id, visited_on=date(2024, 3, 5), organisation="Belastingwinkel Noord"), vault.uow())
    return Case(dossier.id, other.id, tuple(p.id for p in people), tuple(p.pseudonym for p in people), visit.id)


@pytest.fixture
def case(vault) -> Case:
    return make_case(vault)


@pytest.fixture
def runner(qapp, vault):
    runner = TaskRunner()
    yield runner
    runner.wait_for_done()


@pytest.fixture
def temp_files(tmp_path) -> PrivateTempFiles:
    base = tmp_path / "tmp"
    base.mkdir()
    return PrivateTempFiles(base=base)


@pytest.fixture
def page(qtbot, vault, runner, case, temp_files):
    page = InterviewsPage(temp_files=temp_files)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.attach(vault, runner)
    qtbot.waitUntil(lambda: page.list.dossier.count() == 3)
    yield page
    page.save_pending()
    page.detach()
    runner.wait_for_done()


@dataclass
class Shell:
    window: object
    lock: object
    page: InterviewsPage

    def unlock(self, qtbot) -> None:
        from tests.conftest import TEST_PASSPHRASE

        dialog = self.lock.unlock_dialog
        assert dialog is not None
        dialog.passphrase.setText(TEST_PASSPHRASE)
        with qtbot.waitSignal(self.lock.unlocked, timeout=20_000):
            dialog.submit()


@pytest.fixture
def shell(qtbot, vault, runner, case, temp_files, delay_timer):
    """The real main window and lock controller, unlocking through the real vault service."""
    from ibtd_desktop.services.vault import unlock_vault
    from ibtd_desktop.ui.dialogs.unlock import UnlockDialog
    from ibtd_desktop.ui.lock import LockController
    from ibtd_desktop.ui.main_window import MainWindow
    from ibtd_desktop.ui.navigation import Section

    window = MainWindow(runner)
    page = InterviewsPage(temp_files=temp_files)
    window.navigation.set_page(Section.INTERVIEWS, page)
    opened = []

    def unlock(passphrase):
        opened.append(unlock_vault(vault.folder, passphrase))
        return opened[-1]

    lock = LockController(window, runner, lambda: UnlockDialog(vault.folder, unlock, runner, timer=delay_timer,
                                                               parent=window), parent=window)
    qtbot.addWidget(window, before_close_func=lambda _w: lock.dispose())
    lock.set_vault(vault)
    window.navigation.show_section(Section.INTERVIEWS)
    window.show()
    qtbot.waitUntil(lambda: page.list.dossier.count() == 3)
    yield Shell(window, lock, page)
    lock.shutdown()
    for v in opened:
        v.lock()
