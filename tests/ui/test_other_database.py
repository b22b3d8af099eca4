"""Opening another database from the window, and a shared server tried before it is kept."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from dealerapp.config import (
    DATABASE_URL_ENV,
    chosen_database_file,
    default_database_path,
    remember_database,
    resolve_database,
)
from dealerapp.db.database import Database
from dealerapp.db.probe import check_server
from dealerapp.errors import DatabaseError
from dealerapp.services.demo import load_demo
from dealerapp.ui.app import Desk
from dealerapp.ui.connect_dialog import ConnectDialog
from tests.ui.conftest import open_window, settle


@pytest.fixture(autouse=True)
def no_remembered_database(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    chosen_database_file().unlink(missing_ok=True)
    yield
    chosen_database_file().unlink(missing_ok=True)


def test_the_chosen_database_is_remembered_for_the_next_start_and_the_cli(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert resolve_database().sqlite_path == default_database_path()
    other = resolve_database(str(tmp_path / "group.sqlite3"))
    remember_database(other)
    assert resolve_database() == other
    assert oct(chosen_database_file().stat().st_mode & 0o777) == "0o600"
    # --db and the environment still win over the remembered choice.
    assert resolve_database(str(tmp_path / "x.sqlite3")).sqlite_path == tmp_path / "x.sqlite3"
    monkeypatch.setenv(DATABASE_URL_ENV, f"sqlite:///{tmp_path / 'env.sqlite3'}")
    assert resolve_database().sqlite_path == tmp_path / "env.sqlite3"
    monkeypatch.delenv(DATABASE_URL_ENV)
    remember_database(resolve_database(str(default_database_path())))
    assert not chosen_database_file().exists()


@pytest.mark.sqlite_only
def test_opening_another_file_replaces_the_window_and_is_kept(qtbot: QtBot, tmp_path: Path) -> None:
    empty, demo = tmp_path / "empty.sqlite3", tmp_path / "demo.sqlite3"
    database = Database.open(resolve_database(str(demo)))
    with database.unit_of_work() as session:
        load_demo(session, waitlists=False)
    database.close()
    desk = Desk(load_demo_if_empty=False)
    assert desk.open(resolve_database(str(empty)))
    first = desk.window
    assert first is not None and first.root.currentWidget() is first.welcome
    settle(qtbot, first)
    first.open_requested.emit(resolve_database(str(demo)))
    second = desk.window
    assert second is not None and second is not first and not first.isVisible()
    settle(qtbot, second)
    assert second.root.currentWidget() is second.app_area
    assert str(demo) in second.windowTitle()
    assert resolve_database().sqlite_path == demo
    second.close()
    desk.close()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("not a url", "'not a url' is not a database address"),
        ("sqlite:////tmp/x.sqlite3", "a shared server is PostgreSQL"),
        ("postgresql://user@/dealerapp", "the address needs the server and the database name"),
        ("postgresql://nobody:secret@127.0.0.1:1/dealerapp", "cannot use postgresql+psycopg://"),
    ],
)
def test_a_server_that_cannot_be_used_is_refused_in_words(text: str, words: str) -> None:
    with pytest.raises(DatabaseError, match=words.replace("+", r"\+")) as refused:
        check_server(text)
    assert "secret" not in str(refused.value)


def test_an_empty_server_database_is_offered_then_a_dealerapp_one(
    postgres_location: object,
) -> None:
    url = postgres_location.url  # type: ignore[attr-defined]
    assert "an empty database; dealerapp will create its tables" in check_server(url).message
    Database.open(postgres_location).close()  # type: ignore[arg-type]
    assert "a dealerapp database, up to date" in check_server(url).message


def test_the_connect_dialog_keeps_only_a_tried_address(qtbot: QtBot, db: Database) -> None:
    window = open_window(qtbot, db)
    dialog = ConnectDialog(window.tasks, window)
    qtbot.addWidget(dialog)
    assert not dialog.connect_button.isEnabled() and not dialog.test_button.isEnabled()
    qtbot.keyClicks(dialog.url, "postgresql://staff:pw@127.0.0.1:1/dealerapp")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.outcome.text() not in ("", "Trying…"), timeout=20_000)
    assert dialog.outcome.text().startswith("cannot use postgresql+psycopg://staff:***@")
    assert not dialog.connect_button.isEnabled() and dialog.location() is None
    if os.environ.get("DEALERAPP_TEST_POSTGRES_URL"):
        dialog.url.setText(os.environ["DEALERAPP_TEST_POSTGRES_URL"])
        dialog.test_button.click()
        qtbot.waitUntil(lambda: dialog.connect_button.isEnabled(), timeout=20_000)
        assert dialog.location() is not None
