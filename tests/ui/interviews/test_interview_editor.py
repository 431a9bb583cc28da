"""The interview editor on a real vault: record with notes, keyboard shortcuts, autosaved
drafts that survive a crash and a lock."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDateEdit

from ibtd_desktop.domain.casework.enums import InterviewMode
from ibtd_desktop.domain.casework.interviews import InterviewFilter, RecordInterview
from ibtd_desktop.services.casework import interviews
from ibtd_desktop.services.vault import unlock_vault
from ibtd_desktop.ui.interviews.autosave import DEBOUNCE_MS
from ibtd_desktop.ui.interviews.page import InterviewsPage

from tests.conftest import TEST_PASSPHRASE

CTRL = Qt.KeyboardModifier.ControlModifier


def _fixed_clock(editor) -> None:
    editor.notes._now = lambda: datetime(2024, 3, 14, 14, 32)


def _open_new(qtbot, page):
    with qtbot.waitSignal(page.editor.loaded):
        page.new_interview()
    assert page.showing_editor()
    return page.editor


def _check(editor, pseudonym_index: int) -> None:
    item = editor.form.interviewees.item(pseudonym_index)
    item.setCheckState(Qt.CheckState.Checked)


def test_record_a_new_interview_with_notes_and_shortcuts(qtbot, vault, page, case):
    editor = _open_new(qtbot, page)
    _fixed_clock(editor)
    assert editor.form.dossier.currentData() == case.dossier_id
    texts = [editor.form.interviewees.item(i).text() for i in range(editor.form.interviewees.count())]
    assert texts[0].startswith(case.pseudonyms[0]) and "Jozefien" not in " ".join(texts)
    assert editor.form.field_visit.count() == 2  # "(geen werkbezoek)" + the visit
    _check(editor, 0)
    editor.form.mode.setCurrentIndex(editor.form.mode.findData(InterviewMode.VIDEO.value))
    editor.form.interviewers.setText("A. de Vries, B. Bakker")
    editor.form.field_visit.setCurrentIndex(1)

    editor.notes.setFocus()
    QTest.keyClick(editor.notes, Qt.Key.Key_T, CTRL)
    QTest.keyClicks(editor.notes, "Begin gesprek.")
    QTest.keyClick(editor.notes, Qt.Key.Key_Return, CTRL)
    QTest.keyClicks(editor.notes, "Wachttijd bezwaar.")
    assert editor.notes.toPlainText() == "[14:32] Begin gesprek.\n[14:32] Wachttijd bezwaar."
    assert "Ctrl+T" in editor.notes.toolTip()

    with qtbot.waitSignal(editor.saved, timeout=10_000):
        QTest.keyClick(editor.notes, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: editor.status.text().startswith("Opgeslagen om"))
    interview_id = editor.interview_id
    detail = interviews.get_interview(interview_id, vault.uow())
    assert detail.notes == "[14:32] Begin gesprek.\n[14:32] Wachttijd bezwaar."
    assert detail.draft is None
    assert detail.mode is InterviewMode.VIDEO
    assert detail.interviewee_ids == (case.person_ids[0],)
    assert detail.interviewers == ("A. de Vries", "B. Bakker")
    assert detail.field_visit_id == case.visit_id

    with qtbot.waitSignal(page.model.loaded):
        editor.close_button.click()
    assert not page.showing_editor()
    assert page.model.rowCount() == 1 and page.model.interview_id(0) == interview_id


def test_autosave_after_typing_stops_and_draft_survives_a_crash(qtbot, vault, runner, page, case):
    existing = interviews.record_interview(RecordInterview(
        investigation_id=case.dossier_id, held_on=date(2024, 2, 1), mode=InterviewMode.IN_PERSON,
        notes="Oude tekst."), vault.uow())
    with qtbot.waitSignal(page.editor.loaded):
        page.open_interview(existing.id)
    editor = page.editor
    assert editor.notes.toPlainText() == "Oude tekst."
    assert editor.autosaver.timer.interval() == DEBOUNCE_MS == 1500

    QTest.keyClicks(editor.notes, " Nieuw: bezwaar na 14 weken.")
    assert editor.autosaver.timer.isActive()  # debounce running, nothing written yet
    assert interviews.get_interview(existing.id, vault.uow()).draft is None
    editor.autosaver.timer.timeout.emit()  # "1.5 s later"
    qtbot.waitUntil(lambda: editor.status.text().startswith("Automatisch opgeslagen om"))

    # Crash: nothing is saved explicitly, the engine is simply dropped.
    runner.wait_for_done()
    page.gateway = None
    vault.lock()
    reopened = unlock_vault(vault.folder, TEST_PASSPHRASE)
    try:
        detail = interviews.get_interview(existing.id, reopened.uow())
        assert detail.notes == "Oude tekst."
        assert detail.draft.text == "Oude tekst. Nieuw: bezwaar na 14 weken."
        fresh = InterviewsPage(temp_files=page.temp_files)
        qtbot.addWidget(fresh)
        fresh.attach(reopened, runner)
        with qtbot.waitSignal(fresh.editor.loaded):
            fresh.open_interview(existing.id)
        assert fresh.editor.notes.toPlainText() == "Oude tekst. Nieuw: bezwaar na 14 weken."
        assert fresh.editor.status.text().startswith("Niet-opgeslagen concept")
        assert fresh.editor.discard_button.isVisibleTo(fresh.editor)
        fresh.detach()
        runner.wait_for_done()
    finally:
        reopened.lock()


def test_focus_out_writes_the_draft_at_once_and_creates_a_new_interview(qtbot, vault, page, case):
    editor = _open_new(qtbot, page)
    page.window().activateWindow()
    editor.notes.setFocus()
    QTest.keyClicks(editor.notes, "Aantekening in het veld")
    assert editor.interview_id is None
    editor.form.interviewers.setFocus()  # leave the notes
    qtbot.waitUntil(lambda: editor.status.text().startswith("Automatisch opgeslagen om"), timeout=10_000)
    assert editor.interview_id is not None
    detail = interviews.get_interview(editor.interview_id, vault.uow())
    assert detail.notes == "" and detail.draft.text == "Aantekening in het veld"
    # one record only, even though a draft and a list reload were queued
    assert interviews.count_interviews(InterviewFilter(), vault.uow()) == 1


def test_discard_draft_returns_to_saved_notes(qtbot, vault, page, case):
    existing = interviews.record_interview(RecordInterview(
        investigation_id=case.dossier_id, held_on=date(2024, 2, 1), mode=InterviewMode.PHONE, notes="Vast."), vault.uow())
    interviews.save_interview_draft(existing.id, "Vast. Los concept.", vault.uow())
    with qtbot.waitSignal(page.editor.loaded):
        page.open_interview(existing.id)
    assert page.editor.notes.toPlainText() == "Vast. Los concept."
    with qtbot.waitSignal(page.editor.loaded):
        page.editor.discard_button.click()
    assert page.editor.notes.toPlainText() == "Vast."
    assert interviews.get_interview(existing.id, vault.uow()).draft is None


def test_typed_text_is_back_after_lock_and_unlock(qtbot, vault, shell, case):
    existing = interviews.record_interview(RecordInterview(
        investigation_id=case.dossier_id, held_on=date(2024, 2, 1), mode=InterviewMode.PHONE), vault.uow())
    page = shell.page
    with qtbot.waitSignal(page.editor.loaded):
        page.open_interview(existing.id)
    QTest.keyClicks(page.editor.notes, "Net getypt, nog niet bewaard")
    assert page.editor.autosaver.timer.isActive()  # the debounce has not fired: only the lock saves

    shell.lock.lock()
    qtbot.waitUntil(lambda: vault.is_locked)
    assert page.editor.notes.toPlainText() == "" and not page.editor.is_open()
    assert page.model.rowCount() == 0 and page.list.dossier.count() <= 1

    shell.unlock(qtbot)
    qtbot.waitUntil(lambda: page.editor.notes.toPlainText() == "Net getypt, nog niet bewaard")
    assert page.showing_editor() and page.editor.interview_id == existing.id
    assert page.editor.status.text().startswith("Niet-opgeslagen concept")


def test_new_interview_typed_before_lock_is_created_and_reopened(qtbot, shell, case):
    page = shell.page
    with qtbot.waitSignal(page.editor.loaded):
        page.new_interview()
    QTest.keyClicks(page.editor.notes, "Eerste zinnen in het veld")
    shell.lock.lock()
    qtbot.waitUntil(lambda: shell.lock.unlock_dialog is not None)
    shell.unlock(qtbot)
    qtbot.waitUntil(lambda: page.editor.notes.toPlainText() == "Eerste zinnen in het veld")
    assert page.editor.interview_id is not None


def test_tab_walks_the_form_into_the_notes(qtbot, page, case):
    editor = _open_new(qtbot, page)
    page.window().activateWindow()
    assert QTest.qWaitForWindowActive(page.window())
    form = editor.form
    expected = [form.field_visit, form.held_on, form.mode, form.people_filter, form.interviewees, form.interviewers,
                editor.notes]
    form.dossier.setFocus()
    qtbot.waitUntil(form.dossier.hasFocus)
    for widget in expected:
        QTest.keyClick(page.window().focusWidget(), Qt.Key.Key_Tab)
        focused = page.window().focusWidget()
        assert focused is widget or widget.isAncestorOf(focused), (widget, focused)
    form.held_on.setFocus()
    form.held_on.setSelectedSection(QDateEdit.Section.YearSection)
    QTest.keyClicks(form.held_on, "20240314")
    assert form.held_on_date() == date(2024, 3, 14)


def test_facts_changed_after_the_first_autosave_are_kept_on_lock(qtbot, vault, shell, case):
    page = shell.page
    with qtbot.waitSignal(page.editor.loaded):
        page.new_interview()
    QTest.keyClicks(page.editor.notes, "Notitie")
    page.editor.autosaver.timer.timeout.emit()  # the record is created with the first draft
    page.editor.form.mode.setCurrentIndex(page.editor.form.mode.findData(InterviewMode.PHONE.value))
    page.editor.form.interviewers.setText("C. Jansen")
    page.editor.form.interviewers.textEdited.emit("C. Jansen")
    shell.lock.lock()
    qtbot.waitUntil(lambda: vault.is_locked)
    shell.unlock(qtbot)
    qtbot.waitUntil(lambda: page.editor.notes.toPlainText() == "Notitie")
    assert page.editor.form.mode_value() is InterviewMode.PHONE
    assert page.editor.form.interviewer_names() == ("C. Jansen",)


def test_interviewee_filter_narrows_the_list_but_keeps_checked_people(qtbot, page, case):
    editor = _open_new(qtbot, page)
    form = editor.form
    _check(editor, 1)  # the professional
    form.people_filter.setText("ouder")
    visible = [form.interviewees.item(i).text() for i in range(form.interviewees.count())
               if not form.interviewees.item(i).isHidden()]
    assert visible == [f"{case.pseudonyms[0]} (Gedupeerde ouder)", f"{case.pseudonyms[1]} (Professional)"]
    form.people_filter.setText("nobody")
    assert form.interviewee_ids() == (case.person_ids[1],)
    assert [form.interviewees.item(i).isHidden() for i in range(2)] == [True, False]
