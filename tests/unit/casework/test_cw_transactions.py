"""The case-work transaction convention, with a fake unit of work (no database)."""

import pytest

from ibtd_desktop.services.casework._tx import reads, writes


class FakeUow:
    def __init__(self):
        self.session = None
        self.user_id = 7
        self.commits = 0
        self.entered = 0

    def __enter__(self):
        self.entered += 1
        self.session = object()
        return self

    def __exit__(self, *exc):
        self.session = None

    def commit(self):
        self.commits += 1


@writes
def write_something(value, uow):
    return (value, uow.session is not None)


@reads
def read_something(uow, flag=False):
    return uow.session is not None


@writes
def fail(uow):
    raise RuntimeError("boom")


def test_fresh_uow_is_opened_committed_and_closed():
    uow = FakeUow()
    assert write_something(1, uow) == (1, True)
    assert (uow.entered, uow.commits, uow.session) == (1, 1, None)


def test_reads_never_commit():
    uow = FakeUow()
    assert read_something(uow, flag=True) is True
    assert uow.commits == 0


def test_open_uow_is_joined_and_caller_commits():
    uow = FakeUow()
    with uow:
        write_something(1, uow)
        write_something(2, uow=uow)
        assert uow.commits == 0 and uow.entered == 1


def test_failure_does_not_commit():
    uow = FakeUow()
    with pytest.raises(RuntimeError):
        fail(uow)
    assert uow.commits == 0 and uow.session is None


def test_missing_uow_is_a_type_error():
    with pytest.raises(TypeError):
        read_something(object())
