"""JSON renderer: the same content as the PDF, machine-readable, schema ``ibtd-export/1``.

The schema is documented in ``docs/export-format.md``. Keys come out in the documented order
(not sorted) and the bytes are deterministic: UTF-8, two-space indent, a final newline.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from ibtd_desktop.domain.errors import ValidationError
from ibtd_desktop.domain.export_documents import (
    EXPORT_FORMAT,
    ExportDocument,
    ExportedSummary,
    as_date,
    content_fingerprint,
    document_content,
    summary_content,
    validate_export_id,
)


def render_json(
    doc_or_summary: ExportDocument | ExportedSummary,
    *,
    export_id: str | None = None,
    released_on: date | None = None,
) -> bytes:
    """The export as UTF-8 JSON bytes.

    A document carries its own export id and release date; for a single summary pass them
    as keywords (they are ``null`` in the output when omitted).
    """
    if isinstance(doc_or_summary, ExportDocument):
        if export_id is not None or released_on is not None:
            raise ValidationError("export: a document carries its own export id and release date")
        data = export_data(doc_or_summary)
    elif isinstance(doc_or_summary, ExportedSummary):
        data = summary_export_data(doc_or_summary, export_id=export_id, released_on=released_on)
    else:
        raise ValidationError("export: expected an ExportDocument or an ExportedSummary")
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def export_data(doc: ExportDocument) -> dict[str, Any]:
    return {
        "format": EXPORT_FORMAT,
        "type": "dossier",
        "export_id": doc.export_id,
        "released_on": doc.released_on.isoformat(),
        "fingerprint": content_fingerprint(doc),
        **document_content(doc),
    }


def summary_export_data(
    summary: ExportedSummary, *, export_id: str | None, released_on: date | None
) -> dict[str, Any]:
    if released_on is not None:
        released_on = as_date(released_on, "released_on")
    return {
        "format": EXPORT_FORMAT,
        "type": "summary",
        "export_id": validate_export_id(export_id) if export_id is not None else None,
        "released_on": released_on.isoformat() if released_on else None,
        "fingerprint": content_fingerprint(summary),
        "summary": summary_content(summary),
    }
