"""Name and age forms made of parts the rules find apart: a reversed name whose surname and first
name are two spans, initials that stand for a name written out earlier or alone in a table cell,
and an age after a name with the verb left out. No name here is taken from the development
corpus."""

import pytest

from ibtd_desktop.anonymisation import DetectionContext, KnownPerson, detect
from tests.unit.anonymisation._detected import surfaces


def _people(text: str) -> list[str]:
    return surfaces(text, "PERSON")


@pytest.mark.parametrize("text, name", [
    ("Naam: Brouwers, Henriette", "Brouwers, Henriette"),            # found as two spans
    ("Gesprek met Kaya, Elif over de toeslag.", "Kaya, Elif"),       # a listed surname
    ("Naam: van Leeuwen, Henriette", "van Leeuwen, Henriette"),       # Leeuwen alone: a word
    ("Naam: de Vries, Marloes", "de Vries, Marloes"),              # the particle belongs to it
    ("Aanvrager: El Ouali, Samira", "El Ouali, Samira"),
    ("Respondent: Nguyen, Thi Hoa", "Nguyen, Thi Hoa"),             # two first names
    ("Respondent: Lioe, Siu Lan", "Lioe, Siu Lan"),                 # a surname no list holds
    ("Melder: de Graaf, Marloes (moeder)", "de Graaf, Marloes"),   # "graaf": a word
])
def test_a_reversed_name_is_one_span(text, name):
    assert _people(text) == [name]


def test_a_place_after_a_particle_and_before_a_first_name_is_a_surname():
    assert _people("Gesprek met van Boxtel, Marloes over de brief.") == ["van Boxtel, Marloes"]
    # Without the particle the place stays a place.
    assert surfaces("Ze woont in Boxtel, Marloes in Breda.", "LOCATION") == ["Boxtel", "Breda"]


@pytest.mark.parametrize("text, names", [
    ("Aanwezig: Wietske Hoekstra, Yusuf Demir en Anouk Brands.",
     ["Wietske Hoekstra", "Yusuf Demir", "Anouk Brands"]),         # a list of full names
    ("Aanwezig: Pieter, Sander en Joost.", ["Pieter", "Sander", "Joost"]),  # first names
    ("Onderwerp: Kinderopvang, Sander Bosman belde.", ["Sander Bosman"]),   # a word, then a name
])
def test_a_list_of_names_stays_apart(text, names):
    assert _people(text) == names


def test_the_initials_of_a_name_written_out_are_that_name_everywhere():
    text = ("Aanwezig: Wilhelmina Doornbos (W.D.), inspecteur Karel Mulder.\n"
            "Daarna vertelde W.D. over de brief. W.D.A. is een afkorting. K.M.: ja.")
    assert _people(text) == ["Wilhelmina Doornbos", "W.D.", "Karel Mulder", "W.D.", "K.M."]


def test_initials_that_are_abbreviations_are_no_name():
    # "B.V." stands for a company even beside a person whose initials it would be.
    assert _people("Bram Visser richtte de B.V. op.") == ["Bram Visser"]


def test_a_known_persons_initials_are_found_as_written():
    ctx = DetectionContext([KnownPerson(name="Wilhelmina Doornbos")])
    text = "W.D. belde terug; w.d. is geen naam."
    assert [text[s.start:s.end] for s in detect(text, ctx) if s.label == "PERSON"] == ["W.D."]


@pytest.mark.parametrize("text, found", [
    ("| 12.10 | H.T. (alleen initialen) | 4 |", ["H.T."]),
    ("| 12.10 | H.T. | 4 |", ["H.T."]),
    ("| B.V. | N.B. | 4 |", []),
    ("Zie ook H.T. verderop.", []),  # outside a table and with no name behind it: unknown
])
def test_initials_alone_in_a_table_cell(text, found):
    assert _people(text) == found


@pytest.mark.parametrize("text, age", [
    ("Mijn dochter Lotte was toen vijf, mijn zoon Milan net één.", "één"),
    ("Haar zoon Milan bijna 4 jaar, de dochter ouder.", "4 jaar"),
    ("Zoon Milan pas 3) was ook mee.", "3"),
])
def test_an_age_after_a_name_without_a_verb(text, age):
    assert age in surfaces(text, "AGE")


@pytest.mark.parametrize("text", [
    "Zoon Milan net 30 euro gekregen.",     # an amount follows
    "Ze is één van de ouders.",             # "één van": no age
    "Hij heeft één kind.",
])
def test_no_age_after_a_name_or_verb_where_a_count_is_meant(text):
    assert surfaces(text, "AGE") == []


def test_a_particle_and_a_capitalised_word_mid_sentence_before_a_first_name_stay_apart():
    assert _people("Ik ging naar de Markt, Marloes bleef thuis.") == ["Marloes"]


def test_a_known_persons_initials_before_a_capitalised_word_leave_the_longer_name_whole():
    ctx = DetectionContext([KnownPerson(name="Wilhelmina Doornbos")])
    text = "Ze reed voor W.D. Koeriersdiensten in Zwolle."
    found = [(text[s.start:s.end], s.label) for s in detect(text, ctx)]
    assert ("W.D. Koeriersdiensten", "ORGANISATION_PRIVATE") in found


def test_a_particle_before_a_reversed_name_in_capitals_is_a_preposition():
    text = "De verklaring van WISNIEWSKA, A. kwam later."
    assert _people(text) == ["WISNIEWSKA, A."]
