"""Base of the case-work edit dialogs: build a command, run it on the database thread, and show
the service's ``FieldError`` inline next to the form (the dialog stays open, nothing is lost).

Dialogs are opened with ``open()`` (never ``exec()``), so tests fill the widgets and press the
button; the page keeps the open dialog in ``page.dialog``.
"""

from __future__ import annotations

from typing import Any, Callable, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)

from ibtd_desktop.domain.casework.validation import FieldError
from ibtd_desktop.ui.investigations.calls import VaultCalls
from ibtd_desktop.ui.investigations.labels import error_text, text

# The services speak English in FieldError.problem; these are the ones a form can trigger.
_PROBLEMS = {
    "is required": QT_TRANSLATE_NOOP("CaseworkLabels", "is verplicht"),
    "at least one theme is required": QT_TRANSLATE_NOOP("CaseworkLabels", "kies minstens één thema"),
    "at least one domain is required": QT_TRANSLATE_NOOP("CaseworkLabels", "kies minstens één domein"),
    "expected a reference like IBTD-2023-007": QT_TRANSLATE_NOOP("CaseworkLabels", "verwacht een kenmerk als IBTD-2026-012"),
    "already used by another investigation": QT_TRANSLATE_NOOP("CaseworkLabels", "is al in gebruik bij een ander dossier"),
    "lies before the start date": QT_TRANSLATE_NOOP("CaseworkLabels", "ligt vóór de startdatum"),
    "lies before the consent date": QT_TRANSLATE_NOOP("CaseworkLabels", "ligt vóór de datum van toestemming"),
    "already exists": QT_TRANSLATE_NOOP("CaseworkLabels", "bestaat al"),
    "unknown theme": QT_TRANSLATE_NOOP("CaseworkLabels", "onbekend thema"),
    "a linked signal needs an investigation": QT_TRANSLATE_NOOP("CaseworkLabels", "kies een dossier"),
    "not a date (expected DD-MM-YYYY)": QT_TRANSLATE_NOOP("CaseworkLabels", "geen datum (dd-mm-jjjj)"),
}

_ERROR_STYLE = "border: 1px solid #a12622;"

Command = tuple[Callable[..., Any], tuple[Any, ...]]


def problem_text(problem: str) -> str:
    source = _PROBLEMS.get(problem)
    return QCoreApplication.translate("CaseworkLabels", source) if source else problem


class ServiceDialog(QDialog):
    """Subclasses fill ``FIELD_LABELS`` (service field -> Dutch label), ``field_widgets()`` and
    ``build_command()`` (which may raise ``FieldError`` itself for a locally detected problem)."""

    saved = Signal(object)
    FIELD_LABELS: ClassVar[dict[str, str]] = {}

    def __init__(self, calls: VaultCalls, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._calls = calls
        self._busy = False
        self.modified = False
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a12622;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(text("Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(text("Annuleren"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    # -- for subclasses ---------------------------------------------------------------------
    def build_command(self) -> Command:
        raise NotImplementedError

    def field_widgets(self) -> dict[str, QWidget]:
        return {}

    def watch(self, *widgets: QWidget) -> None:
        """Any edit in these widgets marks the dialog modified (for save_pending on lock)."""
        for widget in widgets:
            signal = _change_signal(widget)
            if signal is not None:
                signal.connect(self._mark_modified)

    # -- behaviour --------------------------------------------------------------------------
    def save_button(self) -> QAbstractButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def submit(self) -> None:
        if self._busy:
            return
        self._clear_highlight()
        try:
            fn, args = self.build_command()
        except FieldError as exc:
            self.show_error(exc)
            return
        self._set_busy(True)
        self._calls.run(fn, *args, on_success=self._on_saved, on_failure=self._on_failed, owner=self)

    def save_pending(self) -> None:
        """Lock while editing: submit what is there if the form is complete; callbacks are dropped."""
        if not self.modified or self._busy:
            return
        try:
            fn, args = self.build_command()
        except FieldError:
            return
        self._calls.run(fn, *args, on_success=lambda _r: None, on_failure=lambda _e: None)

    def show_error(self, exc: BaseException) -> None:
        if isinstance(exc, FieldError):
            name = self.FIELD_LABELS.get(exc.field) or self.FIELD_LABELS.get(exc.field.split(".")[0])
            where = QCoreApplication.translate("CaseworkLabels", name) if name else exc.field
            self.error.setText(f"{where}: {problem_text(exc.problem)}")
            widget = self.field_widgets().get(exc.field) or self.field_widgets().get(exc.field.split(".")[0])
            if widget is not None:
                widget.setStyleSheet(_ERROR_STYLE)
                widget.setFocus()
        else:
            self.error.setText(error_text(exc))

    def _on_saved(self, result: Any) -> None:
        self._set_busy(False)
        self.modified = False
        self.saved.emit(result)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.show_error(exc)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_button().setEnabled(not busy)
        self.error.setText(text("Bezig met opslaan…") if busy else "")

    def _clear_highlight(self) -> None:
        for widget in self.field_widgets().values():
            widget.setStyleSheet("")

    def _mark_modified(self, *_args: Any) -> None:
        self.modified = True


def _change_signal(widget: QWidget):  # noqa: ANN202 - a bound Qt signal
    if isinstance(widget, QLineEdit):
        return widget.textEdited
    if isinstance(widget, QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.activated
    if isinstance(widget, QDateEdit):
        return widget.dateChanged
    if isinstance(widget, QCheckBox):
        return widget.toggled
    if isinstance(widget, QListWidget):
        return widget.itemChanged
    return None
