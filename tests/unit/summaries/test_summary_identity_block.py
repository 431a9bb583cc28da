"""The hard identity block finds real identity values and their variants, and nothing else."""

import pytest
from hypothesis import given, strategies as st

from ibtd_desktop.domain.casework.enums import QuotePermission
from ibtd_desktop.domain.casework.people import IntervieweeIdentity
from ibtd_desktop.domain.summary_sources import SourcePerson
from ibtd_desktop.services.summaries.identity_block import find_identity_leaks
from ibtd_desktop.services.summaries.quotes import extract_quotes, quotes_hash

PERSON = SourcePerson(
    id=1,
    pseudonym="Ouder A",
    role="affected_parent",
    identity=IntervieweeIdentity(
        name="Jan Pieter van der Berg",
        phone="06-12345678",
        email="jp.berg@example.nl",
        address="Lindelaan 12, 2311 AB Leiden",
    ),
    share_summary=True,
    quotes=QuotePermission.NO,
    safeguards=(),
)


@pytest.mark.parametrize(
    "text, field",
    [
        ("Gesprek met Jan Pieter van der Berg over toeslagen.", "name"),
        ("Gesprek met jan pieter VAN DER BERG.", "name"),
        ("Meneer Van der Berg vertelde", "surname"),
        ("Berg vertelde dat", "surname"),
        ("BERG vertelde dat", "surname"),
        ("Volgens J.P.B. was het", "initials"),
        ("Volgens JPvdB was het", "initials"),
        ("Bel +31 6 1234 5678 voor", "phone"),
        ("Bel 0612345678 voor", "phone"),
        ("Mail jp.berg@EXAMPLE.nl", "email"),
        ("Woont aan de Lindelaan 12 sinds", "address"),
        ("Woont aan de Lindelaan sinds", "address"),
        ("Postcode 2311AB", "postcode"),
        ("Zij woont in Leiden.", "address"),
    ],
)
def test_identity_variants_are_found(text, field):
    leaks = find_identity_leaks(text, [PERSON])
    assert field in {leak.field for leak in leaks}
    assert all(leak.pseudonym == "Ouder A" for leak in leaks)


@pytest.mark.parametrize(
    "text",
    [
        "Ouder A vertelde over de bergen van papier.",  # "bergen", lower-case "berg"
        "Gesprek in [WOONPLAATS] met [NAAM], [TELEFOON].",
        "Zij woont in Zuid-Holland, 40-49 jaar.",
        "Het bedrag was 1234 euro.",
    ],
)
def test_clean_text_has_no_leaks(text):
    assert find_identity_leaks(text, [PERSON]) == []


def test_person_without_identity_is_skipped():
    anonymous = SourcePerson(2, "Ouder B", "affected_parent", None, True, QuotePermission.NO, ())
    assert find_identity_leaks("Jan Pieter van der Berg", [anonymous]) == []


def test_quotes_are_extracted_and_hashed():
    text = 'Zij zei: "het was een nachtmerrie" en „ik kreeg geen antwoord”. Auto\'s en \'s avonds niet.'
    assert extract_quotes(text) == ["het was een nachtmerrie", "ik kreeg geen antwoord"]
    assert quotes_hash(extract_quotes(text)) != quotes_hash(["het was een nachtmerrie"])
    assert extract_quotes("geen citaten hier") == []


def test_generalised_values_are_not_residual_hits():
    from ibtd_desktop.services.summaries.detection import detect_in_final

    text = "Ouder A is 30-39 jaar, woont in [provincie Zeeland] en kreeg in maart 2021 een brief. [NAAM] belde."
    assert detect_in_final(text, [PERSON]) == []
    assert detect_in_final("Zij is 34 jaar.", [PERSON])  # an exact age still is one
    assert detect_in_final("[Jan Jansen] belde.", [PERSON])  # brackets are no free pass


def test_pseudonym_letters_are_not_initials():
    anouk = SourcePerson(
        3, "Ouder AJ", "affected_parent", IntervieweeIdentity(name="Anouk Jansen"), True, QuotePermission.NO, ()
    )
    assert find_identity_leaks("Gesprek met Ouder AJ.", [anouk]) == []
    assert [leak.field for leak in find_identity_leaks("Volgens AJ klopt het.", [anouk])] == ["initials"]


_GIVEN = ["Anouk", "Mehmet", "Fatima", "Jan Pieter", "Tomasz", "Yohannes"]
_SURNAMES = ["de Vries", "Yilmaz", "el Amrani", "van der Berg", "Kowalski", "Owusu-Boateng"]


@given(
    st.sampled_from(_GIVEN), st.sampled_from(_SURNAMES),
    st.text(alphabet="abcdefghij .,", max_size=40), st.text(alphabet="abcdefghij .,", max_size=40),
    st.sampled_from(["full", "upper", "surname", "core"]),
)
def test_any_identity_name_inserted_anywhere_is_found(given_name, surname, before, after, form):
    name = f"{given_name} {surname}"
    core = surname.split()[-1]
    inserted = {"full": name, "upper": name.upper(), "surname": surname, "core": core}[form]
    person = SourcePerson(9, "Burger A", "affected_citizen", IntervieweeIdentity(name=name), True, QuotePermission.NO, ())
    text = f"{before} {inserted} {after}"
    leaks = find_identity_leaks(text, [person])
    start = len(before) + 1
    assert any(leak.start <= start and start + len(inserted) <= leak.end or leak.start >= start for leak in leaks)
    assert leaks


def test_pseudonym_before_a_full_stop_is_not_a_hit_but_a_surname_after_it_is():
    from ibtd_desktop.services.summaries.detection import detect_in_final

    # The engine reads "Ouder A." as a name with an initial; the full stop adds nothing personal.
    assert detect_in_final("Het geld ging naar een rekening op naam van Ouder A. Daarna belde zij.", [PERSON]) == []
    # A real surname glued to a pseudonym is a leak the scan must still report.
    hits = detect_in_final("De ex-partner, Ouder A Kuipers, kreeg de brieven.", [PERSON])
    assert any("Kuipers" in "De ex-partner, Ouder A Kuipers, kreeg de brieven."[s.start:s.end] for s in hits)
