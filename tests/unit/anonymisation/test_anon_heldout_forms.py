"""Forms a second, independently written set of notes showed the detector missing: double
surnames whose second part is a word, postcodes and places in lower case, places in capitals,
work locations, towns of origin countries, ages told as moments or in brackets after a role, the
nearest birth cue, a KvK number in pairs and lower-case names after compound roles. Names,
places and numbers here are invented for these tests."""

import pytest

from ibtd_desktop.anonymisation import detect
from tests.unit.anonymisation._detected import surfaces



@pytest.mark.parametrize("text, name", [
    ("Ik sprak mevrouw Jansen-Bakker over de toeslag.", "Jansen-Bakker"),   # "bakker" is a word
    ("Het gesprek leidde drs. M. van den Heuvel-Dassen.", "M. van den Heuvel-Dassen"),
    ("Notitie Van den Heuvel-Dassen: het echtpaar is open.", "Van den Heuvel-Dassen"),
])
def test_a_double_surname_whose_second_part_is_a_word_is_a_person(text, name):
    assert surfaces(text, "PERSON") == [name]


@pytest.mark.parametrize("text", [
    "Veel Oost-Europese chauffeurs rijden hier.",   # an adjective of a region
    "Zij kreeg een AOW-Uitkering van de SVB.",      # an abbreviation and a word
    "Het Noord-Hollandse dorp was klein.",
])
def test_hyphenated_words_that_are_no_double_names_stay_unmarked(text):
    assert surfaces(text, "PERSON") == []


def test_a_lower_case_postcode_after_a_house_number_with_a_suffix_and_the_place_after_it():
    text = "zij woont op de vossenlaan 188-k, 6522 bw nijmegen. de studio is klein"
    assert surfaces(text, "POSTCODE") == ["6522 bw"]
    assert surfaces(text, "LOCATION") == ["nijmegen"]


def test_a_short_word_after_a_year_is_no_postcode_and_opens_no_place():
    assert detect("in 2019 en zwolle was het anders") == []


@pytest.mark.parametrize("text, place", [
    ("Hij werkt al twintig jaar op schiphol.", "schiphol"),
    ("De scan vond plaats op de Maasvlakte bij de terminal.", "Maasvlakte"),
    ("Zij komt uit Commewijne en woonde later in Nickerie.", "Commewijne"),
    ("Hij is geboren in Keren, in het noorden.", "Keren"),
    ("HIJ KOMT UIT KUMASI EN WERKT NU HIER.", "KUMASI"),
])
def test_work_locations_and_towns_of_origin_are_locations(text, place):
    assert place in surfaces(text, "LOCATION")


@pytest.mark.parametrize("text", [
    "WIJ ZIJN LAAG BIJ DE GRENS GEBLEVEN.",   # a word in capitals, though a town is named so
    "HET GESPREK MET MARTA DUURDE LANG.",     # a first name in capitals
    "Ze moest wenen om de brief.",            # the verb, not Vienna
])
def test_capitals_and_words_do_not_make_places(text):
    assert surfaces(text, "LOCATION") == []


@pytest.mark.parametrize("text, age", [
    ("Ze kwam naar Nederland toen ze negentien was.", "negentien"),
    ("Toen mijn dochter 17 werd, stopte de toeslag.", "17"),
    ("Ze vond het schandalig dat een vrouw van 85 zo'n brief krijgt.", "85"),
    ("Aanwezig: Mark Doorn (directeur-eigenaar, 59) en zijn vrouw.", "59"),
    ("Aanwezig: dhr. Sjoerd Tillema (zevenentachtig, geb. 1937) en zijn zoon.", "zevenentachtig"),
    ("Mevrouw is sinds haar tachtigste slechtziend.", "tachtigste"),
    ("Sinds zijn eenentwintigste woont hij alleen.", "eenentwintigste"),
])
def test_ages_told_as_moments_or_beside_a_role(text, age):
    assert surfaces(text, "AGE") == [age]


@pytest.mark.parametrize("text", [
    "Ze is moeder van twee.",                       # her children counted
    "Toen hij twee keer belde was het klaar.",      # a count
    "Sinds haar tweede zwangerschap werkt ze niet.",  # an ordinal below twelve
    "Zie de tabel (bijlage, 12) voor de cijfers.",  # no person before the brackets
])
def test_counts_and_ordinals_that_are_no_ages(text):
    assert surfaces(text, "AGE") == []


