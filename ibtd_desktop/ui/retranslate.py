"""Language switch in place: fixed texts under a widget are looked up again, and table models
repaint (they translate at display time).

Each feature passes its own ``lookup`` (shown text -> text in the new language, or the text
unchanged when it is not fixed vocabulary). Texts built from data ("3 van 12 dossiers") are
recomputed by their owners after ``retranslate_tree``.
"""

from __future__ import annotations

from typing import Callable

import shiboken6
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from ibtd_desktop.ui.table_model import RowTableModel

Lookup = Callable[[str], str]


def retranslate_tree(root: QWidget, lookup: Lookup, *, tooltips: bool = False) -> None:
    """Re-translate ``root`` and its children; repaint its table models (source models only:
    proxies follow them)."""
    for widget in [root, *root.findChildren(QWidget)]:
        # Setting a text can make Qt delete internal children (scroll bars, popups) that are
        # still in the list: touching one of those segfaults.
        if not shiboken6.isValid(widget):
            continue
        _retranslate_widget(widget, lookup, tooltips)
    for model in root.findChildren(RowTableModel):
        if shiboken6.isValid(model):
            repaint_model(model)


def _retranslate_widget(widget: QWidget, lookup: Lookup, tooltips: bool) -> None:
    if widget.isWindow() and widget.windowTitle():
        widget.setWindowTitle(lookup(widget.windowTitle()))
    if tooltips and widget.toolTip():
        widget.setToolTip(lookup(widget.toolTip()))
    if isinstance(widget, (QLabel, QAbstractButton)):
        widget.setText(lookup(widget.text()))
    elif isinstance(widget, QGroupBox):
        widget.setTitle(lookup(widget.title()))
    elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
        widget.setPlaceholderText(lookup(widget.placeholderText()))
    elif isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            widget.setTabText(i, lookup(widget.tabText(i)))
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            widget.setItemText(i, lookup(widget.itemText(i)))


def repaint_model(model: QAbstractItemModel) -> None:
    columns = model.columnCount()
    if columns:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
    rows = model.rowCount()
    if rows and columns:
        model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))
