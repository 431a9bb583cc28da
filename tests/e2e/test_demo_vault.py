"""The demo vault the GUI opens (``ibtd-desktop --demo``) can show the whole path: it holds
summaries a demo reviewer approved, so Uitgaand can export something at once."""

from __future__ import annotations

from ibtd_desktop.domain.summaries import SummaryStatus
from ibtd_desktop.services import demo
from ibtd_desktop.services.summaries import review
from ibtd_desktop.services.vault import unlock_vault


def test_demo_vault_has_released_summaries_and_a_reviewer(tmp_path):
    folder = tmp_path / "demo"
    demo.ensure_demo_vault(folder, interviews=40).lock()

    vault = unlock_vault(folder, demo.DEMO_PASSPHRASE)
    try:
        approved = [s for s in review.list_summaries(vault.uow()) if s.status is SummaryStatus.APPROVED]
        assert approved, "the demo must contain approved summaries"
        reviewer = vault.authenticate(demo.DEMO_REVIEWER_PASSPHRASE)
        assert reviewer.name == demo.DEMO_REVIEWER and reviewer.id != vault.user.id
    finally:
        vault.lock()
