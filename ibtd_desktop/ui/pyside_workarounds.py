"""Work-around for a reference-counting bug of PySide6 6.12.0 on CPython 3.11.

Measured on the project's stack (PySide6/shiboken6 6.12.0, CPython 3.11.7): every call into a
Qt function that returns nothing (``label.setText``, ``timer.start``, ``processEvents`` …) and
every invalid QVariant handed back to Python (``combo.currentData()`` of an item without data,
``index.data(role)`` for an unset role) drops one reference to ``None`` that was never taken.
``sys.getrefcount(None)`` falls by one per call; a busy GUI reaches zero within minutes and the
interpreter aborts with "Fatal Python error: none_dealloc: deallocating None" — mid-session or
at exit. (CPython 3.12+ made None immortal, which is why the bug goes unnoticed upstream.)

The fix: give ``None`` a practically endless reference count once, at import of ``ibtd_desktop.ui``,
as CPython 3.12 does by design. ``None`` is a static singleton that is never deallocated
legitimately, so a larger count changes nothing else. Remove when the stack moves to
Python >= 3.12 or a PySide6 release without the leak.
"""

from __future__ import annotations

import ctypes
import sys

# About 2**40 calls: at 100,000 leaked references per second that is more than four months.
_HEADROOM = 1 << 40


def none_is_immortal() -> bool:
    return sys.version_info >= (3, 12)


def protect_none_refcount() -> bool:
    """Raise ``None``'s reference count far above anything the leak can consume; True if done."""
    if none_is_immortal() or sys.implementation.name != "cpython" or hasattr(sys, "gettotalrefcount"):
        return False  # immortal None, another interpreter, or a debug build with another layout
    if sys.getrefcount(None) >= _HEADROOM // 2:
        return False  # already done
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt: first field of PyObject
    # Other threads also touch None's count: keep the read-add-write free of thread switches,
    # and judge the layout with a tolerance rather than exact equality.
    interval = sys.getswitchinterval()
    sys.setswitchinterval(60.0)
    try:
        before = sys.getrefcount(None)
        refcount.value += _HEADROOM
        grown = sys.getrefcount(None) - before
        if abs(grown - _HEADROOM) > 1 << 20:  # not the layout we expected: undo
            refcount.value -= _HEADROOM
            return False
    finally:
        sys.setswitchinterval(interval)
    return True
