"""The editor's two panes: the original notes with their detections (read-only), and the draft
with its applied replacements and the residual scan's open hits."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from ibtd_desktop.domain.summaries import DetectionDecisionKind
from ibtd_desktop.services.summaries.drafting import DetectionListing
from ibtd_desktop.services.summaries.safeguards import ResidualReport
from ibtd_desktop.ui.investigations.list_widget import configure_table
from ibtd_desktop.ui.table_model import ROW_ROLE
from ibtd_desktop.ui.summaries.highlight import (
    UNDONE_COLOUR,
    MarkedTextEdit,
    Mark,
    apply_marks,
    label_colour,
    label_text,
    replacement_marks,
)
from ibtd_desktop.ui.summaries.labels import hit_advice, t
from ibtd_desktop.ui.summaries.models import DetectionTableModel, ResidualHitModel


def _table(model) -> QTableView:  # noqa: ANN001
    view = QTableView()
    view.setModel(model)
    configure_table(view, stretch_column=len(model.Column) - 1)
    view.setSortingEnabled(False)
    view.setMaximumHeight(170)
    return view


def _selected_row(view: QTableView):  # noqa: ANN202
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return rows[0].data(ROW_ROLE) if rows else None


class OriginalPane(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(t("Oorspronkelijke aantekeningen (alleen lezen)"), parent)
        self.text = MarkedTextEdit()
        self.text.setObjectName("originalNotes")
        self.text.setReadOnly(True)
        self.model = DetectionTableModel(self)
        self.view = _table(self.model)
        self.view.setObjectName("detectionTable")
        self.accept_button = QPushButton(t("Accepteren"))
        self.undo_button = QPushButton(t("Ongedaan maken…"))
        self.undo_button.setToolTip(t("Zet de oorspronkelijke tekst terug; een reden is verplicht en wordt vastgelegd."))
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(QLabel(t("Gevonden persoonsgegevens")))
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def show_listing(self, listing: DetectionListing | None) -> None:
        if listing is None:
            self.text.clear()
            self.model.clear()
            self.notice.setText(t("Een dossiersamenvatting heeft geen gespreksaantekeningen: bewerk de tekst rechts."))
            return
        self.notice.clear()
        self.text.setPlainText(listing.original)
        self.model.set_rows(sorted(listing.detections, key=lambda d: (d.start, d.end)))
        self.view.resizeColumnsToContents()
        marks = []
        for d in listing.detections:
            undone = d.decision is DetectionDecisionKind.UNDONE
            tip = f"{label_text(d.label)} — {t('regel')}: {d.source} ({d.confidence:.0%})"
            if undone:
                tip += f"\n{t('ongedaan gemaakt')}: {d.reason}"
            marks.append(Mark(d.start, d.end, UNDONE_COLOUR if undone else label_colour(d.label), tip, strike=undone))
        for e in listing.extras:
            marks.append(Mark(e.start, e.end, label_colour(e.label), t("extra gemarkeerd voor anonimisering")))
        apply_marks(self.text, marks)

    def selected(self):  # noqa: ANN201
        return _selected_row(self.view)

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self._selection_changed()

    def clear(self) -> None:
        self.text.clear()
        self.model.clear()
        self.notice.clear()

    def _selection_changed(self, *_: object) -> None:
        item = self.selected()
        enabled = item is not None and getattr(self, "_editable", True)
        self.accept_button.setEnabled(enabled)
        self.undo_button.setEnabled(enabled)
        if item is not None:  # show the span in the notes
            cursor = self.text.textCursor()
            cursor.setPosition(item.start)
            cursor.setPosition(item.end, cursor.MoveMode.KeepAnchor)
            self.text.setTextCursor(cursor)


class DraftPane(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(t("Samenvatting (bewerkbaar)"), parent)
        self.text = MarkedTextEdit()
        self.text.setObjectName("summaryDraft")
        self.mark_button = QPushButton(t("Markeer voor anonimisering"))
        self.mark_button.setToolTip(t("Selecteer tekst in de samenvatting die nog persoonsgegevens bevat."))
        self.scan_state = QLabel()
        self.scan_state.setObjectName("scanState")
        self.scan_state.setWordWrap(True)
        self.model = ResidualHitModel(self)
        self.view = _table(self.model)
        self.view.setObjectName("residualHits")
        self.clear_button = QPushButton(t("Vrijgeven met reden…"))
        top = QHBoxLayout()
        top.addWidget(self.mark_button)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.scan_state)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.text.selectionChanged.connect(self._selection_changed)
        self._pseudonyms: tuple[str, ...] = ()
        self._report: ResidualReport | None = None
        self.last_report: tuple[ResidualReport | None, str] = (None, "")
        self._editable = True
        self._selection_changed()

    def set_pseudonyms(self, pseudonyms: tuple[str, ...]) -> None:
        self._pseudonyms = pseudonyms

    @property
    def pseudonyms(self) -> tuple[str, ...]:
        return self._pseudonyms

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self.setTitle(t("Samenvatting (bewerkbaar)") if editable else t("Samenvatting (alleen lezen: ter beoordeling)"))
        self.text.setReadOnly(not editable)
        self._selection_changed()

    def show_report(self, report: ResidualReport | None, scanned_text: str) -> None:
        """Marks for the replacements and (when the text is still the scanned one) the hits."""
        self.last_report = (report, scanned_text)
        text = self.text.toPlainText()
        marks = replacement_marks(text, self._pseudonyms)
        self._report = report if report is not None and scanned_text == text else None
        hits = self._report.hits if self._report is not None else ()
        for h in hits:
            tip = (t("identiteit van gesprekspartner") if h.hard else label_text(h.label)) + " — " + hit_advice(h)
            colour = label_colour("IDENTITY") if h.hard else ("#e8f0fe" if h.cleared else "#ffe0b2")
            marks.append(Mark(h.start, h.end, colour, tip, underline=not h.cleared))
        apply_marks(self.text, marks)
        self.model.set_rows([h for h in hits if h.blocking] + [h for h in hits if not h.blocking])
        self.view.resizeColumnsToContents()
        if report is None:
            self.scan_state.setText(t("Controle op persoonsgegevens loopt…"))
        elif self._report is None:
            return  # an older text's report: the next scan is on its way
        elif self._report.clean:
            self.scan_state.setText(t("Controle: geen open treffers."))
        else:
            hard = sum(1 for h in self._report.blocking if h.hard)
            state = t("Controle: %1 open treffer(s); indienen kan pas als ze zijn opgelost of vrijgegeven.")
            state = state.replace("%1", str(len(self._report.blocking)))
            if hard:
                state += " " + t("%1 daarvan is een identiteitsgegeven van een gesprekspartner (harde blokkade).").replace("%1", str(hard))
            self.scan_state.setText(state)
        self.scan_state.setStyleSheet("" if self._report is None or self._report.clean else "color: #b00020;")

    def selected_hit(self):  # noqa: ANN201
        return _selected_row(self.view)

    def clear(self) -> None:
        self.text.clear()
        self.model.clear()
        self.scan_state.clear()
        self._report = None
        self.last_report = (None, "")

    def _selection_changed(self, *_: object) -> None:
        self.mark_button.setEnabled(self._editable and self.text.textCursor().hasSelection())
        hit = self.selected_hit()
        self.clear_button.setEnabled(self._editable and hit is not None and not hit.cleared)
        if hit is not None:
            self.clear_button.setToolTip(
                t("Een identiteitsgegeven van een gesprekspartner kan nooit worden vrijgegeven.") if hit.hard else ""
            )


