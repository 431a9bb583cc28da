"""Work places written as several words ("Eindhoven Airport") and business names at a sentence
start, whose capitalised preposition is no part of the name. Names here are invented."""

import pytest

from tests.unit.anonymisation._detected import surfaces


@pytest.mark.parametrize("text, place", [
    ("Hij werkt op Eindhoven Airport als schoonmaker.", "Eindhoven Airport"),
    ("Ze doet de bagage op Rotterdam The Hague Airport.", "Rotterdam The Hague Airport"),
    ("Op Groningen Airport Eelde was het rustig.", "Groningen Airport Eelde"),  # sentence start
])
def test_an_airport_named_after_its_place_is_one_location(text, place):
    assert surfaces(text, "LOCATION") == [place]
    assert surfaces(text, "PERSON") == []


def test_an_airport_word_without_a_place_is_no_location():
    assert surfaces("De Regional Airport Shuttle rijdt niet.", "LOCATION") == []


@pytest.mark.parametrize("text, name", [
    ("Via Jansen Schoonmaak B.V. kreeg ze het werk.", "Jansen Schoonmaak B.V."),
    ("Bij Flevo Glans Schoonmaak werkte ze vier jaar.", "Flevo Glans Schoonmaak"),
    ("Sinds Transport Services Oost failliet is, zoekt hij werk.", "Transport Services Oost"),
])
def test_a_preposition_opening_the_sentence_is_no_part_of_a_business_name(text, name):
    assert surfaces(text, "ORGANISATION_PRIVATE") == [name]


def test_a_capitalised_word_inside_a_sentence_stays_part_of_the_name():
    text = "Ze werkt bij In Goede Handen Thuiszorg."
    assert surfaces(text, "ORGANISATION_PRIVATE") == ["In Goede Handen Thuiszorg"]


@pytest.mark.parametrize("text, place", [
    ("adres 1: Hanzestraat 66, Presikhaaf. Daar woont zij.", "Presikhaaf"),   # unlisted district
    ("De zaal aan de Vaillantlaan 301, Transvaal (Den Haag).", "Transvaal"),  # a surname as well
])
def test_the_district_after_an_address_is_a_location(text, place):
    assert place in surfaces(text, "LOCATION")
    assert place not in surfaces(text, "PERSON")


@pytest.mark.parametrize("text, place", [
    ("Het geld ging deels naar familie in Berkane.", "Berkane"),   # a listed surname too
    ("Gisteren kwam de vlucht uit Sofia binnen.", "Sofia"),         # a first name too
])
def test_a_capitalised_word_after_in_or_uit_is_a_place_before_a_name(text, place):
    assert surfaces(text, "LOCATION") == [place]
    assert surfaces(text, "PERSON") == []


def test_an_age_after_a_person_and_the_place_they_come_from():
    assert surfaces("Er kwam een man uit Woensel, 63, langs.", "AGE") == ["63"]
