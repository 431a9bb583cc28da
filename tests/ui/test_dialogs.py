"""First-run, unlock, settings and add-user dialogs, against injected service calls."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt

from ibtd_desktop import settings as opts
from ibtd_desktop.domain.errors import NotAVault, WeakPassphrase, WrongPassphrase
from ibtd_desktop.domain.users import Role, UserRow
from ibtd_desktop.settings import Settings
from ibtd_desktop.ui.dialogs.first_run import FirstRunDialog
from ibtd_desktop.ui.dialogs.settings_dialog import SettingsDialog
from ibtd_desktop.ui.dialogs.unlock import UnlockDialog, UnlockThrottle
from ibtd_desktop.ui.dialogs.users import AddUserDialog
from ibtd_desktop.ui.tasks import TaskRunner

STRONG = "zeilboot-kroket-lantaarn-pinguin-47"


@dataclass
class _Opened:
    folder: Path
    user: UserRow


def test_first_run_needs_name_and_a_strong_matching_passphrase(qtbot, tmp_path):
    calls = []
    dialog = FirstRunDialog(tmp_path / "v", lambda *a: calls.append(a) or "vault", TaskRunner())
    qtbot.addWidget(dialog)
    assert not dialog.ok_button().isEnabled()
    dialog.user_name.setText("Inspecteur Test")
    dialog.passphrase.passphrase.setText("kort")
    assert "korter dan 12 tekens" in dialog.passphrase.reason.text()
    assert not dialog.ok_button().isEnabled()
    dialog.passphrase.passphrase.setText(STRONG)
    dialog.passphrase.repeat.setText(STRONG + "x")
    assert dialog.passphrase.reason.text() == "De twee wachtzinnen zijn niet gelijk."
    assert not dialog.ok_button().isEnabled()
    dialog.passphrase.repeat.setText(STRONG)
    assert dialog.passphrase.meter.value() == 4
    assert dialog.ok_button().isEnabled()
    with qtbot.waitSignal(dialog.vault_created) as created:
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert created.args == ["vault"]
    assert calls == [(tmp_path / "v", "Inspecteur Test", STRONG)]
    assert dialog.passphrase.text() == ""  # not kept in the widget after use


def test_first_run_shows_the_services_refusal(qtbot, tmp_path):
    def refuse(*_args):
        raise WeakPassphrase("Wachtzin is te voorspelbaar / passphrase is too predictable")

    dialog = FirstRunDialog(tmp_path, refuse, TaskRunner())
    qtbot.addWidget(dialog)
    dialog.user_name.setText("Inspecteur Test")
    dialog.passphrase.passphrase.setText(STRONG)
    dialog.passphrase.repeat.setText(STRONG)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error.text() == "Wachtzin is te voorspelbaar")
    assert dialog.result() == 0 and dialog.ok_button().isEnabled()


def _unlock_dialog(qtbot, tmp_path, delay_timer, unlock, **kwargs):
    dialog = UnlockDialog(tmp_path, unlock, TaskRunner(), timer=delay_timer, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def _try(qtbot, dialog, passphrase):
    dialog.passphrase.setText(passphrase)
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.passphrase.isEnabled())


def test_wrong_passphrase_shows_error_and_the_delay_grows(qtbot, tmp_path, delay_timer):
    user = UserRow(1, "Inspecteur Test", Role.INSPECTOR)

    def unlock(passphrase):
        if passphrase != STRONG:
            raise WrongPassphrase("Onjuiste wachtzin / wrong passphrase")
        return _Opened(tmp_path, user)

    dialog = _unlock_dialog(qtbot, tmp_path, delay_timer, unlock)
    for attempt in range(3):
        _try(qtbot, dialog, "fout")
        assert dialog.error.text().startswith("Onjuiste wachtzin.")
        assert dialog.passphrase.text() == ""
        # While waiting, even a typed passphrase cannot be submitted.
        dialog.passphrase.setText(STRONG)
        assert dialog.is_waiting() and not dialog.ok_button().isEnabled()
        dialog.submit()
        assert len(delay_timer.requested) == attempt + 1
        delay_timer.fire()
        assert dialog.ok_button().isEnabled()
    assert delay_timer.requested == [1, 2, 4]
    assert "Wacht 4 s" not in dialog.error.text()
    with qtbot.waitSignal(dialog.unlocked) as unlocked:
        _try(qtbot, dialog, STRONG)
    assert unlocked.args[0].user == user
    assert dialog.throttle.failures == 0


def test_throttle_survives_a_new_dialog_and_is_capped():
    throttle = UnlockThrottle(max_seconds=30)
    delays = [throttle.register_failure() for _ in range(8)]
    assert delays == [1, 2, 4, 8, 16, 30, 30, 30]


def test_not_a_vault_is_explained(qtbot, tmp_path, delay_timer):
    def unlock(_passphrase):
        raise NotAVault("x")

    dialog = _unlock_dialog(qtbot, tmp_path, delay_timer, unlock)
    _try(qtbot, dialog, "iets")
    assert "geen bruikbare kluis" in dialog.error.text()
    assert delay_timer.requested == []


def test_demo_passphrase_is_shown_only_for_the_demo(qtbot, tmp_path, delay_timer):
    demo = _unlock_dialog(qtbot, tmp_path, delay_timer, lambda p: None, demo_passphrase="demo-wachtzin-123")
    plain = _unlock_dialog(qtbot, tmp_path, delay_timer, lambda p: None)
    assert "demo-wachtzin-123" in demo.demo_hint.text()
    assert not demo.demo_hint.isHidden()
    assert plain.demo_hint.isHidden()


def test_settings_dialog_stores_language_and_idle_minutes(qtbot, tmp_path):
    settings = Settings(tmp_path / "settings.json")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.idle_minutes.value() == 5
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.idle_minutes.setValue(12)
    dialog.accept()
    reloaded = Settings(tmp_path / "settings.json")
    assert reloaded.get(opts.LANGUAGE) == "en"
    assert reloaded.get(opts.IDLE_LOCK_MINUTES) == 12


def test_add_user_dialog_passes_name_role_and_passphrase(qtbot):
    calls = []
    dialog = AddUserDialog(lambda *a: calls.append(a) or UserRow(2, a[0], a[1]), TaskRunner())
    qtbot.addWidget(dialog)
    dialog.user_name.setText("Beoordelaar B")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.REVIEWER))
    assert dialog.role.currentText() == "Beoordelaar"
    dialog.passphrase.passphrase.setText(STRONG)
    dialog.passphrase.repeat.setText(STRONG)
    with qtbot.waitSignal(dialog.user_added) as added:
        dialog.submit()
    assert calls == [("Beoordelaar B", Role.REVIEWER, STRONG)]
    assert added.args[0].role is Role.REVIEWER
