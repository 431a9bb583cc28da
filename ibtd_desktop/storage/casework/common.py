"""Helpers shared by the case-work repository modules."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ibtd_desktop.domain.casework.enums import DEFAULT_THEMES
from ibtd_desktop.domain.casework.investigations import ThemeRow
from ibtd_desktop.domain.errors import NotFound
from ibtd_desktop.storage.orm.base import utcnow
from ibtd_desktop.storage.orm.casework import Theme

T = TypeVar("T")


def stamp(record: object, user_id: int | None, *, new: bool = False) -> None:
    now = utcnow()
    if new:
        record.created_by = user_id  # type: ignore[attr-defined]
        record.created_at = now  # type: ignore[attr-defined]
    record.updated_by = user_id  # type: ignore[attr-defined]
    record.updated_at = now  # type: ignore[attr-defined]


def get_or_404(session: Session, model: type[T], record_id: int, what: str) -> T:
    record = session.get(model, record_id)
    if record is None:
        raise NotFound(f"{what} {record_id} does not exist")
    return record


def ensure_default_themes(session: Session, user_id: int | None) -> None:
    """Seed the editable theme list once (idempotent)."""
    existing = set(session.scalars(select(Theme.code)))
    for position, (code, label) in enumerate(DEFAULT_THEMES):
        if code not in existing:
            theme = Theme(code=code, label=label, position=position, archived=False)
            stamp(theme, user_id, new=True)
            session.add(theme)
    session.flush()


def theme_row(theme: Theme) -> ThemeRow:
    return ThemeRow(id=theme.id, code=theme.code, label=theme.label, archived=bool(theme.archived))


def list_themes(session: Session, *, include_archived: bool = False) -> list[ThemeRow]:
    stmt = select(Theme).order_by(Theme.position, Theme.id)
    if not include_archived:
        stmt = stmt.where(Theme.archived.is_(False))
    return [theme_row(t) for t in session.scalars(stmt)]


def themes_by_code(session: Session) -> dict[str, Theme]:
    return {t.code: t for t in session.scalars(select(Theme))}


def add_theme(session: Session, code: str, label: str, user_id: int | None) -> ThemeRow:
    position = len(session.scalars(select(Theme.id)).all())
    theme = Theme(code=code, label=label, position=position, archived=False)
    stamp(theme, user_id, new=True)
    session.add(theme)
    session.flush()
    return theme_row(theme)


def set_theme_archived(session: Session, theme_id: int, archived: bool, user_id: int | None) -> ThemeRow:
    theme = get_or_404(session, Theme, theme_id, "theme")
    theme.archived = archived
    stamp(theme, user_id)
    session.flush()
    return theme_row(theme)


def external_key_taken(session: Session, model: type, key: str) -> int | None:
    return session.scalar(select(model.id).where(model.external_key == key))  # type: ignore[attr-defined]
