"""The residual scan as the inspector types: debounced, off the GUI thread, stale results dropped.

The scanner (a pure function with the dossier's people loaded once) comes from
``drafting.residual_scanner`` on the database thread; each scan then runs on the runner's CPU
pool (``database=False``), so typing never waits for the scan nor the scan for the database.
"""

from __future__ import annotations

import threading
from collections import deque
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QObject, QTimer, Signal

from ibtd_desktop.services.summaries import drafting
from ibtd_desktop.services.summaries.safeguards import ResidualReport

if TYPE_CHECKING:
    from ibtd_desktop.ui.tasks import TaskRunner

DEBOUNCE_MS = 400


class ResidualScanController(QObject):
    """``schedule(text)`` after each edit; ``scanned(report, text)`` with the latest text's report."""

    scanned = Signal(object, str)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None, *, debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._scan_now)
        self._runner: "TaskRunner | None" = None
        self._scanner: Callable[[str], ResidualReport] | None = None
        self._text = ""
        self._generation = 0
        self.scan_threads: deque[int] = deque(maxlen=32)  # which threads ran the last scans (tests: not the GUI's)

    def start(self, vault: Any, runner: "TaskRunner", summary_id: int, text: str) -> None:
        """(Re)load the scanner for a summary (after clearances changed too) and scan ``text``."""
        self._runner = runner
        self._scanner = None
        self._generation += 1
        generation = self._generation
        self._text = text
        runner.run(lambda: drafting.residual_scanner(summary_id, vault.uow()),
                   lambda scanner: self._scanner_ready(generation, scanner), self.failed.emit, owner=self)

    def stop(self) -> None:
        self._timer.stop()
        self._generation += 1
        self._scanner = None
        self._runner = None

    def schedule(self, text: str) -> None:
        self._text = text
        if self._scanner is not None:
            self._timer.start()

    def is_pending(self) -> bool:
        return self._timer.isActive()

    def _scanner_ready(self, generation: int, scanner: Callable[[str], ResidualReport]) -> None:
        if generation != self._generation:
            return
        self._scanner = scanner
        self._scan_now()

    def _scan_now(self) -> None:
        if self._scanner is None or self._runner is None:
            return
        self._generation += 1
        generation, text, scanner = self._generation, self._text, self._scanner
        threads = self.scan_threads

        def scan() -> ResidualReport:  # worker thread
            threads.append(threading.get_ident())
            return scanner(text)

        self._runner.run(scan, lambda report: self._deliver(generation, report, text), self.failed.emit,
                         owner=self, database=False, label="")

    def _deliver(self, generation: int, report: ResidualReport, text: str) -> None:
        if generation == self._generation:  # a newer edit is on its way: drop this one
            self.scanned.emit(report, text)
