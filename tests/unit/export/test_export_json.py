"""The JSON export: schema ibtd-export/1, same content as the PDF, deterministic bytes."""

from __future__ import annotations

import json
from datetime import date

import pytest
from export_samples import DIACRITICS, RELEASED, make_document, make_summary

from ibtd_desktop.domain.errors import ValidationError
from ibtd_desktop.domain.export_documents import content_fingerprint
from ibtd_desktop.export import render_json

TOP_KEYS = ["format", "type", "export_id", "released_on", "fingerprint", "title",
            "investigation_ref", "dossier_summary", "summaries", "findings",
            "recommendations", "rebuttal"]
SUMMARY_KEYS = ["kind", "title", "subject_label", "version", "attributes", "paragraphs",
                "content_hash", "approved_by_role", "approved_on"]


def test_dossier_json_follows_the_documented_schema():
    doc = make_document(2)
    data = json.loads(render_json(doc))
    assert list(data) == TOP_KEYS
    assert data["format"] == "ibtd-export/1"
    assert data["type"] == "dossier"
    assert data["export_id"] == "EXP-2026-0042"
    assert data["released_on"] == "2026-11-25"
    assert data["fingerprint"] == content_fingerprint(doc)
    assert list(data["dossier_summary"]) == SUMMARY_KEYS
    first = data["summaries"][0]
    assert list(first) == SUMMARY_KEYS
    assert first["attributes"][0] == {"key": "role", "label": "Rol", "value": "ouder"}
    assert first["approved_on"] == "2026-11-24"
    assert first["approved_by_role"] == "reviewer"
    assert data["findings"][0] == {"ref": "B1", "text": "Ouders ervaren de herstelregeling als ingewikkeld."}
    assert data["recommendations"][0]["follow_up_status"] == "in uitvoering"
    assert list(data["rebuttal"][0]) == ["finding", "response", "handling"]


def test_json_is_utf8_with_literal_diacritics_and_deterministic():
    doc = make_document(1)
    raw = render_json(doc)
    assert DIACRITICS.encode("utf-8") in raw  # not \u-escaped
    assert raw == render_json(make_document(1))
    assert raw.endswith(b"}\n")


def test_json_round_trips_the_text_exactly():
    text = "Regel één\nregel twee met <tags> & \"quotes\" en ĳs"
    data = json.loads(render_json(make_document(1, summaries=(make_summary(paragraphs=(text,)),))))
    assert data["summaries"][0]["paragraphs"] == [text]


def test_single_summary_json():
    summary = make_summary()
    data = json.loads(render_json(summary, export_id="EXP-1", released_on=RELEASED))
    assert list(data) == ["format", "type", "export_id", "released_on", "fingerprint", "summary"]
    assert data["type"] == "summary"
    assert data["export_id"] == "EXP-1"
    assert data["fingerprint"] == content_fingerprint(summary)
    assert data["summary"]["paragraphs"] == list(summary.paragraphs)
    bare = json.loads(render_json(summary))
    assert bare["export_id"] is None and bare["released_on"] is None


def test_document_refuses_a_second_export_id():
    with pytest.raises(ValidationError):
        render_json(make_document(1), export_id="EXP-2")
    with pytest.raises(ValidationError):
        render_json(make_summary(), released_on="2026-01-01")
    with pytest.raises(ValidationError):
        render_json({"format": "x"})


def test_empty_document_has_empty_lists_and_null_dossier_summary():
    doc = make_document(0, dossier_summary=None, findings=(), recommendations=(), rebuttal_rows=(),
                        released_on=date(2027, 1, 1))
    data = json.loads(render_json(doc))
    assert data["dossier_summary"] is None
    assert data["summaries"] == data["findings"] == data["recommendations"] == data["rebuttal"] == []
