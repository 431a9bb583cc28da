"""Renderers (reportlab): data in, bytes out.

``render_summary_pdf``, ``render_dossier_pdf`` and ``render_json`` turn the frozen input of
``ibtd_desktop.domain.export_documents`` into bytes; ``write_export`` puts bytes on disk
atomically. Nothing here knows users, vaults or paths other than the one it is given.
"""

from ibtd_desktop.export.files import write_export
from ibtd_desktop.export.json_export import render_json
from ibtd_desktop.export.pdf import render_dossier_pdf, render_summary_pdf

__all__ = ["render_dossier_pdf", "render_json", "render_summary_pdf", "write_export"]
