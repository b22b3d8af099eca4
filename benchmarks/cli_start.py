"""How long a command takes to start: `dealerapp --help` against `python -c "import argparse"`.

    python benchmarks/cli_start.py [--runs 20]

Both are started as new processes by the same Python, so the interpreter's own start is
in both; what is left is what dealerapp imports before it can answer. Also timed:
`dealerapp flags --help` (one command's module) and `dealerapp letters templates`
(a command that reads files but needs no Qt).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

PROGRAM = [sys.executable, "-m", "dealerapp"]


def seconds(argv: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(argv, capture_output=True, check=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    baseline = seconds([sys.executable, "-c", "import argparse"], args.runs)
    print(f'python -c "import argparse"   {baseline * 1000:7.1f} ms  (baseline)')
    for label, argv in (
        ("dealerapp --help", ["--help"]),
        ("dealerapp flags --help", ["flags", "--help"]),
        ("dealerapp letters templates", ["letters", "templates"]),
    ):
        took = seconds([*PROGRAM, *argv], args.runs)
        print(f"{label:30} {took * 1000:7.1f} ms  {took / baseline:5.1f}x the baseline"
              + ("  (target <= 4x)" if argv == ["--help"] else ""))  # fmt: skip


if __name__ == "__main__":
    main()
