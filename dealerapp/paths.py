"""Where the data folders shipped with dealerapp live: one lookup for a checkout, an
installed wheel and a stand-alone bundle (PyInstaller), and a check that they are whole.

A wheel carries the folders under dealerapp/_data (see pyproject.toml), and so does the
bundle (packaging/dealerapp.spec puts them there, beside the frozen package); a checkout
or an editable install has them beside the package. Alembic reads the migrations as
files, so they must be real files in all three.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from dealerapp.errors import DealerAppError

_PACKAGE_DIR = Path(__file__).resolve().parent

# What the app cannot work without, relative to the data folders; a bundle or an
# installation missing one is incomplete, and says so instead of half-working.
_REQUIRED = (
    "migrations/env.py",
    "resources/style/app.qss",
    "resources/fonts/DejaVuSans.ttf",
    "resources/letters/templates.toml",
    "resources/memos/vocabulary.toml",
)


class IncompleteInstallError(DealerAppError):
    """A file shipped with dealerapp is not where it should be."""


def _roots() -> list[Path]:
    roots = [_PACKAGE_DIR / "_data"]
    bundle = getattr(sys, "_MEIPASS", None)  # set by a PyInstaller bundle
    if bundle:
        roots.append(Path(bundle) / "dealerapp" / "_data")
    roots.append(_PACKAGE_DIR.parent)
    return roots


def _data_dir(name: str) -> Path:
    for root in _roots():
        if (root / name).is_dir():
            return root / name
    return _roots()[-1] / name


def resources_dir() -> Path:
    return _data_dir("resources")


def seeds_dir() -> Path:
    return _data_dir("seeds")


def migrations_dir() -> Path:
    folder = _data_dir("migrations")
    if not (folder / "env.py").is_file():
        raise IncompleteInstallError(
            f"dealerapp's database migrations are missing (looked for {folder}); "
            "this installation is incomplete: install dealerapp again"
        )
    return folder


def missing_files() -> list[str]:
    """The shipped files that are not there, each with where it was looked for."""
    missing = []
    for required in _REQUIRED:
        folder, _, rest = required.partition("/")
        path = _data_dir(folder) / rest
        if not path.is_file():
            missing.append(str(path))
    return missing


def build_info() -> dict[str, str]:
    """Version, date and system of a built bundle (written by packaging/build.py); empty
    when dealerapp runs from a checkout or an installed wheel."""
    for root in _roots():
        path = root / "build.json"
        if path.is_file():
            try:
                info = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                return {}
            return {str(key): str(value) for key, value in info.items()}
    return {}
