"""Search dialog on a real vault: debounced query on the runner, bold matches with the rest
escaped, filters, and opening an interview hit in the editor."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow

from ibtd_desktop.domain.casework.enums import IntervieweeRole, InterviewMode
from ibtd_desktop.domain.casework.interviews import RecordInterview
from ibtd_desktop.domain.casework.search import MARK_END, MARK_START, HitKind, SearchHit
from ibtd_desktop.services.casework import interviews
from ibtd_desktop.ui.interviews.page import InterviewsPage
from ibtd_desktop.ui.search.controller import SearchController
from ibtd_desktop.ui.search.dialog import DEBOUNCE_MS
from ibtd_desktop.ui.search.model import HIT_ROLE, HTML_ROLE, Column, SearchResultModel
from ibtd_desktop.ui.search.snippet import snippet_html


def test_snippet_markup_is_escaped_and_matches_are_bold():
    raw = f"a <script>&{MARK_START}terug<vordering{MARK_END} \"x\"\nnext {MARK_START}open"
    assert snippet_html(raw) == 'a &lt;script&gt;&amp;<b>terug&lt;vordering</b> "x" next <b>open</b>'
    assert snippet_html(f"{MARK_END}stray") == "stray"


def _record(vault, dossier_id, notes, on=date(2024, 4, 2), people=()):
    return interviews.record_interview(RecordInterview(
        investigation_id=dossier_id, held_on=on, mode=InterviewMode.IN_PERSON, interviewee_ids=people,
        notes=notes), vault.uow())


def _controller(qtbot, vault, runner):
    window = QMainWindow()
    qtbot.addWidget(window)
    controller = SearchController(window, runner)
    controller.attach(vault)
    window.show()
    return window, controller


def _search(qtbot, dialog, text):
    dialog.query.setText(text)
    assert dialog.debounce.isActive() and dialog.debounce.interval() == DEBOUNCE_MS
    with qtbot.waitSignal(dialog.results_shown, timeout=10_000):
        dialog.debounce.timeout.emit()
    return dialog.model


def test_search_finds_a_note_and_highlights(qtbot, vault, runner, case, qtmodeltester):
    found = _record(vault, case.dossier_id, "De ouder <b>vertelde</b> over de terugvordering & de brief.")
    _record(vault, case.dossier_id, "Een gesprek over iets anders.")
    window, controller = _controller(qtbot, vault, runner)
    dialog = controller.open()
    assert dialog.isVisible()
    model = _search(qtbot, dialog, "terugvordering")
    assert model.rowCount() == 1
    hit = model.index(0, 0).data(HIT_ROLE)
    assert hit.kind is HitKind.INTERVIEW and hit.record_id == found.id
    html = model.index(0, Column.SNIPPET).data(HTML_ROLE)
    assert "<b>terugvordering</b>" in html
    assert "&lt;b&gt;vertelde&lt;/b&gt;" in html and "&amp;" in html
    assert model.index(0, Column.KIND).data() == "Gesprek"
    assert dialog.status.text().startswith("1")
    dialog.table.grab()  # the delegate paints rich text without error
    qtmodeltester.check(model)

    assert _search(qtbot, dialog, "onvindbaarwoord").rowCount() == 0
    assert dialog.status.text() == "Niets gevonden."


def test_filters_by_dossier_date_and_role(qtbot, vault, runner, case):
    _record(vault, case.dossier_id, "wachttijd bij de balie", on=date(2024, 1, 10), people=(case.person_ids[0],))
    _record(vault, case.dossier_id, "wachttijd aan de telefoon", on=date(2024, 6, 10), people=(case.person_ids[1],))
    _record(vault, case.other_dossier_id, "wachttijd bij de Douane", on=date(2024, 6, 11))
    window, controller = _controller(qtbot, vault, runner)
    dialog = controller.open()
    qtbot.waitUntil(lambda: dialog.dossier.count() == 3)
    assert _search(qtbot, dialog, "wachttijd").rowCount() == 3

    dialog.dossier.setCurrentIndex(dialog.dossier.findData(case.dossier_id))
    with qtbot.waitSignal(dialog.results_shown):
        dialog.run_query()
    assert dialog.model.rowCount() == 2
    dialog.role.setCurrentIndex(dialog.role.findData(IntervieweeRole.PROFESSIONAL.value))
    with qtbot.waitSignal(dialog.results_shown):
        dialog.run_query()
    assert [dialog.model.hit(r).on for r in range(dialog.model.rowCount())] == [date(2024, 6, 10)]
    dialog.role.setCurrentIndex(0)
    dialog.date_to.setDate(date(2024, 3, 1))
    dialog.use_to.setChecked(True)
    with qtbot.waitSignal(dialog.results_shown):
        dialog.run_query()
    assert [dialog.model.hit(r).on for r in range(dialog.model.rowCount())] == [date(2024, 1, 10)]


def test_ctrl_f_opens_and_an_interview_hit_opens_the_editor(qtbot, vault, runner, case, temp_files):
    found = _record(vault, case.dossier_id, "Klacht over de hersteloperatie.")
    window, controller = _controller(qtbot, vault, runner)
    page = InterviewsPage(temp_files=temp_files)
    window.setCentralWidget(page)
    page.attach(vault, runner)
    controller.interview_requested.connect(page.open_interview)
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = controller.dialog
    assert dialog is not None and dialog.isVisible()
    _search(qtbot, dialog, "hersteloperatie")
    with qtbot.waitSignal(page.editor.loaded):
        dialog.table.activated.emit(dialog.model.index(0, Column.TITLE))
    assert page.showing_editor() and page.editor.interview_id == found.id
    assert page.editor.notes.toPlainText() == "Klacht over de hersteloperatie."
    page.detach()


def test_detach_clears_query_and_results_and_disables_ctrl_f(qtbot, vault, runner, case):
    _record(vault, case.dossier_id, "geheime aantekening over de balie")
    window, controller = _controller(qtbot, vault, runner)
    dialog = controller.open()
    _search(qtbot, dialog, "balie")
    assert dialog.model.rowCount() == 1
    controller.detach()
    assert dialog.model.rowCount() == 0 and dialog.query.text() == "" and not dialog.isVisible()
    assert not controller.action.isEnabled() and controller.open() is None


def test_result_model_contract(qtmodeltester):
    model = SearchResultModel()
    model.set_hits([SearchHit(HitKind.SIGNAL, 1, None, "Signaal", f"x {MARK_START}y{MARK_END}", None, 0.5)])
    assert model.index(0, Column.DATE).data() == ""
    qtmodeltester.check(model)


def test_dossier_hit_asks_for_the_dossier(qtbot, vault, runner, case):
    window, controller = _controller(qtbot, vault, runner)
    dialog = controller.open()
    model = _search(qtbot, dialog, "toeslagenaffaire")
    rows = [r for r in range(model.rowCount()) if model.hit(r).kind is HitKind.INVESTIGATION]
    assert rows, "the dossier title is indexed"
    with qtbot.waitSignal(controller.dossier_requested) as blocker:
        dialog.table.activated.emit(model.index(rows[0], Column.TITLE))
    assert blocker.args == [case.dossier_id]
