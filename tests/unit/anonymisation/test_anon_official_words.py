"""Words of officials, courts, mail headers and laws that are no personal data, roles and titles
before a name, and identifier cues written short. Names and numbers here are invented."""

import pytest

from tests.unit.anonymisation._detected import surfaces


@pytest.mark.parametrize("text", [
    "senior inspecteur Inspectie Belastingen, Toeslagen en Douane",   # the inspectorate itself
    "De zaak ligt bij de rechtbank Midden-Nederland, zaaknummer volgt.",
    "Een Kamerlid reageerde op het bericht.",
    "Het bezwaar loopt nog (vgl. art. 25 Iw 1990).",
    "Date: Thu, 1 Feb 2024 16:40",
    "Het formulier is alleen in NL en EN beschikbaar.",
    "- Doorgezet naar de Belastingdienst.",                             # a participle
])
def test_institutions_headers_and_participles_are_no_persons(text):
    assert surfaces(text, "PERSON") == [] and surfaces(text, "LOCATION") == []


@pytest.mark.parametrize("text, name", [
    ("Samenvatting Transportondernemer Harm Wubs (56) uit Sappemeer", "Harm Wubs"),  # a role
    ("- Pastor Mensah (66) wordt door ouderen vertrouwd.", "Mensah"),                # a title
    ("Daarna sprak de imam Yusuf Demir.", "Yusuf Demir"),
])
def test_roles_and_titles_before_a_name_are_no_part_of_it(text, name):
    assert surfaces(text, "PERSON") == [name]


def test_a_stress_accent_makes_no_name():
    assert surfaces("terugkoppeling henk-jan vóór 15 mei", "PERSON") == []


@pytest.mark.parametrize("text, value", [
    ("| dhr. Wiśniewski | klantnr. KL-5520917 | zorgtoeslag", "KL-5520917"),
    ("huurdernr. HN-228173 bij de corporatie", "HN-228173"),
])
def test_short_written_customer_numbers_are_id_numbers(text, value):
    assert surfaces(text, "ID_NUMBER") == [value]


def test_a_compact_postcode_under_a_postcode_and_place_header_is_no_plate():
    text = "POSTCODE/PLAATS    : 5612HK EINDHOVEN"
    assert surfaces(text, "POSTCODE") == ["5612HK"] and surfaces(text, "LICENSE_PLATE") == []


def test_a_count_after_a_group_word_and_van_is_no_age():
    assert surfaces("09.00 rondleiding. team van 26, achterstand groot", "AGE") == []
    assert surfaces("Jansen van 45, die het zelf deed", "AGE") == ["45"]
