"""Language switch for the case-work pages: every fixed text under a widget is re-translated in
place, and table models repaint their headers and cells (which translate at display time).

Texts built with numbers in them ("3 van 12 dossiers") are not in the registry; their owners
recompute them after calling ``retranslate_tree``.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QTabWidget, QWidget

from ibtd_desktop.ui.investigations.labels import retranslate
from ibtd_desktop.ui.investigations.table_model import RowTableModel


def retranslate_tree(root: QWidget) -> None:
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.isWindow() and widget.windowTitle():
            widget.setWindowTitle(retranslate(widget.windowTitle()))
        if isinstance(widget, (QLabel, QAbstractButton)):
            widget.setText(retranslate(widget.text()))
        elif isinstance(widget, QGroupBox):
            widget.setTitle(retranslate(widget.title()))
        elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
            widget.setPlaceholderText(retranslate(widget.placeholderText()))
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                widget.setTabText(i, retranslate(widget.tabText(i)))
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                widget.setItemText(i, retranslate(widget.itemText(i)))
    for model in root.findChildren(QAbstractItemModel):
        if isinstance(model, RowTableModel):
            repaint_model(model)


def repaint_model(model: RowTableModel) -> None:
    columns = model.columnCount()
    if columns:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
    if model.rowCount() and columns:
        model.dataChanged.emit(model.index(0, 0), model.index(model.rowCount() - 1, columns - 1))
