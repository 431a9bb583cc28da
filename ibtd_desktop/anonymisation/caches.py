"""What the detector remembers of the texts it has seen, and how to make it forget (on lock)."""

from __future__ import annotations

import sys

_PACKAGE = "ibtd_desktop.anonymisation."


def bounded_caches() -> list:
    """Every bounded lru_cache of the package. They are keyed by what documents hold: words,
    name runs, candidates, and the case-file identity values of known people. The unbounded
    ones (functools.cache) load the shipped lexicons and static patterns."""
    found = {}
    for name, module in list(sys.modules.items()):
        if name.startswith(_PACKAGE) and module is not None:
            for obj in vars(module).values():
                params = getattr(obj, "cache_parameters", None)
                if callable(params) and params()["maxsize"] is not None:
                    found[id(obj)] = obj
    return list(found.values())


def forget_case_data() -> None:
    """Drop the references the caches hold to texts and identity values (the strings are
    freed as nothing else holds them; Python cannot overwrite them). Called when the vault
    locks; the caches fill again on the next detection."""
    for cache in bounded_caches():
        cache.cache_clear()
