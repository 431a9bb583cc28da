"""Signals inbox on a real vault: quick entry, triage filter, link to a dossier, duplicate, close."""

from __future__ import annotations

from datetime import date

import pytest

from ibtd_desktop.domain.casework.enums import Domain, SignalChannel, SourceConfidentiality, TriageStatus
from ibtd_desktop.domain.casework.signals import RecordSignal, SignalFilter, SourceIdentity
from ibtd_desktop.services.casework import signals
from ibtd_desktop.ui.signals.dossier_picker import DossierPickerDialog
from ibtd_desktop.ui.signals.models import SignalTableModel
from ibtd_desktop.ui.signals.page import SignalsPage
from ibtd_desktop.ui.tasks import TaskRunner
from tests.ui.investigations.helpers import all_cell_texts, create_dossier

TODAY = date(2026, 11, 25)


@pytest.fixture
def page(qtbot, vault):
    widget = SignalsPage(today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.attach(vault, TaskRunner(synchronous=True))
    yield widget
    widget.detach()


def _record(vault, text: str, **kw):
    kw.setdefault("channel", SignalChannel.NETWORK)
    return signals.record_signal(RecordSignal(received_on=kw.pop("received_on", date(2026, 10, 1)), text=text, **kw),
                                 vault.uow())


def test_quick_entry_records_signal_with_separate_source(page, vault):
    entry = page.entry
    assert entry.received_on.text() == "25-11-2026"
    entry.channel.set_value(SignalChannel.SOUNDING_BOARD)
    entry.domain.set_value(Domain.BENEFITS)
    entry.theme.set_value("hersteloperaties")
    entry.confidentiality.set_value(SourceConfidentiality.ANONYMOUS)
    entry.save_button.click()  # no text yet
    assert "Signaal" in entry.error.text() and "verplicht" in entry.error.text()
    entry.text_edit.setPlainText("Ouders krijgen tegenstrijdige brieven over de compensatie.\nTweede regel.")
    entry.source_name.setText("Henk Meijer")
    entry.source_contact.setText("henk@example.nl")
    entry.save_button.click()

    assert entry.text_edit.toPlainText() == "" and entry.source_name.text() == "" and entry.error.text() == ""
    stored = signals.list_signals(SignalFilter(), vault.uow())
    assert len(stored) == 1 and stored[0].has_source_identity and stored[0].theme == "hersteloperaties"
    assert page.proxy.rowCount() == 1
    model = page.model
    assert model.index(0, SignalTableModel.Column.CHANNEL).data() == "klankbordgroep"
    assert model.index(0, SignalTableModel.Column.THEME).data() == "hersteloperaties"
    assert model.index(0, SignalTableModel.Column.SOURCE).data() == "ja"
    texts = all_cell_texts(model) + all_cell_texts(page.proxy)
    assert not any("Henk" in t or "henk@" in t for t in texts)


def test_triage_filter_link_duplicate_and_close(page, vault, qtbot):
    dossier = create_dossier(vault, "IBTD-2026-030", "Douane en e-commerce", domains=(Domain.CUSTOMS,))
    other = create_dossier(vault, "IBTD-2026-031", "Toeslagen terugvordering")
    first = _record(vault, "Pakketjes blijven weken liggen")
    second = _record(vault, "Pakketjes blijven weken liggen (nogmaals)")
    third = _record(vault, "Klacht over wachttijd", received_on=date(2026, 9, 1))
    page.refresh()
    assert page.proxy.rowCount() == 3  # the inbox starts on "nieuw"

    page.select_id(first.id)
    assert page.detail_text.toPlainText() == "Pakketjes blijven weken liggen"
    page.link_button.click()
    picker = page.dialog
    assert isinstance(picker, DossierPickerDialog) and picker.model.rowCount() == 2
    picker.filter.setText("douane")
    assert picker.proxy.rowCount() == 1
    picker.view.selectRow(0)
    picker.buttons.accepted.emit()
    assert page.dialog is None
    linked = signals.get_signal(first.id, vault.uow())
    assert linked.triage is TriageStatus.LINKED and linked.investigation_id == dossier.id
    assert page.proxy.rowCount() == 2  # it left the "nieuw" inbox

    page.select_id(second.id)
    page.duplicate_button.click()
    assert signals.get_signal(second.id, vault.uow()).triage is TriageStatus.DUPLICATE
    page.select_id(third.id)
    page.close_button.click()
    assert signals.get_signal(third.id, vault.uow()).triage is TriageStatus.CLOSED
    assert page.proxy.rowCount() == 0 and page.stack.currentIndex() == 1

    page.triage_filter.set_value(TriageStatus.LINKED)
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, SignalTableModel.Column.DOSSIER).data() == "IBTD-2026-030"
    page.triage_filter.set_value(None)
    assert page.proxy.rowCount() == 3
    assert other.id != dossier.id


