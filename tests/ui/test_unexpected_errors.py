"""An unexpected error: a dialog saying where the log is, a log without personal data."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from dealerapp.logs import setup_logging, where_it_failed
from dealerapp.ui.app import show_unexpected


def test_the_log_names_where_not_who(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log_file = setup_logging(tmp_path / "logs")
    assert oct(log_file.stat().st_mode & 0o777) == "0o600"
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *_a: shown.append(text))
    try:
        raise ValueError("Ada Byrne <ada@example.org> owes 5,000")
    except ValueError:
        kind, error, trace = sys.exc_info()
        assert kind is not None and error is not None
        show_unexpected(kind, error, trace, log_file)
    for handler in logging.getLogger().handlers:
        handler.flush()
    written = log_file.read_text()
    assert "ValueError" in written and "test_the_log_names_where_not_who" in written
    assert "Ada" not in written and "example.org" not in written
    # The person sees what happened and where the log is; the window goes on.
    assert "Ada Byrne" in shown[0] and str(log_file) in shown[0]
    summary = where_it_failed(ValueError, ValueError("x@y.z"), None)
    assert "x@y.z" not in summary
