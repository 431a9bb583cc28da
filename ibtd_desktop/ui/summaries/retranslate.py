"""Language switch for the Samenvattingen and Uitgaand pages: fixed texts under a widget are
re-translated in place; table models repaint (they translate at display time). Texts with
numbers or service content are recomputed by their owners after ``retranslate_tree``."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QTabWidget, QWidget

from ibtd_desktop.ui.investigations import labels as casework_labels
from ibtd_desktop.ui.investigations.retranslate import repaint_model
from ibtd_desktop.ui.investigations.table_model import RowTableModel
from ibtd_desktop.ui.summaries.labels import retranslate


def _again(shown: str) -> str:
    ours = retranslate(shown)
    return ours if ours is not None else casework_labels.retranslate(shown)  # role/domain combos


def retranslate_tree(root: QWidget) -> None:
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.isWindow() and widget.windowTitle():
            widget.setWindowTitle(_again(widget.windowTitle()))
        if widget.toolTip():
            widget.setToolTip(_again(widget.toolTip()))
        if isinstance(widget, (QLabel, QAbstractButton)):
            widget.setText(_again(widget.text()))
        elif isinstance(widget, QGroupBox):
            widget.setTitle(_again(widget.title()))
        elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
            widget.setPlaceholderText(_again(widget.placeholderText()))
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                widget.setTabText(i, _again(widget.tabText(i)))
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                widget.setItemText(i, _again(widget.itemText(i)))
    for model in root.findChildren(RowTableModel):
        repaint_model(model)
