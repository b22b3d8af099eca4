"""Seconds from starting dealerapp to its window on screen: the stand-alone bundle
against the installed package, on the same database, side by side.

    Xvfb :7 & DISPLAY=:7 python benchmarks/window_start.py --db demo.sqlite3 [--runs 5]

Needs a display (Xvfb will do) and xdotool. The clock stops when a visible window
whose title starts with "dealerapp —" is mapped; the program is then ended.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def seconds_to_window(program: list[str], db: Path) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(
        [*program, "--db", str(db)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    # Its own window only: another dealerapp may be open on the same display.
    search = [
        "xdotool",
        "search",
        "--onlyvisible",
        "--pid",
        str(process.pid),
        "--name",
        "^dealerapp —",
    ]
    try:
        while time.perf_counter() - started < 120:
            shown = subprocess.run(search, capture_output=True, text=True, check=False)
            if shown.stdout.strip():
                return time.perf_counter() - started
            if process.poll() is not None:
                raise SystemExit(f"{program[0]} ended (exit {process.returncode}) before a window")
            time.sleep(0.02)
        raise SystemExit(f"{program[0]}: no window within 120 s")
    finally:
        process.terminate()
        process.wait(timeout=30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="a database with data in it")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "dealerapp" / "dealerapp")
    installed = Path(sys.executable).with_name("dealerapp")
    parser.add_argument("--installed", type=Path, default=installed)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") or shutil.which("xdotool") is None:
        print("needs a display (DISPLAY) and xdotool", file=sys.stderr)
        return 1
    figures = {}
    for name, program in (("installed package", args.installed), ("bundle", args.bundle)):
        seconds_to_window([str(program)], args.db)  # warm the disk cache once
        runs = [seconds_to_window([str(program)], args.db) for _ in range(args.runs)]
        figures[name] = statistics.median(runs)
        print(f"{name:18} {figures[name]:.2f} s to the window (median of {args.runs}; "
              f"{min(runs):.2f}-{max(runs):.2f})")  # fmt: skip
    print(f"bundle / installed package: {figures['bundle'] / figures['installed package']:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
