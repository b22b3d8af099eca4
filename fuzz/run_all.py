"""Run every fuzz target one after the other and print one table of what they found.

One target at a time, each in its own process: the targets fork workers and
build demo databases, and the machine is shared.

    .venv/bin/python fuzz/run_all.py --budget 10000
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

FUZZ_DIR = Path(__file__).resolve().parent
TARGETS = {
    "memos": "fuzz_memos.py",
    "sheets": "fuzz_sheets.py",
    "status": "fuzz_status.py",
    "letters": "fuzz_letters.py",
}
COLUMNS = ("tried", "accepted", "rejected", "unclear", "crash", "hang", "seconds")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--budget", type=int, default=10_000, help="inputs per target")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--targets", nargs="+", choices=sorted(TARGETS), default=list(TARGETS))
    parser.add_argument("--no-minimize", action="store_true")
    args = parser.parse_args()
    summaries: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="dealerapp-fuzz-all-") as folder:
        for name in args.targets:
            out = Path(folder) / f"{name}.json"
            command = [
                sys.executable,
                str(FUZZ_DIR / TARGETS[name]),
                "--budget",
                str(args.budget),
                "--json",
                str(out),
            ]
            if args.seed is not None:
                command += ["--seed", str(args.seed)]
            if args.no_minimize:
                command.append("--no-minimize")
            finished = subprocess.run(command, check=False)
            if finished.returncode != 0 or not out.exists():
                print(f"{name}: the fuzzer itself failed (exit {finished.returncode})")
                continue
            summary = json.loads(out.read_text(encoding="utf-8"))
            (FUZZ_DIR / "results").mkdir(exist_ok=True)
            (FUZZ_DIR / "results" / f"{name}.json").write_text(
                json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8"
            )
            summaries.append(summary)
    _table(summaries)
    return 0


def _table(summaries: list[dict[str, Any]]) -> None:
    print("\n" + f"{'target':<10}" + "".join(f"{c:>10}" for c in COLUMNS) + f"{'distinct':>10}")
    for s in summaries:
        cells = "".join(f"{s[c]:>10}" for c in COLUMNS)
        print(f"{s['target']:<10}{cells}{len(s['findings']):>10}")
    for s in summaries:
        sources = s.get("dealerapp_sources", "")
        if "->" in sources:
            print(f"WARNING: {s['target']}: dealerapp's sources changed during its run ({sources})")
    print(
        "\nrejected = refused with a DealerAppError naming the file (and, for letters, the line);"
    )
    print("unclear = a DealerAppError that does not; crash = any other exception or a dead worker;")
    print("hang = more than 5 s. Details: fuzz/results/<target>.json, inputs: fuzz/crashes/.")


if __name__ == "__main__":
    raise SystemExit(main())
