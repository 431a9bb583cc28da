"""Domain rules of summaries: workflow, four eyes, content hash, detection decisions."""

from datetime import datetime, timezone

import pytest
from hypothesis import given, strategies as st

from ibtd_desktop.domain.errors import PermissionDenied, SafeguardRefused, ValidationError
from ibtd_desktop.domain.summaries import (
    DetectionDecision,
    DetectionDecisionKind,
    ReviewDecision,
    ReviewOutcome,
    SummaryAction,
    SummaryAttributes,
    SummaryStatus,
    SummaryVersion,
    approval_is_valid,
    canonical_json,
    check_reviewer,
    content_hash,
    edit_creates_new_version,
    next_status,
)

NOW = datetime(2026, 1, 1, tzinfo=timezone.utc)


def test_dutch_labels():
    assert [s.label_nl for s in SummaryStatus] == ["concept", "ter beoordeling", "goedgekeurd", "teruggestuurd"]


@pytest.mark.parametrize(
    "start, action, end",
    [
        (SummaryStatus.DRAFT, SummaryAction.SUBMIT, SummaryStatus.SUBMITTED),
        (SummaryStatus.SUBMITTED, SummaryAction.APPROVE, SummaryStatus.APPROVED),
        (SummaryStatus.SUBMITTED, SummaryAction.RETURN, SummaryStatus.RETURNED),
        (SummaryStatus.SUBMITTED, SummaryAction.WITHDRAW, SummaryStatus.DRAFT),
    ],
)
def test_allowed_transitions(start, action, end):
    assert next_status(start, action) is end


@pytest.mark.parametrize(
    "start, action",
    [
        (SummaryStatus.DRAFT, SummaryAction.APPROVE),
        (SummaryStatus.DRAFT, SummaryAction.RETURN),
        (SummaryStatus.APPROVED, SummaryAction.SUBMIT),
        (SummaryStatus.APPROVED, SummaryAction.APPROVE),
        (SummaryStatus.RETURNED, SummaryAction.APPROVE),
        (SummaryStatus.RETURNED, SummaryAction.SUBMIT),
        (SummaryStatus.SUBMITTED, SummaryAction.SUBMIT),
    ],
)
def test_forbidden_transitions_explain(start, action):
    with pytest.raises(SafeguardRefused) as err:
        next_status(start, action)
    assert start.label_nl in str(err.value)


def test_editing_rules():
    assert edit_creates_new_version(SummaryStatus.DRAFT) is False
    assert edit_creates_new_version(SummaryStatus.APPROVED) is True
    assert edit_creates_new_version(SummaryStatus.RETURNED) is True
    with pytest.raises(SafeguardRefused, match="withdraw"):
        edit_creates_new_version(SummaryStatus.SUBMITTED)


def test_author_cannot_review():
    with pytest.raises(PermissionDenied, match="author"):
        check_reviewer(1, [1])
    with pytest.raises(PermissionDenied):
        check_reviewer(2, [1, 2])  # wrote a later version
    check_reviewer(3, [1, 2])


def test_content_hash_binds_text_and_attributes():
    a = SummaryAttributes(role="professional", province="Utrecht", age_band="40-49", year=2024)
    h = content_hash("tekst", a)
    assert len(h) == 64
    assert h == content_hash("tekst", SummaryAttributes(year=2024, age_band="40-49", province="Utrecht", role="professional"))
    assert h != content_hash("tekst ", a)
    assert h != content_hash("tekst", SummaryAttributes(role="professional", province="Utrecht", age_band="40-49", year=2025))
    assert canonical_json("é", SummaryAttributes()).startswith('{"attributes":{"age_band":null')
    assert "é" in canonical_json("é", SummaryAttributes())


@given(st.text(), st.text())
def test_content_hash_distinguishes_texts(a, b):
    attrs = SummaryAttributes()
    assert (content_hash(a, attrs) == content_hash(b, attrs)) == (a == b)


@pytest.mark.parametrize(
    "kwargs",
    [{"province": "Leiden"}, {"age_band": "41"}, {"year": 12}],
)
def test_attributes_validate(kwargs):
    with pytest.raises(ValidationError):
        SummaryAttributes(**kwargs)


def test_attributes_round_trip():
    a = SummaryAttributes(role="x", domain="benefits", province="Zeeland", age_band="80+", year=2023, benefit_type="kinderopvangtoeslag")
    assert SummaryAttributes.from_dict(a.as_dict()) == a
    with pytest.raises(ValidationError, match="unknown"):
        SummaryAttributes.from_dict({"name": "x"})


def _version(status=SummaryStatus.APPROVED, text="t"):
    attrs = SummaryAttributes()
    return SummaryVersion(1, 1, 1, text, attrs, content_hash("t", attrs), status, 1, NOW)


def test_approval_is_bound_to_hash():
    v = _version()
    good = ReviewDecision(1, 1, ReviewOutcome.APPROVED, 2, "R", v.content_hash, NOW)
    stale = ReviewDecision(1, 1, ReviewOutcome.APPROVED, 2, "R", "0" * 64, NOW)
    assert approval_is_valid(v, [good])
    assert not approval_is_valid(v, [stale])
    assert not approval_is_valid(v, [])
    assert not approval_is_valid(_version(text="tampered"), [good])
    assert not approval_is_valid(_version(status=SummaryStatus.SUBMITTED), [good])


def test_detection_decision_rules():
    DetectionDecision(0, 4, "NAAM", DetectionDecisionKind.ACCEPTED)
    with pytest.raises(ValidationError, match="reason"):
        DetectionDecision(0, 4, "NAAM", DetectionDecisionKind.UNDONE, reason="  ")
    DetectionDecision(0, 4, "NAAM", DetectionDecisionKind.UNDONE, reason="naam van instantie")
    with pytest.raises(ValidationError):
        DetectionDecision(4, 4, "NAAM", DetectionDecisionKind.EXTRA)
