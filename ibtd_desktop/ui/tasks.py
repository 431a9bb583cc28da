"""The one way the UI runs slow work without blocking the GUI thread.

``TaskRunner.run(fn, on_success, on_failure, owner)`` runs ``fn`` on a worker thread and delivers
the result (or ANY exception) on the GUI thread. Database work goes to a pool of exactly one
thread, so tasks touching the vault run one after another in submission order (a lock submitted
after a save runs after it). Callbacks are dropped when their owner QObject has been destroyed,
or when ``drop_pending_callbacks()`` was called after the task was submitted (lock).

Work that runs longer than ``BUSY_AFTER_MS`` turns on ``busy_changed(True, label)``; a task that
asks for a ``ProgressReporter`` can report ``progress(done, total)`` as well.
"""

from __future__ import annotations

import itertools
import logging
import threading
from dataclasses import dataclass
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Qt, Signal, Slot

log = logging.getLogger(__name__)

BUSY_AFTER_MS = 500

SuccessCallback = Callable[[Any], None]
FailureCallback = Callable[[BaseException], None]


class ProgressReporter:
    """Handed to a task that asked for it; thread-safe, cheap to call often."""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit
        self._cancelled = threading.Event()

    def report(self, done: int, total: int, text: str = "") -> None:
        self._emit(done, total, text)

    @property
    def cancelled(self) -> bool:
        """Set when the owner is gone; a long task may stop early."""
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()


@dataclass
class _Pending:
    owner: QObject | None
    on_success: SuccessCallback | None
    on_failure: FailureCallback | None
    label: str
    epoch: int
    reporter: ProgressReporter | None


class _Job(QRunnable):
    def __init__(self, task_id: int, fn: Callable[[], Any], done: Callable[[int, bool, Any], None]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task_id = task_id
        self._fn = fn
        self._done = done

    def run(self) -> None:  # worker thread
        try:
            result = self._fn()
        except BaseException as exc:  # noqa: BLE001 - every failure goes to on_failure
            ok, value = False, exc
        else:
            ok, value = True, result
        try:
            self._done(self._task_id, ok, value)
        except RuntimeError:  # the runner is gone (app shutting down): nobody to tell
            log.debug("task finished after its runner was deleted")


class TaskRunner(QObject):
    """Lives on the GUI thread. ``synchronous=True`` runs tasks inline (tests, scripts)."""

    busy_changed = Signal(bool, str)
    progress = Signal(int, int, str)
    # A failure whose callback was dropped by a lock: still shown, never lost silently.
    orphan_failure = Signal(object)

    _finished = Signal(int, bool, object)
    _progressed = Signal(int, int, int, str)

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._db_pool = QThreadPool(self)
        self._db_pool.setMaxThreadCount(1)
        self._cpu_pool = QThreadPool(self)
        self._cpu_pool.setMaxThreadCount(max(1, QThreadPool.globalInstance().maxThreadCount() - 1))
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._epoch = 0
        self._busy_label = ""
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._progressed.connect(self._relay_progress, Qt.ConnectionType.QueuedConnection)

    # -- public API -------------------------------------------------------------------------
    def run(
        self,
        fn: Callable[..., Any],
        on_success: SuccessCallback | None = None,
        on_failure: FailureCallback | None = None,
        owner: QObject | None = None,
        *,
        database: bool = True,
        with_progress: bool = False,
        label: str = "",
    ) -> int:
        """Run ``fn()`` (or ``fn(reporter)`` with ``with_progress``) off the GUI thread.

        ``database=False`` sends pure CPU work (e.g. Argon2, PDF rendering of data already
        loaded) to a separate pool so it does not queue behind database work. Returns a task id.
        """
        task_id = next(self._ids)
        reporter = ProgressReporter(lambda d, t, s: self._progressed.emit(task_id, d, t, s)) if with_progress else None
        self._pending[task_id] = _Pending(owner, on_success, on_failure, label, self._epoch, reporter)
        call = (lambda: fn(reporter)) if reporter is not None else fn
        if self.synchronous:
            try:
                result = call()
            except BaseException as exc:  # noqa: BLE001
                self._deliver(task_id, False, exc)
            else:
                self._deliver(task_id, True, result)
            return task_id
        QTimer.singleShot(BUSY_AFTER_MS, self, lambda: self._maybe_show_busy(task_id))
        pool = self._db_pool if database else self._cpu_pool
        pool.start(_Job(task_id, call, self._finished.emit))
        return task_id

    def is_busy(self) -> bool:
        return bool(self._pending)

    def drop_pending_callbacks(self) -> None:
        """Forget the callbacks of every task submitted so far (used on lock); the tasks still run."""
        self._epoch += 1
        for pending in self._pending.values():
            if pending.reporter is not None:
                pending.reporter.cancel()

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until both pools are idle (shutdown, tests). Callbacks still arrive via events."""
        return self._db_pool.waitForDone(msecs) and self._cpu_pool.waitForDone(msecs)

    # -- GUI-thread delivery ----------------------------------------------------------------
    @Slot(int, bool, object)
    def _deliver(self, task_id: int, ok: bool, value: Any) -> None:
        pending = self._pending.pop(task_id, None)
        if not self._pending and self._busy_label:
            self._busy_label = ""
            self.busy_changed.emit(False, "")
        if pending is None:
            return
        if pending.epoch != self._epoch:
            if not ok:
                self.orphan_failure.emit(value)
            return
        if pending.owner is not None and not shiboken6.isValid(pending.owner):
            return
        callback = pending.on_success if ok else pending.on_failure
        if callback is not None:
            callback(value)
        elif not ok:
            log.error("background task failed: %s", type(value).__name__)
            self.orphan_failure.emit(value)

    @Slot(int, int, int, str)
    def _relay_progress(self, task_id: int, done: int, total: int, text: str) -> None:
        pending = self._pending.get(task_id)
        if pending is None or pending.epoch != self._epoch:
            return
        self.progress.emit(done, total, text)

    def _maybe_show_busy(self, task_id: int) -> None:
        pending = self._pending.get(task_id)
        if pending is None or self._busy_label:
            return
        self._busy_label = pending.label or " "
        self.busy_changed.emit(True, pending.label)
