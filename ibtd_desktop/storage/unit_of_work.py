"""Unit of work over one SQLAlchemy session: rolls back unless committed."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker


class SqlUnitOfWork:
    """``with vault.uow() as uow: ...; uow.commit()``. Not shared between threads.

    ``user_id`` is the vault user doing the work; services stamp it on audited records.
    """

    def __init__(self, session_factory: sessionmaker[Session], user_id: int | None) -> None:
        self._factory = session_factory
        self.user_id = user_id
        self.session: Session | None = None
        self._committed = False

    def __enter__(self) -> "SqlUnitOfWork":
        self.session = self._factory()
        self._committed = False
        return self

    def __exit__(self, exc_type, exc, tb) -> None:  # noqa: ANN001
        assert self.session is not None
        try:
            if not self._committed or exc_type is not None:
                self.session.rollback()
        finally:
            self.session.close()
            self.session = None

    def commit(self) -> None:
        assert self.session is not None
        self.session.commit()
        self._committed = True

    def rollback(self) -> None:
        assert self.session is not None
        self.session.rollback()


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: services hand out frozen rows built before commit anyway, and
    # nothing may lazy-load across threads after the session closes.
    return sessionmaker(bind=engine, expire_on_commit=False)
