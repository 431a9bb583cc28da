"""Dossier view: findings/recommendations/rebuttal rows, interviewees with consent and anonymity
agreement, identity shown only after "Toon identiteit", field visits, interviews opening."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QPushButton

from ibtd_desktop.domain.casework.enums import (
    ConsentForm,
    InterviewMode,
    IntervieweeRole,
    OrganisationKind,
    QuotePermission,
    RecommendationStatus,
    Safeguard,
)
from ibtd_desktop.domain.casework.interviews import AddAttachment, RecordInterview
from ibtd_desktop.domain.casework.people import AddInterviewee, IntervieweeIdentity
from ibtd_desktop.services.casework import attachments, field_visits, findings, interviewees, interviews
from tests.ui.investigations.helpers import all_cell_texts, create_dossier

NAME, PHONE, EMAIL, ADDRESS = "Fatima el Amrani", "06-12345678", "f.elamrani@example.nl", "Lindenlaan 4, Zwolle"


@pytest.fixture
def dossier(page, vault):
    detail = create_dossier(vault, "IBTD-2026-020", "Herstel na de toeslagenaffaire")
    page.refresh()
    page.open_dossier(detail.id)
    return detail


def test_add_finding_recommendation_and_rebuttal_rows(page, vault, dossier):
    overview = page.dossier.overview
    overview.findings.buttons.itemAt(overview.findings.buttons.count() - 1).widget().click()
    dialog = page.dialog
    dialog.text_edit.setPlainText("Ouders wachten gemiddeld twee jaar op een integrale beoordeling.")
    dialog.save_button().click()
    assert overview.findings.model.rowCount() == 1

    page.dossier.open_dialog("recommendation", None)
    dialog = page.dialog
    dialog.text_edit.setPlainText("Versnel de integrale beoordeling.")
    dialog.addressee.setText("Dienst Toeslagen")
    dialog.finding.setCurrentIndex(1)
    dialog.save_button().click()
    rec = overview.recommendations.model.row_at(0)
    assert rec.addressee == "Dienst Toeslagen" and rec.finding_id == overview.findings.model.row_at(0).id

    page.dossier.open_dialog("recommendation", rec)  # follow-up of an existing recommendation
    dialog = page.dialog
    assert not dialog.text_edit.isEnabled()
    dialog.status.set_value(RecommendationStatus.IN_PROGRESS)
    dialog.follow_up.setPlainText("Extra capaciteit ingezet.")
    dialog.save_button().click()
    assert findings.list_recommendations(dossier.id, vault.uow())[0].status is RecommendationStatus.IN_PROGRESS
    assert overview.recommendations.model.index(0, 3).data() == "in uitvoering"

    page.dossier.open_dialog("rebuttal", None)
    dialog = page.dialog
    dialog.save_button().click()  # empty finding: inline error, dialog stays
    assert dialog.isVisible() and "verplicht" in dialog.error.text()
    dialog.finding.setPlainText("Concept: wachttijd te lang")
    dialog.response.setPlainText("De dienst herkent dit.")
    dialog.save_button().click()
    row = overview.rebuttals.model.row_at(0)
    page.dossier.open_dialog("rebuttal", row)
    page.dialog.handling.setPlainText("Bevinding aangescherpt.")
    page.dialog.save_button().click()
    assert findings.list_rebuttal_rows(dossier.id, vault.uow())[0].handling == "Bevinding aangescherpt."


def _fill_interviewee(dialog):
    dialog.role.set_value(IntervieweeRole.AFFECTED_PARENT)
    dialog.organisation.set_value(None)
    dialog.consent_box.setChecked(True)
    dialog.consent_date.setText("12-03-2026")
    dialog.consent_form.set_value(ConsentForm.WRITTEN)
    dialog.quotes.set_value(QuotePermission.AFTER_APPROVAL)
    dialog.recording.setChecked(True)
    dialog.retain_until.setText("12-03-2028")
    dialog.anonymity_box.setChecked(True)
    for safeguard in (Safeguard.NO_NAME, Safeguard.NO_PLACE_BELOW_PROVINCE, Safeguard.QUOTES_CHECKED):
        dialog.safeguards.set_checked(safeguard)
    dialog.anonymity_text.setPlainText("Geen verwijzing naar de school van de kinderen.")
    dialog.communicated_on.setText("12-03-2026")
    dialog.name.setText(NAME)
    dialog.phone.setText(PHONE)
    dialog.email.setText(EMAIL)
    dialog.address.setText(ADDRESS)


def test_add_interviewee_with_consent_and_anonymity_agreement(page, vault, dossier):
    page.dossier.open_dialog("interviewee", None)
    dialog = page.dialog
    _fill_interviewee(dialog)
    dialog.retain_until.setText("01-01-2020")  # before the consent date: the service refuses
    dialog.save_button().click()
    assert dialog.isVisible() and "Bewaren tot" in dialog.error.text()
    dialog.retain_until.setText("12-03-2028")
    dialog.save_button().click()
    assert not dialog.isVisible()

    tab = page.dossier.interviewees
    assert tab.model.rowCount() == 1
    row = tab.model.row_at(0)
    assert row.pseudonym == "Ouder A" and row.has_identity and row.consent_given
    detail = interviewees.get_interviewee(row.id, vault.uow())
    assert detail.consent.quotes is QuotePermission.AFTER_APPROVAL and detail.consent.recording
    assert detail.consent.retain_until == date(2028, 3, 12)
    assert detail.anonymity.safeguards == (Safeguard.NO_NAME, Safeguard.NO_PLACE_BELOW_PROVINCE,
                                           Safeguard.QUOTES_CHECKED)
    tab.table.select_id(row.id)
    assert tab.heading.text() == "Ouder A"
    assert "schriftelijk gegeven op 12-03-2026" in tab.consent.text()
    assert "citaten na akkoord bron" in tab.consent.text()
    assert "geen plaats kleiner dan provincie" in tab.anonymity.text()
    assert "school" in tab.anonymity.text()
    # the dossier's counts were reloaded
    assert "1 gesprekspartners" in page.dossier.overview.values["Aantallen"].text()


def _identity_visible_anywhere(page) -> bool:
    texts = [t for model in page.models() for t in all_cell_texts(model)]
    from PySide6.QtWidgets import QLabel, QLineEdit

    texts += [w.text() for w in page.findChildren(QLabel)] + [w.text() for w in page.findChildren(QLineEdit)]
    return any(value in t for t in texts for value in (NAME, PHONE, EMAIL, ADDRESS, "Lindenlaan"))


def test_identity_never_in_models_until_revealed_and_hidden_again(page, vault, dossier):
    person = interviewees.add_interviewee(AddInterviewee(
        dossier.id, IntervieweeRole.AFFECTED_PARENT,
        identity=IntervieweeIdentity(name=NAME, phone=PHONE, email=EMAIL, address=ADDRESS)), vault.uow())
    other = interviewees.add_interviewee(AddInterviewee(dossier.id, IntervieweeRole.PROFESSIONAL,
                                                        OrganisationKind.TAX_SHOP), vault.uow())
    interviews.record_interview(RecordInterview(dossier.id, date(2026, 3, 1), InterviewMode.IN_PERSON,
                                                (person.id,)), vault.uow())
    page.dossier.show_dossier(dossier.id)
    tab = page.dossier.interviewees
    assert tab.model.rowCount() == 2
    tab.table.select_id(person.id)
    assert not _identity_visible_anywhere(page)

    tab.reveal_button.click()
    assert tab.identity_fields["name"].text() == NAME
    assert tab.identity_fields["address"].text() == ADDRESS
    # even revealed, the identity is in labels only, never in any model
    assert not any(NAME in t for model in page.models() for t in all_cell_texts(model))

    tab.table.select_id(other.id)  # another interviewee: hidden again
    assert not _identity_visible_anywhere(page)
    tab.table.select_id(person.id)
    tab.reveal_button.click()
    assert tab.revealed()
    page.detach()  # lock
    assert not _identity_visible_anywhere(page)


def test_field_visit_planned_and_listed(page, vault, dossier):
    page.dossier.open_dialog("field_visit", None)
    dialog = page.dialog
    dialog.organisation.setText("Belastingwinkel Oost")
    dialog.save_button().click()
    assert dialog.isVisible() and "Datum" in dialog.error.text()
    dialog.visited_on.setText("02-04-2026")
    dialog.kind.set_value(OrganisationKind.TAX_SHOP)
    dialog.place.setText("Enschede")
    dialog.inspectors.setText("A. de Vries, B. Bakker")
    dialog.save_button().click()
    rows = field_visits.list_field_visits(dossier.id, vault.uow())
    assert rows[0].inspectors == ("A. de Vries", "B. Bakker") and rows[0].organisation_kind is OrganisationKind.TAX_SHOP
    table = page.dossier.field_visits
    assert table.model.rowCount() == 1
    assert table.model.index(0, 0).data() == "02-04-2026" and table.model.index(0, 2).data() == "belastingwinkel"


def test_interviews_tab_emits_open_request_and_attachments_listed(page, vault, dossier, qtbot, qtmodeltester):
    person = interviewees.add_interviewee(AddInterviewee(dossier.id, IntervieweeRole.PROFESSIONAL), vault.uow())
    interview = interviews.record_interview(RecordInterview(dossier.id, date(2026, 3, 2), InterviewMode.PHONE,
                                                            (person.id,), notes="vertrouwelijk"), vault.uow())
    attachments.add_attachment(AddAttachment(interview.id, "foto.jpg", b"\xff\xd8\xff" + b"0" * 3000,
                                             "image/jpeg"), vault.uow())
    page.dossier.show_dossier(dossier.id)
    table = page.dossier.interviews
    assert table.model.rowCount() == 1 and table.model.index(0, 2).data() == "Professional A"
    assert not any("vertrouwelijk" in t for t in all_cell_texts(table.model))
    with qtbot.waitSignal(page.interview_open_requested) as opened:
        table.view.doubleClicked.emit(table.proxy.index(0, 0))
    assert opened.args == [interview.id]
    files = page.dossier.attachments
    assert files.model.rowCount() == 1 and files.model.index(0, 0).data() == "foto.jpg"
    assert files.model.index(0, 3).data() == "02-03-2026"
    qtmodeltester.check(files.model)
    qtmodeltester.check(table.model)
    with qtbot.waitSignal(page.interview_open_requested) as opened:
        files.view.doubleClicked.emit(files.proxy.index(0, 0))
    assert opened.args == [interview.id]


def test_dossier_models_pass_qtmodeltester(page, vault, dossier, qtmodeltester):
    findings_detail = findings.add_finding(findings.AddFinding(dossier.id, "Bevinding"), vault.uow())
    findings.add_recommendation(findings.AddRecommendation(dossier.id, "Aanbeveling", "Douane",
                                                           findings_detail.id), vault.uow())
    findings.add_rebuttal_row(findings.AddRebuttalRow(dossier.id, "Concept", "Reactie"), vault.uow())
    person = interviewees.add_interviewee(AddInterviewee(dossier.id, IntervieweeRole.SERVICE_EMPLOYEE), vault.uow())
    interviews.record_interview(RecordInterview(dossier.id, date(2026, 3, 2), InterviewMode.VIDEO, (person.id,)),
                                vault.uow())
    field_visits.record_field_visit(field_visits.RecordFieldVisit(dossier.id, date(2026, 4, 1), "Douane Rotterdam",
                                                                  OrganisationKind.SERVICE), vault.uow())
    page.dossier.show_dossier(dossier.id)
    for model in page.dossier.models():
        qtmodeltester.check(model)
    for table in (page.dossier.interviews, page.dossier.field_visits, page.dossier.overview.findings):
        qtmodeltester.check(table.proxy)


def test_withdraw_consent(page, vault, dossier):
    from ibtd_desktop.domain.casework.people import Consent

    person = interviewees.add_interviewee(AddInterviewee(
        dossier.id, IntervieweeRole.LIVED_EXPERIENCE_EXPERT,
        consent=Consent(date(2026, 2, 1), ConsentForm.ORAL)), vault.uow())
    page.dossier.show_dossier(dossier.id)
    tab = page.dossier.interviewees
    assert not tab.withdraw_button.isEnabled()
    tab.table.select_id(person.id)
    assert tab.withdraw_button.isEnabled()
    tab.withdraw_button.click()
    dialog = page.dialog
    dialog.withdrawn_on.setText("01-01-2026")  # before the consent: refused inline
    dialog.save_button().click()
    assert dialog.isVisible() and "datum van toestemming" in dialog.error.text()
    dialog.withdrawn_on.setText("15-03-2026")
    dialog.save_button().click()
    assert interviewees.get_interviewee(person.id, vault.uow()).consent.withdrawn_on == date(2026, 3, 15)
    assert tab.model.index(0, tab.model.Column.CONSENT).data() == "ingetrokken"
    tab.table.select_id(person.id)
    assert "INGETROKKEN op 15-03-2026" in tab.consent.text() and not tab.withdraw_button.isEnabled()


def test_numbered_rows_read_top_down_and_dated_rows_newest_first(page, vault, dossier):
    for text in ("Eerste", "Tweede", "Derde"):
        findings.add_finding(findings.AddFinding(dossier.id, text), vault.uow())
    for day in (1, 20, 5):
        field_visits.record_field_visit(field_visits.RecordFieldVisit(dossier.id, date(2026, 5, day), "Dienst"),
                                        vault.uow())
    page.dossier.show_dossier(dossier.id)
    table = page.dossier.overview.findings
    assert [table.proxy.index(r, 1).data() for r in range(3)] == ["Eerste", "Tweede", "Derde"]
    visits = page.dossier.field_visits
    assert [visits.proxy.index(r, 0).data() for r in range(3)] == ["20-05-2026", "05-05-2026", "01-05-2026"]


def test_new_interview_button_asks_for_an_interview_in_this_dossier(page, dossier, qtbot):
    with qtbot.waitSignal(page.interview_new_requested) as asked:
        page.dossier.findChild(QPushButton, "newInterview").click()
    assert asked.args == [dossier.id]


def test_edit_agreements_of_an_existing_interviewee(page, vault, dossier):
    person = interviewees.add_interviewee(AddInterviewee(dossier.id, IntervieweeRole.ENTREPRENEUR), vault.uow())
    page.dossier.show_dossier(dossier.id)
    tab = page.dossier.interviewees
    tab.table.select_id(person.id)
    assert "Geen toestemming" in tab.consent.text()
    tab.agreements_button.click()
    dialog = page.dialog
    assert not dialog.identity_box.isVisibleTo(dialog) and "Ondernemer A" in dialog.windowTitle()
    dialog.consent_box.setChecked(True)
    dialog.consent_date.setText("03-02-2026")
    dialog.quotes.set_value(QuotePermission.YES)
    dialog.anonymity_box.setChecked(True)
    dialog.safeguards.set_checked(Safeguard.NO_EXACT_DATES)
    dialog.save_button().click()
    stored = interviewees.get_interviewee(person.id, vault.uow())
    assert stored.consent.given_on == date(2026, 2, 3) and stored.consent.quotes is QuotePermission.YES
    assert stored.anonymity.safeguards == (Safeguard.NO_EXACT_DATES,)
    tab.table.select_id(person.id)
    assert "citaten toegestaan" in tab.consent.text()

    tab.agreements_button.click()  # prefilled; unchecking a part keeps it, never erases
    dialog = page.dialog
    assert dialog.consent_date.text() == "03-02-2026" and dialog.safeguards.values() == [Safeguard.NO_EXACT_DATES]
    dialog.consent_box.setChecked(False)
    dialog.anonymity_text.setPlainText("Geen sector noemen.")
    dialog.save_button().click()
    stored = interviewees.get_interviewee(person.id, vault.uow())
    assert stored.consent is not None and stored.anonymity.text == "Geen sector noemen."
