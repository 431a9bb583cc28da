"""The interview editor: facts, notes (autosaved as a draft), attachments.

Keyboard: Tab walks the form top to bottom, Ctrl+S saves, Ctrl+T / Ctrl+Enter timestamp the
notes (see ``NotesEdit``). Notes are autosaved as a draft 1.5 s after typing stops and when the
notes lose focus; ``save_pending()`` (lock) queues the draft write before the lock. Opening an
interview that has a draft newer than its notes restores the draft text.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any, Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from ibtd_desktop.domain.casework.interviews import RecordInterview, UpdateInterview
from ibtd_desktop.domain.errors import IbtdError
from ibtd_desktop.ui.i18n import localise_message
from ibtd_desktop.ui.interviews import editor_jobs as jobs
from ibtd_desktop.ui.interviews.attachments_widget import AttachmentsWidget
from ibtd_desktop.ui.interviews.autosave import DraftAutosaver
from ibtd_desktop.ui.interviews.meta_form import InterviewMetaForm
from ibtd_desktop.ui.interviews.notes_edit import NotesEdit
from ibtd_desktop.ui.interviews.private_files import PrivateTempFiles


def _clock(at: datetime) -> str:
    return at.astimezone().strftime("%H:%M") if at.tzinfo else at.strftime("%H:%M")


class InterviewEditorWidget(QWidget):
    saved = Signal(int)  # interview id (list rows to refresh)
    closed = Signal()
    loaded = Signal()
    save_failed_after_close = Signal(object)

    def __init__(self, temp_files: PrivateTempFiles, now: Callable[[], datetime] = datetime.now,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("editorTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        self.form = InterviewMetaForm()
        self.notes = NotesEdit(now)
        self.attachments = AttachmentsWidget(temp_files)
        self.status = QLabel()
        self.status.setObjectName("autosaveStatus")
        self.save_button = QPushButton()
        self.discard_button = QPushButton()
        self.close_button = QPushButton()
        self.attachments_label = QLabel()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.form)
        left_layout.addWidget(self.attachments_label)
        left_layout.addWidget(self.attachments)
        left_layout.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.notes)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([380, 620])
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.discard_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.form.interviewers, self.notes)

        self._run: Callable[..., Any] | None = None
        self._gateway: Any = None
        self.interview_id: int | None = None
        self._record = jobs.NewRecord()
        self._session = 0  # bumped on every open/clear: late results of an earlier one are dropped
        self._meta_dirty = False
        self._draft_pending = False  # the vault holds a draft newer than the notes
        self.autosaver = DraftAutosaver(self._submit, self._draft_job, self.notes.toPlainText, self)
        self.autosaver.saved.connect(self._draft_saved)
        self.autosaver.failed.connect(self._failed)
        self.notes.textChanged.connect(self._notes_edited)
        self.notes.focus_lost.connect(self.autosaver.flush)
        self.form.edited.connect(self._meta_edited)
        self.form.dossier_changed.connect(self._dossier_changed)
        self.attachments.changed.connect(lambda: self.saved.emit(self.interview_id or 0))
        self.save_button.clicked.connect(self.save)
        self.discard_button.clicked.connect(self.discard_draft)
        self.close_button.clicked.connect(self.close_editor)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_editor,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._set_enabled(False)
        self.retranslate()
        self._built = True  # from now on LanguageChange retranslates

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Opslaan"))
        self.save_button.setToolTip(self.tr("Gesprek en aantekeningen opslaan (Ctrl+S)"))
        self.discard_button.setText(self.tr("Concept verwerpen"))
        self.discard_button.setToolTip(self.tr("Terug naar de laatst opgeslagen aantekeningen"))
        self.close_button.setText(self.tr("Sluiten"))
        self.close_button.setToolTip(self.tr("Opslaan en terug naar de lijst (Esc)"))
        self.attachments_label.setText(self.tr("Bijlagen"))
        if self.is_open():
            self.title.setText(self.tr("Gesprek") if self.current_interview_id() else self.tr("Nieuw gesprek"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_built", False):
            self.retranslate()
        super().changeEvent(event)

    # -- opening and closing ----------------------------------------------------------------
    def open(self, run: Callable[..., Any], gateway: Any, interview_id: int | None,
             dossier_id: int | None = None) -> None:
        """Load an interview (or a blank form for a new one) on the runner."""
        self._reset()
        self._run, self._gateway, self.interview_id = run, gateway, interview_id
        self.title.setText(self.tr("Gesprek") if interview_id else self.tr("Nieuw gesprek"))
        self.status.setText(self.tr("Laden…"))
        self._submit(jobs.load_job(gateway, interview_id, dossier_id), self._loaded, self._failed)

    def current_interview_id(self) -> int | None:
        """The open interview's id, also when it was created by a job whose result was dropped."""
        return self.interview_id if self.interview_id is not None else self._record.id

    def reopen_ref(self) -> int | jobs.NewRecord:
        """What to reopen after unlock: the id, or for a new interview the holder its queued
        record job fills in (read it after the database thread has run that job)."""
        return self.interview_id if self.interview_id is not None else self._record

    def is_open(self) -> bool:
        return self._gateway is not None

    def save_pending(self) -> None:
        """Lock/quit: queue the draft (and changed facts of an existing interview) now."""
        if not self.is_open():
            return
        self.autosaver.flush()
        if self._meta_dirty:
            # Read the form now; the id may only be known once a queued record job has run.
            template, existing, record, gateway = self._update_command(0), self.interview_id, self._record, self._gateway

            def update_facts() -> None:  # database thread
                target = existing if existing is not None else record.id
                if target is not None:
                    gateway.update(replace(template, interview_id=target))

            self._submit(update_facts, None, None)
            self._meta_dirty = False

    def close_editor(self) -> None:
        """Save what changed (notes become notes, not a draft), then clear and tell the page."""
        if self.is_open() and (self.autosaver.is_dirty() or self._draft_pending or self._meta_dirty):
            if self.notes.toPlainText() or self.current_interview_id() is not None:
                self.autosaver.flush()  # the draft first: if the save fails, the text survives
                self.save(closing=True)
        self.clear()
        self.closed.emit()

    def clear(self) -> None:
        """Forget everything shown (detach/lock); queued writes still run."""
        self.autosaver.stop()
        self.attachments.unbind()
        self._reset()
        self._run = self._gateway = None
        self._set_enabled(False)

    def _reset(self) -> None:
        self._session += 1
        self.autosaver.stop()
        self.interview_id = None
        self._record = jobs.NewRecord()
        self._meta_dirty = self._draft_pending = False
        self.notes.blockSignals(True)
        self.notes.clear()
        self.notes.blockSignals(False)
        self.form.clear()
        self.status.clear()
        self.title.clear()
        self.discard_button.setVisible(False)

    # -- saving -----------------------------------------------------------------------------
    def save(self, *, closing: bool = False) -> None:
        if not self.is_open() or self.form.investigation_id() is None:
            return
        self.autosaver.timer.stop()
        revision = self.autosaver.revision
        job = jobs.save_job(self._gateway, self._record, self.interview_id, self._record_command(),
                            self._update_command, self.notes.toPlainText())
        self._meta_dirty = False
        if closing and self._run is not None:
            # The editor is cleared right after: a failure must still reach the user.
            self._run(job, None, self.save_failed_after_close.emit)
            return
        self._submit(job, lambda saved: self._saved(saved, revision), self._failed)

    def discard_draft(self) -> None:
        interview_id = self.interview_id
        if interview_id is None or not self.is_open():
            return
        gateway, run = self._gateway, self._run
        self._submit(lambda: gateway.discard_draft(interview_id),
                     lambda _r: self.open(run, gateway, interview_id), self._failed)

    def _saved(self, saved: jobs.Saved, revision: int) -> None:
        self._adopt(saved.interview_id)
        if self.autosaver.revision == revision:
            self.autosaver.mark_clean()
            self._draft_pending = False
            self.discard_button.setVisible(False)
        self.status.setText(self.tr("Opgeslagen om %1").replace("%1", _clock(saved.at)))
        self.saved.emit(saved.interview_id)

    def _draft_saved(self, saved: jobs.Saved) -> None:
        if not self.is_open():
            return
        self._adopt(saved.interview_id)
        self._draft_pending = True
        self.status.setText(self.tr("Automatisch opgeslagen om %1").replace("%1", _clock(saved.at)))

    def _adopt(self, interview_id: int) -> None:
        if self.interview_id is None:
            self.interview_id = interview_id
            self.title.setText(self.tr("Gesprek"))
            self.form.dossier.setEnabled(False)
            self.attachments.bind(self._submit, self._gateway, interview_id)
            self.saved.emit(interview_id)

    def _draft_job(self, text: str) -> Callable[[], jobs.Saved]:
        new_cmd = self._record_command() if self.interview_id is None else None
        return jobs.draft_job(self._gateway, self._record, self.interview_id, new_cmd, text)

    def _record_command(self) -> RecordInterview | None:
        return self.form.record_command()

    def _update_command(self, interview_id: int) -> UpdateInterview:
        return self.form.update_command(interview_id)

    # -- results and edits ------------------------------------------------------------------
    def _loaded(self, data: jobs.EditorData) -> None:
        detail = data.detail
        self.form.set_dossiers(data.dossiers, detail.investigation_id if detail else None)
        self.form.dossier.setEnabled(detail is None)
        if detail is None:
            self.form.set_people(data.interviewees, data.visits)
            self.status.setText("" if data.dossiers else self.tr("Maak eerst een dossier aan."))
        else:
            self.form.set_people(data.interviewees, data.visits, detail.interviewee_ids, detail.field_visit_id)
            self.form.set_values(detail.held_on, detail.mode, detail.interviewers)
            text = detail.draft.text if detail.draft else detail.notes
            self.notes.blockSignals(True)
            self.notes.setPlainText(text)
            self.notes.moveCursor(QTextCursor.MoveOperation.End)  # carry on where the notes end
            self.notes.blockSignals(False)
            self._draft_pending = detail.draft is not None
            self.discard_button.setVisible(self._draft_pending)
            if detail.draft:
                self.status.setText(self.tr("Niet-opgeslagen concept van %1 hersteld").replace(
                    "%1", _clock(detail.draft.saved_at)))
            else:
                self.status.setText("")
            self.attachments.bind(self._submit, self._gateway, detail.id)
        self.autosaver.enabled = True
        self.autosaver.mark_clean()
        self._set_enabled(bool(data.dossiers))
        self.notes.setFocus()
        self.loaded.emit()

    def _dossier_changed(self, dossier_id: int) -> None:
        if self.is_open():
            self._submit(jobs.people_job(self._gateway, dossier_id),
                         lambda people: self.form.set_people(*people), self._failed)

    def _notes_edited(self) -> None:
        if self.is_open():
            self.autosaver.schedule()

    def _meta_edited(self) -> None:
        self._meta_dirty = True

    def _failed(self, exc: BaseException) -> None:
        detail = localise_message(str(exc)) if isinstance(exc, IbtdError) and str(exc) else type(exc).__name__
        self.status.setText(self.tr("Opslaan of laden mislukt: %1").replace("%1", detail))

    def _submit(self, fn: Callable[[], Any], ok: Callable[[Any], None] | None, fail: Callable[[BaseException], None] | None,
                **kwargs: Any) -> None:
        """Run ``fn`` on the runner; results for an interview no longer open are dropped."""
        if self._run is None:
            return
        session = self._session

        def current(callback: Callable[[Any], None] | None) -> Callable[[Any], None] | None:
            if callback is None:
                return None
            return lambda value: callback(value) if self._session == session else None

        self._run(fn, current(ok), current(fail), **kwargs)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.form, self.notes, self.save_button, self.close_button):
            widget.setEnabled(enabled)
        self.close_button.setEnabled(True)
