"""Dossier list: create through the dialog, filters, edit and status change, detach clears."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ibtd_desktop.domain.casework.enums import Domain, InvestigationKind, InvestigationStatus
from ibtd_desktop.domain.casework.investigations import InvestigationFilter
from ibtd_desktop.services.casework import investigations
from ibtd_desktop.ui.investigations.investigation_dialog import InvestigationDialog
from ibtd_desktop.ui.investigations.models import InvestigationTableModel
from tests.ui.investigations.helpers import column_texts, create_dossier

REF = InvestigationTableModel.Column.REFERENCE


def test_create_dossier_through_dialog_appears_in_list(page, vault, qtbot):
    page.list.new_button.click()
    dialog = page.dialog
    assert isinstance(dialog, InvestigationDialog) and dialog.isVisible()
    dialog.reference.setText("IBTD-2026-012")
    dialog.title_edit.setText("Niet-gebruik van toeslagen")
    dialog.kind.set_value(InvestigationKind.THEMATIC)
    dialog.themes.set_checked("risicoselectie")
    dialog.domains.set_checked(Domain.BENEFITS)
    dialog.lead.setText("A. de Vries")
    dialog.team.setText("B. Bakker, C. Visser")
    dialog.start.setText("05-01-2026")
    dialog.description.setPlainText("Waarom vragen mensen geen toeslag aan?")
    dialog.save_button().click()

    assert page.dialog is None
    assert column_texts(page.list.view, REF) == ["IBTD-2026-012"]
    row = page.list.model.row_at(0)
    assert row.themes == ("risicoselectie",) and row.domains == (Domain.BENEFITS,)
    saved = investigations.list_investigations(InvestigationFilter(), vault.uow())
    assert [r.reference for r in saved] == ["IBTD-2026-012"]
    detail = investigations.get_investigation(saved[0].id, vault.uow())
    assert detail.team == ("B. Bakker", "C. Visser") and detail.start_date.isoformat() == "2026-01-05"


def test_validation_error_is_shown_inline_and_nothing_is_lost(page, vault):
    create_dossier(vault, "IBTD-2026-001")
    page.refresh()
    page.list.new_button.click()
    dialog = page.dialog
    dialog.reference.setText("dossier 12")
    dialog.title_edit.setText("Titel blijft staan")
    dialog.save_button().click()
    assert dialog.isVisible() and page.dialog is dialog
    assert "Kenmerk" in dialog.error.text() and "IBTD-2026-012" in dialog.error.text()
    assert dialog.title_edit.text() == "Titel blijft staan"
    dialog.reference.setText("IBTD-2026-001")  # taken
    dialog.save_button().click()
    assert "al in gebruik" in dialog.error.text()
    dialog.reference.setText("IBTD-2026-002")
    assert "Thema's" in dialog.error.text() or "Kenmerk" in dialog.error.text()
    dialog.save_button().click()
    assert "Thema's: kies minstens één thema" in dialog.error.text()
    dialog.themes.set_checked("rechtsbescherming")
    dialog.domains.set_checked(Domain.TAXES)
    dialog.end.setText("31-02-2026")
    dialog.save_button().click()
    assert "Einddatum" in dialog.error.text() and "dd-mm-jjjj" in dialog.error.text()
    dialog.end.setText("")
    dialog.save_button().click()
    assert not dialog.isVisible()
    assert column_texts(page.list.view, REF) == ["IBTD-2026-002", "IBTD-2026-001"]


def test_add_theme_in_dialog(page, vault):
    page.list.new_button.click()
    dialog = page.dialog
    dialog.new_theme.setText("Digitale dienstverlening")
    dialog.add_theme_button.click()
    assert "digitale_dienstverlening" in dialog.themes.values()
    dialog.reference.setText("IBTD-2026-003")
    dialog.title_edit.setText("Portalen")
    dialog.domains.set_checked(Domain.CUSTOMS)
    dialog.save_button().click()
    assert page.list.model.row_at(0).themes == ("digitale_dienstverlening",)
    assert "Digitale dienstverlening" in page.list.model.index(0, InvestigationTableModel.Column.THEMES).data()


def test_filters_narrow_the_list(page, vault):
    create_dossier(vault, "IBTD-2026-001", "Risicoselectie douane", themes=("risicoselectie",),
                   domains=(Domain.CUSTOMS,), lead_inspector="Jansen", status=InvestigationStatus.INVESTIGATION)
    create_dossier(vault, "IBTD-2026-002", "Herstel ouders", themes=("hersteloperaties",),
                   domains=(Domain.BENEFITS,), lead_inspector="Pietersen", status=InvestigationStatus.REPORTING)
    create_dossier(vault, "IBTD-2026-003", "Bezwaar en beroep", themes=("rechtsbescherming", "risicoselectie"),
                   domains=(Domain.TAXES, Domain.BENEFITS), lead_inspector="Jansen")
    page.refresh()
    lst = page.list
    assert lst.proxy.rowCount() == 3
    lst.status_filter.set_value(InvestigationStatus.REPORTING)
    assert column_texts(lst.view, REF) == ["IBTD-2026-002"]
    lst.status_filter.setCurrentIndex(0)
    lst.theme_filter.set_value("risicoselectie")
    assert sorted(column_texts(lst.view, REF)) == ["IBTD-2026-001", "IBTD-2026-003"]
    lst.domain_filter.set_value(Domain.TAXES)
    assert column_texts(lst.view, REF) == ["IBTD-2026-003"]
    lst.theme_filter.setCurrentIndex(0)
    lst.domain_filter.setCurrentIndex(0)
    lst.lead_filter.set_value("Jansen")
    assert sorted(column_texts(lst.view, REF)) == ["IBTD-2026-001", "IBTD-2026-003"]
    lst.text_filter.setText("douane")
    assert column_texts(lst.view, REF) == ["IBTD-2026-001"]
    lst.text_filter.setText("bestaat niet")
    assert lst.proxy.rowCount() == 0 and lst.stack.currentIndex() == 1
    assert "filters" in lst.empty.text()


def test_edit_dossier_and_change_status(page, vault):
    detail = create_dossier(vault, "IBTD-2026-004", "Oude titel")
    page.refresh()
    page.open_dossier(detail.id)
    view = page.dossier
    assert "IBTD-2026-004" in view.heading.text()
    view.edit_button.click()
    dialog = page.dialog
    assert dialog.reference.text() == "IBTD-2026-004"
    dialog.title_edit.setText("Nieuwe titel")
    dialog.save_button().click()
    assert "Nieuwe titel" in view.heading.text()
    assert page.list.model.row_at(0).title == "Nieuwe titel"

    index = view.status.findData(InvestigationStatus.REBUTTAL)
    view.status.setCurrentIndex(index)
    view.status.activated.emit(index)
    assert investigations.get_investigation(detail.id, vault.uow()).status is InvestigationStatus.REBUTTAL
    assert view.overview.values["Status"].text() == "hoor en wederhoor"
    assert page.list.model.row_at(0).status is InvestigationStatus.REBUTTAL


def test_double_click_opens_dossier_and_back(page, vault, qtbot):
    detail = create_dossier(vault, "IBTD-2026-005", "Dossier vijf")
    page.refresh()
    index = page.list.proxy.index(0, 0)
    page.list.view.doubleClicked.emit(index)
    assert page.stack.currentWidget() is page.dossier and page.dossier.investigation_id == detail.id
    page.dossier.back_button.click()
    assert page.stack.currentWidget() is page.list and page.dossier.investigation_id is None


def test_detach_clears_every_model(page, vault):
    from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit

    detail = create_dossier(vault, "IBTD-2026-006", "Geheimzinnig onderzoek", lead_inspector="Zwaantje Kok")
    page.refresh()
    page.list.lead_filter.set_value("Zwaantje Kok")
    page.open_dossier(detail.id)
    page.dossier.open_dialog("finding", None)
    assert page.list.model.rowCount() == 1
    page.detach()
    for model in page.models():
        assert model.rowCount() == 0, type(model).__name__
    assert page.dialog is None
    assert page.dossier.heading.text() == ""
    shown = [w.text() for w in page.findChildren(QLabel) + page.findChildren(QLineEdit)]
    shown += [w.toPlainText() for w in page.findChildren(QPlainTextEdit)]
    shown += [c.itemText(i) for c in page.findChildren(QComboBox) for i in range(c.count())]
    assert not any(v in t for t in shown for v in ("IBTD-2026-006", "Geheimzinnig", "Zwaantje"))
    page.refresh()  # detached: nothing is loaded
    assert page.list.model.rowCount() == 0


def test_models_pass_qtmodeltester(page, vault, qtmodeltester):
    create_dossier(vault, "IBTD-2026-007", themes=("risicoselectie",), domains=(Domain.TAXES,))
    create_dossier(vault, "IBTD-2026-008", themes=("hersteloperaties", "risicoselectie"))
    page.refresh()
    qtmodeltester.check(page.list.model)
    qtmodeltester.check(page.list.proxy)
    page.list.view.sortByColumn(InvestigationTableModel.Column.START, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(page.list.proxy)


def test_lock_while_editing_saves_the_open_dialog(page, vault):
    detail = create_dossier(vault, "IBTD-2026-009", "Voor de lock")
    page.refresh()
    page.open_dossier(detail.id)
    page.dossier.edit_button.click()
    page.dialog.title_edit.setText("Na de lock")
    page.dialog.title_edit.textEdited.emit("Na de lock")  # as typing does
    page.save_pending()
    page.detach()
    assert investigations.get_investigation(detail.id, vault.uow()).title == "Na de lock"


def test_lock_with_an_untouched_or_incomplete_dialog_writes_nothing(page, vault):
    page.list.new_button.click()
    page.save_pending()  # untouched
    page.dialog.title_edit.setText("Zonder kenmerk")
    page.dialog.title_edit.textEdited.emit("Zonder kenmerk")
    page.save_pending()  # the service refuses it; nothing half-made is stored
    page.detach()
    assert investigations.list_investigations(InvestigationFilter(), vault.uow()) == []


def test_real_background_runner_loads_off_the_gui_thread(qtbot, vault):
    import threading

    from ibtd_desktop.ui.investigations.page import InvestigationsPage
    from ibtd_desktop.ui.tasks import TaskRunner

    create_dossier(vault, "IBTD-2026-010")
    threads = []
    real_uow = vault.uow

    class CountingVault:
        """The real vault; remembers which thread asked for a unit of work."""

        def uow(self):
            threads.append(threading.get_ident())
            return real_uow()

    runner = TaskRunner()
    page = InvestigationsPage()
    qtbot.addWidget(page)
    page.attach(CountingVault(), runner)
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 1, timeout=10_000)
    assert threads and threading.get_ident() not in threads
    page.detach()
    runner.wait_for_done()


def test_open_dossier_while_locked_does_nothing(page, vault):
    detail = create_dossier(vault, "IBTD-2026-011")
    page.detach()
    page.open_dossier(detail.id)
    assert page.stack.currentWidget() is page.list and page.dossier.investigation_id is None
