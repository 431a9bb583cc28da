"""Language switch for the case-work pages (the mechanism lives in ``ui.retranslate``)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ibtd_desktop.ui import retranslate as shared
from ibtd_desktop.ui.investigations.labels import retranslate


def retranslate_tree(root: QWidget) -> None:
    shared.retranslate_tree(root, retranslate)
