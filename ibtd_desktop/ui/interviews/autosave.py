"""Debounced autosave of the notes as a draft (``save_interview_draft``), so no edit is lost
when the app is killed or locks.

``schedule()`` on every edit restarts a single-shot timer (``DEBOUNCE_MS`` after typing stops);
``flush()`` writes now (focus-out, lock). The write itself is queued on the TaskRunner's
database thread; a lock queued after it runs after it. ``revision`` counts edits so a write that
finishes after newer typing does not mark the text clean.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Callable

from PySide6.QtCore import QObject, QTimer, Signal

DEBOUNCE_MS = 1500


class DraftAutosaver(QObject):
    saved = Signal(object)  # datetime of the stored draft
    failed = Signal(object)

    def __init__(
        self,
        run: Callable[..., Any],
        make_job: Callable[[str], Callable[[], datetime]],
        read_text: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        """``make_job(text)`` is called on the GUI thread (it may capture the form's state) and
        returns the job that stores the draft on the database thread."""
        super().__init__(parent)
        self._run = run
        self._make_job = make_job
        self._read_text = read_text
        self.timer = QTimer(self)  # public: tests fire it instead of sleeping
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.flush)
        self.revision = 0
        self._saved_revision = 0
        self.enabled = True

    def is_dirty(self) -> bool:
        return self.revision != self._saved_revision

    def schedule(self) -> None:
        self.revision += 1
        if self.enabled:
            self.timer.start()

    def mark_clean(self) -> None:
        """The text was saved another way (explicit save) or just loaded."""
        self.timer.stop()
        self._saved_revision = self.revision

    def flush(self) -> bool:
        """Queue a draft write of the current text if anything changed; True if queued."""
        self.timer.stop()
        if not self.enabled or not self.is_dirty():
            return False
        revision, job = self.revision, self._make_job(self._read_text())
        self._saved_revision = revision  # optimistic: a failure marks it dirty again
        self._run(job, self.saved.emit, lambda exc: self._failed(revision, exc))
        return True

    def stop(self) -> None:
        self.timer.stop()
        self.enabled = False

    def _failed(self, revision: int, exc: BaseException) -> None:
        if self._saved_revision == revision:
            self._saved_revision = -1
        self.failed.emit(exc)
