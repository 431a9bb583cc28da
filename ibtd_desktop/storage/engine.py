"""The one place that opens a vault database (for the app, the CLI and alembic).

Why it looks like this (each point reproduced, see shared notes on SQLCipher):
- the raw key must be the very first statement on every connection, so the connect listener
  is inserted first and nothing (journal_mode, foreign_keys) runs before it;
- ``PRAGMA key`` always "succeeds"; a wrong key only shows on the first read, so we read
  ``sqlite_master`` inside the hook and turn failures into ``WrongKey``;
- an empty ``cipher_version`` means a plain SQLite got loaded instead of SQLCipher and data would
  be written in plaintext: refuse;
- the plain pysqlite dialect with ``module=sqlcipher3`` and a QueuePool; the pysqlcipher
  dialect's SingletonThreadPool crashed under threads.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import QueuePool

KEY_BYTES = 32


class WrongKey(Exception):
    """The key does not open this file, or the file is not an SQLCipher database."""


class PlaintextRefused(Exception):
    """sqlcipher3 is not really SQLCipher here; writing would leave plaintext on disk."""


def _key_pragma(key: bytes | bytearray) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("vault keys are 32 random bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def _prepare_connection(dbapi_conn, key: bytes | bytearray, foreign_keys: bool) -> None:
    cursor = dbapi_conn.cursor()
    try:
        cursor.execute(_key_pragma(key))
        cursor.execute("PRAGMA cipher_log_level = NONE")
        row = cursor.execute("PRAGMA cipher_version").fetchone()
        if not row or not row[0]:
            raise PlaintextRefused("SQLCipher is not active; refusing to open the vault")
        try:
            cursor.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            raise WrongKey(str(exc)) from None
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA temp_store = MEMORY")
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
    finally:
        cursor.close()


def open_engine(
    db_path: Path, key: bytes | bytearray, *, foreign_keys: bool = True, pool_size: int = 2
) -> Engine:
    """Engine over the SQLCipher file at ``db_path`` with a raw 256-bit key.

    The first connection is made here, so a wrong key raises ``WrongKey`` at once.
    A ``bytearray`` key is referenced, not copied, so the owner's wipe on lock also disarms
    this engine's connect hook. Callers must ``dispose()`` the engine on lock.
    """
    if len(key) != KEY_BYTES:
        raise ValueError("vault keys are 32 random bytes")
    engine = create_engine(
        f"sqlite:///{Path(db_path)}",
        module=sqlcipher3,
        poolclass=QueuePool,
        pool_size=pool_size,
        max_overflow=2,
        hide_parameters=True,
        connect_args={"check_same_thread": False},
    )

    @event.listens_for(engine, "connect", insert=True)
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001 - DB-API objects
        _prepare_connection(dbapi_conn, key, foreign_keys)

    # pysqlite's own BEGIN handling defers locks; issue BEGIN ourselves so transactions are real.
    @event.listens_for(engine, "connect")
    def _no_autobegin(dbapi_conn, _record):  # noqa: ANN001
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn):  # noqa: ANN001
        conn.exec_driver_sql("BEGIN")

    try:
        with engine.connect():
            pass
    except Exception:
        engine.dispose()
        raise
    return engine


def unwrap_connect_error(exc: BaseException) -> BaseException:
    """SQLAlchemy may wrap errors raised in the connect hook; return the original."""
    seen = exc
    while seen is not None:
        if isinstance(seen, (WrongKey, PlaintextRefused)):
            return seen
        seen = seen.__cause__ or seen.__context__
    return exc
