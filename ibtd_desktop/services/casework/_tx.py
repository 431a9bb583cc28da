"""The transaction convention shared by the case-work services (see the package docstring)."""

from __future__ import annotations

import functools
from typing import Any, Callable, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


def _uow_of(args: tuple, kwargs: dict):  # noqa: ANN202
    if "uow" in kwargs:
        return kwargs["uow"]
    for arg in reversed(args):
        if hasattr(arg, "commit") and hasattr(arg, "session") and hasattr(arg, "user_id"):
            return arg
    raise TypeError("a case-work service needs a unit of work")


def _wrap(fn: F, write: bool) -> F:
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        uow = _uow_of(args, kwargs)
        if uow.session is not None:  # joined an open unit of work: the caller commits
            return fn(*args, **kwargs)
        with uow:
            result = fn(*args, **kwargs)
            if write:
                uow.commit()
            return result

    return wrapper  # type: ignore[return-value]


def writes(fn: F) -> F:
    return _wrap(fn, write=True)


def reads(fn: F) -> F:
    return _wrap(fn, write=False)
