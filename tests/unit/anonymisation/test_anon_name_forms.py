"""Name forms the lexicons alone did not carry: surnames listed with their particles ("Van Dijk",
whose "Dijk" is a word), a first name and surname that are both ordinary words, reversed forms
with a listed surname, roles written as compounds, a business named after its owner, names from
the hand-written supplement, and brands that are no persons. No name here is taken from the
development corpus."""

import pytest

from ibtd_desktop.anonymisation import lexicons as lx
from tests.unit.anonymisation._detected import surfaces


def _people(text: str) -> list[str]:
    return surfaces(text, "PERSON")


@pytest.mark.parametrize("text, name", [
    ("Van Dijk vertelde dat het bezwaar was afgewezen.", "Van Dijk"),     # "dijk" is a word
    ("Van der Linden belde later terug.", "Van der Linden"),              # "Linden" is a place
    ("Toen vertelde Van der Linden over de brief.", "Van der Linden"),
    ("De Bruin zei niets over de terugvordering.", "De Bruin"),
])
def test_a_surname_listed_with_its_particles_is_a_person(text, name):
    assert _people(text) == [name]


@pytest.mark.parametrize("text", [
    "Van Huis uit kende zij de regels.",
    "Van Water naar Land, zo heette het project.",
    "Het project Van Water naar Land liep af.",   # a title inside a sentence
    "Van de Bank kreeg ik een brief.",            # 'van de' is also a preposition and article
    "Van Mond tot Mond heette de campagne.",
])
def test_particle_and_a_word_that_is_no_listed_surname_stay_unmarked(text):
    assert _people(text) == []


@pytest.mark.parametrize("text, name", [
    ("Van 't Hek vertelde dat de brief te laat kwam.", "Van 't Hek"),  # only names write 't
    ("Van der Hoek belde terug.", "Van der Hoek"),                     # 'hoek' is a word
    ("Ter Horst belde terug.", "Ter Horst"),
    ("Daarna belde Van Hek over de brief.", "Van Hek"),                # a capital mid-sentence
])
def test_a_surname_that_is_a_word_after_particles_written_as_a_names(text, name):
    assert _people(text) == [name]


def test_de_heer_written_with_capitals_is_a_title_not_a_surname():
    assert _people("De Heer Jansen belde over zijn aanslag.") == ["Jansen"]
    assert _people("Het was De Heer die belde.") == []


def test_a_first_name_and_surname_that_are_ordinary_words_at_a_sentence_start():
    assert "Joop" in lx.first_names()  # from the supplement
    assert _people("Joop van Dijk belde over de toeslag.") == ["Joop van Dijk"]
    assert _people("Mooi Weer was de naam van het plan.") == []


@pytest.mark.parametrize("text, name", [
    ("Aanvrager: Visser, Anna (moeder).", "Visser, Anna"),       # listed surname, then first name
    ("Aanvrager: Wojcik, Agnieszka (moeder).", "Wojcik, Agnieszka"),
])
def test_a_reversed_name_is_one_span(text, name):
    assert _people(text) == [name]


def test_a_list_of_first_names_is_not_read_as_a_reversed_name():
    assert _people("Aanwezig waren Jan, Piet en Klaas.") == ["Jan", "Piet", "Klaas"]


@pytest.mark.parametrize("text, name", [
    ("Belastingadviseur Gea Hiemstra hielp haar met het bezwaar.", "Gea Hiemstra"),
    ("Douanemedewerker Kaya Demir controleerde de lading.", "Kaya Demir"),
    ("Schuldhulpverlener P. Tjong belde het gesprek af.", "P. Tjong"),
])
def test_a_role_written_as_a_compound_is_not_part_of_the_name(text, name):
    assert _people(text) == [name]


def test_a_business_named_after_its_owner_is_split_from_her_name():
    text = "Belastingadviseur Gea Hiemstra van Hiemstra Fiscaal hielp haar."
    people = _people(text)
    assert people[0] == "Gea Hiemstra"
    assert all("van" not in p for p in people)


