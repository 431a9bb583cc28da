"""Language switch for the Samenvattingen and Uitgaand pages (mechanism in ``ui.retranslate``).

Their role/domain combos reuse the case-work vocabulary, so the lookup falls back to it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ibtd_desktop.ui import retranslate as shared
from ibtd_desktop.ui.investigations import labels as casework_labels
from ibtd_desktop.ui.summaries.labels import retranslate


def _again(shown: str) -> str:
    ours = retranslate(shown)
    return ours if ours is not None else casework_labels.retranslate(shown)


def retranslate_tree(root: QWidget) -> None:
    shared.retranslate_tree(root, _again, tooltips=True)
