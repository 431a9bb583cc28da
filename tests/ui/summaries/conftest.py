"""Summaries UI tests run on a real vault with the dossier of ``tests.summary_helpers``."""

from __future__ import annotations

import pytest

from ibtd_desktop.ui.summaries.page import SummariesPage
from ibtd_desktop.ui.summaries.prompts import ReasonPrompt
from ibtd_desktop.ui.tasks import TaskRunner
from tests.summary_helpers import add_reviewer, build_dossier


@pytest.fixture(autouse=True)
def _reason_prompt_answered_in_advance(qapp):
    ReasonPrompt.set_non_interactive(True)
    yield
    ReasonPrompt.set_non_interactive(False)


@pytest.fixture
def dossier(vault):
    built = build_dossier(vault)
    add_reviewer(vault)
    return built


@pytest.fixture
def runner(qtbot):
    runner = TaskRunner()  # real threads: the scan must prove it runs off the GUI thread
    yield runner
    runner.drop_pending_callbacks()
    runner.wait_for_done(10_000)


@pytest.fixture
def page(qtbot, vault, dossier, runner):
    widget = SummariesPage()
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.attach(vault, runner)
    yield widget
    widget.detach()
