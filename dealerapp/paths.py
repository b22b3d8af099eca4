"""Where the data folders shipped with dealerapp live, in a checkout or in an installed wheel."""

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    # A wheel carries the folders under dealerapp/_data (see pyproject.toml);
    # a checkout or editable install has them beside the package.
    bundled = _PACKAGE_DIR / "_data" / name
    if bundled.is_dir():
        return bundled
    return _PACKAGE_DIR.parent / name


def resources_dir() -> Path:
    return _data_dir("resources")


def seeds_dir() -> Path:
    return _data_dir("seeds")


def migrations_dir() -> Path:
    return _data_dir("migrations")
