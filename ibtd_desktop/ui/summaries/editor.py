"""The summary editor: notes with detections beside the draft, residual scan as one types,
structured attributes, small-group warnings, submit/withdraw and the history of the summary.

All service calls go through the TaskRunner (``editor_jobs`` on the database thread).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget

from ibtd_desktop.domain.errors import ValidationError
from ibtd_desktop.domain.summaries import SummaryAttributes, SummaryStatus
from ibtd_desktop.services.summaries import drafting
from ibtd_desktop.services.summaries.commands import EditSummary
from ibtd_desktop.ui.investigations.list_widget import configure_table
from ibtd_desktop.ui.messages import MessageBox
from ibtd_desktop.ui.summaries import decisions
from ibtd_desktop.ui.summaries import editor_jobs as jobs
from ibtd_desktop.ui.summaries.attributes_form import AttributesForm
from ibtd_desktop.ui.summaries.labels import failure_text, state_text, t, warnings_text
from ibtd_desktop.ui.summaries.models import HistoryModel
from ibtd_desktop.ui.summaries.panes import DraftPane, OriginalPane
from ibtd_desktop.ui.summaries.residual import ResidualScanController

if TYPE_CHECKING:
    from ibtd_desktop.ui.tasks import TaskRunner


class SummaryEditorWidget(QWidget):
    back_requested = Signal()
    review_requested = Signal(int)
    changed = Signal()  # the summary changed in the vault (the list reloads)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault: Any = None
        self.runner: "TaskRunner | None" = None
        self.data: jobs.EditorData | None = None
        self._saved: tuple[str, SummaryAttributes] | None = None
        self._warnings: tuple = ()
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.state = QLabel()
        self.state.setObjectName("summaryState")
        self.state.setWordWrap(True)
        self.original = OriginalPane()
        self.draft = DraftPane()
        self.attributes = AttributesForm()
        self.warnings = QLabel()
        self.warnings.setObjectName("smallGroupWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a5300;")
        self.history_model = HistoryModel(self)
        self.history_view = QTableView()
        self.history_view.setModel(self.history_model)
        configure_table(self.history_view, stretch_column=HistoryModel.Column.COMMENTS)
        self.history_view.setSortingEnabled(False)
        self.refusal = QLabel()
        self.refusal.setObjectName("refusal")
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet("color: #b00020;")
        self.refusal.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.scan = ResidualScanController(self)

        self.back_button = QPushButton(t("← Terug naar de lijst"))
        self.save_button = QPushButton(t("Opslaan"))
        self.submit_button = QPushButton(t("Indienen ter beoordeling"))
        self.submit_button.setObjectName("submitSummary")
        self.withdraw_button = QPushButton(t("Intrekken"))
        self.review_button = QPushButton(t("Beoordelen…"))
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        for button in (self.save_button, self.submit_button, self.withdraw_button, self.review_button):
            top.addWidget(button)
        panes = QSplitter(Qt.Orientation.Horizontal)
        panes.addWidget(self.original)
        panes.addWidget(self.draft)
        attributes_tab = QWidget()
        attributes_layout = QHBoxLayout(attributes_tab)
        self.attributes.setMinimumWidth(440)
        self.attributes.setMaximumWidth(520)
        attributes_layout.addWidget(self.attributes, 0, Qt.AlignmentFlag.AlignTop)
        attributes_layout.addWidget(self.warnings, 1, Qt.AlignmentFlag.AlignTop)
        self.tabs = QTabWidget()
        self.tabs.addTab(attributes_tab, t("Kenmerken"))
        self.tabs.addTab(self.history_view, t("Geschiedenis"))
        lower = QSplitter(Qt.Orientation.Vertical)
        lower.addWidget(panes)
        lower.addWidget(self.tabs)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 1)
        lower.setSizes([640, 220])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.state)
        layout.addWidget(self.refusal)
        layout.addWidget(lower, 1)

        save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self.save)
        self.back_button.clicked.connect(self._back)
        self.save_button.clicked.connect(self.save)
        self.submit_button.clicked.connect(self.submit)
        self.withdraw_button.clicked.connect(lambda: self._run(jobs.withdraw, self.summary_id))
        self.review_button.clicked.connect(lambda: self.review_requested.emit(self.summary_id))
        self.original.accept_button.clicked.connect(self.accept_detection)
        self.original.undo_button.clicked.connect(self.undo_detection)
        self.draft.mark_button.clicked.connect(self.mark_selection)
        self.draft.clear_button.clicked.connect(self.clear_hit)
        self.draft.text.textChanged.connect(self._text_changed)
        self.attributes.changed.connect(self._attributes_changed)
        self.scan.scanned.connect(self.draft.show_report)
        self.scan.failed.connect(self._failed)

    # -- opening and closing ------------------------------------------------------------------
    @property
    def summary_id(self) -> int:
        return self.data.summary.id if self.data is not None else 0

    def open(self, vault: Any, runner: "TaskRunner", summary_id: int, pseudonyms: tuple[str, ...] = ()) -> None:
        self.vault, self.runner = vault, runner
        self.draft.set_pseudonyms(pseudonyms)
        self.refusal.clear()
        runner.run(lambda: jobs.load_editor(vault, summary_id), self._show, self._failed, owner=self)

    def close_summary(self) -> None:
        """Forget the summary (lock, back to the list): every view and model is cleared."""
        self.scan.stop()
        self.data, self._saved = None, None
        self.original.clear()
        self.draft.blockSignals(True)
        self.draft.clear()
        self.draft.blockSignals(False)
        self.history_model.clear()
        self.warnings.clear()
        self.refusal.clear()
        self.title.clear()
        self.state.clear()

    def is_dirty(self) -> bool:
        if self._saved is None:
            return False
        try:
            attributes = self.attributes.attributes()
        except ValidationError:
            return True
        return (self.draft.text.toPlainText(), attributes) != self._saved

    def save_pending(self) -> None:
        """Queue the unsaved draft on the database thread (runs before a lock)."""
        if self.is_dirty() and self.vault is not None:
            try:
                attributes = self.attributes.attributes()
            except ValidationError:
                attributes = None
            vault, summary_id, text = self.vault, self.summary_id, self.draft.text.toPlainText()
            self.runner.run(lambda: drafting.edit_summary(EditSummary(summary_id, text, attributes), vault.uow()),
                            None, None, owner=None)
            self._saved = None

    def _show(self, data: jobs.EditorData) -> None:
        self.data = data
        summary = data.summary
        editable = summary.status is not SummaryStatus.SUBMITTED
        self.title.setText(summary.title)
        self.state.setText(state_text(summary, data.history))
        self.original.show_listing(data.listing)
        self.original.setVisible(data.listing is not None)  # a dossier summary has no notes behind it
        self.original.set_editable(editable)
        self.draft.set_editable(editable)
        self.draft.text.blockSignals(True)
        self.draft.text.setPlainText(summary.current.text)
        self.draft.text.blockSignals(False)
        self.attributes.set_attributes(summary.current.attributes)
        self.attributes.set_read_only(not editable)
        # What the widget holds (Qt may normalise line breaks): merely opening is never an edit.
        self._saved = (self.draft.text.toPlainText(), summary.current.attributes)
        self._show_history(data.history)
        self._show_warnings(data.warnings)
        self.submit_button.setEnabled(summary.status is SummaryStatus.DRAFT)
        self.withdraw_button.setEnabled(summary.status is SummaryStatus.SUBMITTED)
        self.review_button.setEnabled(summary.status is SummaryStatus.SUBMITTED)
        self.save_button.setEnabled(editable)
        self.draft.show_report(None, "")
        self.scan.start(self.vault, self.runner, summary.id, self._saved[0])

    def _show_warnings(self, warnings: tuple) -> None:
        self._warnings = warnings
        self.warnings.setText(warnings_text(warnings))

    def retranslate(self) -> None:
        """After a language switch: the texts built from data (fixed texts: ``retranslate_tree``)."""
        if self.data is not None:
            self.state.setText(state_text(self.data.summary, self.data.history))
        self._show_warnings(self._warnings)
        self.draft.show_report(*self.draft.last_report)

    # -- editing ----------------------------------------------------------------------------
    def _text_changed(self) -> None:
        text = self.draft.text.toPlainText()
        self.draft.show_report(None, "")
        self.scan.schedule(text)

    def _attributes_changed(self) -> None:
        if self.data is None:
            return
        try:
            attributes = self.attributes.attributes()
        except ValidationError:
            return
        vault, summary_id = self.vault, self.summary_id
        self.runner.run(lambda: jobs.ui_queries.small_group_warnings(summary_id, attributes, vault.uow()),
                        self._show_warnings, self._failed, owner=self)

    def _current(self) -> tuple[str, SummaryAttributes] | None:
        try:
            return self.draft.text.toPlainText(), self.attributes.attributes()
        except ValidationError as exc:
            MessageBox.warning(self, t("Kenmerken"), failure_text(exc))
            return None

    def save(self) -> None:
        current = self._current()
        if current is not None and self.data is not None:
            self._run(jobs.save_draft, self.summary_id, *current)

    def submit(self) -> None:
        current = self._current()
        if current is None or self.data is None:
            return
        text, attributes = current if self.is_dirty() else (None, None)
        self._run(jobs.submit, self.summary_id, text, attributes, action=t("Indienen"))

    def accept_detection(self) -> None:
        decisions.accept_detection(self)

    def undo_detection(self) -> None:
        decisions.undo_detection(self)

    def mark_selection(self) -> None:
        decisions.mark_selection(self)

    def clear_hit(self) -> None:
        decisions.clear_hit(self)

    def _show_history(self, rows: list) -> None:
        self.history_model.set_rows(rows)
        self.history_view.resizeColumnsToContents()

    # -- helpers -----------------------------------------------------------------------------
    def _run(self, job: Callable[..., jobs.EditorData], *args: Any, action: str = "") -> None:
        if self.vault is None or self.runner is None:
            return
        vault = self.vault
        self.refusal.clear()
        self.runner.run(lambda: job(vault, *args), self._changed, lambda exc: self._failed(exc, action), owner=self)

    def _changed(self, data: jobs.EditorData) -> None:
        self._show(data)
        self.changed.emit()

    def _failed(self, exc: BaseException, action: str = "") -> None:
        message = failure_text(exc, action)
        self.refusal.setText(message)
        MessageBox.warning(self, action or t("Samenvatting"), message)

    def _back(self) -> None:
        self.save_pending()  # queued before the list's reload on the one database thread
        self.back_requested.emit()
