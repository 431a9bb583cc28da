from datetime import date, timedelta

import pytest

from ibtd_desktop.domain.casework.enums import AttachmentKind, IntervieweeRole, InterviewMode
from ibtd_desktop.domain.casework.interviews import AddAttachment, InterviewFilter, RecordInterview, UpdateInterview
from ibtd_desktop.domain.casework.validation import MAX_ATTACHMENT_BYTES, MAX_NOTES_CHARS, FieldError
from ibtd_desktop.services.casework import attachments, interviews


def _interview(db, inv_id, people=(), held=date(2023, 3, 14), notes="", **kw):  # noqa: ANN001, ANN003, ANN202
    return interviews.record_interview(RecordInterview(
        investigation_id=inv_id, held_on=held, mode=InterviewMode.IN_PERSON, interviewee_ids=tuple(people),
        notes=notes, **kw), db.uow())


def test_record_and_update_interview(casedb, dossier, new_interviewee):
    a, b = new_interviewee(dossier.id), new_interviewee(dossier.id, IntervieweeRole.PROFESSIONAL)
    detail = _interview(casedb, dossier.id, [a.id, b.id], notes="Eerste gesprek", interviewers=("A",))
    assert detail.interviewees == ("Ouder A", "Professional A")
    assert detail.notes == "Eerste gesprek" and detail.draft is None and detail.notes_saved_at is not None
    updated = interviews.update_interview(UpdateInterview(
        interview_id=detail.id, held_on=date(2023, 3, 15), mode=InterviewMode.PHONE, interviewee_ids=(b.id,)),
        casedb.uow())
    assert updated.interviewees == ("Professional A",) and updated.mode is InterviewMode.PHONE
    assert updated.notes == "Eerste gesprek"


def test_interviewee_from_other_dossier_refused(casedb, dossier, new_investigation, new_interviewee):
    other = new_investigation("IBTD-2024-009")
    stranger = new_interviewee(other.id)
    with pytest.raises(FieldError) as err:
        _interview(casedb, dossier.id, [stranger.id])
    assert err.value.field == "interviewees"
    assert interviews.count_interviews(InterviewFilter(), casedb.uow()) == 0


def test_draft_survives_a_crash_and_explicit_save_promotes_it(casedb, dossier):
    detail = _interview(casedb, dossier.id, notes="opgeslagen versie")
    interviews.save_interview_draft(detail.id, "opgeslagen versie, plus nieuwe alinea", casedb.uow())
    # Crash: the engine goes away without any explicit save.
    db = casedb.reopen()
    reopened = interviews.get_interview(detail.id, db.uow())
    assert reopened.notes == "opgeslagen versie"
    assert reopened.draft is not None and reopened.draft.text.endswith("nieuwe alinea")
    assert interviews.list_interviews(InterviewFilter(), 0, 10, db.uow())[0].has_draft
    saved = interviews.save_interview_notes(detail.id, reopened.draft.text, db.uow())
    assert saved.chars == len(reopened.draft.text)
    after = interviews.get_interview(detail.id, db.uow())
    assert after.draft is None and after.notes.endswith("nieuwe alinea")
    db.vault.lock()


def test_discard_draft(casedb, dossier):
    detail = _interview(casedb, dossier.id, notes="x")
    interviews.save_interview_draft(detail.id, "y", casedb.uow())
    interviews.save_interview_draft(detail.id, "yz", casedb.uow())  # upsert, not a second row
    assert casedb.scalar("SELECT count(*) FROM interview_drafts") == 1
    interviews.discard_interview_draft(detail.id, casedb.uow())
    assert interviews.get_interview(detail.id, casedb.uow()).draft is None


def test_notes_size_limit_refused_and_nothing_written(casedb, dossier):
    detail = _interview(casedb, dossier.id, notes="klein")
    too_big = "a" * (MAX_NOTES_CHARS + 1)
    with pytest.raises(FieldError) as err:
        interviews.save_interview_notes(detail.id, too_big, casedb.uow())
    assert err.value.field == "notes" and "a" * 20 not in str(err.value)
    with pytest.raises(FieldError):
        interviews.save_interview_draft(detail.id, too_big, casedb.uow())
    assert interviews.get_interview(detail.id, casedb.uow()).notes == "klein"


