"""Creating dossier content through the services (set-up) and scanning models (assertions)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt

from ibtd_desktop.domain.casework.enums import Domain, InvestigationKind, InvestigationStatus
from ibtd_desktop.domain.casework.investigations import CreateInvestigation
from ibtd_desktop.services.casework import investigations

# Every role a view could ask for, plus the models' custom roles.
ALL_ROLES = list(range(0, 40)) + [int(Qt.ItemDataRole.UserRole) + i for i in range(0, 8)]


def create_dossier(vault, reference: str, title: str = "Onderzoek", **kw):
    kw.setdefault("kind", InvestigationKind.THEMATIC)
    kw.setdefault("themes", ("risicoselectie",))
    kw.setdefault("domains", (Domain.TAXES,))
    return investigations.create_investigation(CreateInvestigation(reference=reference, title=title, **kw), vault.uow())


def all_cell_texts(model) -> list[str]:
    """str() of every value of every cell for every role, and every header."""
    found = []
    for row in range(model.rowCount(QModelIndex())):
        for column in range(model.columnCount(QModelIndex())):
            index = model.index(row, column)
            for role in ALL_ROLES:
                value = model.data(index, role)
                if value is not None:
                    found.append(repr(value))
                    found.append(str(value))
    for column in range(model.columnCount(QModelIndex())):
        found.append(str(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)))
    return found


def column_texts(view, column: int) -> list[str]:
    model = view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


SAMPLE = dict(status=InvestigationStatus.INVESTIGATION, domains=(Domain.BENEFITS,), start_date=date(2026, 1, 5))
