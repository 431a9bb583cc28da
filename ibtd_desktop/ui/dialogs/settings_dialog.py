"""Settings: UI language and the idle auto-lock. Reads and writes the typed settings registry."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from ibtd_desktop import settings as opts
from ibtd_desktop.settings import Settings

# Language names are shown in their own language, so nobody is stuck in a language they cannot read.
_LANGUAGE_NAMES = (("nl", "Nederlands"), ("en", "English"))


class SettingsDialog(QDialog):
    """``accept()`` stores the values; the caller then applies them (language, idle timeout)."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._settings = settings
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in _LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(opts.LANGUAGE))))
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idleMinutes")
        self.idle_minutes.setRange(opts.IDLE_LOCK_MINUTES.minimum or 1, opts.IDLE_LOCK_MINUTES.maximum or 240)
        self.idle_minutes.setValue(settings.get(opts.IDLE_LOCK_MINUTES))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._labels = [QLabel(), QLabel()]
        form = QFormLayout()
        form.addRow(self._labels[0], self.language)
        form.addRow(self._labels[1], self.idle_minutes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()

    def accept(self) -> None:
        self._settings.set(opts.LANGUAGE, self.language.currentData())
        self._settings.set(opts.IDLE_LOCK_MINUTES, self.idle_minutes.value())
        super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Instellingen"))
        self._labels[0].setText(self.tr("Taal"))
        self._labels[1].setText(self.tr("Automatisch vergrendelen na"))
        self.idle_minutes.setSuffix(self.tr(" min. zonder gebruik"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
