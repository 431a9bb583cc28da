"""The import file is checked completely before the vault is touched (no database here)."""

import copy

import pytest

from ibtd_desktop.domain.casework.enums import QuotePermission
from ibtd_desktop.domain.casework.validation import FieldError
from ibtd_desktop.services.casework.import_format import parse_import

MINIMAL = {
    "format": "ibtd-import/1",
    "investigations": [{
        "key": "inv-1", "ref": "IBTD-2023-007", "title": "T", "kind": "thematic",
        "interviewees": [{"key": "p-1", "role": "affected_parent",
                          "consent": {"date": "2023-03-01", "form": "written", "quotes": "after_approval"}}],
        "interviews": [{"key": "int-1", "date": "2023-03-14", "interviewees": ["p-1"]}],
    }],
    "signals": [],
}


def test_minimal_file_parses_with_defaults():
    parsed = parse_import(copy.deepcopy(MINIMAL))
    inv = parsed.investigations[0]
    assert inv.status.value == "verkenning"
    assert inv.interviewees[0].consent.quotes is QuotePermission.AFTER_APPROVAL
    assert inv.interviewees[0].consent.notes_allowed is True
    assert inv.interviews[0].mode.value == "in_person"


@pytest.mark.parametrize("data, record, field", [
    ([], "import file", "(record)"),
    ({"format": "ibtd-import/1", "extra": 1}, "import file", "extra"),
    ({"format": "ibtd-import/1", "investigations": {}}, "import file", "investigations"),
    ({"format": "ibtd-import/1", "investigations": [{"ref": "IBTD-2023-001"}]}, "investigation", "key"),
    ({"format": "ibtd-import/1", "signals": [{"key": "s", "received": "2023-01-01", "channel": "media"}]},
     "signal s", "text"),
    ({"format": "ibtd-import/1", "signals": [{"key": "s", "received": "2023-01-01", "channel": "media",
                                              "text": "x", "investigation": 3}]}, "signal s", "investigation"),
])
def test_structural_errors(data, record, field):
    with pytest.raises(FieldError) as err:
        parse_import(data)
    assert (err.value.record, err.value.field) == (record, field)


def test_same_reference_twice_in_file():
    data = copy.deepcopy(MINIMAL)
    twin = copy.deepcopy(data["investigations"][0])
    twin["key"] = "inv-2"
    for sub in ("interviewees", "interviews"):
        twin[sub] = []
    data["investigations"].append(twin)
    with pytest.raises(FieldError) as err:
        parse_import(data)
    assert (err.value.record, err.value.field) == ("investigation inv-2", "ref")


def test_consent_booleans_are_strict():
    data = copy.deepcopy(MINIMAL)
    data["investigations"][0]["interviewees"][0]["consent"]["recording"] = "ja"
    with pytest.raises(FieldError) as err:
        parse_import(data)
    assert err.value.field == "consent.recording"
