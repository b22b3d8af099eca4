"""The window's language: English, German or French, following the system until chosen.

Qt's own tooling: the texts are marked with tr()/QT_TRANSLATE_NOOP in the code,
`pyside6-lupdate` collects them into resources/translations/dealerapp_*.ts (kept in
the repository, translated there), `pyside6-lrelease` makes the .qm files shipped
beside them, and QTranslator loads them at start, with Qt's own translations for
the standard dialogs (buttons, file dialogs). See resources/translations/README.md.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from dealerapp.paths import resources_dir

LANGUAGES = {"en": "English", "de": "Deutsch", "fr": "Français"}
SETTING = "ui/language"
# The language the window speaks now (chosen_language() is what it will speak next start).
_speaking = ["en"]
# Its number format: "2,500" in English, "2.500" in German, "2 500" in French.
_numbers = [QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)]


def current_language() -> str:
    return _speaking[0]


def chosen_language() -> str:
    """The language chosen under View > Language, else the system's when it is one of ours."""
    saved = str(QSettings().value(SETTING, "") or "")
    if saved in LANGUAGES:
        return saved
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Load Qt's and dealerapp's translations for the language; returns the language used."""
    language = language or chosen_language()
    for old in getattr(app, "_dealerapp_translators", []):
        app.removeTranslator(old)
    installed: list[QTranslator] = []
    if language != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ours = resources_dir() / "translations"
        for name, folder in (
            (f"qtbase_{language}", qt_folder),
            (f"dealerapp_{language}", str(ours)),
        ):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                installed.append(translator)
    # Kept on the application: a translator that is garbage-collected translates nothing.
    app._dealerapp_translators = installed  # type: ignore[attr-defined]
    _speaking[0] = language
    _numbers[0] = QLocale(language)
    return language


def translated(context: str, text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP(context, text), in the window's language."""
    return QCoreApplication.translate(context, text)


def grouped(value: int) -> str:
    """A whole number grouped as the window's language writes it."""
    return _numbers[0].toString(value)
