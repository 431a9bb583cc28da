"""Every interviewee of the dossier reaches the engine as a known person, whatever the case of
their name in the text (a pre-filter in the service once dropped names written with "İ")."""

from ibtd_desktop.domain.casework.enums import QuotePermission
from ibtd_desktop.domain.casework.people import IntervieweeIdentity
from ibtd_desktop.domain.summary_sources import SourcePerson
from ibtd_desktop.services.summaries.detection import detect_in_final, detect_in_original


def _person(name: str, pseudonym: str = "Ouder A") -> SourcePerson:
    return SourcePerson(
        id=1, pseudonym=pseudonym, role="affected_parent",
        identity=IntervieweeIdentity(name=name, phone="06-12345678", email="", address=""),
        share_summary=True, quotes=QuotePermission.NO, safeguards=())


def test_a_name_written_with_turkish_capitals_is_a_known_person():
    text = "Gesprek met İLKNUR İPEK over de terugvordering."
    spans = detect_in_original(text, [_person("Ilknur Ipek")])
    assert any(s.source == "context:name" and text[s.start:s.end] == "İLKNUR İPEK" for s in spans)


def test_the_residual_scan_finds_the_same_name_in_a_summary():
    text = "Ouder A vertelde dat İPEK de brief niet had ontvangen."
    spans = detect_in_final(text, [_person("Ilknur Ipek")])
    assert any(text[s.start:s.end] == "İPEK" for s in spans)
