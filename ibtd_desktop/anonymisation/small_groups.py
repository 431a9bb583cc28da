"""k-anonymity over the structured attributes of a set of summaries."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ibtd_desktop.anonymisation.places import province_of
from ibtd_desktop.anonymisation.redaction import age_band

# What to suggest per kind of attribute (the generalisation hierarchy, coarse last).
SUGGESTIONS = {
    "age": "leeftijd in banden van 10 jaar (80+ samengevoegd)",
    "place": "woonplaats -> provincie",
    "municipality": "gemeente -> provincie",
    "postcode": "postcode -> 4 cijfers -> provincie",
    "date": "datum -> maand/kwartaal + jaar",
    "children": "aantal kinderen afkappen (4+)",
    "occupation": "beroep -> beroepsklasse",
    "country_of_birth": "geboorteland -> werelddeel",
}


@dataclass(frozen=True)
class SmallGroup:
    values: tuple            # the quasi-identifier values shared by the group
    size: int
    record_indexes: tuple[int, ...]


@dataclass(frozen=True)
class SmallGroupReport:
    k: int
    groups: tuple[SmallGroup, ...]       # groups smaller than k
    suggestion: dict[str, str]           # attribute -> suggested generalisation

    @property
    def ok(self) -> bool:
        return not self.groups


def generalise_value(attribute: str, value):
    """The next coarser value of a quasi-identifier (used to test a suggestion)."""
    if value is None:
        return None
    kind = attribute.lower()
    if "age" in kind or "leeftijd" in kind:
        try:
            return age_band(int(value))
        except (TypeError, ValueError):
            return value
    if any(k in kind for k in ("place", "municipality", "woonplaats", "gemeente")):
        return province_of(str(value)) or "onbekend"
    if "postcode" in kind:
        return str(value)[:4] if len(str(value)) > 4 else str(value)[:2]
    if "child" in kind or "kinderen" in kind:
        try:
            return "4+" if int(value) >= 4 else int(value)
        except (TypeError, ValueError):
            return value
    return value


def small_group_check(records: Sequence[Mapping], quasi_identifiers: Sequence[str],
                      k: int = 5) -> SmallGroupReport:
    """Groups of records sharing all quasi-identifier values that are smaller than ``k``.

    The suggestion names, for each attribute whose generalisation would help, how to generalise
    it; attributes are tried one at a time and kept when they reduce the number of small groups.
    """
    if k < 2:
        raise ValueError("k must be at least 2")
    qi = list(quasi_identifiers)

    def groups_of(rows):
        keys = [tuple(r.get(a) for a in qi) for r in rows]
        counts = Counter(keys)
        small = {}
        for i, key in enumerate(keys):
            if counts[key] < k:
                small.setdefault(key, []).append(i)
        return tuple(SmallGroup(key, len(idx), tuple(idx)) for key, idx in small.items())

    found = groups_of(records)
    suggestion: dict[str, str] = {}
    if found:
        rows = [dict(r) for r in records]
        best = sum(g.size for g in found)
        for attr in qi:
            trial = [dict(r, **{attr: generalise_value(attr, r.get(attr))}) for r in rows]
            remaining = sum(g.size for g in groups_of(trial))
            if remaining < best:
                rows, best = trial, remaining
                kind = next((v for key, v in SUGGESTIONS.items() if key in attr.lower()),
                            "generaliseren of weglaten")
                suggestion[attr] = kind
        if best:
            for g in found:
                for attr, value in zip(qi, g.values):
                    suggestion.setdefault(attr, SUGGESTIONS.get(attr.lower(), "generaliseren of weglaten"))
    return SmallGroupReport(k, found, suggestion)