def test_paged_list_count_ids_and_filters(casedb, dossier, new_investigation, new_interviewee):
    parent = new_interviewee(dossier.id)
    pro = new_interviewee(dossier.id, IntervieweeRole.PROFESSIONAL)
    start = date(2023, 1, 1)
    for day in range(30):
        _interview(casedb, dossier.id, [parent.id if day % 3 else pro.id], held=start + timedelta(days=day))
    other = new_investigation("IBTD-2024-010")
    _interview(casedb, other.id, held=date(2024, 1, 1))
    uow = casedb.uow
    assert interviews.count_interviews(InterviewFilter(), uow()) == 31
    page = interviews.list_interviews(InterviewFilter(investigation_id=dossier.id), 0, 10, uow())
    assert [r.held_on for r in page] == [start + timedelta(days=d) for d in range(29, 19, -1)]
    page2 = interviews.list_interviews(InterviewFilter(investigation_id=dossier.id), 10, 10, uow())
    assert page2[0].held_on == start + timedelta(days=19)
    flt = InterviewFilter(role=IntervieweeRole.PROFESSIONAL)
    assert interviews.count_interviews(flt, uow()) == 10
    ids = interviews.interview_ids(InterviewFilter(held_from=date(2023, 1, 10), held_to=date(2023, 1, 12)), uow())
    assert len(ids) == 3
    rows = interviews.interview_rows(list(reversed(ids)) + [999999], uow())
    assert [r.id for r in rows] == list(reversed(ids))
    assert all(r.investigation_reference == "IBTD-2023-007" for r in rows)
    with pytest.raises(FieldError):
        interviews.list_interviews(InterviewFilter(), 0, 100_000, uow())


def test_attachments_on_demand_and_size_limit(casedb, dossier):
    detail = _interview(casedb, dossier.id)
    row = attachments.add_attachment(AddAttachment(detail.id, "/home/x/foto.jpg", b"\xff\xd8jpegdata"), casedb.uow())
    assert (row.filename, row.kind, row.media_type, row.size) == ("foto.jpg", AttachmentKind.PHOTO, "image/jpeg", 10)
    assert [a.id for a in attachments.list_attachments(detail.id, casedb.uow())] == [row.id]
    meta, data = attachments.load_attachment(row.id, casedb.uow())
    assert data == b"\xff\xd8jpegdata" and meta.id == row.id
    with pytest.raises(FieldError) as err:
        attachments.add_attachment(AddAttachment(detail.id, "opname.mp3", b"0" * (MAX_ATTACHMENT_BYTES + 1)),
                                   casedb.uow())
    assert err.value.field == "data" and "MB" in str(err.value)
    assert interviews.get_interview(detail.id, casedb.uow()).attachment_count == 1
    attachments.remove_attachment(row.id, casedb.uow())
    assert casedb.scalar("SELECT count(*) FROM attachment_blobs") == 0


def test_draft_survives_a_killed_process(casedb, dossier):
    """The draft is committed when save_interview_draft returns: SIGKILL right after loses nothing."""
    import signal
    import subprocess
    import sys

    from tests.conftest import TEST_PASSPHRASE

    detail = _interview(casedb, dossier.id, notes="v1")
    folder = casedb.vault.folder
    casedb.vault.lock()
    script = (
        "import os, signal, sys\n"
        "from ibtd_desktop.services.vault import unlock_vault\n"
        "from ibtd_desktop.services.casework import interviews\n"
        f"v = unlock_vault(sys.argv[1], {TEST_PASSPHRASE!r})\n"
        f"interviews.save_interview_draft({detail.id}, 'v1 en een onopgeslagen alinea', v.uow())\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script, str(folder)], capture_output=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode(errors="replace")[-500:]
    from ibtd_desktop.services.vault import unlock_vault

    db = type(casedb)(unlock_vault(folder, TEST_PASSPHRASE))
    try:
        reopened = interviews.get_interview(detail.id, db.uow())
        assert reopened.notes == "v1"
        assert reopened.draft is not None and reopened.draft.text == "v1 en een onopgeslagen alinea"
    finally:
        db.vault.lock()
