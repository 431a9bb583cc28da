"""Lower-case names after a role or title, and lower-case places after "woont" or "wijk", as
hurried field notes write them. Names and places here are not in the development corpus."""

import pytest

from ibtd_desktop.anonymisation import detect
from ibtd_desktop.anonymisation.name_after_role import after_role_names
from ibtd_desktop.anonymisation.places import find_lowercase_places
from tests.unit.anonymisation._detected import surfaces


def _found(text: str, finder) -> list[str]:
    return [text[s.start:s.end] for s in finder(text)]


@pytest.mark.parametrize("text, name", [
    ("gesprek met moeder hanneke over de brieven", "hanneke"),
    ("teamleider dhr wubbels zegt dat het klopt", "wubbels"),
    ("oudste kenan is nu 16", "kenan"),
    ("zaakbehandelaar marloes belde terug", "marloes"),
    ("buurvrouw fenna hielp met de formulieren", "fenna"),
    ("mw. ilse kwam later", "ilse"),
    ("schoonzus jolien haalde de kinderen op", "jolien"),
])
def test_a_listed_name_after_a_role_is_a_person(text, name):
    assert _found(text, after_role_names) == [name]
    assert any(text[s.start:s.end] == name and s.label == "PERSON" for s in detect(text))


def test_a_lower_case_surname_after_the_first_name_joins_it():
    text = "begeleider marloes jansen was erbij"
    assert _found(text, after_role_names) == ["marloes jansen"]


@pytest.mark.parametrize("text", [
    "de moeder van de klant belde",          # function word after the role
    "volgens mij klopt het niet",            # "volgens" cues names, "mij" is none
    "de zus kwam later binnen",              # ordinary word
    "collega den haag belde",                # a place, not a name
    "moeder-kind huis in de wijk",           # the role is part of a compound
    "zoon@example.nl stuurde het",           # part of an address
    "teamleider hannekes",                   # no listed name
])
def test_no_person_without_a_name_after_the_role(text):
    assert _found(text, after_role_names) == []


@pytest.mark.parametrize("text, place", [
    ("zij woont enschede sinds 2015", "enschede"),
    ("wonend zoetermeer, twee kinderen", "zoetermeer"),
    ("ze komt uit de wijk kanaleneiland", "kanaleneiland"),
    ("zijn winkel staat in de buurt oud-west", "oud-west"),
    ("in de wijk bloemenbuurt kent iedereen haar", "bloemenbuurt"),
])
def test_lower_case_residence_and_neighbourhood(text, place):
    found = [text[s.start:s.end] for s in detect(text) if s.label == "LOCATION"]
    assert place in found


@pytest.mark.parametrize("text", [
    "de wijk woont vol gezinnen",            # a verb after "wijk"
    "de wijk waar zij opgroeide",            # a function word
    "in de buurt gebeurt veel",              # an ordinary verb
    "de wijkagent en de buurtcoach",         # compounds, not a cue
    "zij woont alleen sinds de scheiding",   # an ordinary word after "woont"
])
def test_no_place_after_woont_or_wijk_without_one(text):
    assert _found(text, find_lowercase_places) == []
    assert not [s for s in detect(text) if s.label == "LOCATION"]


@pytest.mark.parametrize("text, name", [
    ("10.15 gesprek met ruud wolters over de klachten", "ruud wolters"),   # after a word
    ("aanw: teamldr henk-jan oosterveld, twee douaniers", "henk-jan oosterveld"),
    ("ik sprak met marloes brinkhuis over haar brief", "marloes brinkhuis"),
])
def test_two_listed_names_in_lower_case_after_an_ordinary_word(text, name):
    assert name in surfaces(text, "PERSON")


@pytest.mark.parametrize("text, name", [
    ("daarna vertelt gerda dat ze boos is. gerda vertelt ook over de brief", "gerda"),
    ("priscilla neemt de post mee", "priscilla"),
])
def test_a_lower_case_first_name_before_a_verb_is_the_name_alone(text, name):
    assert surfaces(text, "PERSON")[-1] == name


@pytest.mark.parametrize("text", [
    "we need an approved summary before the real export",  # English words that are names
    "the bare minimum",
])
def test_english_words_that_are_listed_names_are_no_lower_case_names(text):
    assert surfaces(text, "PERSON") == []


@pytest.mark.parametrize("text, places", [
    ("passagierscontrole vliegveld eindhoven, vr 8/3", ["eindhoven"]),
    ("met de belastingdeurwaarder regio arnhem op pad", ["arnhem"]),
    ("ze woont in de rivierenwijk, deventer. studeert daar", ["rivierenwijk", "deventer"]),
])
def test_lower_case_places_after_a_region_airport_or_district(text, places):
    assert surfaces(text, "LOCATION") == places


def test_a_region_word_before_a_compass_point_is_no_place():
    assert surfaces("de regio noord is groot", "LOCATION") == []
