from tests.ui.interviews.conftest import case, runner, temp_files  # noqa: F401 - shared fixtures
