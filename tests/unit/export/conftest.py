"""Fixtures of the export tests; the builders live in ``export_samples``."""

from __future__ import annotations

import pytest
from export_samples import make_document, make_summary

from ibtd_desktop.domain.export_documents import ExportDocument, ExportedSummary


@pytest.fixture
def summary() -> ExportedSummary:
    return make_summary()


@pytest.fixture
def document() -> ExportDocument:
    return make_document()
