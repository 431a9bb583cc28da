"""A Dossiers page attached to a REAL vault, with the TaskRunner running tasks inline."""

from __future__ import annotations

import pytest

from ibtd_desktop.ui.investigations.page import InvestigationsPage
from ibtd_desktop.ui.tasks import TaskRunner


@pytest.fixture
def runner(qapp):
    return TaskRunner(synchronous=True)


@pytest.fixture
def page(qtbot, vault, runner):
    widget = InvestigationsPage()
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.attach(vault, runner)
    yield widget
    widget.detach()