@pytest.mark.parametrize("text, name", [
    ("Fatoumata Diallo kwam met haar dochter.", "Fatoumata Diallo"),
    ("Rima vertelde over de terugvordering.", "Rima"),
    ("Ece werkt sinds kort in de kapsalon.", "Ece"),
    ("Yohannes belde namens zijn moeder.", "Yohannes"),
])
def test_names_from_the_supplement_are_found_at_a_sentence_start(text, name):
    assert name in _people(text)


@pytest.mark.parametrize("text", [
    "Later werkte hij bij Sligro.",
    "Zending via DHL Freight en Maersk naar de haven.",
    "Ze bestelde alles bij Coolblue en Primark.",
])
def test_brands_are_not_persons(text):
    assert _people(text) == []


@pytest.mark.parametrize("text, name", [
    ("Dossier op naam van WISNIEWSKA, A. sinds 2019.", "WISNIEWSKA, A."),
    ("Uit het systeem: OKAFOR-BELLO, C.E.\nVolgende regel.", "OKAFOR-BELLO, C.E."),
    ("Klantbeeld: KOWALCZYK, M. Zij belde drie keer.", "KOWALCZYK, M."),  # a sentence follows
    ("Klantbeeld: KOWALCZYK, M. Kinderen wonen bij haar.", "KOWALCZYK, M."),  # no "M. Kinderen"
])
def test_a_surname_in_capitals_with_initials_after_it_is_one_person(text, name):
    assert _people(text) == [name]


@pytest.mark.parametrize("text, name", [
    ("AANVRAGER    : IVANOVA / TSVETELINA  GEB.DATUM", "IVANOVA / TSVETELINA"),  # unlisted
    ("NAAM MELDER : KOWALCZYK, AGNIESZKA", "KOWALCZYK, AGNIESZKA"),
    ("KIND 1 : DE JONG-ELZINGA / SANNE (4)", "DE JONG-ELZINGA / SANNE"),  # particle, double name
])
def test_a_surname_and_first_name_in_capitals_are_one_person(text, name):
    assert _people(text) == [name]


@pytest.mark.parametrize("text", [
    "TOESLAGEN / HUURTOESLAG",          # ordinary words
    "ADRES: BOUKHARI, ARKELSEDIJK 12",  # a name and then a street
])
def test_capitals_around_a_slash_or_comma_that_are_no_reversed_name(text):
    assert all("/" not in p and "," not in p for p in _people(text))


@pytest.mark.parametrize("text", [
    "Aanvraag KVK, B.V. en BSN, A. genoemd.",   # abbreviations
    "Het FORMULIER, A. is klaar.",              # an ordinary word in capitals
    "Stuur het naar UTRECHT, A. later.",        # a place
    "Bijlage A. Kinderen en ouders apart.",     # a letter, then an ordinary word
    "Punt B. Afspraken over de terugbetaling.",
])
def test_other_words_in_capitals_before_initials_are_no_persons(text):
    assert _people(text) == []


@pytest.mark.parametrize("text, name", [
    ("Gesproken met A. Bakker over de brief.", "A. Bakker"),     # a word that is a surname
    ("Gesproken met J.W. Kinderen.", "J.W. Kinderen"),           # two initials
    ("Mevrouw A. Kinderen belde terug.", "A. Kinderen"),         # a title
    ("Gesproken met A. Landman.", "A. Landman"),                 # unlisted, and a word
    ("A. Zwartveen: dat klopt.", "A. Zwartveen"),                # a transcript line
])
def test_initials_and_a_surname_that_is_a_word(text, name):
    assert _people(text) == [name]


@pytest.mark.parametrize("text, name", [
    ("gesprek met moeder priya kanhai over de brieven", "priya kanhai"),  # lower-case surname
    ("Tesfamariam belde namens zijn broer.", "Tesfamariam"),              # sentence start
])
def test_surnames_from_the_supplement(text, name):
    assert lx.surnames() >= {"Kanhai", "Tesfamariam"}
    assert _people(text) == [name]
