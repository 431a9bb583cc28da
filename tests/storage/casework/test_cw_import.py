import copy
import json

import pytest

from ibtd_desktop.domain.casework.interviews import InterviewFilter
from ibtd_desktop.domain.casework.investigations import InvestigationFilter
from ibtd_desktop.domain.casework.people import RevealIdentity
from ibtd_desktop.domain.casework.signals import SignalFilter
from ibtd_desktop.domain.casework.validation import FieldError
from ibtd_desktop.services.casework import importer, interviewees, interviews, investigations, signals

EXAMPLE = {
    "format": "ibtd-import/1",
    "investigations": [{
        "key": "inv-1", "ref": "IBTD-2023-007", "title": "Vroegsignalering problemen zzp'ers",
        "kind": "thematic", "themes": ["rechtsbescherming"], "domains": ["belastingen"], "status": "onderzoek",
        "field_visits": [{"key": "fv-1", "date": "2023-03-10", "organisation": "Belastingwinkel Zuid",
                          "organisation_kind": "belastingwinkel", "place": "Limburg"}],
        "interviewees": [{
            "key": "p-1", "role": "affected_parent", "identity": {"name": "Sanne de Vries", "phone": "0612345678"},
            "consent": {"date": "2023-03-01", "form": "written", "notes": True, "quotes": "after_approval",
                        "recording": False, "share_summary": True, "retain_until": "2025-03-01"},
            "anonymity_agreement": {"safeguards": ["no_name", "no_place_below_province"], "text": "Geen woonplaats",
                                    "communicated": "2023-03-01"}}],
        "interviews": [{"key": "int-1", "date": "2023-03-14", "mode": "in_person", "interviewees": ["p-1"],
                        "field_visit": "fv-1", "notes": "Notities over het bezwaar."}],
    }],
    "signals": [{"key": "s-1", "received": "2023-02-01", "channel": "meldformulier", "text": "Melding",
                 "investigation": "inv-1"}],
}


def _counts(db):  # noqa: ANN001, ANN202
    return (
        len(investigations.list_investigations(InvestigationFilter(), db.uow())),
        interviews.count_interviews(InterviewFilter(), db.uow()),
        len(signals.list_signals(SignalFilter(), db.uow())),
        db.scalar("SELECT count(*) FROM interviewees"),
        db.scalar("SELECT count(*) FROM field_visits"),
        db.scalar("SELECT count(*) FROM fts_casework"),
    )


def test_import_example_then_reimport_creates_nothing_twice(casedb):
    report = importer.import_data(copy.deepcopy(EXAMPLE), casedb.uow())
    assert report.created == {"investigations": 1, "field_visits": 1, "interviewees": 1, "interviews": 1, "signals": 1}
    rows = investigations.list_investigations(InvestigationFilter(), casedb.uow())
    people = interviewees.list_interviewees(rows[0].id, casedb.uow())
    assert [p.pseudonym for p in people] == ["Ouder A"] and people[0].consent_given
    assert interviewees.reveal_identity(RevealIdentity(people[0].id), casedb.uow()).name == "Sanne de Vries"
    talk = interviews.list_interviews(InterviewFilter(), 0, 5, casedb.uow())[0]
    assert talk.interviewees == ("Ouder A",) and talk.field_visit_id is not None
    assert signals.list_signals(SignalFilter(), casedb.uow())[0].investigation_reference == "IBTD-2023-007"
    before = _counts(casedb)
    again = importer.import_data(copy.deepcopy(EXAMPLE), casedb.uow())
    assert again.created == {} and again.existing["interviews"] == 1
    assert _counts(casedb) == before
    # A new interview in the same file is added; the rest is recognised by key.
    more = copy.deepcopy(EXAMPLE)
    more["investigations"][0]["interviews"].append({"key": "int-2", "date": "2023-04-01", "interviewees": ["p-1"]})
    assert importer.import_data(more, casedb.uow()).created == {"interviews": 1}


def _bad(change):  # noqa: ANN001, ANN202
    data = copy.deepcopy(EXAMPLE)
    change(data)
    return data


