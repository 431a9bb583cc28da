from datetime import date

import pytest

from ibtd_desktop.domain.casework.enums import Domain, InvestigationKind, InvestigationStatus
from ibtd_desktop.domain.casework.investigations import (
    AddTheme,
    ChangeInvestigationStatus,
    InvestigationFilter,
    UpdateInvestigation,
)
from ibtd_desktop.domain.casework.validation import FieldError
from ibtd_desktop.domain.errors import NotFound
from ibtd_desktop.services.casework import investigations



def test_create_returns_detail_with_audit_stamp(casedb, new_investigation):
    detail = new_investigation()
    assert detail.reference == "IBTD-2023-007"
    assert detail.themes == ("rechtsbescherming",)
    assert detail.domains == (Domain.TAXES,)
    assert detail.status is InvestigationStatus.INVESTIGATION
    assert detail.created_by == casedb.user_id and detail.updated_by == casedb.user_id
    assert detail.counts == {"signals": 0, "interviewees": 0, "interviews": 0, "field_visits": 0}
    again = investigations.get_investigation(detail.id, casedb.uow())
    assert again.title == detail.title and again.start_date == date(2023, 1, 9)


def test_duplicate_reference_is_refused_naming_the_field(casedb, new_investigation):
    new_investigation()
    with pytest.raises(FieldError) as err:
        new_investigation()
    assert err.value.field == "reference"
    assert len(investigations.list_investigations(InvestigationFilter(), casedb.uow())) == 1


@pytest.mark.parametrize(
    "change, field",
    [
        ({"reference": "zomaar iets"}, "reference"),
        ({"title": "  "}, "title"),
        ({"themes": ("bestaat_niet",)}, "themes"),
        ({"domains": ("accijns",)}, "domains"),
        ({"domains": ()}, "domains"),
        ({"themes": ()}, "themes"),
        ({"kind": "roman"}, "kind"),
        ({"start_date": date(2023, 5, 1), "end_date": date(2023, 1, 1)}, "end_date"),
    ],
)
def test_validation_names_the_field(casedb, new_investigation, change, field):
    with pytest.raises(FieldError) as err:
        new_investigation(**change)
    assert err.value.field == field
    assert investigations.list_investigations(InvestigationFilter(), casedb.uow()) == []


def test_update_and_status_change(casedb, new_investigation):
    created = new_investigation()
    updated = investigations.update_investigation(
        UpdateInvestigation(
            investigation_id=created.id, reference="IBTD-2023-008", title="Nieuwe titel",
            kind=InvestigationKind.SYSTEMIC, themes=("risicoselectie", "hersteloperaties"),
            domains=(Domain.BENEFITS, Domain.CUSTOMS), status=InvestigationStatus.EXPLORATION,
            team=("B", "C"),
        ),
        casedb.uow(),
    )
    assert updated.reference == "IBTD-2023-008"
    assert updated.themes == ("risicoselectie", "hersteloperaties")
    assert updated.team == ("B", "C")
    moved = investigations.change_investigation_status(
        ChangeInvestigationStatus(created.id, InvestigationStatus.REBUTTAL), casedb.uow()
    )
    assert moved.status is InvestigationStatus.REBUTTAL
    assert moved.themes == updated.themes


def test_list_filters(casedb, new_investigation):
    new_investigation()
    new_investigation(ref="IBTD-2024-001", title="Douane en zzp", domains=(Domain.CUSTOMS,),
                       themes=("risicoselectie",), status=InvestigationStatus.CLOSED)
    uow = casedb.uow
    assert [r.reference for r in investigations.list_investigations(InvestigationFilter(), uow())] == [
        "IBTD-2023-007", "IBTD-2024-001"]
    assert [r.reference for r in investigations.list_investigations(InvestigationFilter(domain=Domain.CUSTOMS), uow())] == ["IBTD-2024-001"]
    assert [r.reference for r in investigations.list_investigations(InvestigationFilter(theme="rechtsbescherming"), uow())] == ["IBTD-2023-007"]
    assert [r.reference for r in investigations.list_investigations(InvestigationFilter(status=InvestigationStatus.CLOSED), uow())] == ["IBTD-2024-001"]
    assert [r.reference for r in investigations.list_investigations(InvestigationFilter(text="douane"), uow())] == ["IBTD-2024-001"]


def test_themes_are_seeded_and_editable(casedb, new_investigation):
    codes = [t.code for t in investigations.list_themes(casedb.uow())]
    assert codes[:2] == ["risicoselectie", "rechtsbescherming"] and len(codes) == 6
    added = investigations.add_theme(AddTheme(label="Digitale dienstverlening"), casedb.uow())
    assert added.code == "digitale_dienstverlening"
    with pytest.raises(FieldError):
        investigations.add_theme(AddTheme(label="Digitale dienstverlening"), casedb.uow())
    investigations.archive_theme(added.id, casedb.uow())
    assert "digitale_dienstverlening" not in [t.code for t in investigations.list_themes(casedb.uow())]
    assert "digitale_dienstverlening" in [t.code for t in investigations.list_themes(casedb.uow(), include_archived=True)]


def test_delete_and_not_found(casedb, new_investigation):
    created = new_investigation()
    investigations.delete_investigation(created.id, casedb.uow())
    with pytest.raises(NotFound):
        investigations.get_investigation(created.id, casedb.uow())
