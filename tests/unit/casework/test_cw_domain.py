import random
from datetime import date

import pytest

from ibtd_desktop.domain.casework.enums import InterviewMode, IntervieweeRole, LABELS_NL, Safeguard, SignalChannel
from ibtd_desktop.domain.casework.people import make_pseudonym, sequence_letters
from ibtd_desktop.domain.casework.search import MARK_END, MARK_START, plain_snippet
from ibtd_desktop.domain.casework.validation import (
    FieldError,
    check_notes,
    check_period,
    parse_date,
    parse_enum,
    require_text,
)
from ibtd_desktop.domain.errors import ValidationError
from ibtd_desktop.services.casework import demo_data
from ibtd_desktop.storage.search_index import to_match_expression


@pytest.mark.parametrize("n, letters", [(1, "A"), (2, "B"), (26, "Z"), (27, "AA"), (28, "AB"), (52, "AZ"), (703, "AAA")])
def test_sequence_letters(n, letters):
    assert sequence_letters(n) == letters


def test_pseudonym_depends_on_role_and_order_only():
    assert make_pseudonym(IntervieweeRole.AFFECTED_PARENT, 2) == "Ouder B"
    assert make_pseudonym(IntervieweeRole.PROFESSIONAL, 1) == "Professional A"
    with pytest.raises(ValueError):
        sequence_letters(0)


def test_enum_parse_and_labels():
    assert InterviewMode.parse("in_person") is InterviewMode.IN_PERSON
    assert InterviewMode.parse("VIDEO") is InterviewMode.VIDEO
    assert SignalChannel.parse("directe_melding") is SignalChannel.DIRECT
    with pytest.raises(ValueError):
        InterviewMode.parse("telepathie")
    assert all(member in LABELS_NL for enum in (SignalChannel, Safeguard, IntervieweeRole) for member in enum)


def test_field_error_names_record_and_field_but_not_the_value():
    with pytest.raises(FieldError) as err:
        parse_enum(SignalChannel, "Jan Jansen 0612345678", "signal s-1", "channel")
    assert isinstance(err.value, ValidationError)
    assert (err.value.record, err.value.field) == ("signal s-1", "channel")
    assert "Jan" not in str(err.value) and "meldformulier" in str(err.value)


def test_dates_text_and_periods():
    assert parse_date("2023-03-14", "r", "date") == date(2023, 3, 14)
    assert parse_date(None, "r", "date", required=False) is None
    for bad in ("14-03-2023", 20230314, "2023-02-30"):
        with pytest.raises(FieldError):
            parse_date(bad, "r", "date")
    with pytest.raises(FieldError):
        require_text(" ", "r", "title")
    with pytest.raises(FieldError):
        require_text(5, "r", "title")
    assert check_notes(None, "r") == ""
    with pytest.raises(FieldError):
        check_period(date(2023, 2, 1), date(2023, 1, 1), "r")


@pytest.mark.parametrize("text, expression", [
    ("terugvordering", '"terugvordering"'),
    ("Bezwaar  brief", '"Bezwaar" AND "brief"'),
    ("bezwaar*", '"bezwaar"*'),
    ('"lange wachttijd" OR NEAR(', '"lange wachttijd" AND "OR" AND "NEAR"'),
    ('") ( * :', ""),
    ("financiële", '"financiële"'),
])
def test_match_expression_never_passes_fts_syntax(text, expression):
    assert to_match_expression(text) == expression


def test_snippet_markers():
    assert plain_snippet(f"de {MARK_START}brief{MARK_END} kwam") == "de [brief] kwam"


def test_generated_bsns_and_ibans_are_valid():
    rng = random.Random(11)
    assert all(demo_data.elfproef_ok(demo_data.make_bsn(rng)) for _ in range(500))
    assert all(demo_data.iban_ok(demo_data.make_iban(rng)) for _ in range(500))
    assert demo_data.elfproef_ok("111222333") and not demo_data.elfproef_ok("111222334")
    assert demo_data.iban_ok("NL91 ABNA 0417 1643 00") and not demo_data.iban_ok("NL91ABNA0417164301")
