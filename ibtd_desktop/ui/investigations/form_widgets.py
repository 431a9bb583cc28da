"""Small input widgets the case-work forms share: optional dates, code combos, check lists."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any, Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QListWidgetItem, QWidget

from ibtd_desktop.domain.casework.validation import FieldError
from ibtd_desktop.ui.investigations.labels import fmt_date, label, text

NOT_A_DATE = "not a date (expected DD-MM-YYYY)"


class DateField(QLineEdit):
    """A date typed as dd-mm-jjjj (ISO also accepted); empty means "no date"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(text("dd-mm-jjjj"))
        self.setMaximumWidth(140)

    def set_date(self, value: date | None) -> None:
        self.setText(fmt_date(value))

    def date_value(self, record: str, field: str, *, required: bool = False) -> date | None:
        raw = self.text().strip()
        if not raw:
            if required:
                raise FieldError(record, field, "is required")
            return None
        for pattern in ("%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y"):
            try:
                return datetime.strptime(raw, pattern).date()
            except ValueError:
                continue
        raise FieldError(record, field, NOT_A_DATE)


class CodeCombo(QComboBox):
    """Members of a code enum (or any (data, text) pairs); ``empty`` adds a first "none" item.

    Values are kept in Python (Qt would turn a str-based enum member into a plain str)."""

    def __init__(self, members: Iterable[Any] = (), *, empty: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._empty = empty
        self._values: list[Any] = []
        self.set_items([(m, label(m)) for m in members])

    def set_items(self, items: Sequence[tuple[Any, str]]) -> None:
        current = self.value()
        self.blockSignals(True)
        self.clear()
        self._values = []
        if self._empty is not None:
            self._values.append(None)
            self.addItem(self._empty)
        for data, shown in items:
            self._values.append(data)
            self.addItem(shown)
        self.blockSignals(False)
        self.set_value(current)

    def value(self) -> Any:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def findData(self, value: Any, *args: Any) -> int:  # noqa: N802 - same meaning as QComboBox's
        return next((i for i, v in enumerate(self._values) if v == value), -1)

    def set_value(self, value: Any) -> None:
        index = self.findData(value)
        if index >= 0:
            self.setCurrentIndex(index)
        elif self.count():
            self.setCurrentIndex(0)


class CheckList(QListWidget):
    """A multi-select as a list of check boxes; ``values()`` keeps the list order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: list[Any] = []
        self.setMaximumHeight(130)

    def set_items(self, items: Sequence[tuple[Any, str]], checked: Iterable[Any] = ()) -> None:
        keep = set(checked) | set(self.values())
        self.clear()
        self._data = []
        for position, (data, shown) in enumerate(items):
            item = QListWidgetItem(shown)
            self._data.append(data)
            item.setData(Qt.ItemDataRole.UserRole, position)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if data in keep else Qt.CheckState.Unchecked)
            self.addItem(item)

    def set_enum_items(self, members: Iterable[enum.Enum], checked: Iterable[Any] = ()) -> None:
        self.set_items([(m, label(m)) for m in members], checked)

    def fit_to_items(self) -> None:
        """Show every item without a scroll bar (short, fixed lists such as the safeguards)."""
        height = sum(self.sizeHintForRow(i) for i in range(self.count())) + 2 * self.frameWidth() + 4
        self.setMinimumHeight(height)
        self.setMaximumHeight(height)

    def items(self) -> list[tuple[Any, str]]:
        return [(self._data[i], self.item(i).text()) for i in range(self.count())]

    def values(self) -> list[Any]:
        return [self._data[i] for i in range(self.count()) if self.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, data: Any, checked: bool = True) -> None:
        for i in range(self.count()):
            if self._data[i] == data:
                self.item(i).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def split_names(raw: str) -> tuple[str, ...]:
    """"A. Jansen, B. de Vries" -> ("A. Jansen", "B. de Vries")."""
    return tuple(part.strip() for part in raw.replace(";", ",").split(",") if part.strip())
