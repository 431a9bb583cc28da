"""Composition root of the desktop app: arguments, bootstrap, first run or unlock, wiring.

This is the only module that knows every part: it builds the TaskRunner, the main window, the
lock controller and the dialogs, hands them the service functions they call, and plugs in the
feature pages. Nothing imports this module.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ibtd_desktop import __version__
from ibtd_desktop import settings as opts
from ibtd_desktop.settings import Settings
from ibtd_desktop.ui import i18n
from ibtd_desktop.ui.dialogs.first_run import FirstRunDialog
from ibtd_desktop.ui.dialogs.settings_dialog import SettingsDialog
from ibtd_desktop.ui.dialogs.unlock import DelayTimer, UnlockDialog, UnlockThrottle
from ibtd_desktop.ui.dialogs.users import AddUserDialog
from ibtd_desktop.ui.lock import IdleTimer, LockController
from ibtd_desktop.ui.main_window import MainWindow
from ibtd_desktop.ui.navigation import Section
from ibtd_desktop.ui.search.controller import SearchController
from ibtd_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

# Feature pages, imported lazily ("module:Class"); a page not written yet keeps its placeholder.
# Each class is constructed without arguments and implements ui.navigation.Page.
PAGE_CLASSES: dict[Section, str] = {
    Section.DOSSIERS: "ibtd_desktop.ui.investigations.page:InvestigationsPage",
    Section.SIGNALS: "ibtd_desktop.ui.signals.page:SignalsPage",
    Section.INTERVIEWS: "ibtd_desktop.ui.interviews.page:InterviewsPage",
    Section.SUMMARIES: "ibtd_desktop.ui.summaries.page:SummariesPage",
    Section.OUTGOING: "ibtd_desktop.ui.outgoing.page:OutgoingPage",
}

DEMO_FOLDER_NAME = "demo"


@dataclass(frozen=True)
class LaunchOptions:
    demo: bool = False
    vault: Path | None = None
    lang: str | None = None


def parse_args(argv: list[str] | None) -> LaunchOptions:
    parser = argparse.ArgumentParser(prog="ibtd-desktop", description="IBTD desktop: encrypted case management.")
    parser.add_argument("--version", action="version", version=f"ibtd-desktop {__version__}")
    parser.add_argument("--demo", action="store_true", help="open the demo vault (created on first use)")
    parser.add_argument("--vault", type=Path, metavar="PATH", help="open the vault folder at PATH")
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help="UI language for this session")
    args = parser.parse_args(argv)
    if args.demo and args.vault:
        parser.error("--demo and --vault cannot be combined")
    return LaunchOptions(demo=args.demo, vault=args.vault, lang=args.lang)


# -- the service functions the shell needs, imported late so the GUI starts fast -------------
def _vault_service():
    return importlib.import_module("ibtd_desktop.services.vault")


def vault_exists(folder: Path) -> bool:
    """Something is in the folder: ask for the passphrase (the unlock explains a damaged vault),
    never offer to create a vault over it."""
    return folder.is_dir() and any(folder.iterdir())


def prepare_demo_vault(folder: Path, interviews: int | None = None) -> str:
    """Create the demo vault if missing; returns its passphrase. Runs on the database thread.

    ``interviews`` overrides the demo's size (tests use a small one)."""
    demo = _demo_service()
    opened = demo.ensure_demo_vault(folder) if interviews is None else demo.ensure_demo_vault(folder, interviews)
    opened.lock()  # it comes back unlocked; the user unlocks it with the shown passphrase
    return str(demo.DEMO_PASSPHRASE)


def _demo_service():
    return importlib.import_module("ibtd_desktop.services.demo")


