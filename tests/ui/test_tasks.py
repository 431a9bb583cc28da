"""TaskRunner: results and errors on the GUI thread, owners respected, one database thread."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication

from ibtd_desktop.ui.tasks import TaskRunner


def _gui_thread() -> QThread:
    return QApplication.instance().thread()


def test_result_arrives_on_gui_thread(qtbot):
    runner = TaskRunner()
    worker_threads: list[object] = []
    got: list[tuple[object, QThread]] = []

    def work() -> int:
        worker_threads.append(QThread.currentThread())
        return 42

    runner.run(work, lambda value: got.append((value, QThread.currentThread())))
    qtbot.waitUntil(lambda: bool(got))
    assert got[0][0] == 42
    assert got[0][1] is _gui_thread()
    assert worker_threads[0] is not _gui_thread()


def test_every_exception_goes_to_on_failure_on_gui_thread(qtbot):
    runner = TaskRunner()
    failures: list[tuple[BaseException, QThread]] = []

    def boom() -> None:
        raise KeyError("x")

    runner.run(boom, lambda _v: None, lambda exc: failures.append((exc, QThread.currentThread())))
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0][0], KeyError)
    assert failures[0][1] is _gui_thread()


def test_callbacks_of_a_destroyed_owner_are_dropped(qtbot):
    runner = TaskRunner()
    owner = QObject()
    release = threading.Event()
    delivered: list[object] = []
    other: list[object] = []

    runner.run(lambda: release.wait(5) and "late", delivered.append, delivered.append, owner=owner)
    shiboken6.delete(owner)
    release.set()
    # A later task on the same (single) database thread proves the first one finished and was delivered.
    runner.run(lambda: "next", other.append)
    qtbot.waitUntil(lambda: bool(other))
    assert delivered == []
    assert not runner.is_busy()


def test_database_work_runs_on_one_thread_in_order(qtbot):
    runner = TaskRunner()
    order: list[int] = []
    threads: set[int] = set()
    done: list[int] = []

    def job(i: int):
        def run() -> int:
            threads.add(threading.get_ident())
            order.append(i)
            return i

        return run

    for i in range(6):
        runner.run(job(i), done.append)
    qtbot.waitUntil(lambda: len(done) == 6)
    assert order == list(range(6))
    assert done == list(range(6))
    assert len(threads) == 1


def test_drop_pending_callbacks_forgets_earlier_tasks_but_reports_their_failures(qtbot):
    runner = TaskRunner()
    release = threading.Event()
    ok: list[object] = []
    orphans: list[BaseException] = []
    runner.orphan_failure.connect(orphans.append)

    def fail_later() -> None:
        release.wait(5)
        raise RuntimeError("disk full")

    runner.run(lambda: release.wait(5), ok.append)
    runner.run(fail_later, ok.append, ok.append)
    runner.drop_pending_callbacks()
    release.set()
    runner.run(lambda: "after", ok.append)
    qtbot.waitUntil(lambda: ok == ["after"])
    assert len(orphans) == 1 and isinstance(orphans[0], RuntimeError)


def test_busy_and_progress_are_reported_for_slow_work(qtbot):
    runner = TaskRunner()
    release = threading.Event()
    progress: list[tuple[int, int]] = []
    runner.progress.connect(lambda done, total, _text: progress.append((done, total)))

    def slow(reporter) -> str:
        reporter.report(1, 2)
        release.wait(5)
        reporter.report(2, 2)
        return "done"

    result: list[str] = []
    with qtbot.waitSignal(runner.busy_changed, timeout=3000) as busy_on:
        runner.run(slow, result.append, with_progress=True, label="Bezig")
    assert busy_on.args == [True, "Bezig"]
    with qtbot.waitSignal(runner.busy_changed, timeout=3000) as busy_off:
        release.set()
    assert busy_off.args == [False, ""]
    assert result == ["done"]
    assert progress[0] == (1, 2)


def test_synchronous_mode_runs_inline():
    runner = TaskRunner(synchronous=True)
    got: list[object] = []
    runner.run(lambda: 7, got.append)
    runner.run(lambda: 1 / 0, got.append, got.append)
    assert got[0] == 7 and isinstance(got[1], ZeroDivisionError)
