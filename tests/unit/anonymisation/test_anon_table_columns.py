"""Tables in notes: a column's header cell is the cue for the bare values below it (a date of
birth, a plate, an age). Values here are invented; none occurs in the development corpus."""

import re

import pytest

from ibtd_desktop.anonymisation import detect
from ibtd_desktop.anonymisation.table_columns import column_cells
from tests.unit.anonymisation._detected import surfaces

_HEADER = re.compile(r"leeftijd", re.I)



def test_cells_below_a_pipe_header_are_returned_with_their_offsets():
    text = "intro\n| naam | Leeftijd |\n|---|---|\n| A. | 43 |\n| B. |  |\n| C. | 7 |\nna de tabel 9"
    cells = [text[a:b] for a, b in column_cells(text, _HEADER)]
    # the separator row is a cell too ("---"); empty cells are skipped; the table ends at the
    # first line without "|", so "9" after it is not a cell
    assert cells == ["---", "43", "7"]


def test_cells_below_a_tab_header_are_returned():
    text = "kind\tleeftijd\tschool\noudste\t12\tDe Regenboog\njongste\t8\tDe Regenboog"
    assert [text[a:b] for a, b in column_cells(text, _HEADER)] == ["12", "8"]


def test_a_header_must_match_a_whole_cell():
    text = "| naam | leeftijdsgrens |\n| A. | 18 |"
    assert list(column_cells(text, _HEADER)) == []


def test_text_without_tables_has_no_cells():
    assert list(column_cells("Zij is 43 en woont in Zwolle.", _HEADER)) == []


@pytest.mark.parametrize("header", ["Geboortedatum", "geb.", "Geboren", "DOB"])
def test_dates_under_a_birth_date_header_are_dates_of_birth(header):
    text = (f"| Naam | {header} | Woonplaats |\n| ---- | ---- | ---- |\n"
            "| A. | 14-03-1979 | Zwolle |\n| B. | 2 mei 1983 | Kampen |")
    assert surfaces(text, "DATE_OF_BIRTH") == ["14-03-1979", "2 mei 1983"]


def test_dates_under_another_header_are_not_dates_of_birth():
    text = "| Brief | Datum |\n|---|---|\n| beschikking | 14-03-2021 |\n| bezwaar | 2 mei 2021 |"
    assert surfaces(text, "DATE_OF_BIRTH") == []


def test_a_cell_that_is_more_than_a_date_is_left_to_the_other_rules():
    text = "| Naam | Geboortedatum |\n|---|---|\n| A. | onbekend, rond 1980 |"
    assert surfaces(text, "DATE_OF_BIRTH") == []


def test_plates_under_a_kenteken_header_are_plates_in_any_case():
    # rows far enough below the header that only the column, not a nearby word, says "plate"
    text = ("| Eigenaar | Kenteken | Opmerking |\n|---|---|---|\n"
            "| buurman | vx-218-k | stond voor de deur |\n| zwager | 7tkl42 | gezien bij de winkel |\n"
            "| onbekend | onbekend | niet gezien |")
    assert surfaces(text, "LICENSE_PLATE") == ["vx-218-k", "7tkl42"]


def test_codes_under_another_header_are_not_plates():
    text = "| Jaar | Code |\n|---|---|\n| 2020 | 7tkl42 |\n| 2021 | ab-12-cd |"
    assert surfaces(text, "LICENSE_PLATE") == []


def test_a_six_letter_word_under_a_kenteken_header_is_no_plate():
    # a sidecode mixes letters and digits; "geleen" has none
    text = "| Auto | Kenteken |\n|---|---|\n| Golf | geleen |"
    assert surfaces(text, "LICENSE_PLATE") == []


def test_an_abbreviated_header_word_is_not_a_person():
    text = "Kind\tGeb.\tSchool\noudste\t02-11-2011\tbasisschool"
    spans = detect(text)
    assert [text[s.start:s.end] for s in spans if s.label == "PERSON"] == []
    assert [text[s.start:s.end] for s in spans if s.label == "DATE_OF_BIRTH"] == ["02-11-2011"]
