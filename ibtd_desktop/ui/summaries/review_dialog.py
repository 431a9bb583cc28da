"""Four-eyes review: a second vault user reads the summary, proves who they are with THEIR OWN
passphrase and approves it or returns it with comments.

The passphrase is checked by the service (``vault.authenticate``) on the database thread; the
author can never approve their own summary (the service refuses, and its reason is shown).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ibtd_desktop.services.summaries import review, ui_queries
from ibtd_desktop.services.summaries.commands import ApproveSummary, ReturnSummary
from ibtd_desktop.services.summaries.ui_queries import SummaryListRow
from ibtd_desktop.ui.investigations.list_widget import configure_table
from ibtd_desktop.ui.summaries.labels import attribute_text, failure_text, status_text, t
from ibtd_desktop.ui.summaries.models import HistoryModel

if TYPE_CHECKING:
    from ibtd_desktop.ui.tasks import TaskRunner


class ReviewDialog(QDialog):
    decided = Signal(object)  # approve: the SummaryResult (with small-group warnings); return: the summary

    def __init__(self, vault: Any, runner: "TaskRunner", row: SummaryListRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(t("Samenvatting beoordelen"))
        self.resize(760, 640)
        self._vault, self._runner, self.row = vault, runner, row
        self._content_hash = row.content_hash
        heading = QLabel(f"<b>{html.escape(row.title)}</b> — {html.escape(row.reference)} · "
                         + t("versie %1 · %2").replace("%1", str(row.version)).replace("%2", status_text(row.status)))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setObjectName("reviewText")
        self.history_model = HistoryModel(self)
        history = QTableView()
        history.setModel(self.history_model)
        configure_table(history, stretch_column=HistoryModel.Column.COMMENTS)
        history.setSortingEnabled(False)  # events come in the order they happened
        history.setMaximumHeight(150)
        self.history_view = history
        self.attributes = QLabel()
        self.attributes.setObjectName("reviewAttributes")
        self.attributes.setWordWrap(True)
        explain = QLabel(t("Vier ogen: een andere gebruiker van deze kluis dan de auteur beoordeelt de samenvatting "
                           "en bevestigt dat met de eigen wachtwoordzin."))
        explain.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("reviewerPassphrase")
        self.comments = QPlainTextEdit()
        self.comments.setPlaceholderText(t("Verplicht bij terugsturen: wat moet de auteur aanpassen?"))
        self.comments.setMaximumHeight(90)
        form = QFormLayout()
        form.addRow(t("Wachtwoordzin beoordelaar"), self.passphrase)
        form.addRow(t("Opmerkingen"), self.comments)
        self.error = QLabel()
        self.error.setObjectName("reviewError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox()
        self.approve_button = QPushButton(t("Goedkeuren"))
        self.return_button = QPushButton(t("Terugsturen"))
        self.buttons.addButton(self.approve_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.return_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(t("Annuleren"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.attributes)
        layout.addWidget(QLabel(t("Geschiedenis en besluiten")))
        layout.addWidget(history)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.approve_button.clicked.connect(self.approve)
        self.return_button.clicked.connect(self.send_back)
        self.buttons.rejected.connect(self.reject)
        self._set_busy(True)
        summary_id = row.id
        runner.run(lambda: (review.summary_history(summary_id, vault.uow()).summary,
                            ui_queries.history_rows(summary_id, vault.uow())),
                   self._loaded, self._failed, owner=self)

    def _loaded(self, loaded: tuple) -> None:
        summary, history = loaded
        self.text.setPlainText(summary.current.text)
        self._content_hash = summary.content_hash  # approval binds to what is shown here
        self.history_model.set_rows(history)
        self.history_view.resizeColumnsToContents()
        shown = [attribute_text(k, v) for k, v in summary.current.attributes.as_dict().items() if v is not None]
        self.attributes.setText(t("Kenmerken") + ": " + ("; ".join(shown) or t("(geen)")))
        self._set_busy(False)

    def approve(self) -> None:
        command = ApproveSummary(self.row.id, self._content_hash, self.comments.toPlainText())
        self._decide(lambda vault, passphrase: review.approve_summary(command, vault, passphrase))

    def send_back(self) -> None:
        if not self.comments.toPlainText().strip():
            self.error.setText(t("Terugsturen vraagt om opmerkingen: schrijf wat de auteur moet aanpassen."))
            return
        command = ReturnSummary(self.row.id, self.comments.toPlainText(), self._content_hash)
        self._decide(lambda vault, passphrase: review.return_summary(command, vault, passphrase))

    def _decide(self, call) -> None:  # noqa: ANN001
        passphrase = self.passphrase.text()
        self.passphrase.clear()  # never kept longer than the one attempt
        if not passphrase:
            self.error.setText(t("Typ uw eigen wachtwoordzin als beoordelaar."))
            return
        self.error.clear()
        self._set_busy(True)
        vault = self._vault
        self._runner.run(lambda: call(vault, passphrase), self._done, self._failed, owner=self,
                         label=t("Beoordeling vastleggen…"))

    def _done(self, summary: Any) -> None:
        self._set_busy(False)
        self.decided.emit(summary)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.error.setText(failure_text(exc, t("Beoordelen")))

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.approve_button, self.return_button, self.passphrase):
            widget.setEnabled(not busy)
