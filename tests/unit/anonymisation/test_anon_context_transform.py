import pytest

from ibtd_desktop.anonymisation import (
    DetectionContext, KnownPerson, Pseudonymiser, RedactionPolicy, detect, person_key,
    policy_from_safeguards, province_of, pseudonymise, redact, small_group_check)

CTX = DetectionContext(known_people=[KnownPerson(
    name="Anouk Zwartveen", address="Lijsterbeslaan 4, 1234 AB Ergens", phone="06-11223344",
    email="anouk@example.org", pseudonym="Respondent 3")])


@pytest.mark.parametrize("mention", [
    "Anouk Zwartveen", "Zwartveen", "A. Zwartveen", "Anouk", "zwartveen", "ANOUK ZWARTVEEN"])
def test_known_person_variants_are_always_found(mention):
    text = f"In het verslag staat dat {mention} akkoord ging."
    found = [text[s.start:s.end] for s in detect(text, CTX) if s.label == "PERSON"]
    assert mention in found


def test_known_first_name_inside_another_persons_full_name_masks_the_whole_name():
    # Another Anouk: the case-file first name must not leave her surname visible.
    text = "Haar buurvrouw Anouk Brinkhorst belde, en Anouk zelf kwam later."
    spans = detect(text, CTX)
    covered = {i for s in spans for i in range(s.start, s.end)}
    surname = text.index("Brinkhorst")
    assert all(i in covered for i in range(surname, surname + len("Brinkhorst")))
    own = text.index("Anouk zelf")
    assert any(s.start == own and s.source.startswith("context") for s in spans)


def test_known_person_possessive_and_identity_fields():
    text = "Zwartveen's brief kwam aan op Lijsterbeslaan 4; bel 06 11 22 33 44 of anouk@example.org."
    spans = detect(text, CTX)
    got = {(s.label, text[s.start:s.end]) for s in spans}
    assert ("PERSON", "Zwartveen") in got
    assert ("ADDRESS", "Lijsterbeslaan 4") in got
    assert ("PHONE", "06 11 22 33 44") in got
    assert ("EMAIL", "anouk@example.org") in got


def test_pseudonymise_is_consistent_and_keyed():
    text = "Anouk Zwartveen sprak met Piet Vermeer. Later belde mevrouw Zwartveen met Vermeer."
    spans = detect(text, CTX)
    out = pseudonymise(text, spans, b"s" * 32, CTX)
    assert "Zwartveen" not in out and "Vermeer" not in out
    assert out.count("Respondent 3") == 2
    assert out.count("[PERSOON 1]") == 2
    assert pseudonymise(text, spans, b"s" * 32, CTX) == out
    assert person_key(b"a" * 32, "Piet Vermeer") != person_key(b"b" * 32, "Piet Vermeer")
    assert "vermeer" not in person_key(b"a" * 32, "Piet Vermeer")
    with pytest.raises(ValueError):
        person_key(b"", "x")


def test_other_people_are_numbered_in_order_of_appearance():
    p = Pseudonymiser(b"k" * 32)
    assert p.pseudonym_for("Jan Smit") == "[PERSOON 1]"
    assert p.pseudonym_for("Els Bos") == "[PERSOON 2]"
    assert p.pseudonym_for("dhr. Smit") == "[PERSOON 1]"


def test_redact_placeholders_by_default():
    text = "BSN 111222333, bel 06-12345678, woont op Kerkstraat 12 in Leiden."
    out = redact(text, detect(text), RedactionPolicy())
    assert "[BSN]" in out and "[TELEFOON]" in out and "[ADRES]" in out and "[WOONPLAATS]" in out
    assert "111222333" not in out and "Leiden" not in out


def test_generalisation_from_safeguards():
    text = "Mevrouw Smit (43 jaar) woont in Leiden, 2312 AB, geboren 12-03-1980. Gesprek 14 maart 2024."
    policy = policy_from_safeguards(["no_name", "no_place_below_province", "no_exact_dates"])
    out = redact(text, detect(text), policy)
    assert "40-49 jaar" in out
    assert "Zuid-Holland" in out and "Leiden" not in out
    assert "2312" not in out and "1980" not in out and "12-03" not in out
    assert "maart 2024" in out and "14 maart" not in out
    assert "Smit" not in out


def test_unknown_safeguard_is_refused():
    with pytest.raises(ValueError):
        policy_from_safeguards(["no_name", "make_it_safe"])


def test_province_of():
    assert province_of("Leiden") == "Zuid-Holland"
    assert province_of("den haag") == "Zuid-Holland"
    assert province_of("gemeente Best") == "Noord-Brabant"
    assert province_of("Wouw") == "Noord-Brabant"
    assert province_of("Atlantis") is None


def test_small_group_check_finds_groups_and_suggests():
    records = [{"age": 41, "place": "Leiden"}] * 3 + [{"age": 67, "place": "Goes"}]
    report = small_group_check(records, ["age", "place"], k=3)
    assert not report.ok
    assert [g.record_indexes for g in report.groups] == [(3,)]
    assert "place" in report.suggestion or "age" in report.suggestion
    assert small_group_check(records[:3], ["age", "place"], k=3).ok
    with pytest.raises(ValueError):
        small_group_check(records, ["age"], k=1)


def test_lexicons_load_once_and_are_frozensets():
    from ibtd_desktop.anonymisation import lexicons as lx

    assert isinstance(lx.dutch_words(), frozenset) and lx.dutch_words() is lx.dutch_words()
    assert "huis" in lx.dutch_words() and "Fatima" not in lx.dutch_words()
    assert "Fatima" in lx.first_names()
    assert lx.municipalities()["Best"] == "Noord-Brabant"
    assert len({v for v in lx.municipalities().values()}) == 12


def test_redaction_never_leaks_overlapping_input():
    from ibtd_desktop.anonymisation import Span

    text = "Jan Jansen"
    spans = [Span(0, 10, "PERSON", "t"), Span(4, 10, "PERSON", "t")]
    assert redact(text, spans) == "[NAAM]"


def test_known_name_that_is_also_a_word_matches_only_capitalised():
    ctx = DetectionContext(known_people=[KnownPerson(name="Roos Bakker")])
    text = "Roos Bakker bracht een roos mee voor de bakker. Later kwam Bakker terug."
    found = [text[s.start:s.end] for s in detect(text, ctx) if s.label == "PERSON"]
    assert "Roos Bakker" in found and "Bakker" in found
    assert "roos" not in found and "bakker" not in found
