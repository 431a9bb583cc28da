"""The Signalen section page (``ui.navigation.Page``): inbox with triage filter, the selected
signal's text, triage actions (link to a dossier, duplicate, close) and quick entry."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ibtd_desktop.domain.casework.enums import TriageStatus
from ibtd_desktop.domain.casework.investigations import InvestigationFilter, InvestigationRow, ThemeRow
from ibtd_desktop.domain.casework.signals import SignalDetail, SignalFilter, SignalRow, TriageSignal
from ibtd_desktop.services.casework import investigations, signals
from ibtd_desktop.ui.investigations.calls import VaultCalls
from ibtd_desktop.ui.investigations.form_widgets import CodeCombo
from ibtd_desktop.ui.investigations.labels import error_text, text
from ibtd_desktop.ui.investigations.retranslate import retranslate_tree
from ibtd_desktop.ui.investigations.list_widget import configure_table, empty_state
from ibtd_desktop.ui.table_model import ROW_ROLE
from ibtd_desktop.ui.messages import MessageBox
from ibtd_desktop.ui.signals.dossier_picker import DossierPickerDialog
from ibtd_desktop.ui.signals.entry_widget import SignalEntryWidget
from ibtd_desktop.ui.signals.source_reveal import SourceRevealWidget
from ibtd_desktop.ui.signals.models import SignalFilterProxy, SignalTableModel

if TYPE_CHECKING:
    from ibtd_desktop.ui.tasks import TaskRunner


@dataclass(frozen=True)
class Inbox:
    rows: list[SignalRow]
    themes: list[ThemeRow]


def load_inbox(vault: Any) -> Inbox:  # database thread
    return Inbox(rows=signals.list_signals(SignalFilter(), vault.uow()),
                 themes=investigations.list_themes(vault.uow(), include_archived=True))


def load_dossiers(vault: Any) -> list[InvestigationRow]:  # database thread
    return investigations.list_investigations(InvestigationFilter(), vault.uow())


class SignalsPage(QWidget):
    def __init__(self, parent: QWidget | None = None, *, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.setObjectName("signalsPage")
        self.calls = VaultCalls(self, self._report_failure)
        self.model = SignalTableModel(self)
        self.proxy = SignalFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.dialog: QDialog | None = None
        self._theme_labels: dict[str, str] = {}

        title = QLabel(text("Signalen"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.triage_filter = CodeCombo(TriageStatus, empty=text("Alle signalen"))
        self.triage_filter.set_value(TriageStatus.NEW)
        self.count_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.count_label)
        top.addWidget(QLabel(text("Triage")))
        top.addWidget(self.triage_filter)

        self.view = QTableView()
        self.view.setObjectName("signalTable")
        self.view.setModel(self.proxy)
        configure_table(self.view)
        self.empty = QLabel()
        self.stack = empty_state(self.view, self.empty)
        self.detail_text = QPlainTextEdit()
        self.detail_text.setReadOnly(True)
        self.detail_text.setPlaceholderText(text("Kies een signaal om de volledige tekst te lezen."))
        self.detail_text.setMaximumHeight(140)
        self.source = SourceRevealWidget(self.calls)
        self.link_button = QPushButton(text("Koppelen aan dossier…"))
        self.link_button.setObjectName("linkSignal")
        self.duplicate_button = QPushButton(text("Markeer als dubbel"))
        self.duplicate_button.setObjectName("duplicateSignal")
        self.close_button = QPushButton(text("Afsluiten"))
        self.close_button.setObjectName("closeSignal")
        actions = QHBoxLayout()
        for button in (self.link_button, self.duplicate_button, self.close_button):
            actions.addWidget(button)
        actions.addStretch(1)

        inbox = QWidget()
        inbox_layout = QVBoxLayout(inbox)
        inbox_layout.setContentsMargins(0, 0, 0, 0)
        inbox_layout.addLayout(top)
        inbox_layout.addWidget(self.stack, 1)
        inbox_layout.addWidget(self.detail_text)
        inbox_layout.addWidget(self.source)
        inbox_layout.addLayout(actions)
        self.entry = SignalEntryWidget(self.calls, today)
        self.entry.setMaximumWidth(340)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(inbox)
        splitter.addWidget(self.entry)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.triage_filter.currentIndexChanged.connect(self._apply_filter)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.link_button.clicked.connect(self.open_link_dialog)
        self.duplicate_button.clicked.connect(lambda: self.triage(TriageStatus.DUPLICATE))
        self.close_button.clicked.connect(lambda: self.triage(TriageStatus.CLOSED))
        self.entry.recorded.connect(lambda _detail: self.refresh())
        self._apply_filter()
        self._selection_changed()

    # -- Page protocol -----------------------------------------------------------------------
    def attach(self, vault: Any, runner: "TaskRunner") -> None:
        self.calls.bind(vault, runner)
        self.refresh()

    def detach(self) -> None:
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.reject()
        self.model.clear()
        self.model.theme_labels = {}
        self._theme_labels = {}
        self.detail_text.clear()
        self.source.set_signal(None, False)
        self.entry.reset()
        self.entry.theme.set_items([])
        self.calls.bind(None, None)
        self._update_empty_state()

    def save_pending(self) -> None:
        self.entry.save_pending()

    def models(self) -> list:
        return [self.model, self.proxy]

    # -- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.calls.load(load_inbox, on_success=self._loaded)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_tree(self)
            self._update_empty_state()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        # A dossier may have been created or edited in the Dossiers section meanwhile.
        super().showEvent(event)
        if not event.spontaneous() and self.calls.attached:
            self.refresh()

    def _loaded(self, inbox: Inbox) -> None:
        selected = self.selected()
        self._theme_labels = {t.code: t.label for t in inbox.themes}
        self.model.theme_labels = self._theme_labels
        self.model.set_rows(inbox.rows)
        self.entry.set_themes(inbox.themes)
        self.view.resizeColumnsToContents()
        column = SignalTableModel.Column
        for column, cap in ((column.EXCERPT, 260), (column.THEME, 140), (column.CONFIDENTIALITY, 110)):
            if self.view.columnWidth(column) > cap:
                self.view.setColumnWidth(column, cap)
        if not self.view.horizontalHeader().isSortIndicatorShown() or self.proxy.sortColumn() < 0:
            self.view.sortByColumn(SignalTableModel.Column.RECEIVED, Qt.SortOrder.DescendingOrder)
        if selected is not None:
            self.select_id(selected.id)
        self._update_empty_state()
        self._selection_changed()

    # -- selection and triage ------------------------------------------------------------------
    def selected(self) -> SignalRow | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def select_id(self, signal_id: int) -> None:
        source_row = self.model.row_of_id(signal_id)
        if source_row >= 0:
            proxy_index = self.proxy.mapFromSource(self.model.index(source_row, 0))
            if proxy_index.isValid():
                self.view.selectRow(proxy_index.row())

    def triage(self, status: TriageStatus, investigation_id: int | None = None) -> None:
        row = self.selected()
        if row is None:
            return
        self.calls.run(signals.triage_signal, TriageSignal(row.id, status, investigation_id),
                       on_success=self._triaged)

    def open_link_dialog(self) -> None:
        if self.selected() is None or self.dialog is not None:
            return
        self.calls.load(load_dossiers, on_success=self._show_link_dialog)

    def _show_link_dialog(self, rows: list[InvestigationRow]) -> None:
        row = self.selected()
        if row is None or self.dialog is not None:
            return
        signal_id = row.id
        dialog = DossierPickerDialog(rows, self._theme_labels, self)
        if row.investigation_id is not None:
            dialog.choose(row.investigation_id)
        dialog.accepted.connect(lambda: self._link(signal_id, dialog.chosen_id()))
        dialog.finished.connect(lambda _code: self._forget_dialog(dialog))
        self.dialog = dialog
        dialog.open()

    def _link(self, signal_id: int, investigation_id: int | None) -> None:
        if investigation_id is None:
            return
        self.calls.run(signals.triage_signal, TriageSignal(signal_id, TriageStatus.LINKED, investigation_id),
                       on_success=self._triaged)

    def _triaged(self, detail: SignalDetail) -> None:
        self.refresh()

    def _forget_dialog(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _selection_changed(self, *_args: object) -> None:
        row = self.selected()
        for button in (self.link_button, self.duplicate_button, self.close_button):
            button.setEnabled(row is not None)
        self.detail_text.clear()
        self.source.set_signal(row.id if row else None, bool(row and row.has_source_identity))
        if row is not None:
            signal_id = row.id
            self.calls.run(signals.get_signal, signal_id, on_success=lambda d: self._show_text(signal_id, d))

    def _show_text(self, signal_id: int, detail: SignalDetail) -> None:
        row = self.selected()
        if row is not None and row.id == signal_id:
            self.detail_text.setPlainText(detail.text)

    def _apply_filter(self, *_args: object) -> None:
        self.proxy.set_triage(self.triage_filter.value())
        # With one triage status chosen, that column says nothing: give its room to the text.
        self.view.setColumnHidden(SignalTableModel.Column.TRIAGE, self.triage_filter.value() is not None)
        self._update_empty_state()

    def _update_empty_state(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if total == 0:
            self.empty.setText(text("Nog geen signalen. Leg er een vast met het formulier rechts."))
        else:
            self.empty.setText(text("Geen signalen met deze triagestatus."))
        self.stack.setCurrentIndex(0 if shown else 1)
        self.count_label.setText(text("%1 van %2 signalen").replace("%1", str(shown)).replace("%2", str(total))
                                 if total else "")

    def _report_failure(self, exc: BaseException) -> None:
        MessageBox.warning(self, text("Signalen"), error_text(exc))
