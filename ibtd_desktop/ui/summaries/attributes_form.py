"""The structured (quasi-identifying) attributes of a summary: role, domain, province, age band,
year, benefit type. Values are generalised already; the domain validates them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from ibtd_desktop.domain.casework.enums import Domain, IntervieweeRole
from ibtd_desktop.domain.errors import ValidationError
from ibtd_desktop.domain.summaries import PROVINCES, SummaryAttributes
from ibtd_desktop.ui.investigations.form_widgets import CodeCombo
from ibtd_desktop.ui.investigations.labels import label
from ibtd_desktop.ui.summaries.labels import t


class AttributesForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        none = t("(niet vermeld)")
        self.role = CodeCombo(empty=none)
        self.role.set_items([(r.value, label(r)) for r in IntervieweeRole])
        self.domain = CodeCombo(empty=none)
        self.domain.set_items([(d.value, label(d)) for d in Domain])
        self.province = CodeCombo(empty=none)
        self.province.set_items([(p, p) for p in PROVINCES])
        self.age_band = QLineEdit()
        self.age_band.setPlaceholderText(t("bijv. 40-49 of 80+"))
        self.year = QSpinBox()
        self.year.setRange(1899, 2200)
        self.year.setSpecialValueText(none)  # the minimum means "no year"
        self.benefit_type = QLineEdit()
        self.benefit_type.setPlaceholderText(t("bijv. kinderopvangtoeslag"))
        self.error = QLabel()
        self.error.setObjectName("attributesError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(t("Rol"), self.role)
        form.addRow(t("Domein"), self.domain)
        form.addRow(t("Provincie"), self.province)
        form.addRow(t("Leeftijdscategorie"), self.age_band)
        form.addRow(t("Jaar"), self.year)
        form.addRow(t("Soort toeslag"), self.benefit_type)
        form.addRow(self.error)
        for combo in (self.role, self.domain, self.province):
            combo.currentIndexChanged.connect(self._emit)
        for line in (self.age_band, self.benefit_type):
            line.textEdited.connect(self._emit)
        self.year.valueChanged.connect(self._emit)
        self._loading = False

    def set_attributes(self, attributes: SummaryAttributes) -> None:
        self._loading = True
        for combo, value in ((self.role, attributes.role), (self.domain, attributes.domain),
                             (self.province, attributes.province)):
            _ensure_item(combo, value)
            combo.set_value(value)
        self.age_band.setText(attributes.age_band or "")
        self.year.setValue(attributes.year or self.year.minimum())
        self.benefit_type.setText(attributes.benefit_type or "")
        self.error.clear()
        self._loading = False

    def attributes(self) -> SummaryAttributes:
        """``ValidationError`` (shown under the form) when a value is not generalised enough."""
        try:
            value = SummaryAttributes(
                role=self.role.value(), domain=self.domain.value(), province=self.province.value(),
                age_band=self.age_band.text().strip() or None,
                year=None if self.year.value() == self.year.minimum() else self.year.value(),
                benefit_type=self.benefit_type.text().strip() or None,
            )
        except ValidationError as exc:
            self.error.setText(str(exc))
            raise
        self.error.clear()
        return value

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.role, self.domain, self.province, self.age_band, self.year, self.benefit_type):
            widget.setEnabled(not read_only)

    def _emit(self, *_: Any) -> None:
        if not self._loading:
            self.changed.emit()


def _ensure_item(combo: CodeCombo, value: str | None) -> None:
    if value is not None and combo.findData(value) < 0:  # a value from elsewhere is kept, not lost
        items = [(combo._values[i], combo.itemText(i)) for i in range(combo.count()) if combo._values[i] is not None]
        combo.set_items([*items, (value, value)])
