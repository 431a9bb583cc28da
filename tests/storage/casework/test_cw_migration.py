"""Revision 0002 creates exactly the case-work tables of the ORM, seeds the themes, creates the
FTS5 table, and downgrades cleanly."""

import os

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from ibtd_desktop.storage import migrate
from ibtd_desktop.storage.engine import open_engine
from ibtd_desktop.storage.orm import Base
from ibtd_desktop.storage.orm import casework as casework_orm

CASEWORK_TABLES = {
    t.name for t in Base.metadata.sorted_tables
    if t.name in {m.__tablename__ for m in vars(casework_orm).values() if hasattr(m, "__tablename__")}
    or t.name in ("investigation_themes", "interview_interviewees")
}


def _casework_diffs(conn):  # noqa: ANN001, ANN202
    ctx = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": migrate.include_object})
    diffs = []
    for diff in compare_metadata(ctx, Base.metadata):
        flat = diff if isinstance(diff, tuple) else diff[0]
        names = {getattr(x, "name", None) for x in flat if hasattr(x, "name")}
        names |= {getattr(getattr(x, "table", None), "name", None) for x in flat}
        names |= {x for x in flat if isinstance(x, str)}
        if names & CASEWORK_TABLES:
            diffs.append(diff)
    return diffs


def test_0002_matches_models_and_round_trips(tmp_path):
    engine = open_engine(tmp_path / "m.db", os.urandom(32), foreign_keys=False)
    try:
        migrate.upgrade(engine, "0002")
        with engine.connect() as conn:
            assert _casework_diffs(conn) == []
            tables = set(inspect(conn).get_table_names())
            assert CASEWORK_TABLES <= tables and "fts_casework" in tables
            assert conn.execute(text("SELECT count(*) FROM themes")).scalar() == 6
            conn.execute(text("INSERT INTO fts_casework(title, body) VALUES ('a', 'b')"))
        migrate.downgrade(engine, "0001")
        with engine.connect() as conn:
            left = set(inspect(conn).get_table_names())
        assert not (CASEWORK_TABLES | {"fts_casework"}) & left
        migrate.upgrade(engine, "0002")
    finally:
        engine.dispose()
