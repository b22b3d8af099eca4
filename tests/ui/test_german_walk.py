"""Every page and the main dialogs in German: no English text of ours left on screen.

"English of ours" is any text the .ts file holds as a source whose German
translation differs: if it shows up as it is, a call site does not translate
it. Names, codes and data (customers, dealers, "1M") are not in the .ts and so
never count; what services still write in English is listed in KNOWN_ENGLISH.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTableView,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from dealerapp.db.database import Database
from dealerapp.paths import resources_dir
from dealerapp.services.reference import choices
from dealerapp.ui.language import install_translators
from dealerapp.ui.main_window import MainWindow
from dealerapp.ui.widgets.entry_dialog import AddEntryDialog, EditEntryDialog
from tests.ui.conftest import open_window, settle

_TAG = re.compile(r"<[^>]+>")


def _plain(text: str) -> str:
    return " ".join(_TAG.sub(" ", text).replace("&&", "\0").replace("&", "").split()).replace(
        "\0", "&"
    )


def _english_sources() -> set[str]:
    sources = set()
    root = ET.parse(resources_dir() / "translations" / "dealerapp_de.ts").getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        if _plain(translation.text or "") != _plain(source) and "{" not in source:
            sources.add(_plain(source))
    return sources


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "de")
    yield
    install_translators(qapp, "en")


def _visible_texts(widget: QWidget) -> Iterator[str]:
    yield widget.windowTitle()
    for label in widget.findChildren(QLabel):
        if label.isVisibleTo(widget):
            yield label.text()
    for button in widget.findChildren(QAbstractButton):
        if button.isVisibleTo(widget):
            yield button.text()
            yield button.toolTip()
    for edit in widget.findChildren(QLineEdit):
        yield edit.placeholderText()
    for combo in widget.findChildren(QComboBox):
        yield from (combo.itemText(i) for i in range(combo.count()))
    for box in widget.findChildren(QGroupBox):
        yield box.title()
    for items in widget.findChildren(QListWidget):
        yield from (items.item(i).text() for i in range(items.count()))  # type: ignore[union-attr]
    for view in widget.findChildren(QTableView):
        model = view.model()
        if model is not None:
            for column in range(model.columnCount()):
                yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    for table in widget.findChildren(QTableWidget):  # the dialogs' own tables; data is not ours
        for row in range(min(table.rowCount(), 50)):
            for column in range(table.columnCount()):
                item = table.item(row, column)
                yield item.text() if item is not None else ""
    for menu in widget.findChildren(QMenu):
        for action in menu.actions():
            yield action.text()


def _english_on(widget: QWidget, english: set[str]) -> set[str]:
    return {_plain(text) for text in _visible_texts(widget) if _plain(text) in english}


def test_every_page_speaks_german(qtbot: QtBot, demo_db: Database, german: None) -> None:
    english = _english_sources()
    assert len(english) > 300
    window = open_window(qtbot, demo_db)
    assert isinstance(window, MainWindow)
    left: dict[str, set[str]] = {}
    for page in window.pages:
        window.show_page(page.title)
        settle(qtbot, window)
        found = _english_on(window, english)
        if found:
            left[page.title] = found
    assert left == {}, left


def test_the_entry_dialogs_speak_german(qtbot: QtBot, demo_db: Database, german: None) -> None:
    english = _english_sources()
    with demo_db.reading() as session:
        options = choices(session)
    for dialog in (
        AddEntryDialog(options),
        EditEntryDialog("Ada Byrne", "Black, manual", "Refundable", ""),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        assert _english_on(dialog, english) == set(), type(dialog).__name__


def test_the_window_s_dialogs_speak_german(qtbot: QtBot, demo_db: Database, german: None) -> None:
    english = _english_sources()
    window = open_window(qtbot, demo_db)
    assert isinstance(window, MainWindow)
    dialogs = [window.show_staff()]
    if demo_db.location.is_sqlite:  # backups are of the SQLite file
        dialogs.append(window.show_backups())
    for dialog in dialogs:
        settle(qtbot, window)
        assert _english_on(dialog, english) == set(), type(dialog).__name__
        dialog.close()
    # The welcome page of an empty database, and the menus.
    assert _english_on(window.welcome, english) == set()
    for action in window.menuBar().actions():
        menu = action.menu()
        assert menu is not None
        shown = {_plain(a.text()) for a in menu.actions()}  # type: ignore[union-attr]
        assert not shown & english, shown & english


def test_the_editing_dialogs_speak_german(qtbot: QtBot, demo_db: Database, german: None) -> None:
    from dealerapp.letters.batch import compose_letters
    from dealerapp.memos.queries import directive_choices
    from dealerapp.services.letters_log import recipients
    from dealerapp.ui.widgets.directive_dialog import DirectiveDialog
    from dealerapp.ui.widgets.ledger_dialogs import TransferDialog, UnitsDialog
    from dealerapp.ui.widgets.template_editor import TemplateEditor

    english = _english_sources()
    with demo_db.reading() as session:
        picks = directive_choices(session)
        ids = recipients(session, reason="position", template="position_update",
                         audience="waiting", market="DE")[:1]  # fmt: skip
        (letter,) = compose_letters(session, "position_update", ids)
    for dialog in (
        DirectiveDialog(picks, sentence="Deutschland erhält 2.500 Einheiten."),
        UnitsDialog("Grant", "the DE national share"),
        TransferDialog("Autohaus Isartal GmbH", [("Main Premium Cars GmbH", "DE-FRA")]),
        TemplateEditor("position_update", letter.data),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        assert _english_on(dialog, english) == set(), type(dialog).__name__


def test_the_import_dialog_speaks_german(
    qtbot: QtBot, demo_db: Database, german: None, tmp_path: Path
) -> None:
    from dealerapp.ui.widgets.import_dialog import WAITLIST

    english = _english_sources()
    sheet = tmp_path / "warteliste.csv"
    sheet.write_text(
        "Händler,Nachname,Vorname,E-Mail,Eingetragen am\n"
        "DE-MUC,Brown,Scott,sbrown@example.org,01.02.2011\n"
        "DE-MUC,Neu,Nina,nina@example.org,02.02.2011\n"
        "DE-XXX,Leer,,,\n"
    )
    window = open_window(qtbot, demo_db)
    assert isinstance(window, MainWindow)
    dialog = window.import_file(WAITLIST, sheet)
    assert dialog is not None
    settle(qtbot, window)
    qtbot.waitUntil(lambda: dialog.report is not None)
    # A sheet kept in German maps itself.
    assert {key for key, column in dialog.mapping().items() if column is not None} == {
        "dealer", "family_name", "given_name", "email", "joined_on"}  # fmt: skip
    assert _english_on(dialog, english) == set()
    dialog.reject()


def test_the_guided_setup_speaks_german(qtbot: QtBot, db: Database, german: None) -> None:
    from dealerapp.ui.setup_flow import SetupFlow

    english = _english_sources()
    window = open_window(qtbot, db)
    assert isinstance(window, MainWindow)
    assert window.show_welcome_if_empty() is True
    assert _english_on(window.welcome, english) == set()
    qtbot.mouseClick(window.welcome.buttons["setup"], Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    flow = window.start.flow
    assert isinstance(flow, SetupFlow)
    seen = []
    for step in range(flow.stack.count()):
        flow.stack.setCurrentIndex(step)
        settle(qtbot, window)
        seen.append(_english_on(flow, english))
    assert seen == [set()] * flow.stack.count()
    flow.reject()
