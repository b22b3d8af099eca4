"""The letters' font, shipped with the app and registered with Qt before anything is painted.

A letter then looks the same on every machine (the same line and page breaks),
and has text on a machine with no fonts at all, where Qt would otherwise write
a PDF of empty pages.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

from dealerapp.errors import StorageError
from dealerapp.paths import resources_dir

FAMILY = "DejaVu Sans"


@cache
def register_fonts() -> str:
    """Add the shipped font files to Qt (once); returns the family the letters use."""
    folder = resources_dir() / "fonts"
    families: set[str] = set()
    for path in sorted(folder.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    if FAMILY not in families and FAMILY not in QFontDatabase.families():
        raise StorageError(
            f"the letters' font ({FAMILY}) could not be loaded from {folder}: a letter would "
            "have no text, so none was written; reinstall dealerapp"
        )
    return FAMILY


def letter_font(points: int) -> QFont:
    """The letters' font, without ligatures: "Hoffman" drawn with an ff glyph is not found
    when someone searches the PDF for it, nor read out by a screen reader."""
    font = QFont(register_fonts(), points)
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font
