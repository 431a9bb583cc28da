"""Demo vault: synthetic Dutch case work for ``ibtd demo``, ``ibtd-desktop --demo`` and benchmarks.

``DEMO_PASSPHRASE`` is public by design: a demo vault holds only invented data. Never put real
case work in it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ibtd_desktop.domain.casework.investigations import InvestigationFilter
from ibtd_desktop.services.casework import demo_data, investigations
from ibtd_desktop.services.summaries import demo as demo_summaries
from ibtd_desktop.services.summaries.demo import DEMO_REVIEWER, DEMO_REVIEWER_PASSPHRASE
from ibtd_desktop.services.vault import Vault, create_vault, unlock_vault
from ibtd_desktop.storage.casework import bulk

DEMO_PASSPHRASE = "Oefenkluis-Tulpenveld-Fietsbel-2024"
DEMO_USER = "Demo Inspecteur"
DEFAULT_INTERVIEWS = 200
DEFAULT_SEED = 2024
DEFAULT_SUMMARIES = 6  # approved by a demo reviewer, so an export works on a demo vault


__all__ = [
    "DEMO_PASSPHRASE", "DEMO_REVIEWER", "DEMO_REVIEWER_PASSPHRASE", "DEMO_USER",
    "DemoReport", "ensure_demo_vault", "fill_demo",
]


@dataclass(frozen=True)
class DemoReport:
    created: dict[str, int]


def fill_demo(vault: Vault, interviews: int = DEFAULT_INTERVIEWS, seed: int = DEFAULT_SEED) -> DemoReport:
    """Add one synthetic data set (12 dossiers, 2 per theme; signals per channel; field visits;
    interviewees with consent and anonymity agreement; ``interviews`` interviews with notes
    full of invented personal data). One transaction; may be called again on the same vault."""
    if interviews < 0:
        raise ValueError("interviews must be >= 0")
    with vault.uow() as uow:
        first_number = len(investigations.list_investigations(InvestigationFilter(), uow)) + 1
        data = demo_data.generate(interviews=interviews, seed=seed, first_number=first_number)
        counts = bulk.bulk_load(uow.session, data, uow.user_id)
        uow.commit()
    return DemoReport(created=counts)


def ensure_demo_vault(
    folder: Path, interviews: int = DEFAULT_INTERVIEWS, summaries: int = DEFAULT_SUMMARIES
) -> Vault:
    """Unlock the demo vault in ``folder``, creating and filling it first if it is not there
    (with ``summaries`` summaries released by the demo reviewer)."""
    folder = Path(folder)
    if folder.exists() and any(folder.iterdir()):
        return unlock_vault(folder, DEMO_PASSPHRASE)
    vault = create_vault(folder, DEMO_USER, DEMO_PASSPHRASE)
    try:
        fill_demo(vault, interviews=interviews)
        if summaries > 0:
            demo_summaries.add_demo_summaries(vault, interviews=summaries)
    except BaseException:
        vault.lock()
        raise
    return vault
