"""The log file: rotating, in the user log folder, owner-only, and free of personal data.

What goes in is where things went wrong (exception type, file, line,
function), never the exception's text or values: those can hold a
customer's name or e-mail. The person sees the full message in the window.
"""

from __future__ import annotations

import logging
import os
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from dealerapp.config import log_directory

LOG_FILE = "dealerapp.log"
_configured: Path | None = None


def setup_logging(folder: Path | None = None) -> Path:
    """Log to dealerapp.log (1 MB, five old files kept); returns the file's path."""
    global _configured
    folder = folder or log_directory()
    path = folder / LOG_FILE
    if _configured == path:
        return path
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    handler = RotatingFileHandler(path, maxBytes=1_048_576, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _configured = path
    return path


def where_it_failed(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> str:
    """The exception's type and the frames it passed through, without its message."""
    frames = traceback.extract_tb(trace)
    lines = [f"  {Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames]
    return f"{kind.__module__}.{kind.__qualname__} (message withheld: may hold personal data)\n" + (
        "\n".join(lines)
    )
