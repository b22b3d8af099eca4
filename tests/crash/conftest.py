"""The crash runs' counts at the end of the pytest output, with or without -s."""

from __future__ import annotations

import pytest

from tests.crash.harness import SUMMARIES


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if SUMMARIES:
        terminalreporter.section("crash safety: SIGKILL at random moments")
        for summary in SUMMARIES:
            terminalreporter.write_line(summary)
