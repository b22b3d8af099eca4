"""The Audit page and the roles as a person meets them in the window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from dealerapp.db.database import Database
from dealerapp.db.enums import StaffRole
from dealerapp.services import allocation, audit, staff
from dealerapp.ui.main_window import MainWindow
from dealerapp.ui.pages.audit import AuditPage
from dealerapp.ui.pages.letters import LettersPage
from tests.ui.conftest import open_window, settle

# On a single desk the user is chosen; on the shared server the database login decides
# (tests/db/test_postgres.py checks that), so acting as someone else is SQLite's case.
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database) -> Iterator[MainWindow]:
    with demo_db.unit_of_work() as session:
        staff.save_staff(session, "tester", "Tess Admin", StaffRole.ADMIN)
        staff.save_staff(session, "ann", "Ann Advisor", StaffRole.ADVISOR)
        allocation.cut(session, program="1M", units=1, reason="dealer asked", dealer="US-PPL")
    main = open_window(qtbot, demo_db)
    yield main
    audit.choose_actor(None)


def test_the_audit_page_filters_by_person_and_words(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("Audit")
    settle(qtbot, window)
    page = window.page("Audit")
    assert isinstance(page, AuditPage)
    actions = [row.action for row in page.model.rows()]
    assert actions[0] == "allocation.cut" and actions.count("staff.save") == 2
    assert page.actor.findText("Tess Admin (tester)") >= 0
    page.area.setCurrentIndex(page.area.findData("staff"))
    settle(qtbot, window)
    assert {row.action for row in page.model.rows()} == {"staff.save"}
    page.area.setCurrentIndex(0)
    qtbot.keyClicks(page.text, "dealer asked")
    qtbot.keyClick(page.text, "\r")
    settle(qtbot, window)
    assert [row.action for row in page.model.rows()] == ["allocation.cut"]
    assert "1 of" in page.count.text()


def test_an_advisor_cannot_edit_letter_templates(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    audit.choose_actor("ann")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: told.append(text))
    window.show_page("Letters")
    settle(qtbot, window)
    letters = window.page("Letters")
    assert isinstance(letters, LettersPage)
    letters.edit_template()
    assert told == [
        "Editing a letter template needs a manager; Ann Advisor (ann) is an advisor. "
        "Nothing was changed."
    ]
