"""The only package that imports QtWidgets/QtGui."""

from ibtd_desktop.ui.pyside_workarounds import protect_none_refcount

# Before any Qt call: PySide6 6.12 on Python 3.11 leaks references to None (see the module).
protect_none_refcount()
