"""Run the built dealerapp as staff would, from a clean environment (no venv, no PATH of ours).

    python3 packaging/check_bundle.py [dist/dealerapp]

Each step starts the bundled program with an empty environment (only HOME, a PATH of
system folders and, for the window, QT_QPA_PLATFORM=offscreen) and checks what it did:
--help, the demo loaded, the US memo applied, letters written whose PDF holds text,
and the window started on a new database with --with-demo, which creates it.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MEMO = ROOT / "seeds" / "memos" / "bmwna-us-allocation-filled.txt"


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / "dealerapp"
    program = folder / "dealerapp"
    if not program.is_file():
        print(f"no bundle at {folder}: run python packaging/build.py first", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="dealerapp-bundle-") as scratch:
        home = Path(scratch)
        env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
        db = home / "demo.sqlite3"

        def run(*argv: str, expect: str) -> str:
            started = time.monotonic()
            done = subprocess.run(
                [str(program), *argv], env=env, capture_output=True, text=True, timeout=300,
                check=False,
            )  # fmt: skip
            said = done.stdout + done.stderr
            if done.returncode != 0 or expect not in said:
                raise SystemExit(
                    f"FAILED: dealerapp {' '.join(argv)} (exit {done.returncode}); "
                    f"expected {expect!r} in:\n{said}"
                )
            print(f"ok  {time.monotonic() - started:5.2f} s  dealerapp {' '.join(argv)}")
            return said

        run("--help", expect="usage: dealerapp")
        run("--db", str(db), "demo", "load", expect="loaded the demo data")
        run("--db", str(db), "memo", "import", str(MEMO), "--apply", expect="Letters now owed")
        pdf = home / "letters.pdf"
        run("--db", str(db), "letters", "render", "--template", "unservable_refund",
            "--market", "US", "--out", str(pdf), expect="Wrote")  # fmt: skip
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        for wanted in ("Dear ", "MENLO PARK, CA 94025", "Sincerely"):
            if wanted not in text:
                raise SystemExit(f"FAILED: the letters' PDF has no {wanted!r}:\n{text[:800]}")
        print(f"ok  the PDF holds the letters' text ({len(text):,} characters)")
        check_window(program, env, home / "window.sqlite3")
    return 0


def check_window(program: Path, env: dict[str, str], db: Path) -> None:
    """The window, offscreen, on a new database with --with-demo: it creates and fills it."""
    started = time.monotonic()
    window = subprocess.Popen(
        [str(program), "--db", str(db), "--with-demo"],
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    customers = 0
    while time.monotonic() - started < 60 and window.poll() is None:
        time.sleep(0.5)
        customers = _customers(db)
        if customers:
            break
    time.sleep(2)  # a few seconds of the window running after the demo is in
    alive = window.poll() is None
    window.terminate()
    said, _ = window.communicate(timeout=30)
    if not alive or not customers:
        raise SystemExit(f"FAILED: the window (exit {window.returncode}, {customers} customers):\n"
                         f"{said}")  # fmt: skip
    print(f"ok  {time.monotonic() - started:5.2f} s  the window created {db.name} "
          f"with {customers} customers and kept running")  # fmt: skip


def _customers(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as connection:
            return int(connection.execute("SELECT count(*) FROM customers").fetchone()[0])
    except sqlite3.Error:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
