import re

from ibtd_desktop.domain.casework.enums import SignalChannel
from ibtd_desktop.domain.casework.interviews import InterviewFilter
from ibtd_desktop.domain.casework.investigations import InvestigationFilter
from ibtd_desktop.domain.casework.search import SearchQuery
from ibtd_desktop.domain.casework.signals import SignalFilter
from ibtd_desktop.services import demo
from ibtd_desktop.services.casework import demo_data, interviewees, interviews, investigations, search, signals


def test_fill_demo_realistic_and_searchable(vault):
    report = demo.fill_demo(vault, interviews=60, seed=7)
    assert report.created["interviews"] == 60 and report.created["investigations"] == 12
    rows = investigations.list_investigations(InvestigationFilter(), vault.uow())
    per_theme = {}
    for row in rows:
        for theme in row.themes:
            per_theme[theme] = per_theme.get(theme, 0) + 1
    assert len(per_theme) == 6 and min(per_theme.values()) >= 2
    assert {s.channel for s in signals.list_signals(SignalFilter(), vault.uow())} == set(SignalChannel)
    assert interviews.count_interviews(InterviewFilter(), vault.uow()) == 60
    notes = " ".join(interviews.get_interview(r.id, vault.uow()).notes
                     for r in interviews.list_interviews(InterviewFilter(), 0, 60, vault.uow()))
    bsns = re.findall(r"\b\d{9}\b", notes)
    assert bsns and all(demo_data.elfproef_ok(b) for b in bsns)
    ibans = re.findall(r"\bNL\d{2}(?: ?[A-Z]{4})(?: ?\d{4}){2}(?: ?\d{2})\b", notes)
    assert ibans and all(demo_data.iban_ok(i) for i in ibans)
    assert re.search(r"\b06[- ]\d", notes) or "+31 6" in notes
    people = interviewees.list_interviewees(rows[0].id, vault.uow())
    assert people and all(re.fullmatch(r"[A-Z][a-z]+ [A-Z]+", p.pseudonym) for p in people)
    assert search.search(SearchQuery("terugvordering"), vault.uow())


def test_demo_is_deterministic_and_can_be_filled_twice(vault):
    a, b = demo_data.generate(30, seed=5), demo_data.generate(30, seed=5)
    assert [i.notes for i in a.interviews] == [i.notes for i in b.interviews]
    assert [i.notes for i in demo_data.generate(30, seed=6).interviews] != [i.notes for i in a.interviews]
    demo.fill_demo(vault, interviews=10, seed=1)
    demo.fill_demo(vault, interviews=10, seed=1)
    refs = [r.reference for r in investigations.list_investigations(InvestigationFilter(), vault.uow())]
    assert len(refs) == len(set(refs)) == 24


def test_ensure_demo_vault_creates_then_unlocks(tmp_path):
    folder = tmp_path / "demo"
    first = demo.ensure_demo_vault(folder, interviews=5)
    try:
        assert first.user.name == demo.DEMO_USER
    finally:
        first.lock()
    again = demo.ensure_demo_vault(folder)
    try:
        assert interviews.count_interviews(InterviewFilter(), again.uow()) == 5
    finally:
        again.lock()
