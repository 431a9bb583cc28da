"""Guard against the PySide6 release that corrupts None's reference count.

PySide6/shiboken6 6.12.0 on CPython 3.11 drops one reference to ``None`` on every Qt call that
returns nothing (``label.setText``) and on every empty QVariant handed back
(``combo.currentData()``): a busy GUI aborts with "none_dealloc" within minutes (reproduced:
10,000 ``setText`` calls kill a plain PySide6 script). pyproject.toml therefore keeps PySide6
below 6.12; this test fails if an install picks up a leaking release anyway.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QComboBox, QLabel


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal on Python >= 3.12")
def test_qt_calls_do_not_leak_references_to_none(qapp):
    label, combo = QLabel(), QComboBox()
    combo.addItem("zonder data")
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("x")
        combo.currentData()
    lost = before - sys.getrefcount(None)
    assert lost < 100, f"PySide6 leaks None references ({lost} per 2,000 calls): use PySide6 < 6.12"
