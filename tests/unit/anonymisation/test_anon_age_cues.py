"""The cue gate (age_cues) must give exactly the matches of the plain age rules' finditer:
same spans, same groups, the same matches hidden inside earlier ones, on generated text."""

from hypothesis import given, settings
from hypothesis import strategies as st

from ibtd_desktop.anonymisation import dates_ages as da

_PIECES = (
    "ik ben|is|was|nu|die|wordt|werd|toen|inmiddels|peildatum|leeftijd:|leeftijd|age|sinds|vanaf|"
    "op|tot|na|voor|ca.|circa|ongeveer|rond de|van|mijn|zijn|haar|z'n|m'n|een|twee|vijfentwintig|"
    "zestien|zestiende|eerste|12e|3de|jaar|jr|oud|was|45|7|123|2024|12.30|45%|ons|xis|IS|Was|EEN|"
    "Zijn|İs|ıs|ſinds|Ca.|٤٥|de|het|ik|bij").split("|") + list(" \n\t\xa0,.;:)!?-x")
_SEPS = st.sampled_from([" ", " ", " ", "\n", "  ", " \n", "\n ", "\n\n", "\t", "\xa0", ""])
TEXT = st.lists(st.tuples(st.sampled_from(_PIECES), _SEPS), max_size=30).map(
    lambda parts: "".join(p + s for p, s in parts))


def _all(ms):
    return [(m.span(), m.groups()) for m in ms]


@settings(max_examples=1500, deadline=None)
@given(TEXT)
def test_cue_gate_matches_the_plain_rules(text):
    got = da._CUE_GATE.matches(text)
    for rule, ms in zip(da._CUE_GATE.rules, got):
        assert _all(ms) == _all(rule.rx.finditer(text)), rule.rx.pattern[:40]


def test_cue_gate_finds_each_rule_and_hides_like_finditer():
    text = "Hij is 45 was 46, sinds mijn zestiende en ca. 45, en  is\n33 en Zijn vrouw was  Vijfentwintig"
    verb, ordinal, approx = da._CUE_GATE.matches(text)
    assert [m.group(1) for m in verb] == [m.group(1) for m in da.AGE_AFTER_VERB.finditer(text)]
    assert [m.group(1) for m in verb] == ["45", "33", "Vijfentwintig"]  # "was 46" is hidden
    assert [m.group(1) for m in ordinal] == ["zestiende"] and [m.group(1) for m in approx] == ["45"]