def test_the_nearest_birth_cue_decides_for_each_date():
    text = "Dimas (geb. 23-3-2013) en Ayu (geb. 5 juli 2016) zitten op school."
    assert surfaces(text, "DATE_OF_BIRTH") == ["23-3-2013", "5 juli 2016"]


def test_a_kvk_number_written_in_pairs_after_kvk():
    text = "Kapsalon Mooi, KvK 81 46 20 97, staat op naam van haar zus."
    assert surfaces(text, "KVK") == ["81 46 20 97"]
    assert surfaces("Bel 06 12 34 56 78 voor een afspraak.", "KVK") == []


@pytest.mark.parametrize("text, name", [
    ("rondleiding door ploegleider ricardo bij de loods", "ricardo"),
    ("volgens douanecollega piotr is dat normaal", "piotr"),
])
def test_a_lower_case_name_after_a_compound_role(text, name):
    assert surfaces(text, "PERSON") == [name]


@pytest.mark.parametrize("text", [
    "09:10 Meegekeken in loods 4, alles leek in orde.",   # a participle after a time
    "Opgenomen door de melder zelf.",                     # a participle with a prefix
    "Concrete punten van de melder volgen hieronder.",    # concreet, inflected
    "Signalen uit de groep worden besproken.",            # signaal, plural
    "Hij had opmerkingen over die Bulgaren in het algemeen.",
    "Zij leest vooral Sarnami en wat Nederlands.",
    "ZIE DE VOLGENDE PAGINA. U.S. DOLLARS WORDEN OMGEREKEND.",
])
def test_inflected_words_peoples_and_languages_are_no_persons(text):
    assert surfaces(text, "PERSON") == []


def test_initials_before_a_surname_in_capitals_are_one_person():
    text = "OPMERKING BEHANDELAAR (A. BOUZERDA, TEAM PASSAGIERS): AANGIFTE OK"
    assert surfaces(text, "PERSON") == ["A. BOUZERDA"]


@pytest.mark.parametrize("text, person, org", [
    ("Gesprek met Gifty Mensah van Gastouderopvang Zonnebloem over de uren.",
     "Gifty Mensah", "Gastouderopvang Zonnebloem"),
    ("Dhr. Karaca van Administratiekantoor Karaca & Zn. deed de aangifte.",
     "Karaca", "Administratiekantoor Karaca & Zn."),
    ("Verhuurder R.A. van Gemert van Van Gemert Kamerverhuur belde.",
     "R.A. van Gemert", "Van Gemert Kamerverhuur"),
])
def test_a_person_of_a_business_and_the_business_are_two_spans(text, person, org):
    assert surfaces(text, "PERSON") == [person]
    assert surfaces(text, "ORGANISATION_PRIVATE") == [org]


@pytest.mark.parametrize("text, org", [
    ("Wat er speelt: de verhuurder, Vastgoedbeheer Laakzicht, heeft de huur verhoogd.",
     "Vastgoedbeheer Laakzicht"),
    ("Ze huurt van Wooncoöperatie Noordkade aan de Harddraversweg 4.", "Wooncoöperatie Noordkade"),
    ("Het was Transportbedrijf Van der Berg uit Ede.", "Transportbedrijf Van der Berg"),
    ("Afhandelaar Van Kampen Forwarding bevestigde de zending.", "Van Kampen Forwarding"),
    ("De aangifte deed Maasgrens Expeditie B.V. namens de klant.", "Maasgrens Expeditie B.V."),
])
def test_business_names_end_where_the_name_does(text, org):
    assert surfaces(text, "ORGANISATION_PRIVATE") == [org]


@pytest.mark.parametrize("text", [
    "Zending via DHL Freight en Maersk naar de haven.",   # brands and type words
    "zaak: Jan",                                          # a first name after a cue
])
def test_brands_and_first_names_are_no_small_businesses(text):
    assert surfaces(text, "ORGANISATION_PRIVATE") == []


@pytest.mark.parametrize("text, name", [
    ("bevestigt teamleider douane, mw. els van 't hek. zij herkent het", "els van 't hek"),
    ("mw. roos de jong belde terug over de brief", "roos de jong"),
])
def test_a_lower_case_name_that_is_a_word_after_an_abbreviated_title(text, name):
    assert surfaces(text, "PERSON") == [name]


def test_a_word_after_an_abbreviated_title_without_a_surname_is_left_alone():
    assert surfaces("mw. els zei dat het klopt", "PERSON") == []
