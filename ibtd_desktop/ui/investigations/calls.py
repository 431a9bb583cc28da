"""How the case-work pages reach the services: ``fn(*args, uow)`` on the TaskRunner's database
thread, with the result delivered on the GUI thread (see ``ui.tasks``).

The loaders below run on the database thread and return frozen bundles, never ORM objects.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QObject

from ibtd_desktop.domain.casework.interviews import AttachmentRow, InterviewFilter, InterviewRow
from ibtd_desktop.domain.casework.investigations import InvestigationFilter, InvestigationRow, ThemeRow
from ibtd_desktop.domain.casework.signals import SignalFilter
from ibtd_desktop.services.casework import (
    attachments,
    field_visits,
    findings,
    interviewees,
    interviews,
    investigations,
    signals,
)

if TYPE_CHECKING:
    from ibtd_desktop.ui.tasks import TaskRunner

Failure = Callable[[BaseException], None]


class VaultCalls:
    """Binds a vault and the runner for one page; ``None`` vault means detached (calls are ignored)."""

    def __init__(self, owner: QObject, on_failure: Failure) -> None:
        self.owner = owner
        self.on_failure = on_failure
        self.vault: Any = None
        self.runner: "TaskRunner | None" = None

    def bind(self, vault: Any, runner: "TaskRunner | None") -> None:
        self.vault, self.runner = vault, runner

    @property
    def attached(self) -> bool:
        return self.vault is not None and self.runner is not None

    def run(self, fn: Callable[..., Any], *args: Any, on_success: Callable[[Any], None] | None = None,
            on_failure: Failure | None = None, owner: QObject | None = None, label: str = "") -> None:
        """Run ``fn(*args, uow)`` on the database thread (a fresh unit of work per call)."""
        if not self.attached:
            return
        vault = self.vault
        self.runner.run(lambda: fn(*args, vault.uow()), on_success, on_failure or self.on_failure,
                        owner=owner or self.owner, label=label)

    def load(self, loader: Callable[..., Any], *args: Any, on_success: Callable[[Any], None],
             owner: QObject | None = None) -> None:
        """Run ``loader(vault, *args)`` (one of the bundle loaders below) on the database thread."""
        if not self.attached:
            return
        vault = self.vault
        self.runner.run(lambda: loader(vault, *args), on_success, self.on_failure, owner=owner or self.owner)


# -- loaders (database thread) ----------------------------------------------------------------

@dataclass(frozen=True)
class DossierList:
    rows: list[InvestigationRow]
    themes: list[ThemeRow]


def load_dossier_list(vault: Any) -> DossierList:
    return DossierList(
        rows=investigations.list_investigations(InvestigationFilter(), vault.uow()),
        themes=investigations.list_themes(vault.uow(), include_archived=True),
    )


def load_themes(vault: Any) -> list[ThemeRow]:
    return investigations.list_themes(vault.uow(), include_archived=True)


# The parts of one dossier a tab shows; a change reloads only the parts it touched.
DOSSIER_PARTS = ("detail", "findings", "recommendations", "rebuttals", "signals", "interviews",
                 "interviewees", "field_visits", "attachments", "themes")
MAX_INTERVIEWS = 2_000  # one page of the interviews service; a dossier rarely holds more


def load_dossier_parts(vault: Any, investigation_id: int, parts: tuple[str, ...]) -> dict[str, Any]:
    loaded: dict[str, Any] = {}
    for part in parts:
        uow = vault.uow()
        if part == "detail":
            loaded[part] = investigations.get_investigation(investigation_id, uow)
        elif part == "findings":
            loaded[part] = findings.list_findings(investigation_id, uow)
        elif part == "recommendations":
            loaded[part] = findings.list_recommendations(investigation_id, uow)
        elif part == "rebuttals":
            loaded[part] = findings.list_rebuttal_rows(investigation_id, uow)
        elif part == "signals":
            loaded[part] = signals.list_signals(SignalFilter(investigation_id=investigation_id), uow)
        elif part == "interviews":
            loaded[part] = interviews.list_interviews(InterviewFilter(investigation_id=investigation_id), 0,
                                                      MAX_INTERVIEWS, uow)
        elif part == "interviewees":
            loaded[part] = interviewees.list_interviewees(investigation_id, uow)
        elif part == "field_visits":
            loaded[part] = field_visits.list_field_visits(investigation_id, uow)
        elif part == "attachments":
            loaded[part] = _attachments_of(vault, investigation_id)
        elif part == "themes":
            loaded[part] = investigations.list_themes(uow, include_archived=True)
        else:
            raise ValueError(part)
    return loaded


def _attachments_of(vault: Any, investigation_id: int) -> tuple[list[AttachmentRow], list[InterviewRow]]:
    rows = interviews.list_interviews(InterviewFilter(investigation_id=investigation_id), 0, MAX_INTERVIEWS,
                                      vault.uow())
    found: list[AttachmentRow] = []
    for row in rows:
        if row.attachment_count:
            found.extend(attachments.list_attachments(row.id, vault.uow()))
    return found, rows
