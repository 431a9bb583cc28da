"""Identifiers that only their surroundings reveal, and addresses that name no person: an IBAN
with a word glued after it, a KvK number written 4+4, a short number after the word that names
it, and an institution's functional mailbox. All numbers here are invented."""

import pytest

from ibtd_desktop.anonymisation.checksums import iban_valid
from ibtd_desktop.anonymisation.identifiers import find_emails, find_ibans, find_short_numbers
from tests.unit.anonymisation._detected import surfaces



@pytest.mark.parametrize("text, iban", [
    ("Overgemaakt naar BE71 0961 2345 6769 op naam van de stichting.", "BE71 0961 2345 6769"),
    ("Betaald vanaf PL61 1090 1014 0000 0712 1981 2874 via de bank.",
     "PL61 1090 1014 0000 0712 1981 2874"),
    ("Rekening NL91 ABNA 0417 1643 00 op naam van haar moeder.", "NL91 ABNA 0417 1643 00"),
])
def test_an_iban_ends_where_its_checksum_does_not_a_word_later(text, iban):
    assert iban_valid(iban.replace(" ", ""))  # the fixture itself is a valid IBAN
    assert [(text[s.start:s.end], s.label) for s in find_ibans(text)] == [(iban, "IBAN")]


def test_an_iban_with_a_typo_is_still_masked_whole_and_labelled_by_its_checksum():
    text = "Rekening NL91 ABNA 0417 1643 01 op naam van haar moeder."
    found = [(text[s.start:s.end], s.label) for s in find_ibans(text)]
    assert found == [("NL91 ABNA 0417 1643 01", "ID_NUMBER")]


@pytest.mark.parametrize("text", [
    "Ingeschreven bij de KvK onder 6972 4518 sinds 2015.",
    "KvK-nummer: 6972 4518",
])
def test_a_kvk_number_written_four_plus_four_after_kvk_is_a_kvk(text):
    assert surfaces(text, "KVK") == ["6972 4518"]


@pytest.mark.parametrize("text", [
    "Bel 06 1234 5678 voor een afspraak.",      # a mobile number's last eight digits
    "In de jaren 2019 2020 ging het mis.",      # two years
    "Zij kreeg 1200 1500 euro per maand.",      # two amounts
    "KvK-nummer 6972 4518 0011 is niet geldig.",  # part of a longer run of digits
])
def test_four_plus_four_digits_without_kvk_or_inside_a_longer_number_are_no_kvk(text):
    assert surfaces(text, "KVK") == []


@pytest.mark.parametrize("text, number, label", [
    ("Zijn personeelsnummer 40719 staat op de pas.", "40719", "ID_NUMBER"),
    ("klantnr. 88213 bij de energieleverancier", "88213", "ID_NUMBER"),
    ("Relatienummer: 730122 volgens de brief", "730122", "ID_NUMBER"),
    ("dossiernummer: 4821 is bij ons bekend", "4821", "CASE_NUMBER"),
    ("Zaaknr 55102 is afgesloten.", "55102", "CASE_NUMBER"),
])
def test_a_short_number_after_the_word_that_names_it_is_masked(text, number, label):
    assert [(text[s.start:s.end], s.label) for s in find_short_numbers(text)] == [(number, label)]
    assert number in surfaces(text, label)


@pytest.mark.parametrize("text", [
    "Zij woont op huisnummer 12345 zegt ze.",   # a house number is part of an address rule
    "telefoonnummer 12345 klopt niet",          # too short for a phone; not an ID word
    "artikelnummer 40719 in de catalogus",      # a product, not a person
    "Het klantnummer 12345,00 euro",            # an amount
    "Nummer 4821 van de reeks",                 # no word names the number
    "personeelsnummer 40719-2 staat op de pas",  # a longer code, left to the code rule
])
def test_a_short_number_without_an_identifying_word_is_no_short_identifier(text):
    assert list(find_short_numbers(text)) == []


@pytest.mark.parametrize("address", [
    "meldpunt@ibtd.nl", "wederhoor-toeslagen@ibtd.nl", "info@belastingdienst.nl",
    "klachten.douane@belastingdienst.nl",
])
def test_an_institutions_functional_mailbox_is_not_personal_data(address):
    text = f"Mail naar {address} voor vragen."
    assert list(find_emails(text)) == []


@pytest.mark.parametrize("address", [
    "w.schouten@ibtd.nl",                # a staff member at the institution
    "info@belastingwinkel-zwolle.nl",    # a small local office, not a listed institution
    "meldpunt@gmail.com",                # a private mailbox, whatever its name
    "info@ibtd.nl.example.com",          # a lookalike domain
])
def test_a_personal_or_private_mailbox_is_still_an_email(address):
    text = f"Mail naar {address} voor vragen."
    assert [text[s.start:s.end] for s in find_emails(text)] == [address]


@pytest.mark.parametrize("text, code", [
    ("Het polisnummer is ZK-2023-88812 bij de verzekeraar.", "ZK-2023-88812"),
    ("EORI-nummer NL812345678 van de expediteur.", "NL812345678"),
])
def test_a_code_after_a_word_for_a_persons_number_is_an_id_number(text, code):
    assert surfaces(text, "ID_NUMBER") == [code]


def test_a_code_after_a_case_word_stays_a_case_number():
    text = "Het klantnummer staat op zaak UHT-2021-048213."
    assert surfaces(text, "CASE_NUMBER") == ["UHT-2021-048213"]
