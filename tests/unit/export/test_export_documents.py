"""The export input: normalisation, validation and the content fingerprint."""

from __future__ import annotations

import enum
from datetime import date

import pytest
from export_samples import make_document, make_summary

from ibtd_desktop.domain.errors import ValidationError
from ibtd_desktop.domain.export_documents import (
    ExportDocument,
    SummaryAttribute,
    clean_text,
    content_fingerprint,
    dutch_date,
    make_attributes,
)


@pytest.mark.parametrize(
    "day, expected",
    [(date(2026, 11, 25), "25 november 2026"), (date(2027, 1, 1), "1 januari 2027"),
     (date(2026, 3, 9), "9 maart 2026"), (date(2026, 8, 31), "31 augustus 2026")],
)
def test_dutch_date(day, expected):
    assert dutch_date(day) == expected


def test_attributes_from_mapping_keep_order_drop_none_and_get_dutch_labels():
    attrs = make_attributes({"year": 2019, "role": "ouder", "province": None, "custom": "x"})
    assert attrs == (
        SummaryAttribute("year", "Jaar", "2019"),
        SummaryAttribute("role", "Rol", "ouder"),
        SummaryAttribute("custom", "custom", "x"),
    )


def test_summary_normalises_its_text():
    summary = make_summary(paragraphs=["e\u0301e\u0308n\r\nregel\x00"], title="  Titel  ")
    assert summary.paragraphs == ("éën\nregel",)  # NFC, newline kept, control char dropped
    assert summary.title == "Titel"
    assert isinstance(summary.paragraphs, tuple)


def test_kind_accepts_an_enum_with_the_code():
    class Kind(enum.Enum):
        DOSSIER = "dossier"

    assert make_summary(kind=Kind.DOSSIER).kind == "dossier"


@pytest.mark.parametrize(
    "override",
    [dict(kind="brief"), dict(title="  "), dict(version=0), dict(paragraphs="one string"),
     dict(approved_on="2026-11-24")],
)
def test_invalid_summary_is_refused_without_echoing_content(override):
    with pytest.raises(ValidationError) as err:
        make_summary(**override)
    assert "respondent" not in str(err.value).lower()


def test_invalid_document_is_refused():
    with pytest.raises(ValidationError):
        make_document(1, released_on="2026-11-25")
    with pytest.raises(ValidationError):
        make_document(1, summaries=("not a summary",))
    with pytest.raises(ValidationError):
        make_document(1, export_id="two words")


def test_lists_become_tuples_and_document_is_hashable():
    doc = make_document(2)
    again = ExportDocument(**{**doc.__dict__, "summaries": list(doc.summaries)})
    assert again == doc and hash(again) == hash(doc)


def test_clean_text_replaces_lone_surrogates():
    assert clean_text("a\ud800b\tc") == "a\ufffdb\tc"


def test_fingerprint_is_stable_and_ignores_export_id_and_date():
    doc = make_document(2)
    same_content = make_document(2, export_id="EXP-9", released_on=date(2030, 1, 1))
    assert content_fingerprint(doc) == content_fingerprint(same_content)
    assert content_fingerprint(doc).startswith("sha256:") and len(content_fingerprint(doc)) == 71


@pytest.mark.parametrize(
    "change",
    [dict(title="Andere titel"), dict(summaries=()), dict(findings=()),
     dict(recommendations=()), dict(rebuttal_rows=()), dict(dossier_summary=None)],
)
def test_fingerprint_changes_with_content(change):
    assert content_fingerprint(make_document(2)) != content_fingerprint(make_document(2, **change))


def test_summary_fingerprint_changes_with_one_character():
    a = make_summary(paragraphs=("De ouder zegt ja.",))
    b = make_summary(paragraphs=("De ouder zegt ja!",))
    assert content_fingerprint(a) != content_fingerprint(b)


def test_fingerprint_refuses_other_objects():
    with pytest.raises(ValidationError):
        content_fingerprint({"title": "x"})


def test_datetimes_are_cut_to_dates():
    from datetime import datetime, timezone

    moment = datetime(2026, 11, 24, 23, 30, tzinfo=timezone.utc)
    assert make_summary(approved_on=moment).approved_on == date(2026, 11, 24)
    assert type(make_document(1, released_on=moment).released_on) is date