def test_linked_signal_shows_in_dossier_view(qtbot, vault):
    from ibtd_desktop.ui.investigations.page import InvestigationsPage

    dossier = create_dossier(vault, "IBTD-2026-032")
    _record(vault, "Signaal bij dossier", investigation_id=dossier.id)
    _record(vault, "Los signaal")
    dossiers = InvestigationsPage()
    qtbot.addWidget(dossiers)
    dossiers.attach(vault, TaskRunner(synchronous=True))
    dossiers.open_dossier(dossier.id)
    table = dossiers.dossier.signals
    assert table.model.rowCount() == 1
    assert table.model.index(0, SignalTableModel.Column.EXCERPT).data() == "Signaal bij dossier"
    dossiers.detach()


def test_lock_with_typed_signal_saves_it(page, vault):
    page.entry.text_edit.setPlainText("Half getypt signaal")
    page.save_pending()
    page.detach()
    assert [r.excerpt for r in signals.list_signals(SignalFilter(), vault.uow())] == ["Half getypt signaal"]


def test_detach_clears_models_and_models_pass_modeltester(page, vault, qtmodeltester):
    _record(vault, "Een", source=SourceIdentity(name="Piet"))
    _record(vault, "Twee", channel=SignalChannel.MEDIA, domain=Domain.TAXES)
    page.refresh()
    page.triage_filter.set_value(None)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    page.select_id(page.model.row_at(0).id)
    assert page.detail_text.toPlainText()
    page.detach()
    for model in page.models():
        assert model.rowCount() == 0
    assert page.detail_text.toPlainText() == ""


def test_coming_back_to_a_section_reloads_it(qtbot, vault, page):
    from ibtd_desktop.ui.investigations.page import InvestigationsPage

    dossier = create_dossier(vault, "IBTD-2026-033")
    dossiers = InvestigationsPage()
    qtbot.addWidget(dossiers)
    dossiers.attach(vault, TaskRunner(synchronous=True))
    dossiers.show()
    dossiers.open_dossier(dossier.id)
    assert dossiers.dossier.signals.model.rowCount() == 0
    dossiers.hide()
    page.show()
    signal = _record(vault, "Gemeld via netwerk")
    page.hide()
    page.show()  # back in Signalen: the new signal is there
    page.select_id(signal.id)
    page.link_button.click()
    page.dialog.choose(dossier.id)
    page.dialog.buttons.accepted.emit()
    page.hide()
    dossiers.show()  # back in Dossiers: the linked signal shows in the open dossier
    assert dossiers.dossier.signals.model.rowCount() == 1
    dossiers.detach()


def test_reporter_shown_only_after_toon_melder_and_hidden_again(page, vault):
    from PySide6.QtWidgets import QLabel

    with_source = _record(vault, "Met melder", source=SourceIdentity(name="Karin Smit", contact="06-11112222"))
    without = _record(vault, "Zonder melder")
    page.refresh()

    def on_screen() -> bool:
        texts = [w.text() for w in page.findChildren(QLabel)]
        texts += all_cell_texts(page.model) + all_cell_texts(page.proxy)
        return any("Karin" in t or "06-1111" in t for t in texts)

    page.select_id(without.id)
    assert not page.source.isVisibleTo(page)  # nothing to reveal
    page.select_id(with_source.id)
    assert page.source.isVisibleTo(page) and not on_screen()
    page.source.reason.setText("terugbellen")
    page.source.reveal_button.click()
    assert page.source.shown.text() == "Karin Smit · 06-11112222"
    assert not any("Karin" in t for t in all_cell_texts(page.model))
    page.select_id(without.id)
    assert not on_screen()
    page.select_id(with_source.id)
    page.source.reveal_button.click()
    assert on_screen()
    page.detach()
    assert not on_screen()
