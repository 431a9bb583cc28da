"""Ages against durations: "ik ben 41 jaar" is an age, "41 jaar chauffeur" or "een termijn van
drie jaar" measures time. Number words with "ën" and ordinals with a verb after them are ages."""

import pytest

from tests.unit.anonymisation._detected import surfaces


def _ages(text: str) -> list[str]:
    return surfaces(text, "AGE")


@pytest.mark.parametrize("text, age", [
    ("Zij is drieënveertig jaar en werkt in de zorg.", "drieënveertig jaar"),
    ("Hij was pas negentien jaar toen hij begon.", "negentien jaar"),
    ("Ik was 19 jaar toen de brief kwam.", "19 jaar"),
    ("Op zijn 23e moest hij al werken.", "23e"),
    ("Op haar 17e trouwde ze.", "17e"),
    ("Ze heeft een zoon van 3 jaar.", "3 jaar"),
    ("Ik ben 56 jaar, moeder van twee kinderen.", "56 jaar"),
    ("Zij is 34 jaar maar voelt zich ouder.", "34 jaar"),
    ("IK BEN 81 JAAR EN HEB GEEN COMPUTER.", "81 JAAR"),  # capitals are no job title
])
def test_ages(text, age):
    assert _ages(text) == [age]


@pytest.mark.parametrize("text", [
    "Hij is 41 jaar chauffeur geweest bij hetzelfde bedrijf.",
    "Ik ben 30 jaar expediteur geweest.",
    "Ze werkt al 2 jaar UHT-medewerker.",
    "Er geldt een periode van 3 jaar voor de terugvordering.",
    "Hij kreeg een gevangenisstraf van 2 jaar.",
    "De regeling heeft een looptijd van vijf jaar.",
])
def test_durations_are_not_ages(text):
    assert _ages(text) == []


@pytest.mark.parametrize("text, age", [
    ("Haar zoon (achtentwintig) woont nog thuis.", "achtentwintig"),
    ("De tweeling van elf zit op de basisschool.", "elf"),
    ("Ze heeft een dochter van 4, die naar de opvang gaat.", "4"),
])
def test_a_childs_age_without_jaar(text, age):
    assert _ages(text) == [age]


@pytest.mark.parametrize("text", [
    "Hij is de zoon van twee ouders uit Ghana.",     # a count of parents
    "Ze is moeder van drie kinderen.",                # a count of children
    "Het kind van een buurvrouw speelde buiten.",     # the article
    "De oudste van drie broers belde.",               # a count of brothers
    "Zie bijlage (twaalf) van het rapport.",          # no person before the brackets
])
def test_counts_after_a_family_word_are_not_ages(text):
    assert _ages(text) == []


@pytest.mark.parametrize("text, ages", [
    ("Ze is net 18 geworden en woont nog thuis.", ["18"]),
    ("Hij is bijna zeventig, zegt hij.", ["zeventig"]),
    ("Ze is al 90 en woont alleen.", ["90"]),
    ("Ze heeft kinderen van 3, 5 en 8.", ["3", "5", "8"]),
    ("Twee dochters (4 en 7) wonen bij haar.", ["4", "7"]),
    ("Kinderen van 2, 6 en 9 zaten aan tafel.", ["2", "6", "9"]),  # sentence start, a verb after
])
def test_ages_after_an_adverb_and_of_several_children(text, ages):
    assert _ages(text) == ages


@pytest.mark.parametrize("text", [
    "Hij was al 3 keer gebeld.",          # a count
    "Ze is al 2 jaar bezig.",             # a duration
    "Het bedrag is nu 150 euro.",         # an amount
    "Er zijn kinderen van 3 gezinnen.",   # a count of families
    "Ze heeft kinderen van 3 en 7 maanden oud.",  # months: babies, no ages in years
])
def test_counts_durations_and_amounts_after_an_adverb_are_no_ages(text):
    assert _ages(text) == []


@pytest.mark.parametrize("text", [
    "De rente is nu 4.",            # a rate
    "Het aantal was 12.",           # a count
    "De termijn is bijna 6.",       # weeks or months, not years of a life
    "Het bedrag van 12 is betaald.",
])
def test_a_number_said_of_a_thing_is_no_age(text):
    assert _ages(text) == []


@pytest.mark.parametrize("text, ages", [
    ("De chauffeur is nu 58.", ["58"]),     # a role
    ("De jongste is 4.", ["4"]),
    ("De aanvrager is pas 19.", ["19"]),
])
def test_a_number_said_of_a_person_noun_is_an_age(text, ages):
    assert _ages(text) == ages


@pytest.mark.parametrize("text, ages", [
    ("gesprek met ruud wolters (deurwaarder, 58, zit al 27 jr in het vak)", ["58"]),  # lower-case name
    ("Tatiana Rusu (moldavisch, zesendertig), woont in Hoogkerk.", ["zesendertig"]),
    ("Mw. Brinkman is zevenenveertig maar voelt zich zeventig.", ["zevenenveertig"]),
    ("Haar dochter van 16 doet de post.", ["16"]),
])
def test_ages_in_brackets_after_a_role_and_before_a_verb(text, ages):
    assert _ages(text) == ages


@pytest.mark.parametrize("text", [
    "Het project (fase een, 2) liep vertraging op.",   # no person before the brackets
    "Ze (moeder, 2 kinderen) belde terug.",            # a count
])
def test_numbers_in_brackets_that_are_no_ages(text):
    assert _ages(text) == []
