"""The inspector's decisions in the editor: accept or undo a detection (undo needs a reason),
mark extra text for anonymisation, clear a residual hit with a reason (never an identity value).

Functions over the editor widget (``self``): they read its panes, ask through the seams
(``ReasonPrompt``, ``MessageBox``) and run the services through the editor's TaskRunner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ibtd_desktop.services.summaries import drafting
from ibtd_desktop.services.summaries.commands import ClearResidualHit
from ibtd_desktop.ui.messages import MessageBox
from ibtd_desktop.ui.summaries import editor_jobs as jobs
from ibtd_desktop.ui.summaries.labels import t
from ibtd_desktop.ui.summaries.prompts import ReasonPrompt

if TYPE_CHECKING:
    from ibtd_desktop.ui.summaries.editor import SummaryEditorWidget


def accept_detection(self: "SummaryEditorWidget") -> None:
    item = self.original.selected()
    if item is not None:
        self._run(jobs.accept_detection, self.summary_id, item)


def undo_detection(self: "SummaryEditorWidget") -> None:
    item = self.original.selected()
    if item is None:
        return
    # The service rebuilds the draft from the notes: typed changes would vanish without a word.
    if self.is_dirty() and MessageBox.question(self, t("Anonimisering ongedaan maken"), t(
            "De samenvatting heeft niet-opgeslagen wijzigingen. Ongedaan maken bouwt de concepttekst opnieuw op "
            "uit de aantekeningen en die wijzigingen gaan verloren. Toch doorgaan?")) != MessageBox.Yes:
        return
    reason = ReasonPrompt.ask(self, t("Anonimisering ongedaan maken"), t(
        "Waarom mag dit gegeven in de samenvatting blijven? De reden wordt vastgelegd voor de beoordelaar. "
        "De concepttekst wordt daarna opnieuw opgebouwd uit de aantekeningen (eigen tekstwijzigingen vervallen)."))
    if reason is None:
        MessageBox.warning(self, t("Anonimisering ongedaan maken"),
                           t("Ongedaan maken vraagt om een reden; er is niets gewijzigd."))
        return
    self._run(jobs.undo_detection, self.summary_id, item, reason)


def mark_selection(self: "SummaryEditorWidget") -> None:
    cursor = self.draft.text.textCursor()
    fragment = cursor.selectedText().replace("\u2029", "\n")
    if not fragment.strip() or self.data is None:
        return
    original = self.data.listing.original if self.data.listing is not None else ""
    spans = jobs.occurrences(original, fragment)
    cursor.insertText(jobs.EXTRA_PLACEHOLDER)
    current = self._current()
    if current is not None:
        self._run(jobs.mark_extra, self.summary_id, spans, *current)


def clear_hit(self: "SummaryEditorWidget") -> None:
    hit = self.draft.selected_hit()
    if hit is None or self.data is None:
        return
    if hit.hard:
        MessageBox.warning(self, t("Vrijgeven niet mogelijk"), t(
            "Dit is een echt identiteitsgegeven van een gesprekspartner: het kan nooit worden vrijgegeven. "
            "Vervang het door het pseudoniem of een plaatshouder."))
        return
    fragment = self.draft.text.toPlainText()[hit.start:hit.end]
    reason = ReasonPrompt.ask(self, t("Treffer vrijgeven"), t(
        "Waarom is dit geen persoonsgegeven? De reden wordt getoond aan de beoordelaar."))
    if reason is None:
        MessageBox.warning(self, t("Treffer vrijgeven"), t("Vrijgeven vraagt om een reden; er is niets gewijzigd."))
        return
    vault, summary_id, text = self.vault, self.summary_id, self.draft.text.toPlainText()
    command = ClearResidualHit(summary_id, hit.label, fragment, reason)
    self.runner.run(lambda: drafting.clear_residual_hit(command, vault.uow()),
                    lambda _: _cleared(self, summary_id, text),
                    lambda exc: self._failed(exc, t("Vrijgeven")), owner=self)


def _cleared(self: "SummaryEditorWidget", summary_id: int, text: str) -> None:
    # Only the scan and the history change: the draft (maybe unsaved) stays as typed.
    self.scan.start(self.vault, self.runner, summary_id, text)
    vault = self.vault
    self.runner.run(lambda: jobs.ui_queries.history_rows(summary_id, vault.uow()), self._show_history,
                    self._failed, owner=self)
