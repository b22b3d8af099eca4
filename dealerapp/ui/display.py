"""Opening the window's display, or saying clearly why it cannot be opened.

When Qt cannot open a display on Linux (no desktop session, a display that is gone,
or system libraries its xcb plugin needs are missing) it aborts the program with a
line on a console nobody sees: a double-clicked dealerapp just does nothing. Asked
for a list of platforms instead, Qt falls back to the last one, "minimal", which
shows nothing; the app sees that, names the cause in words, and ends.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QtMsgType, qInstallMessageHandler

PLATFORM_ENV = "QT_QPA_PLATFORM"
FALLBACK = "minimal"
XCB_PACKAGES = (
    "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 "
    "libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0"
)


@dataclass
class Opening:
    """What happened while Qt chose its platform."""

    fallback_armed: bool = False
    messages: list[str] = field(default_factory=list)


@contextmanager
def falling_back() -> Iterator[Opening]:
    """While the application is made: on Linux, and unless a platform was asked for,
    let Qt fall back instead of aborting, and keep what Qt says meanwhile."""
    opening = Opening()
    if not sys.platform.startswith("linux") or os.environ.get(PLATFORM_ENV):
        yield opening
        return
    opening.fallback_armed = True
    wayland = os.environ.get("WAYLAND_DISPLAY") and os.environ.get("XDG_SESSION_TYPE") == "wayland"
    os.environ[PLATFORM_ENV] = ("wayland;" if wayland else "") + f"xcb;{FALLBACK}"

    def keep(kind: QtMsgType, _context: object, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg:
            opening.messages.append(message)

    previous: Callable[..., None] | None = qInstallMessageHandler(keep)
    try:
        yield opening
    finally:
        qInstallMessageHandler(previous)
        # Not passed on to programs started from here (a PDF viewer, the printer dialog).
        os.environ.pop(PLATFORM_ENV, None)


def why_no_window(platform: str, opening: Opening) -> str | None:
    """None when the window can be shown; else what went wrong, in words."""
    if platform != FALLBACK or not opening.fallback_armed:
        return None
    display = os.environ.get("DISPLAY", "")
    missing = _missing_library()
    if missing:
        return (
            f"dealerapp cannot open its window: the system library {missing} is missing. "
            f"On Debian or Ubuntu install these packages: {XCB_PACKAGES} "
            "(the stand-alone dealerapp carries its own). The commands work without a "
            "window: dealerapp --help."
        )
    if not display and not os.environ.get("WAYLAND_DISPLAY"):
        return (
            "dealerapp cannot open its window: there is no display here (no desktop "
            "session, DISPLAY is not set). Start it from a desktop, or use the commands, "
            "which need none: dealerapp --help."
        )
    if any(message.startswith("could not connect to display") for message in opening.messages):
        return (
            f"dealerapp cannot open its window: the display {display} cannot be reached "
            "(the desktop session may have ended). The commands work without a window: "
            "dealerapp --help."
        )
    said = "; ".join(dict.fromkeys(opening.messages)) or "no reason given"
    return (
        f"dealerapp cannot open its window on the display {display or 'of this session'} "
        f"(Qt says: {said}). The commands work without a window: dealerapp --help."
    )


def _missing_library() -> str | None:
    """The library Qt's xcb plugin cannot load, named by the system's own loader."""
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    plugin = plugins / "platforms" / "libqxcb.so"
    if not plugin.is_file():
        return None
    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        # "libxcb-icccm.so.4: cannot open shared object file: No such file or directory"
        return str(error).split(":")[0].strip() or str(error)
    return None


def tell(reason: str) -> None:
    """On stderr, and in a dialog of the desktop's own when there is one to show it."""
    print(reason, file=sys.stderr)
    if not os.environ.get("DISPLAY"):
        return
    for program, *arguments in (
        ("zenity", "--error", "--title=dealerapp", f"--text={reason}"),
        ("kdialog", "--title", "dealerapp", "--error", reason),
        ("xmessage", "-center", reason),
    ):
        path = shutil.which(program)
        if path is None:
            continue
        try:
            subprocess.run([path, *arguments], check=False, timeout=600)
        except (OSError, subprocess.SubprocessError):
            continue
        return


def alert(title: str, text: str) -> None:
    """A message box even when the window itself could not be built (a double-clicked
    program has no console to print to); nothing more than stderr when no display."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance()
    if app is None:
        with falling_back():
            app = QApplication(sys.argv[:1])
    if not isinstance(app, QApplication) or QApplication.platformName() in (FALLBACK, "offscreen"):
        return
    QMessageBox.critical(None, title, text)
