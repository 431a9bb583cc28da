"""Safeguard rules without a database: consent, quotes, agreements, residual scan, small groups."""

import pytest

from ibtd_desktop.anonymisation import Span
from ibtd_desktop.domain.casework.enums import QuotePermission, Safeguard
from ibtd_desktop.domain.casework.people import IntervieweeIdentity
from ibtd_desktop.domain.summaries import SummaryAttributes
from ibtd_desktop.domain.summary_sources import SourcePerson
from ibtd_desktop.services.summaries import safeguards
from ibtd_desktop.services.summaries.groups import small_group_warnings
from ibtd_desktop.services.summaries.quotes import extract_quotes, quotes_hash


def person(**kw):
    base = dict(
        id=1, pseudonym="Ouder A", role="affected_parent",
        identity=IntervieweeIdentity(name="Sanne de Wit", phone="06-11122233"),
        share_summary=True, quotes=QuotePermission.YES, safeguards=(),
    )
    base.update(kw)
    return SourcePerson(**base)


def test_consent_problems_explain_the_fix():
    assert safeguards.consent_problems([person()]) == []
    (p,) = safeguards.consent_problems([person(share_summary=False, has_consent=False)])
    assert "record the consent" in p.message and p.code == "consent"
    (p,) = safeguards.consent_problems([person(share_summary=False, consent_withdrawn=True)])
    assert "withdrawn" in p.message
    (p,) = safeguards.consent_problems([person(share_summary=False)])
    assert "does not allow sharing" in p.message


def test_quote_rules():
    text = 'Zij zei: "dit klopt niet".'
    assert safeguards.quote_problems("geen citaat", [person(quotes=QuotePermission.NO)], set()) == []
    assert safeguards.quote_problems(text, [person(quotes=QuotePermission.YES)], set()) == []
    (p,) = safeguards.quote_problems(text, [person(quotes=QuotePermission.NO)], set())
    assert "paraphrase" in p.message and "dit klopt niet" not in p.message
    (p,) = safeguards.quote_problems(text, [person(quotes=QuotePermission.AFTER_APPROVAL)], set())
    assert "held until" in p.message
    approved = {(1, quotes_hash(extract_quotes(text)))}
    assert safeguards.quote_problems(text, [person(quotes=QuotePermission.AFTER_APPROVAL)], approved) == []
    # the quotes_checked safeguard needs the approval even when consent says yes
    (p,) = safeguards.quote_problems(text, [person(safeguards=(Safeguard.QUOTES_CHECKED,))], set())
    assert "held until" in p.message


@pytest.mark.parametrize(
    "safeguard, text, span_label, fragment",
    [
        (Safeguard.NO_NAME, "Ouder A sprak met Piet.", "PERSON", "Piet"),
        (Safeguard.NO_PLACE_BELOW_PROVINCE, "Zij woont in Goes.", "LOCATION", "Goes"),
        (Safeguard.NO_PLACE_BELOW_PROVINCE, "Zij woont aan de Dorpsstraat 4.", "ADDRESS", "Dorpsstraat 4"),
        (Safeguard.NO_JOB_TITLE_EMPLOYER, "Zij werkt bij Schoonmaak Glans.", "ORGANISATION_PRIVATE", "Schoonmaak Glans"),
    ],
)
def test_agreement_refuses_labelled_spans(safeguard, text, span_label, fragment):
    start = text.index(fragment)
    spans = [Span(start, start + len(fragment), span_label, "test", 1.0)]
    (p,) = safeguards.agreement_problems(text, spans, [person(safeguards=(safeguard,))])
    assert p.code == "agreement" and fragment not in p.message
    assert safeguards.agreement_problems(text, spans, [person()]) == []  # nothing promised


def test_agreement_province_is_fine_and_dates_and_titles_are_checked():
    text = "Zij woont in Zeeland."
    spans = [Span(13, 20, "LOCATION", "test", 1.0)]
    assert safeguards.agreement_problems(text, spans, [person(safeguards=(Safeguard.NO_PLACE_BELOW_PROVINCE,))]) == []
    dated = "Op 12-03-2021 en 4 maart 2022 belde zij; in maart 2023 niet."
    problems = safeguards.agreement_problems(dated, [], [person(safeguards=(Safeguard.NO_EXACT_DATES,))])
    assert len(problems) == 2 and all("month and year" in p.message for p in problems)
    titled = "Zij is teamleider bij de opvang."
    (p,) = safeguards.agreement_problems(titled, [], [person(safeguards=(Safeguard.NO_JOB_TITLE_EMPLOYER,))])
    assert "job title" in p.message


def test_residual_scan_hard_and_clearable_hits():
    text = "Ouder A sprak met Pieter Hendriks en met De Wit."
    report = safeguards.residual_scan(text, [person()])
    hard = [h for h in report.hits if h.hard]
    soft = [h for h in report.hits if not h.hard]
    assert hard and all(text[h.start:h.end] in ("De Wit", "Wit") for h in hard)
    assert soft and not report.clean
    fragment = text[soft[0].start:soft[0].end]
    cleared = safeguards.residual_scan(text, [person()], [(soft[0].label, fragment, "publiek figuur")])
    assert any(h.cleared for h in cleared.hits)
    assert not cleared.clean  # the identity hit stays
    assert safeguards.residual_scan("Ouder A kreeg een brief van de Dienst Toeslagen.", [person()]).clean


def test_refusal_lists_every_problem():
    with pytest.raises(safeguards.SummaryRefused) as err:
        safeguards.check_release(
            "Indienen", 'Sanne de Wit zei "nee".', [person(share_summary=False, quotes=QuotePermission.NO)], [person()]
        )
    codes = {p.code for p in err.value.problems}
    assert {"consent", "quotes", "identity"} <= codes
    assert "Sanne" not in str(err.value)


def test_small_group_warnings_and_suggestion():
    common = SummaryAttributes(role="affected_parent", domain="toeslagen", year=2024)
    rare = SummaryAttributes(role="affected_parent", domain="toeslagen", year=2024, province="Zeeland", age_band="80+")
    records = [common] * 6 + [rare]
    (w,) = small_group_warnings(records, rare, k=5)
    assert w.group_size == 1 and dict(w.attributes)["province"] == "Zeeland"
    assert "provincie" in w.suggestion and "leeftijdscategorie" in w.suggestion
    assert "rol" not in w.suggestion.split(":")[0]
    assert small_group_warnings(records, common, k=5) == ()
    assert len(small_group_warnings(records, None, k=5)) == 1
    assert small_group_warnings(records, rare, k=1) == ()
    assert small_group_warnings([SummaryAttributes()], SummaryAttributes(), k=5) == ()
