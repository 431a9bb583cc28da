"""Shared fixtures for the UI tests: message boxes answered in advance, Dutch UI, test doubles
for the timers the shell waits on."""

from __future__ import annotations

import gc
from typing import Callable

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal

from ibtd_desktop.ui import i18n
from ibtd_desktop.ui.messages import MessageBox


@pytest.fixture(autouse=True)
def _no_blocking_message_boxes(qapp):
    MessageBox.set_non_interactive(True)
    yield
    MessageBox.set_non_interactive(False)


@pytest.fixture(autouse=True)
def _collect_qt_garbage(qapp):
    """Collect garbage at each test's teardown, with its deletes processed and no task running,
    and not automatically while it runs: left to chance, the collector freed wrappers on the
    GUI thread while a worker thread created a vault, and the worker crashed (seen once, CI
    run of 2026-12-04; not reproduced under collector stress)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        if enabled:
            gc.enable()


@pytest.fixture(autouse=True)
def _dutch_ui(qapp):
    i18n.install_language("nl")
    yield
    i18n.install_language("nl")


class FakeDelayTimer:
    """Records the waits the unlock dialog asks for; ``fire()`` ends the current one."""

    def __init__(self) -> None:
        self.requested: list[int] = []
        self._pending: list[Callable[[], None]] = []

    def start(self, seconds: int, owner: QObject, callback: Callable[[], None]) -> None:
        self.requested.append(seconds)
        self._pending.append(callback)

    def fire(self) -> None:
        self._pending.pop(0)()


class FakeIdleTimer(QObject):
    """QTimer look-alike for the idle lock: counts restarts, fires on demand."""

    timeout = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.interval = 0
        self.active = False
        self.starts = 0

    def setInterval(self, msec: int) -> None:  # noqa: N802 - QTimer API
        self.interval = msec

    def setSingleShot(self, single: bool) -> None:  # noqa: N802 - QTimer API
        pass

    def start(self) -> None:
        self.active = True
        self.starts += 1

    def stop(self) -> None:
        self.active = False

    def fire(self) -> None:
        assert self.active, "an idle timer that is not running cannot fire"
        self.active = False
        self.timeout.emit()


@pytest.fixture
def delay_timer() -> FakeDelayTimer:
    return FakeDelayTimer()


@pytest.fixture
def idle_timer() -> FakeIdleTimer:
    return FakeIdleTimer()
