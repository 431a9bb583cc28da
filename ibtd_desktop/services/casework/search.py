"""Full-text search (SQLite FTS5 inside the vault) over dossiers, signals, field visits and
interview notes. Snippets mark matches with ``MARK_START``/``MARK_END`` from
``domain.casework.search``. Identity fields are never indexed, so they can never match."""

from __future__ import annotations

from dataclasses import replace

from ibtd_desktop.domain.casework.search import SearchHit, SearchQuery
from ibtd_desktop.domain.casework.validation import FieldError
from ibtd_desktop.services.casework._tx import reads, writes
from ibtd_desktop.storage.casework import search as repo
from ibtd_desktop.storage.casework import reindex as reindex_repo

MAX_HITS = 500


def _checked(query: SearchQuery) -> SearchQuery:
    if not 0 < query.limit <= MAX_HITS or query.offset < 0:
        raise FieldError("search", "limit", f"between 1 and {MAX_HITS}")
    if len(query.text) > 1000:
        raise FieldError("search", "text", "too long (limit 1,000 characters)")
    if query.date_from and query.date_to and query.date_to < query.date_from:
        raise FieldError("search", "date_to", "lies before date_from")
    return replace(query, kinds=tuple(query.kinds))


@reads
def search(query: SearchQuery, uow) -> list[SearchHit]:  # noqa: ANN001
    """Best matches first; an empty or punctuation-only query returns no hits."""
    return repo.search(uow.session, _checked(query))


@writes
def rebuild_search_index(uow) -> int:  # noqa: ANN001
    """Drop and rebuild the whole index from the records; returns the number of entries."""
    return reindex_repo.rebuild(uow.session)
