"""GUI tests never hang on a modal dialog: one that opens unexpectedly fails the test."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def fresh_settings(qapp: object) -> None:
    """Each test starts with no remembered filters, columns or window size."""
    from PySide6.QtCore import QSettings

    qapp.setOrganizationName("dealerapp-tests")  # type: ignore[attr-defined]
    qapp.setApplicationName("dealerapp-tests")  # type: ignore[attr-defined]
    QSettings().clear()


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    def unexpected(name: str):  # type: ignore[no-untyped-def]
        def fail(*args: object, **_kwargs: object) -> None:
            text = " / ".join(str(a) for a in args[1:3])
            pytest.fail(f"unexpected QMessageBox.{name}: {text}")

        return fail

    for name in ("question", "warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, unexpected(name))


def settle(qtbot: object, window: object) -> None:
    """Wait until the window's background reads and writes are done and shown."""
    tasks = window.tasks  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: tasks.idle, timeout=15_000)  # type: ignore[attr-defined]


def open_window(qtbot: object, db: object, page: str | None = None) -> Any:
    """The main window on `db`, shown and settled; on `page` if given."""
    from dealerapp.ui.main_window import MainWindow

    window = MainWindow(db)  # type: ignore[arg-type]
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    settle(qtbot, window)
    if page is not None:
        window.show_page(page)
        settle(qtbot, window)
    return window