@pytest.mark.parametrize("change, record, field", [
    (lambda d: d["signals"][0].update(channel="postduif"), "signal s-1", "channel"),
    (lambda d: d["investigations"][0].update(status="bijna klaar"), "investigation inv-1", "status"),
    (lambda d: d["investigations"][0]["interviewees"][0]["consent"].update(quotes="misschien"),
     "interviewee p-1", "consent.quotes"),
    (lambda d: d["investigations"][0]["interviewees"][0]["anonymity_agreement"].update(safeguards=["geen"]),
     "interviewee p-1", "anonymity_agreement.safeguards"),
    (lambda d: d["investigations"][0]["interviews"][0].update(date="14-03-2023"), "interview int-1", "date"),
    (lambda d: d["investigations"][0]["interviews"][0].update(colour="blauw"), "interview int-1", "colour"),
    (lambda d: d["investigations"][0]["interviews"][0].update(interviewees=["p-9"]), "interview int-1", "interviewees"),
    (lambda d: d["investigations"][0]["interviews"][0].update(field_visit="fv-9"), "interview int-1", "field_visit"),
    (lambda d: d["signals"][0].update(investigation="inv-9"), "signal s-1", "investigation"),
    (lambda d: d["investigations"][0].update(themes=["astrologie"]), "investigation inv-1", "themes"),
    (lambda d: d["signals"].append(dict(d["signals"][0])), "signal s-1", "key"),
    (lambda d: d["investigations"][0]["interviews"].append(
        {"key": "int-1", "date": "2023-03-15", "interviewees": []}), "interview int-1", "key"),
    (lambda d: d.update(format="ibtd-import/2"), "import file", "format"),
])
def test_bad_files_name_record_and_field_and_write_nothing(casedb, change, record, field):
    with pytest.raises(FieldError) as err:
        importer.import_data(_bad(change), casedb.uow())
    assert (err.value.record, err.value.field) == (record, field)
    assert _counts(casedb) == (0, 0, 0, 0, 0, 0)


def test_malformed_json_file(casedb, tmp_path):
    path = tmp_path / "kapot.json"
    path.write_text('{"format": "ibtd-import/1", "investigations": [', encoding="utf-8")
    with pytest.raises(FieldError) as err:
        importer.import_file(path, casedb.uow())
    assert err.value.field == "json" and "line 1" in str(err.value)


def test_twenty_megabyte_note_is_refused_and_nothing_written(casedb, tmp_path):
    data = copy.deepcopy(EXAMPLE)
    data["investigations"].insert(0, {"key": "inv-0", "ref": "IBTD-2022-001", "title": "Eerder", "kind": "reflection",
                                      "themes": ["hersteloperaties"], "domains": ["toeslagen"]})
    data["investigations"][1]["interviews"][0]["notes"] = "Lange notitie. " * (20 * 1024 * 1024 // 15)
    path = tmp_path / "groot.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(FieldError) as err:
        importer.import_file(path, casedb.uow())
    assert (err.value.record, err.value.field) == ("interview int-1", "notes")
    assert "limit" in str(err.value) and "Lange notitie" not in str(err.value)
    assert _counts(casedb) == (0, 0, 0, 0, 0, 0)


def test_conflict_found_while_writing_rolls_back_earlier_records(casedb, new_investigation):
    new_investigation("IBTD-2023-007")  # same reference, no import key
    data = copy.deepcopy(EXAMPLE)
    data["investigations"].insert(0, {"key": "inv-0", "ref": "IBTD-2022-001", "title": "Eerder", "kind": "reflection",
                                      "themes": ["hersteloperaties"], "domains": ["toeslagen"]})
    with pytest.raises(FieldError) as err:
        importer.import_data(data, casedb.uow())
    assert (err.value.record, err.value.field) == ("investigation inv-1", "reference")
    assert [r.reference for r in investigations.list_investigations(InvestigationFilter(), casedb.uow())] == [
        "IBTD-2023-007"]
