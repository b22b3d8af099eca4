"""What every fuzz target shares: a forked worker, verdicts, crash files, the summary.

Each input runs in a worker process forked from the fuzzer once the target is
set up (demo databases built, modules imported). One input that aborts the
interpreter (a Rust allocation failure, a segfault) or spins inside C code,
where no Python signal handler runs, then costs one worker, not the run: the
parent notices, records the input and forks a fresh worker.
"""

from __future__ import annotations

import argparse
import contextlib
import faulthandler
import hashlib
import json
import os
import pickle
import random
import re
import resource
import select
import shutil
import signal
import struct
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any, NoReturn, Protocol, TypeVar

from hypothesis import HealthCheck, Verbosity, given, settings
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st

from dealerapp.errors import DealerAppError

FUZZ_DIR = Path(__file__).resolve().parent
REPO = FUZZ_DIR.parent
CRASH_DIR = FUZZ_DIR / "crashes"
RESULT_DIR = FUZZ_DIR / "results"

HANG_SECONDS = 5.0
# Code stuck in C (a huge integer power, a regex) never sees the alarm; the
# parent waits this much longer before it kills the worker.
GRACE_SECONDS = 5.0
# Generous for the app, small enough that a runaway allocation fails in the
# worker instead of pushing the shared machine into swap.
MEMORY_LIMIT = 4 << 30
SAVED_PER_SIGNATURE = 3
MINIMIZE_ATTEMPTS = 300
MINIMIZE_SECONDS = 60.0
OUTCOMES = ("accepted", "rejected", "unclear", "crash", "hang")


@dataclass(frozen=True)
class Case:
    """One generated input: the file name it is saved under, its bytes, and how it was made."""

    name: str
    data: bytes
    origin: str
    options: tuple[tuple[str, Any], ...] = ()

    def option(self, key: str, default: Any = None) -> Any:
        return dict(self.options).get(key, default)

    def with_data(self, data: bytes) -> Case:
        return Case(self.name, data, self.origin, self.options)


@dataclass
class Verdict:
    outcome: str
    seconds: float
    error_type: str = ""
    message: str = ""
    where: str = ""
    origin: str = ""
    trace: str = ""
    stats: dict[str, int] = field(default_factory=dict)
    # The exception a DealerAppError was raised from: two unclear messages from one
    # `raise` line are different findings when they wrap different errors.
    cause: str = ""


class Target(Protocol):
    """A reader or importer under test; `run` executes in the worker and raises to refuse."""

    name: str
    # Letter templates are text: their reproducers shrink by characters, files by bytes.
    text_input: bool

    def setup(self, workdir: Path) -> None: ...

    def after_fork(self) -> None: ...

    def run(self, path: Path, case: Case, stats: Counter[str]) -> None: ...

    def names_input(self, case: Case, message: str) -> bool: ...

    def strategy(self) -> st.SearchStrategy[Case]: ...

    def mutant(self, rng: random.Random) -> Case: ...


def sandbox_environment() -> Path:
    """A throwaway home for everything the app would write: never the real user's folders."""
    root = Path(tempfile.mkdtemp(prefix="dealerapp-fuzz-"))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[var] = str(root / var.lower())
    os.environ.pop("DEALERAPP_DATABASE_URL", None)
    os.environ["DEALERAPP_USER"] = "fuzzer"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return root


# --- the worker ------------------------------------------------------------------------------


class _Hang(BaseException):
    """The worker's alarm; a BaseException so the code under test cannot wrap or swallow it."""


def _alarm(_signum: int, _frame: FrameType | None) -> None:
    raise _Hang(f"still running after {HANG_SECONDS:.0f} s")


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _send(fd: int, obj: object) -> None:
    payload = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    _write_all(fd, struct.pack("<Q", len(payload)) + payload)


