"""Whole shell flows against a REAL vault in tmp_path: first run, lock, unlock, demo, language."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ibtd_desktop import __version__
from ibtd_desktop import settings as opts
from ibtd_desktop.app import AppShell, LaunchOptions, parse_args, prepare_demo_vault
from ibtd_desktop.domain.errors import VaultLocked
from ibtd_desktop.services.vault import unlock_vault
from ibtd_desktop.settings import Settings
from ibtd_desktop.ui.dialogs.first_run import FirstRunDialog
from ibtd_desktop.ui.dialogs.unlock import UnlockDialog
from ibtd_desktop.ui.navigation import Section

PASSPHRASE = "zeilboot-kroket-lantaarn-pinguin-47"
PAGES = {Section.DOSSIERS: "tests.ui.fakes:UsersPage"}


@pytest.fixture
def make_shell(qtbot, tmp_path, delay_timer, idle_timer):
    shells = []

    def make(options: LaunchOptions = LaunchOptions()) -> AppShell:
        shell = AppShell(
            options, Settings(tmp_path / "config" / "settings.json"), unlock_timer=delay_timer,
            idle_timer=idle_timer, data_dir=lambda: tmp_path / "data", page_classes=PAGES,
            prepare_demo=lambda folder: prepare_demo_vault(folder, interviews=3),
        )
        qtbot.addWidget(shell.window)
        shells.append(shell)
        return shell

    yield make
    for shell in shells:
        shell.quit()


def _create_first_vault(qtbot, shell: AppShell):
    shell.start()
    dialog = shell.dialog
    assert isinstance(dialog, FirstRunDialog) and dialog.isVisible()
    dialog.user_name.setText("Inspecteur Test")
    dialog.passphrase.passphrase.setText(PASSPHRASE)
    dialog.passphrase.repeat.setText(PASSPHRASE)
    with qtbot.waitSignal(shell.lock.unlocked, timeout=20000):
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    return shell.lock.vault


def test_first_run_creates_a_real_vault_then_lock_and_unlock(qtbot, make_shell, tmp_path):
    shell = make_shell()
    vault = _create_first_vault(qtbot, shell)
    folder = tmp_path / "data" / "vault"
    assert (folder / "keyslots.json").exists() and (folder / "vault.db").exists()
    assert b"Inspecteur Test" not in (folder / "vault.db").read_bytes()
    assert shell.settings.get(opts.LAST_VAULT_FOLDER) == str(folder)
    page = shell.window.navigation.page(Section.DOSSIERS)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert shell.window.isVisible()
    assert shell.window.user_label.text() == "Gebruiker: Inspecteur Test (Inspecteur)"

    shell.window.activateWindow()
    assert QTest.qWaitForWindowActive(shell.window)
    QTest.keyClick(shell.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: vault.is_locked)
    with pytest.raises(VaultLocked):
        vault.uow()
    assert page.saves == 1 and page.model.rowCount() == 0 and page.vault is None
    assert shell.window.lock_label.text() == "Vergrendeld"
    dialog = shell.lock.unlock_dialog
    assert isinstance(dialog, UnlockDialog) and dialog.isVisible()

    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(shell.lock.unlocked, timeout=20000) as unlocked:
        dialog.submit()
    again = unlocked.args[0]
    assert again is not vault and not again.is_locked
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.item(0).text() == "Inspecteur Test"
    assert shell.window.lock_label.text() == "Ontgrendeld"


def test_second_start_asks_for_the_passphrase_and_delays_wrong_ones(qtbot, make_shell, delay_timer):
    _create_first_vault(qtbot, make_shell()).lock()
    shell = make_shell()
    shell.start()
    dialog = shell.dialog
    assert isinstance(dialog, UnlockDialog)
    for _ in range(2):
        dialog.passphrase.setText("niet de goede wachtzin")
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.is_waiting(), timeout=20000)
        assert dialog.error.text().startswith("Onjuiste wachtzin")
        delay_timer.fire()
    assert delay_timer.requested == [1, 2]
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(shell.lock.unlocked, timeout=20000):
        dialog.submit()
    assert shell.settings.get(opts.LAST_SLOT_HINT) == shell.lock.vault.slot_id


def test_idle_lock_on_the_real_vault(qtbot, make_shell, idle_timer):
    shell = make_shell()
    vault = _create_first_vault(qtbot, shell)
    assert idle_timer.interval == 5 * 60_000
    idle_timer.fire()
    qtbot.waitUntil(lambda: vault.is_locked)
    assert shell.window.is_locked()


def test_demo_opens_a_demo_vault_and_shows_its_passphrase(qtbot, make_shell, tmp_path):
    shell = make_shell(LaunchOptions(demo=True))
    shell.start()
    dialog = shell.dialog
    assert isinstance(dialog, UnlockDialog) and dialog.isVisible()
    assert dialog.error.text() == "De demokluis wordt voorbereid…"
    assert not dialog.passphrase.isEnabled()
    qtbot.waitUntil(lambda: dialog.passphrase.isEnabled(), timeout=60000)
    passphrase = shell.demo_passphrase
    assert passphrase and passphrase in dialog.demo_hint.text()
    assert shell.folder == tmp_path / "data" / "demo"
    dialog.passphrase.setText(passphrase)
    with qtbot.waitSignal(shell.lock.unlocked, timeout=20000):
        dialog.submit()
    assert shell.window.isVisible()
    assert shell.lock.vault.user.name == "Demo Inspecteur"
    # The demo never becomes the "last vault" that a normal start opens.
    assert shell.settings.get(opts.LAST_VAULT_FOLDER) == ""


def test_vault_option_opens_the_given_folder(qtbot, make_shell, tmp_path, make_vault):
    existing = make_vault("elsewhere")
    existing.lock()
    shell = make_shell(LaunchOptions(vault=existing.folder))
    shell.start()
    assert isinstance(shell.dialog, UnlockDialog) and shell.folder == existing.folder.resolve()


def test_language_switch_changes_visible_texts(qtbot, make_shell):
    shell = make_shell()
    _create_first_vault(qtbot, shell)
    window = shell.window
    assert window.lock_action.text() == "Vergrendel"
    assert window.navigation.section_titles()[:2] == ["Dossiers", "Signalen"]
    dialog = shell.open_settings()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.idle_minutes.setValue(7)
    dialog.accept()
    qtbot.waitUntil(lambda: window.lock_action.text() == "Lock")
    assert shell.lock._idle.interval == 7 * 60_000
    assert window.navigation.section_titles() == ["Cases", "Signals", "Interviews", "Summaries", "Outgoing"]
    assert window.lock_label.text() == "Unlocked"
    assert window.user_label.text() == "User: Inspecteur Test (Inspector)"
    empty = window.navigation.page(Section.SIGNALS)
    assert empty._text.text().startswith("Signals from citizens")
    shell.settings.set(opts.LANGUAGE, "nl")
    shell.apply_settings()
    qtbot.waitUntil(lambda: window.lock_action.text() == "Vergrendel")


def test_quit_saves_and_locks(qtbot, make_shell):
    shell = make_shell()
    vault = _create_first_vault(qtbot, shell)
    page = shell.window.navigation.page(Section.DOSSIERS)
    shell.window.resize(900, 640)
    shell.window.close()  # the window asks the shell, which saves and locks first
    assert vault.is_locked and page.saves == 1
    assert shell.settings.get(opts.WINDOW_GEOMETRY)
    assert not shell.window.isVisible()
    assert unlock_vault(vault.folder, PASSPHRASE).user.name == "Inspecteur Test"


def test_arguments():
    assert parse_args([]) == LaunchOptions()
    assert parse_args(["--demo", "--lang", "en"]) == LaunchOptions(demo=True, lang="en")
    with pytest.raises(SystemExit):
        parse_args(["--demo", "--vault", "x"])


def test_version_flag_prints_without_starting_qt():
    done = subprocess.run(
        [sys.executable, "-m", "ibtd_desktop", "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0
    assert done.stdout.strip() == f"ibtd-desktop {__version__}"


def test_default_pages_plug_in(qtbot, tmp_path):
    """Every feature page that exists imports, constructs without arguments and fulfils Page."""
    from ibtd_desktop.app import PAGE_CLASSES, load_page
    from ibtd_desktop.ui.navigation import Page

    for section, target in PAGE_CLASSES.items():
        page = load_page(target, strict=True)  # raises if the page is there but broken
        if page is not None:
            qtbot.addWidget(page)
            assert isinstance(page, Page), section
    shell = AppShell(LaunchOptions(), Settings(None), data_dir=lambda: tmp_path / "data")
    qtbot.addWidget(shell.window)
    try:
        assert len(shell.window.navigation.pages()) == len(Section)
    finally:
        shell.quit()


def test_a_broken_page_keeps_its_placeholder(qtbot, tmp_path):
    from ibtd_desktop.ui.navigation import EmptyPage

    broken = {Section.SIGNALS: "tests.ui.fakes:DoesNotExist"}
    shell = AppShell(LaunchOptions(), Settings(None), data_dir=lambda: tmp_path / "d", page_classes=broken)
    qtbot.addWidget(shell.window)
    try:
        assert isinstance(shell.window.navigation.page(Section.SIGNALS), EmptyPage)
    finally:
        shell.quit()


def test_bootstrap_takes_the_language_from_settings_or_lang(qtbot, monkeypatch, tmp_path):
    from ibtd_desktop.app import bootstrap

    monkeypatch.setenv("IBTD_CONFIG_DIR", str(tmp_path / "conf"))
    Settings.default().set(opts.LANGUAGE, "en")
    shell = bootstrap([])
    qtbot.addWidget(shell.window)
    try:
        assert shell.window.lock_action.text() == "Lock"
    finally:
        shell.quit()
    shell = bootstrap(["--lang", "nl"])
    qtbot.addWidget(shell.window)
    try:
        assert shell.window.lock_action.text() == "Vergrendel"
    finally:
        shell.quit()
