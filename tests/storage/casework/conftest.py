"""A real SQLCipher vault database in tmp_path for the case-work storage and service tests.

``casedb`` is schema-from-models (fast, and independent of the vault service); the migration
test covers the alembic path. ``casedb.uow()`` matches ``Vault.uow()``.
"""

from __future__ import annotations

import os
from datetime import date

import pytest
from sqlalchemy import text

from ibtd_desktop.domain.casework.enums import Domain, InvestigationKind, InvestigationStatus, IntervieweeRole
from ibtd_desktop.domain.casework.investigations import CreateInvestigation
from ibtd_desktop.domain.casework.people import AddInterviewee
from ibtd_desktop.services.casework import interviewees, investigations
from ibtd_desktop.storage import search_index
from ibtd_desktop.storage.casework.common import ensure_default_themes
from ibtd_desktop.storage.engine import open_engine
from ibtd_desktop.storage.orm import Base
from ibtd_desktop.storage.orm.base import utcnow
from ibtd_desktop.storage.orm.users import UserRecord
from ibtd_desktop.storage.unit_of_work import SqlUnitOfWork, make_session_factory


class CaseDb:
    def __init__(self, path, key: bytes) -> None:  # noqa: ANN001
        self.path, self.key = path, key
        self.engine = open_engine(path, key)
        self._factory = make_session_factory(self.engine)
        self.user_id = 1

    def uow(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self._factory, self.user_id)

    def reopen(self) -> "CaseDb":
        """Drop the engine without any saving (as a crash would) and open the file again."""
        self.engine.dispose()
        return CaseDb(self.path, self.key)

    def scalar(self, sql: str, **params):  # noqa: ANN003, ANN201
        with self.engine.connect() as conn:
            return conn.execute(text(sql), params).scalar()


@pytest.fixture
def casedb(tmp_path):
    db = CaseDb(tmp_path / "v.db", os.urandom(32))
    Base.metadata.create_all(db.engine)
    with db.uow() as uow:
        search_index.ensure_schema(uow.session)
        uow.session.add(UserRecord(id=1, name="Inspecteur Test", role="inspector", slot_id="s1", created_at=utcnow()))
        uow.session.flush()
        ensure_default_themes(uow.session, 1)
        uow.commit()
    yield db
    db.engine.dispose()


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
