"""Full-text search queries and hits (FTS5 inside the vault)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from ibtd_desktop.domain.casework.enums import IntervieweeRole

# Snippet highlight markers (Unicode private-use characters, never typed by a user): the GUI
# turns them into bold, the CLI into brackets or colour.
MARK_START = "\ue000"
MARK_END = "\ue001"
ELLIPSIS = "…"


class HitKind(str, enum.Enum):
    INVESTIGATION = "investigation"
    SIGNAL = "signal"
    INTERVIEW = "interview"
    FIELD_VISIT = "field_visit"


@dataclass(frozen=True)
class SearchQuery:
    text: str
    investigation_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    role: IntervieweeRole | None = None  # only interviews with an interviewee in this role
    kinds: tuple[HitKind, ...] = ()  # empty = all
    limit: int = 50
    offset: int = 0


@dataclass(frozen=True)
class SearchHit:
    kind: HitKind
    record_id: int
    investigation_id: int | None
    title: str  # e.g. "IBTD-2023-007 · Gesprek 2023-03-14"
    snippet: str  # with MARK_START/MARK_END around matches
    on: date | None
    rank: float


def plain_snippet(snippet: str, start: str = "[", end: str = "]") -> str:
    return snippet.replace(MARK_START, start).replace(MARK_END, end)