def _read_exact(fd: int, size: int, deadline: float | None) -> bytes | None:
    chunks: list[bytes] = []
    remaining = size
    while remaining:
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise TimeoutError
        chunk = os.read(fd, min(remaining, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def _receive(fd: int, deadline: float | None = None) -> Any:
    """The next message, or None when the other side is gone."""
    head = _read_exact(fd, 8, deadline)
    if head is None:
        return None
    body = _read_exact(fd, struct.unpack("<Q", head)[0], deadline)
    return None if body is None else pickle.loads(body)


def _short_path(filename: str) -> str:
    for root in (str(REPO) + "/", str(Path(sys.prefix)) + "/"):
        if filename.startswith(root):
            return filename[len(root) :]
    return filename


def _is_dealerapp(filename: str) -> bool:
    return "/dealerapp/" in filename and "/fuzz/" not in filename


def describe_exception(exc: BaseException) -> tuple[str, str, str]:
    """The deepest dealerapp frame, the innermost frame, and the traceback's last lines."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [frame for frame in frames if _is_dealerapp(frame.filename)]
    where = (
        f"{_short_path(ours[-1].filename)}:{ours[-1].lineno} in {ours[-1].name}"
        if ours
        else "(no dealerapp frame)"
    )
    origin = (
        f"{_short_path(frames[-1].filename)}:{frames[-1].lineno} in {frames[-1].name}"
        if frames
        else ""
    )
    try:
        trace = "".join(traceback.format_exception(exc))
    except MemoryError:  # a MemoryError can leave too little to format its own traceback
        trace = f"{type(exc).__name__}: {exc}"
    return where, origin, _tail(trace)


def _type_name(error: BaseException) -> str:
    """Builtins by name, others with their module (sqlalchemy.exc.IntegrityError)."""
    kind = type(error)
    if kind.__module__ in ("builtins", __name__):
        return kind.__qualname__
    return f"{kind.__module__}.{kind.__qualname__}"


def _tail(text: str, limit: int = 6000) -> str:
    return text if len(text) <= limit else "...\n" + text[-limit:]


def _run_one(target: Target, case: Case, inbox: Path, fault: Any) -> Verdict:
    path = inbox / case.name
    path.write_bytes(case.data)
    # Each input starts with empty stderr and fault files, so what they hold belongs to it.
    os.ftruncate(2, 0)
    os.lseek(2, 0, os.SEEK_SET)
    fault.seek(0)
    fault.truncate()
    stats: Counter[str] = Counter()
    faulthandler.dump_traceback_later(HANG_SECONDS + 1, file=fault)
    start = time.perf_counter()
    # The alarm repeats each second: one raised where it gets swallowed (a finalizer run
    # by the garbage collector prints it and carries on) is followed by another.
    signal.setitimer(signal.ITIMER_REAL, HANG_SECONDS, 1.0)
    error: BaseException | None = None
    try:
        target.run(path, case, stats)
        outcome = "accepted"
    except _Hang as exc:
        outcome, error = "hang", exc
    except DealerAppError as exc:
        outcome = "rejected" if target.names_input(case, str(exc)) else "unclear"
        error = exc
    except BaseException as exc:  # noqa: BLE001 - catching everything else is the point
        outcome, error = "crash", exc
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        faulthandler.cancel_dump_traceback_later()
    seconds = time.perf_counter() - start
    path.unlink(missing_ok=True)
    if error is None:
        verdict = Verdict(outcome, seconds, stats=dict(stats))
    else:
        where, origin, trace = describe_exception(error)
        verdict = Verdict(
            outcome, seconds, _type_name(error), _tail(str(error), 2000), where, origin, trace,
            dict(stats), _type_name(error.__cause__) if error.__cause__ else "",
        )  # fmt: skip
    if seconds > HANG_SECONDS and outcome != "hang":
        # Slow, yet it finished before the alarm could stop it.
        sys.stderr.flush()
        stderr = Path("/proc/self/fd/2").read_text(errors="replace")
        verdict.message = f"took {seconds:.1f} s, then {outcome}: {verdict.message}"
        verdict.error_type = verdict.error_type or "Slow"
        verdict.trace = f"{verdict.trace}\n--- stderr ---\n{_tail(stderr, 4000)}"
        verdict.outcome = "hang"
    return verdict


def _worker(target: Target, cases: int, verdicts: int, scratch: Path) -> NoReturn:
    try:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
        # Libraries chatter on stdout/stderr; stderr is kept per input for the crash notes.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        stderr = os.open(scratch / "stderr.txt", os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(stderr, 2)
        fault = (scratch / "fault.txt").open("w+")
        faulthandler.enable(file=fault)
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops the run, not Ctrl-C
        signal.signal(signal.SIGALRM, _alarm)
        inbox = scratch / "in"
        inbox.mkdir(exist_ok=True)
        target.after_fork()
        while True:
            case = _receive(cases)
            if case is None:
                break
            _send(verdicts, _run_one(target, case, inbox, fault))
    finally:
        os._exit(0)


class Worker:
    """The parent's handle on one forked worker; forks a new one when the last one died."""

    def __init__(self, target: Target, scratch: Path) -> None:
        self.target = target
        self.scratch = scratch
        self.pid: int | None = None
        self.cases = self.verdicts = -1
        self.restarts = 0

    def _start(self) -> None:
        cases_r, cases_w = os.pipe()
        verdicts_r, verdicts_w = os.pipe()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            os.close(cases_w)
            os.close(verdicts_r)
            _worker(self.target, cases_r, verdicts_w, self.scratch)
        os.close(cases_r)
        os.close(verdicts_w)
        self.pid, self.cases, self.verdicts = pid, cases_w, verdicts_r

    def stop(self) -> None:
        if self.pid is None:
            return
        os.close(self.cases)
        os.close(self.verdicts)
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        self.pid = None

    def _notes(self) -> str:
        parts = []
        for name in ("fault.txt", "stderr.txt"):
            path = self.scratch / name
            text = path.read_text(errors="replace").strip() if path.exists() else ""
            if text:
                parts.append(f"--- {name} ---\n{_tail(text, 4000)}")
        return "\n".join(parts)

    def execute(self, case: Case) -> Verdict:
        if self.pid is None:
            self._start()
        assert self.pid is not None
        start = time.perf_counter()
        try:
            _send(self.cases, case)
            deadline = time.monotonic() + HANG_SECONDS + GRACE_SECONDS + 2
            verdict = _receive(self.verdicts, deadline)
        except TimeoutError:
            seconds = time.perf_counter() - start
            self.stop()
            self.restarts += 1
            notes = self._notes()
            return Verdict(
                "hang",
                seconds,
                "Timeout",
                f"no answer after {seconds:.0f} s; the alarm could not interrupt it (stuck in C)",
                _stack_where(notes),
                _stack_origin(notes),
                notes,
            )
        except BrokenPipeError:
            verdict = None
        if verdict is None:
            seconds = time.perf_counter() - start
            assert self.pid is not None
            _, status = os.waitpid(self.pid, 0)
            os.close(self.cases)
            os.close(self.verdicts)
            self.pid = None
            self.restarts += 1
            notes = self._notes()
            stderr = (self.scratch / "stderr.txt").read_text(errors="replace").strip()
            how = (
                f"killed by {signal.Signals(os.WTERMSIG(status)).name}"
                if os.WIFSIGNALED(status)
                else f"exited with {os.WEXITSTATUS(status)}"
            )
            return Verdict(
                "crash",
                seconds,
                f"WorkerDied({how})",
                f"the process running the reader died ({how})"
                + (f"; stderr: {stderr.splitlines()[0][:200]}" if stderr else ""),
                _stack_where(notes),
                _stack_origin(notes),
                notes,
            )
        assert isinstance(verdict, Verdict)
        if verdict.outcome in ("crash", "hang"):
            # A worker that recursed to the limit, ran out of memory or was interrupted
            # anywhere may be left odd; the next input gets a fresh one.
            self.stop()
        return verdict


_FAULT_FRAME = re.compile(r'File "([^"]+)", line (\d+) in (\S+)')


def _stack_where(notes: str) -> str:
    """The innermost dealerapp frame in a faulthandler dump (which lists innermost first)."""
    for path, line, name in _FAULT_FRAME.findall(notes):
        if _is_dealerapp(path):
            return f"{_short_path(path)}:{line} in {name}"
    return "(no dealerapp frame)"


def _stack_origin(notes: str) -> str:
    found = _FAULT_FRAME.search(notes)
    return f"{_short_path(found[1])}:{found[2]} in {found[3]}" if found else ""


# --- the tally -------------------------------------------------------------------------------


@dataclass
class Finding:
    """One distinct crash, hang or unclear message, and the inputs that showed it."""

    key: tuple[str, ...]
    verdict: Verdict
    case: Case
    count: int = 0
    files: list[str] = field(default_factory=list)
    smallest: Case | None = None
    minimized: str = ""
    minimized_inline: str = ""


def signature(verdict: Verdict) -> tuple[str, ...]:
    """What makes two failures the same one."""
    if verdict.outcome == "hang":
        # Where an alarm lands varies from run to run; the dealerapp function does not.
        if verdict.error_type == "Timeout":
            kind = "hard"
        elif verdict.message.startswith("took "):
            kind = "slow"
        else:
            kind = "soft"
        place = verdict.where.split(":")[0] + ":" + verdict.where.rsplit(" in ", 1)[-1]
        return ("hang", kind, place if verdict.where else "(finished; no traceback)")
    if verdict.outcome == "unclear":
        return ("unclear", verdict.error_type, verdict.cause, verdict.where)
    if verdict.error_type in ("RecursionError", "MemoryError") or verdict.error_type.startswith(
        "WorkerDied"
    ):
        return ("crash", verdict.error_type, verdict.where)
    # A template's own frames carry its line and block, which say nothing about the bug.
    origin = "<template>" if verdict.origin.startswith("<template>") else verdict.origin
    return ("crash", verdict.error_type, verdict.where, origin)


_NUMBERS = re.compile(r"\d+")


class Tally:
    def __init__(self, target: Target) -> None:
        self.target = target
        self.counts: Counter[str] = Counter()
        self.stats: Counter[str] = Counter()
        self.reasons: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.findings: dict[tuple[str, ...], Finding] = {}
        self.saved = 0
        self.started = time.perf_counter()
        self.slowest = 0.0

    @property
    def tried(self) -> int:
        return sum(self.counts.values())

    def record(self, case: Case, verdict: Verdict) -> None:
        self.counts[verdict.outcome] += 1
        self.stats.update(verdict.stats)
        self.origins[f"{case.origin}: {verdict.outcome}"] += 1
        self.slowest = max(self.slowest, verdict.seconds)
        if verdict.outcome == "rejected":
            reason = verdict.message.replace(case.name, "<file>")
            self.reasons[_NUMBERS.sub("#", reason.split(" (")[0])[:90]] += 1
        if verdict.outcome in ("crash", "hang", "unclear"):
            self._finding(case, verdict)

    def _finding(self, case: Case, verdict: Verdict) -> None:
        key = signature(verdict)
        finding = self.findings.get(key)
        if finding is None:
            finding = self.findings[key] = Finding(key, verdict, case)
        finding.count += 1
        if finding.smallest is None or len(case.data) < len(finding.smallest.data):
            finding.smallest = case
        if len(finding.files) < SAVED_PER_SIGNATURE:
            finding.files.append(self.save(case, verdict, key))

    def save(self, case: Case, verdict: Verdict, key: tuple[str, ...], suffix: str = "") -> str:
        self.saved += 1
        stem = f"{self.target.name}-{self.saved}{suffix}"
        CRASH_DIR.mkdir(exist_ok=True)
        (CRASH_DIR / f"{stem}.bin").write_bytes(case.data)
        (CRASH_DIR / f"{stem}.txt").write_text(
            f"target: {self.target.name}\nsignature: {' | '.join(key)}\n"
            f"outcome: {verdict.outcome}\nfile name: {case.name}\norigin: {case.origin}\n"
            f"options: {dict(case.options)}\nseconds: {verdict.seconds:.3f}\n"
            f"error: {verdict.error_type}: {verdict.message}\nwhere: {verdict.where}\n"
            f"innermost: {verdict.origin}\n\n{verdict.trace}\n",
            encoding="utf-8",
        )
        return str((CRASH_DIR / f"{stem}.bin").relative_to(REPO))


# --- shrinking -------------------------------------------------------------------------------


Units = TypeVar("Units", bytes, str)


def minimize(worker: Worker, case: Case, key: tuple[str, ...], text: bool) -> tuple[Case, int]:
    """A smaller input with the same signature: chunks removed while the failure stays."""
    runs = 0

    def fails(data: bytes) -> bool:
        nonlocal runs
        runs += 1
        return signature(worker.execute(case.with_data(data))) == key

    if text:
        source = _shrink(
            case.data.decode("utf-8", "surrogatepass"),
            lambda units: fails(units.encode("utf-8", "surrogatepass")),
            lambda: runs,
        )
        return case.with_data(source.encode("utf-8", "surrogatepass")), runs
    return case.with_data(_shrink(case.data, fails, lambda: runs)), runs


def _shrink(units: Units, fails: Callable[[Units], bool], runs: Callable[[], int]) -> Units:
    deadline = time.monotonic() + MINIMIZE_SECONDS

    def more() -> bool:
        return runs() < MINIMIZE_ATTEMPTS and time.monotonic() < deadline

    chunk = max(1, len(units) // 2)
    while chunk >= 1 and more():
        start = 0
        shrunk = False
        while start < len(units) and more():
            candidate = units[:start] + units[start + chunk :]
            if candidate and fails(candidate):
                units, shrunk = candidate, True
            else:
                start += chunk
        if not shrunk:
            chunk //= 2
    return units


# --- the driver ------------------------------------------------------------------------------


def _progress(tally: Tally, budget: int) -> None:
    elapsed = time.perf_counter() - tally.started
    counts = " ".join(f"{name}={tally.counts[name]}" for name in OUTCOMES)
    print(
        f"[{tally.target.name}] {tally.tried}/{budget} in {elapsed:.0f} s: {counts}",
        file=sys.stderr,
        flush=True,
    )


def parse_arguments(description: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--budget", type=int, default=10_000, help="inputs to try (default 10000)")
    parser.add_argument("--seed", type=int, default=None, help="for a repeatable run")
    parser.add_argument(
        "--hypothesis-share",
        type=float,
        default=0.5,
        help="part of the budget generated by hypothesis; the rest mutates seed files",
    )
    parser.add_argument("--no-minimize", action="store_true", help="skip shrinking reproducers")
    parser.add_argument("--json", type=Path, default=None, help="where to write the summary")
    return parser.parse_args()


def code_fingerprint() -> str:
    """A hash of dealerapp's sources: the code under test may be edited while a run goes on."""
    digest = hashlib.sha256()
    for path in sorted((REPO / "dealerapp").rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def fuzz(target: Target, args: argparse.Namespace) -> dict[str, Any]:
    """Run the budget against the target, print the summary and return it."""
    root = sandbox_environment()
    for old in CRASH_DIR.glob(f"{target.name}-*"):
        old.unlink()
    before = code_fingerprint()
    try:
        summary = _fuzz(target, args, root)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    after = code_fingerprint()
    summary["dealerapp_sources"] = before if before == after else f"{before} -> {after}"
    if before != after:
        print(f"WARNING: dealerapp's sources changed during the run ({before} -> {after})")
    path: Path = args.json or RESULT_DIR / f"{target.name}.json"
    path.write_text(json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8")
    return summary


def _fuzz(target: Target, args: argparse.Namespace, root: Path) -> dict[str, Any]:
    budget: int = args.budget
    target.setup(root / "work")
    scratch = root / "worker"
    scratch.mkdir()
    worker = Worker(target, scratch)
    tally = Tally(target)
    every = max(100, budget // 10)

    def submit(case: Case) -> None:
        tally.record(case, worker.execute(case))
        if tally.tried % every == 0:
            _progress(tally, budget)

    generated = 0

    # Hypothesis generates structured inputs; the counter here, not hypothesis's own
    # statistics, is what the summary reports.
    @settings(
        max_examples=max(1, int(budget * args.hypothesis_share)),
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
        verbosity=Verbosity.quiet,
    )
    @given(target.strategy())
    def generated_inputs(case: Case) -> None:
        nonlocal generated
        if tally.tried >= budget:
            return
        generated += 1
        submit(case)

    try:
        if args.hypothesis_share > 0:
            test: Callable[[], None] = generated_inputs
            if args.seed is not None:
                test = hypothesis_seed(args.seed)(generated_inputs)
            test()
        rng = random.Random(args.seed)
        while tally.tried < budget:
            submit(target.mutant(rng))
        minimizer_runs = 0 if args.no_minimize else _minimize_all(worker, tally)
    finally:
        worker.stop()
    seconds = time.perf_counter() - tally.started
    summary = _summary(target, tally, seconds, generated, worker.restarts, minimizer_runs)
    _print_summary(summary)
    path: Path = args.json or RESULT_DIR / f"{target.name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8")
    return summary


def _minimize_all(worker: Worker, tally: Tally) -> int:
    runs = 0
    for finding in tally.findings.values():
        # A hang costs seconds per try; its saved input already reproduces it.
        if finding.smallest is None or finding.key[0] == "hang":
            continue
        small, used = minimize(worker, finding.smallest, finding.key, tally.target.text_input)
        runs += used
        finding.minimized = tally.save(small, finding.verdict, finding.key, "-min")
        if len(small.data) <= 400:
            finding.minimized_inline = repr(
                small.data.decode("utf-8", "replace") if tally.target.text_input else small.data
            )
    return runs


def _summary(
    target: Target, tally: Tally, seconds: float, generated: int, restarts: int, minimizer: int
) -> dict[str, Any]:
    return {
        "target": target.name,
        "command": " ".join([Path(sys.executable).as_posix(), *sys.argv]),
        "tried": tally.tried,
        "from_hypothesis": generated,
        "from_mutation": tally.tried - generated,
        **{name: tally.counts[name] for name in OUTCOMES},
        "seconds": round(seconds, 1),
        "slowest_input_seconds": round(tally.slowest, 3),
        "worker_restarts": restarts,
        "minimizer_runs": minimizer,
        "stats": dict(sorted(tally.stats.items())),
        "origins": dict(sorted(tally.origins.items())),
        "top_rejections": tally.reasons.most_common(12),
        "findings": [
            {
                "signature": list(f.key),
                "count": f.count,
                "error": f"{f.verdict.error_type}: {f.verdict.message[:500]}",
                "where": f.verdict.where,
                "innermost": f.verdict.origin,
                "example_file_name": f.case.name,
                "example_origin": f.case.origin,
                "example_options": dict(f.case.options),
                "files": f.files,
                "minimized": f.minimized,
                "minimized_inline": f.minimized_inline,
            }
            for f in sorted(tally.findings.values(), key=lambda f: -f.count)
        ],
    }


def _print_summary(summary: dict[str, Any]) -> None:
    print(f"\n== {summary['target']}: {summary['command']}")
    print(
        f"tried {summary['tried']} ({summary['from_hypothesis']} hypothesis, "
        f"{summary['from_mutation']} mutation), accepted {summary['accepted']}, "
        f"rejected with a clear message {summary['rejected']}, unclear message "
        f"{summary['unclear']}, crashes {summary['crash']}, hangs {summary['hang']}, "
        f"{summary['seconds']} s (slowest input {summary['slowest_input_seconds']} s, "
        f"worker restarts {summary['worker_restarts']})"
    )
    for finding in summary["findings"]:
        print(f"  [{finding['count']}x] {' | '.join(finding['signature'])}")
        print(f"      {finding['error'][:300]}")
        print(f"      raised at {finding['where']}; innermost {finding['innermost']}")
        print(f"      saved: {', '.join(finding['files'])}; minimized: {finding['minimized']}")
        if finding["minimized_inline"]:
            print(f"      input: {finding['minimized_inline'][:400]}")
