"""Run saved inputs again, in this process, and show what each does now: to check a fix.

    .venv/bin/python fuzz/replay.py fuzz/crashes/memos-12-min.bin [more.bin ...]

Each .bin is read with its .txt note (target, file name, options) and run once
through the same target as the fuzzer ran it; a hang is timed to its end or to
--timeout seconds, whichever comes first.
"""

from __future__ import annotations

import argparse
import ast
import signal
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path
from types import FrameType

from fuzz_letters import LetterTarget
from fuzz_memos import MemoTarget
from fuzz_sheets import SheetTarget
from fuzz_status import StatusTarget
from harness import Case, Target, sandbox_environment

from dealerapp.errors import DealerAppError

TARGETS: dict[str, type[Target]] = {
    "memos": MemoTarget,
    "sheets": SheetTarget,
    "status": StatusTarget,
    "letters": LetterTarget,
}


class _Timeout(BaseException):
    """A BaseException, so the code under test cannot catch it as one of its own errors."""


def _timeout(_signum: int, _frame: FrameType | None) -> None:
    raise _Timeout


def _note(path: Path) -> dict[str, str]:
    fields: dict[str, str] = {}
    for line in path.with_suffix(".txt").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            break
        key, _, value = line.partition(": ")
        fields[key] = value
    return fields


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("inputs", nargs="+", type=Path)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per input")
    args = parser.parse_args()
    signal.signal(signal.SIGALRM, _timeout)
    root = sandbox_environment()
    ready: dict[str, Target] = {}
    for path in args.inputs:
        note = _note(path)
        name = note["target"]
        if name not in ready:
            ready[name] = TARGETS[name]()
            ready[name].setup(root / name)
        target = ready[name]
        options = tuple(ast.literal_eval(note.get("options", "{}")).items())
        case = Case(note["file name"], path.read_bytes(), note.get("origin", ""), options)
        with tempfile.TemporaryDirectory() as folder:
            file = Path(folder) / case.name
            file.write_bytes(case.data)
            start = time.perf_counter()
            signal.setitimer(signal.ITIMER_REAL, args.timeout, 1.0)
            try:
                target.run(file, case, Counter())
                result = "accepted"
            except _Timeout:
                result = f"HANG: still running after {args.timeout:.0f} s, stopped"
            except DealerAppError as exc:
                clear = target.names_input(case, str(exc))
                result = f"{'rejected' if clear else 'UNCLEAR'}: {type(exc).__name__}: {exc}"
            except Exception:  # noqa: BLE001 - what escapes is the finding to show
                result = "CRASH:\n" + traceback.format_exc()
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
        print(f"{path} ({time.perf_counter() - start:.2f} s): {result[:3000]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