class AppShell(QObject):
    """Owns the session: which vault, which dialogs, the window and the lock controller."""

    quit_requested = Signal()

    def __init__(
        self,
        options: LaunchOptions,
        settings: Settings,
        *,
        runner: TaskRunner | None = None,
        unlock_timer: DelayTimer | None = None,
        idle_timer: IdleTimer | None = None,
        data_dir: Callable[[], Path] | None = None,
        page_classes: dict[Section, str] | None = None,
        prepare_demo: Callable[[Path], str] = prepare_demo_vault,
    ) -> None:
        super().__init__()
        self.options = options
        self.settings = settings
        self.runner = runner or TaskRunner(self)
        self.throttle = UnlockThrottle()
        self._unlock_timer = unlock_timer
        self._data_dir = data_dir or _default_data_dir
        self._prepare_demo = prepare_demo
        self.demo_passphrase: str | None = None
        self.folder = self._choose_folder()
        self.window = MainWindow(self.runner)
        self.search = SearchController(self.window, self.runner, parent=self)  # Ctrl+F, app-wide
        self._plug_pages(PAGE_CLASSES if page_classes is None else page_classes)
        self.lock = LockController(
            self.window, self.runner, self._make_unlock_dialog,
            idle_minutes=settings.get(opts.IDLE_LOCK_MINUTES), idle_timer=idle_timer, parent=self,
        )
        self.dialog: QDialog | None = None
        self.window.settings_requested.connect(self.open_settings)
        self.window.add_user_requested.connect(self.open_add_user)
        self.window.close_requested.connect(self.quit)
        self.lock.quit_requested.connect(self.quit)
        self.lock.unlocked.connect(self.search.attach)
        self.lock.locked.connect(self.search.detach)
        self.runner.orphan_failure.connect(self._report_orphan_failure)

    # -- start-up ---------------------------------------------------------------------------
    def start(self) -> None:
        if self.options.demo:
            # Show the unlock screen at once; creating the demo takes seconds on first use.
            dialog = self._make_unlock_dialog()
            dialog.set_preparing(True)
            self._show_dialog(dialog)
            self.runner.run(
                lambda: self._prepare_demo(self.folder), self._demo_ready, self._startup_failed, owner=self
            )
        elif vault_exists(self.folder):
            self._show_dialog(self._make_unlock_dialog())
        else:
            dialog = FirstRunDialog(self.folder, _vault_service().create_vault, self.runner)
            dialog.vault_created.connect(self._vault_opened)
            dialog.rejected.connect(self.quit)
            self._show_dialog(dialog)

    def _demo_ready(self, passphrase: str) -> None:
        self.demo_passphrase = passphrase
        if isinstance(self.dialog, UnlockDialog):
            self.dialog.set_demo_passphrase(passphrase, self._demo_reviewer())
            self.dialog.set_preparing(False)

    @staticmethod
    def _demo_reviewer() -> tuple[str, str]:
        demo = _demo_service()
        return demo.DEMO_REVIEWER, demo.DEMO_REVIEWER_PASSPHRASE

    def _startup_failed(self, exc: BaseException) -> None:
        self.window.report_failure(exc, startup=True)
        self.quit()

    def _make_unlock_dialog(self) -> UnlockDialog:
        folder = self.folder
        parent = self.window if self.window.isVisible() else None
        dialog = UnlockDialog(
            folder, self._unlock_function(folder), self.runner,
            throttle=self.throttle, timer=self._unlock_timer, demo_passphrase=self.demo_passphrase,
            demo_reviewer=self._demo_reviewer() if self.demo_passphrase else None, parent=parent,
        )
        if parent is None:  # start-up: the lock controller is not involved yet
            dialog.unlocked.connect(self._vault_opened)
            dialog.rejected.connect(self.quit)
        return dialog

    def _unlock_function(self, folder: Path) -> Callable[[str], Any]:
        hint = self.settings.get(opts.LAST_SLOT_HINT) or None

        def unlock(passphrase: str) -> Any:  # database thread
            return _vault_service().unlock_vault(folder, passphrase, slot_hint=hint)

        return unlock

    def _show_dialog(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.open()

    def _vault_opened(self, vault: Any) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        if not self.options.demo:
            self.settings.set(opts.LAST_VAULT_FOLDER, str(self.folder))
            self.settings.set(opts.LAST_SLOT_HINT, str(getattr(vault, "slot_id", "") or ""))
        self.lock.set_vault(vault)
        self.window.restore_geometry_state(self.settings.get(opts.WINDOW_GEOMETRY))
        self.window.show()

    # -- menu actions ------------------------------------------------------------------------
    def open_settings(self) -> QDialog:
        dialog = SettingsDialog(self.settings, self.window)
        dialog.accepted.connect(self.apply_settings)
        self._open_menu_dialog(dialog)
        return dialog

    def apply_settings(self) -> None:
        i18n.install_language(self.settings.get(opts.LANGUAGE))
        self.lock.set_idle_minutes(self.settings.get(opts.IDLE_LOCK_MINUTES))

    def open_add_user(self) -> QDialog | None:
        vault = self.lock.vault
        if vault is None:
            return None
        dialog = AddUserDialog(vault.add_user, self.runner, self.window)
        self._open_menu_dialog(dialog)
        return dialog

    def _open_menu_dialog(self, dialog: QDialog) -> None:
        # A lock closes it: nothing opened from the menu may outlive the unlocked session.
        self.lock.locked.connect(dialog.reject)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def quit(self) -> None:
        if self.window.isVisible():
            self.settings.set(opts.WINDOW_GEOMETRY, self.window.geometry_state())
        self.search.detach()
        self.lock.shutdown()
        self.lock.dispose()
        self.window.allow_close()
        self.window.close()
        self.quit_requested.emit()

    def _report_orphan_failure(self, exc: BaseException) -> None:
        self.window.report_failure(exc)

    # -- wiring helpers ----------------------------------------------------------------------
    def _choose_folder(self) -> Path:
        if self.options.vault is not None:
            return self.options.vault.expanduser().resolve()
        if self.options.demo:
            return self._data_dir() / DEMO_FOLDER_NAME
        last = self.settings.get(opts.LAST_VAULT_FOLDER)
        return Path(last) if last else self._data_dir() / "vault"

    def _plug_pages(self, page_classes: dict[Section, str]) -> None:
        for section, target in page_classes.items():
            page = load_page(target)
            if page is not None:
                self.window.navigation.set_page(section, page)
        self._connect_interview_requests()

    def _connect_interview_requests(self) -> None:
        """A page asking to open an interview (a dossier's Gesprekken tab) shows it in the
        Gesprekken section, if that section's page can open one."""
        navigation = self.window.navigation
        open_interview = getattr(navigation.page(Section.INTERVIEWS), "open_interview", None)
        if open_interview is None:
            return

        def show(interview_id: int) -> None:
            navigation.show_section(Section.INTERVIEWS)
            open_interview(interview_id)

        self.search.interview_requested.connect(show)
        open_dossier = getattr(navigation.page(Section.DOSSIERS), "open_dossier", None)
        if open_dossier is not None:  # search hits on a dossier, or a signal/visit of one
            self.search.dossier_requested.connect(
                lambda investigation_id: (navigation.show_section(Section.DOSSIERS), open_dossier(investigation_id)))
        new_interview = getattr(navigation.page(Section.INTERVIEWS), "new_interview", None)
        for page in navigation.pages():
            request = getattr(page, "interview_open_requested", None)
            if request is not None:
                request.connect(show)
            start = getattr(page, "interview_new_requested", None)  # a dossier starts one in itself
            if start is not None and new_interview is not None:
                start.connect(lambda dossier_id: (navigation.show_section(Section.INTERVIEWS), new_interview(dossier_id)))


def load_page(target: str, *, strict: bool = False) -> QWidget | None:
    """Construct the page at ``"module:Class"``; None if that feature has not landed yet.

    A page that is there but broken is logged and left out (the section keeps its placeholder)
    so one faulty feature cannot stop the app from starting; tests load with ``strict=True``.
    """
    module_name, _, class_name = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name is not None and (module_name == exc.name or module_name.startswith(exc.name + ".")):
            return None
        if strict:
            raise
        log.exception("feature page %s could not be imported", target)
        return None
    except Exception:
        if strict:
            raise
        log.exception("feature page %s could not be imported", target)
        return None
    try:
        return getattr(module, class_name)()
    except Exception:
        if strict:
            raise
        log.exception("feature page %s could not be constructed", target)
        return None


def _default_data_dir() -> Path:
    from ibtd_desktop.paths import data_dir

    return data_dir()


def bootstrap(argv: list[str] | None = None) -> AppShell:
    """Arguments, the QApplication, settings and language, and the shell (not started yet)."""
    options = parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("ibtd-desktop")
    app.setApplicationVersion(__version__)
    settings = Settings.default()
    i18n.install_language(options.lang or settings.get(opts.LANGUAGE))
    shell = AppShell(options, settings)
    shell.quit_requested.connect(app.quit)
    return shell


def main(argv: list[str] | None = None) -> int:
    # Before anything touches the disk: private umask, no core dumps, content-free log.
    from ibtd_desktop.bootstrap import harden_process
    from ibtd_desktop.paths import log_dir

    harden_process(log_dir())
    shell = bootstrap(argv)
    shell.start()
    return QApplication.instance().exec()


def run() -> None:
    """Entry point of ``ibtd-desktop`` and ``python -m ibtd_desktop``."""
    sys.exit(main())
