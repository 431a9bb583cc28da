from datetime import date

import pytest

from ibtd_desktop.domain.casework.enums import IntervieweeRole, InterviewMode, RecommendationStatus, SignalChannel
from ibtd_desktop.domain.casework.findings import (
    AddFinding,
    AddRebuttalRow,
    AddRecommendation,
    UpdateRebuttalRow,
    UpdateRecommendationStatus,
)
from ibtd_desktop.domain.casework.interviews import RecordInterview
from ibtd_desktop.domain.casework.people import IntervieweeIdentity
from ibtd_desktop.domain.casework.search import MARK_END, MARK_START, HitKind, SearchQuery
from ibtd_desktop.domain.casework.signals import RecordSignal
from ibtd_desktop.domain.casework.validation import FieldError
from ibtd_desktop.services.casework import findings, interviews, search, signals


def test_findings_recommendations_rebuttals(casedb, dossier):
    f1 = findings.add_finding(AddFinding(dossier.id, "Bezwaren worden te laat behandeld"), casedb.uow())
    f2 = findings.add_finding(AddFinding(dossier.id, "Brieven zijn onbegrijpelijk"), casedb.uow())
    assert (f1.number, f2.number) == (1, 2)
    rec = findings.add_recommendation(AddRecommendation(dossier.id, "Behandel binnen de termijn",
                                                        addressee="Belastingdienst", finding_id=f1.id), casedb.uow())
    rec = findings.update_recommendation_status(
        UpdateRecommendationStatus(rec.id, RecommendationStatus.IN_PROGRESS, "plan van aanpak ontvangen"), casedb.uow())
    assert rec.status is RecommendationStatus.IN_PROGRESS
    row = findings.add_rebuttal_row(AddRebuttalRow(dossier.id, finding="Bevinding 1", response="Niet mee eens"),
                                    casedb.uow())
    row = findings.update_rebuttal_row(UpdateRebuttalRow(row.id, "Bevinding 1", "Niet mee eens", "Tekst aangepast"),
                                       casedb.uow())
    assert [r.handling for r in findings.list_rebuttal_rows(dossier.id, casedb.uow())] == ["Tekst aangepast"]
    assert [f.text for f in findings.list_findings(dossier.id, casedb.uow())][1] == "Brieven zijn onbegrijpelijk"
    assert len(findings.list_recommendations(dossier.id, casedb.uow())) == 1
    with pytest.raises(FieldError) as err:
        findings.add_finding(AddFinding(dossier.id, ""), casedb.uow())
    assert err.value.field == "text"


@pytest.fixture
def corpus(casedb, dossier, new_investigation, new_interviewee):
    parent = new_interviewee(dossier.id, identity=IntervieweeIdentity(name="Geheimnaam Pietersen"))
    pro = new_interviewee(dossier.id, IntervieweeRole.PROFESSIONAL)
    other = new_investigation("IBTD-2024-011", title="Douanecontroles", description="Terugvordering bij douane")
    ids = {}
    ids["i1"] = interviews.record_interview(RecordInterview(
        dossier.id, date(2023, 3, 14), InterviewMode.IN_PERSON, (parent.id,),
        notes="De ouder vertelde over de terugvordering van de kinderopvangtoeslag en de stress daarna."),
        casedb.uow()).id
    ids["i2"] = interviews.record_interview(RecordInterview(
        dossier.id, date(2023, 5, 2), InterviewMode.PHONE, (pro.id,),
        notes="De belastingwinkel ziet veel terugvorderingen; burgers begrijpen de brieven niet."),
        casedb.uow()).id
    ids["s1"] = signals.record_signal(RecordSignal(date(2023, 2, 1), SignalChannel.MEDIA,
                                                   "Krantenbericht over terugvordering"), casedb.uow()).id
    ids["other"] = other.id
    return ids


def test_search_snippets_and_kinds(casedb, corpus):
    hits = search.search(SearchQuery("terugvordering"), casedb.uow())
    kinds = {(h.kind, h.record_id) for h in hits}
    assert (HitKind.INTERVIEW, corpus["i1"]) in kinds and (HitKind.SIGNAL, corpus["s1"]) in kinds
    assert (HitKind.INVESTIGATION, corpus["other"]) in kinds
    interview_hit = next(h for h in hits if h.record_id == corpus["i1"] and h.kind is HitKind.INTERVIEW)
    assert f"{MARK_START}terugvordering{MARK_END}" in interview_hit.snippet
    assert interview_hit.title.startswith("IBTD-2023-007 · Gesprek 2023-03-14")
    only_signals = search.search(SearchQuery("terugvordering", kinds=(HitKind.SIGNAL,)), casedb.uow())
    assert [h.record_id for h in only_signals] == [corpus["s1"]]


def test_search_filters_prefix_diacritics_and_safety(casedb, dossier, corpus):
    assert {h.record_id for h in search.search(SearchQuery("terugvorder*", investigation_id=dossier.id,
                                                           kinds=(HitKind.INTERVIEW,)), casedb.uow())} == {
        corpus["i1"], corpus["i2"]}
    by_role = search.search(SearchQuery("terugvorder*", role=IntervieweeRole.PROFESSIONAL), casedb.uow())
    assert [h.record_id for h in by_role] == [corpus["i2"]]
    dated = search.search(SearchQuery("terugvorder*", date_from=date(2023, 3, 1), date_to=date(2023, 3, 31)),
                          casedb.uow())
    assert [(h.kind, h.record_id) for h in dated] == [(HitKind.INTERVIEW, corpus["i1"])]
    assert search.search(SearchQuery('"kinderopvangtoeslag en de"'), casedb.uow())[0].record_id == corpus["i1"]
    # FTS5 syntax in user input is neutralised, not an error.
    assert search.search(SearchQuery('terugvordering" ( * :'), casedb.uow())
    assert search.search(SearchQuery('"" ) ('), casedb.uow()) == []


def test_identity_is_never_searchable_and_index_follows_edits(casedb, corpus):
    assert search.search(SearchQuery("Geheimnaam"), casedb.uow()) == []
    interviews.save_interview_notes(corpus["i1"], "Alles is herschreven.", casedb.uow())
    hits = search.search(SearchQuery("kinderopvangtoeslag"), casedb.uow())
    assert hits == []
    assert [h.record_id for h in search.search(SearchQuery("herschreven"), casedb.uow())] == [corpus["i1"]]
    interviews.delete_interview(corpus["i1"], casedb.uow())
    assert search.search(SearchQuery("herschreven"), casedb.uow()) == []
    assert search.rebuild_search_index(casedb.uow()) == 4  # 2 dossiers, 1 signal, 1 interview
    assert len(search.search(SearchQuery("terugvorderingen"), casedb.uow())) == 1


def test_role_change_reindexes_that_persons_interviews(casedb, dossier, corpus):
    from ibtd_desktop.domain.casework.people import UpdateInterviewee
    from ibtd_desktop.services.casework import interviewees

    pro = next(p for p in interviewees.list_interviewees(dossier.id, casedb.uow())
               if p.role is IntervieweeRole.PROFESSIONAL)
    interviewees.update_interviewee(UpdateInterviewee(pro.id, IntervieweeRole.SERVICE_EMPLOYEE), casedb.uow())
    assert search.search(SearchQuery("terugvorder*", role=IntervieweeRole.PROFESSIONAL), casedb.uow()) == []
    moved = search.search(SearchQuery("terugvorder*", role=IntervieweeRole.SERVICE_EMPLOYEE), casedb.uow())
    assert [h.record_id for h in moved] == [corpus["i2"]]
