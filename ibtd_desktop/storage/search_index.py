"""The FTS5 index over dossier fields, signals, field visits and interview notes.

One contentful FTS5 table, ``fts_casework``. Its rowid encodes the record (``id * 4 + kind``),
so the repository updates or deletes an entry without a lookup; the index is kept in sync by
the repository functions that write those records (not by triggers: a dossier's indexed text
spans several columns and tables). Identity tables are never indexed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from ibtd_desktop.domain.casework.search import ELLIPSIS, MARK_END, MARK_START, HitKind, SearchQuery

FTS_TABLE = "fts_casework"
# Keep identical to migrations/versions/0002_casework.py.
FTS_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS fts_casework USING fts5("
    "title, body, kind UNINDEXED, record_id UNINDEXED, investigation_id UNINDEXED, "
    "on_date UNINDEXED, roles UNINDEXED, tokenize = 'unicode61 remove_diacritics 2', prefix = '3')"
)

KIND_CODES = {
    HitKind.INVESTIGATION: 0,
    HitKind.SIGNAL: 1,
    HitKind.INTERVIEW: 2,
    HitKind.FIELD_VISIT: 3,
}


def ensure_schema(session_or_conn) -> None:  # noqa: ANN001
    session_or_conn.execute(text(FTS_DDL))


def _rowid(kind: HitKind, record_id: int) -> int:
    return record_id * 4 + KIND_CODES[kind]


@dataclass(frozen=True)
class IndexEntry:
    kind: HitKind
    record_id: int
    investigation_id: int | None
    on: date | None
    title: str
    body: str
    roles: tuple[str, ...] = ()

    def params(self) -> dict:
        return {
            "rowid": _rowid(self.kind, self.record_id),
            "title": self.title,
            "body": self.body,
            "kind": self.kind.value,
            "record_id": self.record_id,
            "investigation_id": self.investigation_id,
            "on_date": self.on.isoformat() if self.on else None,
            "roles": " ".join(self.roles),
        }


_INSERT = text(
    "INSERT INTO fts_casework(rowid, title, body, kind, record_id, investigation_id, on_date, roles) "
    "VALUES (:rowid, :title, :body, :kind, :record_id, :investigation_id, :on_date, :roles)"
)
_DELETE = text("DELETE FROM fts_casework WHERE rowid = :rowid")


def put(session: Session, entries: list[IndexEntry]) -> None:
    """Insert or replace entries (batched: the demo and the importer add thousands at once)."""
    if not entries:
        return
    session.execute(_DELETE, [{"rowid": _rowid(e.kind, e.record_id)} for e in entries])
    session.execute(_INSERT, [e.params() for e in entries])


def remove(session: Session, kind: HitKind, record_ids: list[int]) -> None:
    if record_ids:
        session.execute(_DELETE, [{"rowid": _rowid(kind, rid)} for rid in record_ids])


def remove_investigation(session: Session, investigation_id: int) -> None:
    session.execute(
        text("DELETE FROM fts_casework WHERE investigation_id = :i"), {"i": investigation_id}
    )


_TOKEN = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)


def to_match_expression(user_text: str) -> str:
    """User input -> a safe FTS5 expression: all terms required, "quoted phrases" kept,
    a trailing * means prefix. Never passes FTS5 syntax through, so no query can error."""
    parts: list[str] = []
    for phrase, word in _TOKEN.findall(user_text):
        if phrase:
            words = _WORD.findall(phrase)
            if words:
                parts.append('"' + " ".join(words) + '"')
            continue
        prefix = word.endswith("*")
        for w in _WORD.findall(word):
            parts.append(f'"{w}"')
        if prefix and parts and _WORD.findall(word):
            parts[-1] += "*"
    return " AND ".join(parts)


@dataclass(frozen=True)
class RawHit:
    kind: HitKind
    record_id: int
    investigation_id: int | None
    on: date | None
    snippet: str
    rank: float


def query(session: Session, q: SearchQuery, snippet_tokens: int = 12) -> list[RawHit]:
    expression = to_match_expression(q.text)
    if not expression:
        return []
    where = ["fts_casework MATCH :match"]
    params: dict = {
        "match": expression,
        "start": MARK_START,
        "end": MARK_END,
        "ellipsis": ELLIPSIS,
        "tokens": snippet_tokens,
        "limit": q.limit,
        "offset": q.offset,
    }
    if q.investigation_id is not None:
        where.append("investigation_id = :inv")
        params["inv"] = q.investigation_id
    if q.date_from is not None:
        where.append("on_date >= :dfrom")
        params["dfrom"] = q.date_from.isoformat()
    if q.date_to is not None:
        where.append("on_date <= :dto")
        params["dto"] = q.date_to.isoformat()
    if q.role is not None:
        where.append("(' ' || roles || ' ') LIKE :role")
        params["role"] = f"% {q.role.value} %"
    if q.kinds:
        names = []
        for i, kind in enumerate(q.kinds):
            params[f"k{i}"] = kind.value
            names.append(f":k{i}")
        where.append(f"kind IN ({', '.join(names)})")
    sql = (
        "SELECT kind, record_id, investigation_id, on_date, "
        "snippet(fts_casework, -1, :start, :end, :ellipsis, :tokens), rank "
        f"FROM fts_casework WHERE {' AND '.join(where)} ORDER BY rank LIMIT :limit OFFSET :offset"
    )
    hits = []
    for kind, record_id, inv, on_date, snip, rank in session.execute(text(sql), params):
        hits.append(
            RawHit(
                kind=HitKind(kind),
                record_id=int(record_id),
                investigation_id=int(inv) if inv is not None else None,
                on=date.fromisoformat(on_date) if on_date else None,
                snippet=snip,
                rank=float(rank),
            )
        )
    return hits
