"""Build the stand-alone dealerapp for this system: dist/dealerapp/ (dist/dealerapp.app on macOS).

    python packaging/build.py                 # makes its own build environment first
    python packaging/build.py --python .venv/bin/python   # an environment that has dealerapp

The first form needs nothing but Python 3.11+: it creates build/venv, installs
dealerapp and PyInstaller into it, and freezes from there. On Linux it also puts
dealerapp.desktop and the icon into the folder, for a desktop's menu.
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import subprocess
import sys
import time
import venv
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
DIST = ROOT / "dist"
PYINSTALLER = "pyinstaller>=6.10,<7"  # as pyproject.toml's bundle extra


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--python", type=Path, help="a Python that has dealerapp installed (default: a new one)"
    )
    args = parser.parse_args()
    started = time.monotonic()
    python = args.python or build_environment()
    ensure_pyinstaller(python)
    version = subprocess.run(
        [str(python), "-c", "import dealerapp; print(dealerapp.__version__)"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    BUILD.mkdir(exist_ok=True)
    (BUILD / "build.json").write_text(
        json.dumps({
            "version": version,
            "built": datetime.now(UTC).strftime("%Y-%m-%d"),
            "system": f"{platform.system()} {platform.machine()}",
        }),
        encoding="utf-8",
    )  # fmt: skip
    subprocess.run(
        [str(python), "-m", "PyInstaller", "--noconfirm", "--clean",
         "--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller"),
         str(ROOT / "packaging" / "dealerapp.spec")],
        check=True, cwd=ROOT,
    )  # fmt: skip
    folder = DIST / "dealerapp"
    if sys.platform.startswith("linux"):
        shutil.copy2(ROOT / "packaging" / "linux" / "dealerapp.desktop", folder)
        shutil.copy2(ROOT / "resources" / "icons" / "dealerapp-256.png", folder / "dealerapp.png")
    size = folder_size(folder)
    print(
        f"built {folder} ({size / 1e6:.0f} MB) in {time.monotonic() - started:.0f} s; "
        f"start it with {folder / ('dealerapp.exe' if sys.platform == 'win32' else 'dealerapp')}"
    )
    return 0


def folder_size(folder: Path) -> int:
    """Bytes on disk, each file once (a bundle links some libraries under two names)."""
    return sum(
        path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink()
    )


def build_environment() -> Path:
    """build/venv with dealerapp (from this checkout, not editable) and PyInstaller."""
    home = BUILD / "venv"
    python = home / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    if not python.exists():
        venv.create(home, with_pip=True)
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--upgrade", "pip"], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "-q", str(ROOT)], check=True)
    return python


def ensure_pyinstaller(python: Path) -> None:
    found = subprocess.run(
        [str(python), "-c", "import PyInstaller"], capture_output=True, check=False
    )
    if found.returncode != 0:
        extra = ["pillow"] if sys.platform == "darwin" else []  # turns the PNG icon into .icns
        subprocess.run(
            [str(python), "-m", "pip", "install", "-q", PYINSTALLER, *extra], check=True
        )


if __name__ == "__main__":
    raise SystemExit(main())
