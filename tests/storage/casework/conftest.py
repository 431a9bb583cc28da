"""Case-work storage and service tests run on a real vault (SQLCipher file in tmp_path,
migrated to head by the vault service)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from ibtd_desktop.domain.casework.enums import Domain, InvestigationKind, InvestigationStatus, IntervieweeRole
from ibtd_desktop.domain.casework.investigations import CreateInvestigation
from ibtd_desktop.domain.casework.people import AddInterviewee
from ibtd_desktop.services.casework import interviewees, investigations
from ibtd_desktop.services.vault import unlock_vault
from tests.conftest import TEST_PASSPHRASE


class CaseDb:
    """The case-work view of an unlocked vault (created through the vault service, so the
    schema comes from the migrations, themes seeded by 0002)."""

    def __init__(self, vault) -> None:  # noqa: ANN001
        self.vault = vault
        self.user_id = vault.user.id

    def uow(self):  # noqa: ANN201
        return self.vault.uow()

    def reopen(self) -> "CaseDb":
        """Drop the engine without any saving (as a crash would) and unlock the folder again."""
        self.vault.lock()
        return CaseDb(unlock_vault(self.vault.folder, TEST_PASSPHRASE))

    def scalar(self, sql: str, **params):  # noqa: ANN003, ANN201
        with self.uow() as uow:
            return uow.session.execute(text(sql), params).scalar()


@pytest.fixture
def casedb(vault):
    db = CaseDb(vault)
    yield db
    db.vault.lock()


def make_investigation(db, ref: str = "IBTD-2023-007", **kw):  # noqa: ANN001, ANN003, ANN201
    values = dict(
        reference=ref, title="Vroegsignalering problemen zzp'ers", kind=InvestigationKind.THEMATIC,
        themes=("rechtsbescherming",), domains=(Domain.TAXES,), status=InvestigationStatus.INVESTIGATION,
        lead_inspector="A. Inspecteur", start_date=date(2023, 1, 9),
    )
    values.update(kw)
    return investigations.create_investigation(CreateInvestigation(**values), db.uow())


def make_interviewee(db, investigation_id: int, role=IntervieweeRole.AFFECTED_PARENT, **kw):  # noqa: ANN001, ANN003, ANN201
    return interviewees.add_interviewee(AddInterviewee(investigation_id=investigation_id, role=role, **kw), db.uow())


@pytest.fixture
def dossier(casedb):
    return make_investigation(casedb)


@pytest.fixture
def new_investigation(casedb):
    return lambda ref="IBTD-2023-007", **kw: make_investigation(casedb, ref, **kw)


@pytest.fixture
def new_interviewee(casedb):
    return lambda investigation_id, role=IntervieweeRole.AFFECTED_PARENT, **kw: make_interviewee(
        casedb, investigation_id, role, **kw)
