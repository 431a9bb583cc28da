"""Small-group check over the structured attributes of a dossier's approved summaries.

Free text is protected by generalisation; the structured attributes (role, domain, province,
age band, year, benefit type) are a table, and a combination shared by fewer than k persons can
single someone out. This warns (it does not refuse) and suggests which attribute to generalise.
"""

from __future__ import annotations

from collections.abc import Sequence

from ibtd_desktop import anonymisation as anon
from ibtd_desktop.domain.summaries import (
    QUASI_IDENTIFIERS,
    AnonymisedSummary,
    SummaryAttributes,
    SummaryKind,
    SummaryStatus,
)
from ibtd_desktop.services.summaries.commands import SmallGroupWarning
from ibtd_desktop.storage.summary_repository import SummaryRepository

DEFAULT_K = 5

_LABELS_NL = {
    "role": "rol", "domain": "domein", "province": "provincie", "age_band": "leeftijdscategorie",
    "year": "jaar", "benefit_type": "soort toeslag",
}
_HOW_NL = {
    "role": "gebruik een bredere rol (bijv. 'burger' of 'professional')",
    "domain": "laat het domein weg",
    "province": "laat de provincie weg of noem een landsdeel",
    "age_band": "gebruik een bredere leeftijdscategorie (bijv. 40-59) of laat haar weg",
    "year": "noem een periode van meerdere jaren of laat het jaar weg",
    "benefit_type": "noem alleen 'toeslag' zonder soort",
}


# Tried first when several attributes help equally: the most identifying ones.
_PREFERENCE = ("age_band", "province", "benefit_type", "year", "role", "domain")


def _key(attrs: SummaryAttributes, ignore: frozenset[str] = frozenset()) -> tuple[tuple[str, str], ...]:
    return tuple(
        (name, str(value))
        for name, value in attrs.as_dict().items()
        if value is not None and name not in ignore and name in QUASI_IDENTIFIERS
    )


def small_group_warnings(
    records: Sequence[SummaryAttributes], focus: SummaryAttributes | None = None, k: int = DEFAULT_K
) -> tuple[SmallGroupWarning, ...]:
    """Warnings for attribute combinations shared by fewer than ``k`` records.

    ``focus``: only the combination of that record (the summary being submitted/approved).
    Records without any attribute say nothing about anyone and are skipped.
    """
    if k < 2:
        return ()
    rows = [r for r in records if _key(r)]  # no attributes: says nothing about anyone
    report = anon.small_group_check([r.as_dict() for r in rows], QUASI_IDENTIFIERS, k)
    wanted = _key(focus) if focus is not None else None
    warnings = []
    for group in report.groups:
        key = _key(rows[group.record_indexes[0]])
        if wanted is not None and key != wanted:
            continue
        warnings.append(SmallGroupWarning(key, group.size, k, _suggest(rows, key, k)))
    return tuple(warnings)


def _suggest(records: Sequence[SummaryAttributes], key: tuple[tuple[str, str], ...], k: int) -> str:
    """Greedily generalise (leave out) the attribute that grows the group most, until it has k."""
    remaining = [name for name in _PREFERENCE if name in dict(key)]
    ignored: frozenset[str] = frozenset()
    size = 0
    while remaining and size < k:
        best, best_size = remaining[0], -1
        for name in remaining:
            trial = ignored | {name}
            reduced = _key_from(key, trial)
            n = sum(1 for r in records if _key(r, trial) == reduced)
            if n > best_size:
                best, best_size = name, n
        ignored, size = ignored | {best}, best_size
        remaining.remove(best)
    if not ignored:
        return "voeg geen kenmerken toe"
    steps = "; ".join(f"{_LABELS_NL[n]}: {_HOW_NL[n]}" for n in _PREFERENCE if n in ignored)
    enough = "" if size >= k else f" (dan nog maar {size} personen: overweeg de kenmerken weg te laten)"
    return steps + enough


def _key_from(key: tuple[tuple[str, str], ...], ignore: frozenset[str]) -> tuple[tuple[str, str], ...]:
    return tuple(item for item in key if item[0] not in ignore)


def small_group_warnings_for(
    repo: SummaryRepository, summary: AnonymisedSummary, k: int = DEFAULT_K
) -> tuple[SmallGroupWarning, ...]:
    """The check for one interview summary against the dossier's approved interview summaries."""
    if summary.kind is not SummaryKind.INTERVIEW:
        return ()
    others = [
        s.current.attributes
        for s in repo.list(summary.investigation_id)
        if s.kind is SummaryKind.INTERVIEW and s.status is SummaryStatus.APPROVED and s.id != summary.id
    ]
    return small_group_warnings([*others, summary.current.attributes], summary.current.attributes, k)


def dossier_small_groups(repo: SummaryRepository, investigation_id: int, k: int = DEFAULT_K) -> tuple[SmallGroupWarning, ...]:
    records = [
        s.current.attributes
        for s in repo.list(investigation_id)
        if s.kind is SummaryKind.INTERVIEW and s.status is SummaryStatus.APPROVED
    ]
    return small_group_warnings(records, None, k)
