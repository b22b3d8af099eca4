"""The window in German and French, with Qt's own tools: .ts kept, .qm shipped, QTranslator."""

from __future__ import annotations

import importlib
import pkgutil
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

import dealerapp.ui as ui_package
from dealerapp.db.database import Database
from dealerapp.paths import resources_dir
from dealerapp.ui.language import SETTING, chosen_language, grouped, install_translators
from dealerapp.ui.models.row_table import Column
from dealerapp.ui.pages.dashboard import DashboardPage
from dealerapp.ui.pages.waitlist import WaitlistPage
from dealerapp.ui.texts import COLUMN_TEXTS
from tests.ui.conftest import open_window, settle

TRANSLATIONS = resources_dir() / "translations"
# Words that are the same in German: codes and names, not English left untranslated.
SAME_IN_GERMAN = {"Code", "Logo", "Name", "Status", "1M"}


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "de")
    yield
    install_translators(qapp, "en")


def _columns_in_the_window() -> set[str]:
    found: set[str] = set()
    for module in pkgutil.walk_packages(ui_package.__path__, "dealerapp.ui."):
        for value in vars(importlib.import_module(module.name)).values():
            if (
                isinstance(value, list | tuple)
                and value
                and all(isinstance(c, Column) for c in value)
            ):
                found |= {text for c in value for text in (c.title, c.help) if text}
    return found


def test_every_column_is_marked_for_translation() -> None:
    missing = _columns_in_the_window() - set(COLUMN_TEXTS)
    assert not missing, f"add to dealerapp/ui/texts.py: {sorted(missing)}"


@pytest.mark.parametrize("language", ["de", "fr"])
def test_the_translations_are_complete_and_the_qm_is_built_from_them(
    language: str, tmp_path: Path
) -> None:
    ts = TRANSLATIONS / f"dealerapp_{language}.ts"
    unfinished = [
        message.findtext("source")
        for message in ET.parse(ts).getroot().iter("message")
        if (message.find("translation") is not None
            and message.find("translation").get("type") == "unfinished")  # type: ignore[union-attr]
    ]  # fmt: skip
    assert unfinished == []
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease is not None
    built = tmp_path / "built.qm"
    subprocess.run([lrelease, str(ts), "-qm", str(built)], check=True, capture_output=True)
    shipped = TRANSLATIONS / f"dealerapp_{language}.qm"
    assert shipped.read_bytes() == built.read_bytes(), "run resources/translations/fill.py"


def test_the_window_speaks_german(qtbot: QtBot, demo_db: Database, german: None) -> None:
    window = open_window(qtbot, demo_db, "Dashboard")
    navigation = [window.nav.item(row).text() for row in range(window.nav.count())]  # type: ignore[union-attr]
    assert navigation == [
        "Übersicht", "Warteliste", "Kontingente", "Mitteilungen", "Bestellungen", "Briefe",
        "Protokoll", "Einrichtung",
    ]  # fmt: skip
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Datei", "&Ansicht", "&Hilfe"]
    for page in window.pages:
        title = page.findChild(QLabel, "pageTitle")
        purpose = page.findChild(QLabel, "pagePurpose")
        assert title is not None and title.text() != page.title
        assert purpose is not None and purpose.text() != page.purpose
    dashboard = window.page("Dashboard")
    assert isinstance(dashboard, DashboardPage)
    assert "Fahrzeuge an Händler zugeteilt" in dashboard.totals.text()
    window.show_page("Waitlist")
    waitlist = window.page("Waitlist")
    assert isinstance(waitlist, WaitlistPage)
    for model in (dashboard.model, dashboard.dealers, waitlist.model):
        for column in range(model.columnCount()):
            shown = model.headerData(column, Qt.Orientation.Horizontal)
            english = model._columns[column].title
            assert shown != english or shown in SAME_IN_GERMAN, shown
    assert waitlist.add_action.text() == "&Neuer Kunde…"
    window.show_page("Letters")
    settle(qtbot, window)
    letters = window.page("Letters")
    titles = [letters.template.itemText(i) for i in range(letters.template.count())]  # type: ignore[attr-defined]
    assert "Nicht lieferbar — Erstattung der Anzahlung" in titles
    assert waitlist.filter.placeholderText().startswith("Suchen:")


def test_counts_are_grouped_as_the_window_s_language_writes_them(qapp: QApplication) -> None:
    assert grouped(2500) == "2,500"
    try:
        install_translators(qapp, "de")
        assert grouped(2500) == "2.500"
        install_translators(qapp, "fr")
        assert grouped(2500).replace("\u202f", " ").replace("\xa0", " ") == "2 500"
    finally:
        install_translators(qapp, "en")
    assert grouped(1_000_000) == "1,000,000"


def test_the_language_follows_the_system_until_chosen_and_is_remembered(
    qtbot: QtBot, demo_db: Database
) -> None:
    assert chosen_language() == "en"  # the test machine's locale is C/English
    window = open_window(qtbot, demo_db)
    window.choose_language("fr")
    assert QSettings().value(SETTING) == "fr"
    assert chosen_language() == "fr"
    assert "next start" in window.statusBar().currentMessage()
    QSettings().remove(SETTING)


def test_qt_s_own_dialogs_are_translated_too(qapp: QApplication, german: None) -> None:
    from PySide6.QtCore import QCoreApplication

    # qtbase_de.qm from Qt's own translations: the standard buttons speak German.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


def test_the_installed_package_carries_the_translations_and_the_font(tmp_path: Path) -> None:
    import zipfile

    root = Path(__file__).resolve().parents[2]
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(root), "--no-deps", "-q", "-w", str(tmp_path)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    (wheel,) = tmp_path.glob("dealerapp-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for language in ("de", "fr"):
        assert f"dealerapp/_data/resources/translations/dealerapp_{language}.qm" in names
        assert f"dealerapp/_data/resources/letters/{language}/unservable_refund.html" in names
    assert "dealerapp/_data/resources/fonts/DejaVuSans.ttf" in names


def test_the_window_words_each_flag_as_the_service_does_and_in_german(
    qapp: QApplication, demo_db: Database
) -> None:
    from dealerapp.db.enums import MarketEventKind
    from dealerapp.services import markets
    from dealerapp.services.entries import list_entries
    from dealerapp.ui.flag_words import explain_row

    with demo_db.unit_of_work() as session:
        markets.change_state(
            session, MarketEventKind.FILL, market="US", program=None, reason="BMW NA memo"
        )
    with demo_db.reading() as session:
        rows = [row for row in list_entries(session) if row.flag]
    assert {row.flag for row in rows} == {"covered", "pending", "unservable"}
    # In English, word for word what the service says (the command line's sentence).
    assert [explain_row(row) for row in rows] == [row.explanation for row in rows]
    install_translators(qapp, "de")
    try:
        unservable = next(row for row in rows if row.flag == "unservable")
        german = explain_row(unservable)
        assert german.startswith(f"Platz {unservable.position} bei ")
        assert (
            "die Zuteilungen für US wurden am " in german and "für ausgeschöpft erklärt" in german
        )
    finally:
        install_translators(qapp, "en")
