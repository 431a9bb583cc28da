"""Demo summaries go through the real workflow and export cleanly."""

from pypdf import PdfReader

from ibtd_desktop.domain.summaries import SummaryKind, SummaryStatus
from ibtd_desktop.services.demo import fill_demo
from ibtd_desktop.services.summaries import export, review
from ibtd_desktop.services.summaries.commands import ExportDossier
from ibtd_desktop.services.summaries.demo import DEMO_REVIEWER, add_demo_summaries
from ibtd_desktop.storage.summary_repository import SummaryRepository
from tests.summary_helpers import contains


def test_demo_summaries_are_approved_and_export_clean(vault, tmp_path):
    fill_demo(vault, interviews=30, seed=3)
    report = add_demo_summaries(vault, interviews=6)
    assert report.approved >= 1 and report.dossier_summaries >= 1
    assert [u.name for u in vault.users()].count(DEMO_REVIEWER) == 1
    summaries = review.list_summaries(vault.uow())
    dossier = next(s for s in summaries if s.kind is SummaryKind.DOSSIER and s.status is SummaryStatus.APPROVED)
    result = export.export_dossier(ExportDossier(dossier.investigation_id, tmp_path / "demo.pdf"), vault.uow())
    text = "\n".join(p.extract_text() for p in PdfReader(str(result.pdf_path)).pages)
    with vault.uow() as uow:
        people = SummaryRepository(uow.session, uow.user_id).dossier_source(dossier.investigation_id, with_texts=False).people
    for p in people:
        if p.identity and p.identity.name:
            assert not contains(p.identity.name, text)
            assert not contains(p.identity.name.split()[-1], text)
    again = add_demo_summaries(vault, interviews=2)  # a second call adds, never duplicates the reviewer
    assert [u.name for u in vault.users()].count(DEMO_REVIEWER) == 1
    assert again.drafted >= 0
