"""Kill an operation with SIGKILL at random moments and check what the database file holds.

An operation is a list of steps, each run in its own unit of work. For every
kill point the prepared starting file is copied, a forked child opens the copy
and runs the steps, and the parent kills it after a random delay. The parent
then opens the file with plain sqlite3 (recovering the -wal file the child left
behind) and checks that it is intact, that it holds exactly the state after
some whole number k of steps (never part of one), and that the operation's
audit rows number exactly k. The states after 0..n steps come from an
uninterrupted run on another copy of the same starting file.

Forking instead of starting an interpreter per kill point keeps the run fast:
the parent has imported everything once, and the child only opens a database.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import random
import re
import shutil
import signal
import sqlite3
import statistics
import time
import traceback
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from dealerapp.config import resolve_database
from dealerapp.db.database import Database

Step = Callable[[Session], object]

KILL_POINTS = 50
# Kill delays reach past the end of an uninterrupted run, so that kills after
# the last commit (and during the close that checkpoints the log) are covered.
SPAN_FACTOR = 1.2
# A run that never ends up absent, or never present, proves nothing about the
# moment in between; this many of each are required.
MIN_EACH_SIDE = 3
# If the machine slows down mid-run (two slow cores, other jobs), the schedule
# measured at the start may miss one side; this many extra kill points, over a
# re-measured duration, may be added before the run counts as failed.
MAX_EXTRA_KILL_POINTS = 30

MEASURED_RUNS = 3
# How long a child that keeps the database open waits to be killed; far longer
# than any delay, and an end should the parent never send the kill.
WINDOW_IDLE_SECONDS = 30.0

# One block of counts per operation, for the terminal summary (see conftest.py).
SUMMARIES: list[str] = []

_GO, _DONE, _ERROR = b"g", b"d", b"e"
# Timestamps are clock readings (created_at, status_changed_at, the `at` of an
# audit row, ISO times inside JSON): two runs of one operation write different
# ones, so a fingerprint must not see them. Everything else must match exactly.
_CLOCK = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[+-]\d{2}:?\d{2}|Z)?")


@dataclass(frozen=True)
class Operation:
    name: str
    # A closed database file with no -wal beside it: copying it copies everything.
    start: Path
    steps: Sequence[Step]
    # SELECT count(*) of the operation's audit rows; after k steps it must be k.
    audit_count_sql: str
    seed: int


@dataclass(frozen=True)
class Snapshot:
    integrity: tuple[str, ...]
    # table name -> (row count, digest of its rows); the count is for messages.
    tables: dict[str, tuple[int, str]]
    audit_rows: int


@dataclass(frozen=True)
class ChildRun:
    finished: bool
    error: str | None
    status: int
    seconds: float


@dataclass
class KillPoint:
    number: int
    delay: float
    closes: bool
    steps_done: int | None
    finished: bool
    wal_bytes: int
    snapshot: Snapshot


@dataclass
class CrashReport:
    operation: Operation
    duration: float
    span: float
    states: list[Snapshot]
    points: list[KillPoint] = field(default_factory=list)
    extra: int = 0

    @property
    def recovered(self) -> int:
        """Kill points whose committed data was (at least partly) in the -wal left behind."""
        return sum(1 for p in self.points if p.wal_bytes and p.steps_done)

    def ended(self, k: int) -> int:
        return sum(1 for p in self.points if p.steps_done == k)

    @property
    def partial(self) -> list[KillPoint]:
        return [p for p in self.points if p.steps_done is None]

    @property
    def integrity_failures(self) -> list[KillPoint]:
        return [p for p in self.points if p.snapshot.integrity != ("ok",)]

    @property
    def audit_mismatches(self) -> list[KillPoint]:
        return [
            p
            for p in self.points
            if p.steps_done is not None and p.snapshot.audit_rows != p.steps_done
        ]

    def summary(self) -> str:
        n = len(self.operation.steps)
        absent, present = self.ended(0), self.ended(n)
        between = len(self.points) - absent - present - len(self.partial)
        done_first = sum(1 for p in self.points if p.finished)
        logged = [p for p in self.points if p.wal_bytes]
        closing = sum(1 for p in self.points if p.closes)
        lines = [
            f"{self.operation.name} (seed {self.operation.seed}, {n} unit(s) of work): "
            f"{len(self.points)} kill points ({self.extra} extra) over 0-{self.span * 1000:.0f} ms "
            f"(an uninterrupted run: {self.duration * 1000:.0f} ms)",
            f"  ended absent: {absent}, ended present: {present}"
            + (f", ended after 1..{n - 1} units: {between}" if n > 1 else ""),
            f"  partially applied: {len(self.partial)}, "
            f"integrity failures: {len(self.integrity_failures)}, "
            f"audit mismatches: {len(self.audit_mismatches)}",
            f"  children closing the database when done (as the CLI): {closing}, "
            f"keeping it open (as the window): {len(self.points) - closing}; "
            f"killed after finishing: {done_first}",
            f"  left a non-empty -wal: {len(logged)}; with committed data in it that "
            f"recovery had to replay: {self.recovered}",
        ]
        if n > 1:
            histogram = Counter(p.steps_done for p in self.points if p.steps_done is not None)
            lines.append(
                "  units committed when killed: "
                + ", ".join(f"{k}: {histogram[k]}" for k in sorted(histogram))
            )
        return "\n".join(lines)


def fingerprint(conn: sqlite3.Connection) -> dict[str, tuple[int, str]]:
    """Every table's rows, in an order that does not depend on how they were written."""
    names = [
        str(row[0])
        for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY 1")
    ]
    tables = {}
    for name in names:
        rows = sorted(
            repr(tuple(_CLOCK.sub("<clock>", v) if isinstance(v, str) else v for v in row))
            for row in conn.execute(f'SELECT * FROM "{name}"')
        )
        digest = hashlib.sha256("\n".join(rows).encode()).hexdigest()
        tables[name] = (len(rows), digest)
    return tables


def inspect(path: Path, audit_count_sql: str) -> Snapshot:
    # A plain read-write connection, as any later program opening the file would
    # use: its first read replays a hot -wal file and rebuilds the -shm index.
    conn = sqlite3.connect(path)
    try:
        integrity = tuple(str(row[0]) for row in conn.execute("PRAGMA integrity_check"))
        tables = fingerprint(conn)
        audit_rows = int(conn.execute(audit_count_sql).fetchone()[0])
    finally:
        conn.close()
    return Snapshot(integrity, tables, audit_rows)


def copy_start(start: Path, target: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        # A stale log beside the copy would be replayed into it, and a log
        # beside the start would mean the copy misses committed data.
        Path(f"{target}{suffix}").unlink(missing_ok=True)
        assert not Path(f"{start}{suffix}").exists(), f"{start}{suffix}: the start is not closed"
    shutil.copy(start, target)


def remove_database(path: Path) -> None:
    for name in (str(path), f"{path}-wal", f"{path}-shm", f"{path}-journal"):
        Path(name).unlink(missing_ok=True)


def run_steps(db: Database, steps: Sequence[Step]) -> None:
    for step in steps:
        with db.unit_of_work() as session:
            step(session)


def _child(path: Path, steps: Sequence[Step], out: int, close: bool) -> None:
    """Runs in the forked child and never returns."""
    # The child shares the parent's objects, among them engines and sqlite3
    # connections of other tests; a garbage collection here could finalize one
    # and checkpoint or unlock someone else's file. Frozen objects are never collected.
    gc.freeze()
    code = 1
    try:
        db = Database.open(resolve_database(str(path)))
        os.write(out, _GO)
        run_steps(db, steps)
        if close:
            # Closing checkpoints the log into the main file, as the CLI does at
            # the end of every command: a kill during that must be harmless too.
            db.close()
        os.write(out, _DONE)
        code = 0
        if not close:
            # The window keeps the database open after a change: what was
            # committed sits in the -wal until the kill, which comes without a
            # checkpoint. (The parent always kills such a child.)
            time.sleep(WINDOW_IDLE_SECONDS)
    except BaseException:  # noqa: BLE001 - whatever it was, the parent must hear of it
        with contextlib.suppress(OSError):
            os.write(out, _ERROR + traceback.format_exc().encode(errors="replace"))
    finally:
        # Never return into pytest, whatever happened: no fixtures, no atexit,
        # no flushing of buffers the parent will flush too.
        os._exit(code)


def _read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    return b"".join(chunks)


def fork_and_run(
    path: Path, steps: Sequence[Step], kill_after: float | None, *, close: bool = True
) -> ChildRun:
    """Run the steps on `path` in a forked child; kill it `kill_after` seconds into them."""
    assert close or kill_after is not None, "a child that keeps the database open idles"
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        _child(path, steps, write_end, close)
    os.close(write_end)
    reaped = False
    try:
        # The delay counts from the moment the child has opened the database,
        # so the kills spread over the operation and not over start-up.
        received = os.read(read_end, 1)
        started = time.perf_counter()
        if received == _GO:
            if kill_after is None:
                received += os.read(read_end, 1)
            else:
                time.sleep(kill_after)
                os.kill(pid, signal.SIGKILL)
        seconds = time.perf_counter() - started
        _, status = os.waitpid(pid, 0)
        reaped = True
        received += _read_all(read_end)
    finally:
        if not reaped:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        os.close(read_end)
    error = None
    if received[:1] == _ERROR:
        error = received[1:].decode(errors="replace")
    elif received[:1] != _GO:
        error = f"the child ended before it had opened the database (wait status {status})"
    elif received[1:2] == _ERROR:
        error = received[2:].decode(errors="replace")
    return ChildRun(received[:2] == _GO + _DONE, error, status, seconds)


def reference_states(op: Operation, workdir: Path) -> list[Snapshot]:
    """The state before the operation and after each of its units of work, uninterrupted."""
    path = workdir / "reference.sqlite3"
    copy_start(op.start, path)
    states = [inspect(path, op.audit_count_sql)]
    db = Database.open(resolve_database(str(path)))
    try:
        for step in op.steps:
            run_steps(db, [step])
            states.append(inspect(path, op.audit_count_sql))
    finally:
        # Before any fork: the child must not inherit a live engine of ours.
        db.close()
    remove_database(path)
    return states


def measure(op: Operation, workdir: Path, states: list[Snapshot]) -> float:
    """The median duration of a few uninterrupted forked runs, each proven to end as the reference.

    One run alone can land in a moment when the machine is busy elsewhere and
    stretch or squeeze the whole kill schedule.
    """
    return statistics.median(_measure_once(op, workdir, states) for _ in range(MEASURED_RUNS))


def _measure_once(op: Operation, workdir: Path, states: list[Snapshot]) -> float:
    path = workdir / "measure.sqlite3"
    copy_start(op.start, path)
    run = fork_and_run(path, op.steps, None)
    assert run.error is None, f"{op.name}: the uninterrupted run failed:\n{run.error}"
    assert run.finished and run.status == 0, f"{op.name}: wait status {run.status}"
    after = inspect(path, op.audit_count_sql)
    remove_database(path)
    assert after == states[-1], (
        f"{op.name}: an uninterrupted run in a child does not end in the reference state; "
        f"the fingerprint is not deterministic: {differences(after, states[-1])}"
    )
    return run.seconds


def differences(found: Snapshot, expected: Snapshot) -> str:
    names = sorted(set(found.tables) | set(expected.tables))
    changed = [
        f"{name} ({expected.tables.get(name, (0, ''))[0]} -> {found.tables.get(name, (0, ''))[0]}"
        " rows)"
        for name in names
        if found.tables.get(name) != expected.tables.get(name)
    ]
    return ", ".join(changed) or "no table differs"


def stratified_delays(rng: random.Random, count: int, span: float) -> list[float]:
    # Uniform over [0, span], one delay from each of `count` equal slices, so
    # that no stretch of the operation goes without kills by bad luck; shuffled
    # so that a slow drift of the machine does not line up with the delay.
    delays = [(i + rng.random()) * span / count for i in range(count)]
    rng.shuffle(delays)
    return delays


def kill_at(
    op: Operation,
    workdir: Path,
    states: list[Snapshot],
    number: int,
    delay: float,
    closes: bool | None = None,
) -> KillPoint:
    path = workdir / f"kill-{number:03d}.sqlite3"
    copy_start(op.start, path)
    if closes is None:
        # Half the children close the database when done, as the CLI does, and
        # half keep it open, as the window does; a kill after the last commit
        # then finds the log checkpointed, being checkpointed, or full.
        closes = number % 2 == 0
    run = fork_and_run(path, op.steps, delay, close=closes)
    where = f"{op.name}: seed {op.seed}, kill point {number}, delay {delay * 1000:.2f} ms"
    assert run.error is None, f"{where}: the operation failed in the child:\n{run.error}"
    killed = os.WIFSIGNALED(run.status) and os.WTERMSIG(run.status) == signal.SIGKILL
    assert killed or (run.finished and run.status == 0), f"{where}: wait status {run.status}"
    wal = Path(f"{path}-wal")
    wal_bytes = wal.stat().st_size if wal.exists() else 0
    snapshot = inspect(path, op.audit_count_sql)
    remove_database(path)
    steps_done = next(
        (k for k, state in enumerate(states) if state.tables == snapshot.tables), None
    )
    return KillPoint(number, delay, closes, steps_done, run.finished, wal_bytes, snapshot)


def crash_test(op: Operation, workdir: Path) -> CrashReport:
    states = reference_states(op, workdir)
    for k, state in enumerate(states):
        assert state.integrity == ("ok",), f"{op.name}: reference after {k}: {state.integrity}"
        assert state.audit_rows == k, (
            f"{op.name}: an uninterrupted run has {state.audit_rows} audit row(s) after {k} "
            "unit(s) of work; the check needs exactly one per unit"
        )
    distinct = {tuple(sorted(state.tables.items())) for state in states}
    assert len(distinct) == len(states), f"{op.name}: two units of work leave the same state"
    duration = measure(op, workdir, states)
    rng = random.Random(op.seed)
    report = CrashReport(op, duration, SPAN_FACTOR * duration, states)
    for delay in stratified_delays(rng, KILL_POINTS, report.span):
        report.points.append(kill_at(op, workdir, states, len(report.points), delay))
    n = len(op.steps)
    while report.extra < MAX_EXTRA_KILL_POINTS and (
        report.ended(0) < MIN_EACH_SIDE
        or report.ended(n) < MIN_EACH_SIDE
        or report.recovered < MIN_EACH_SIDE
    ):
        if report.extra % 10 == 0:
            report.span = SPAN_FACTOR * measure(op, workdir, states)
        number = len(report.points)
        if report.ended(0) < MIN_EACH_SIDE or report.ended(n) < MIN_EACH_SIDE:
            point = kill_at(op, workdir, states, number, rng.uniform(0, report.span))
        else:
            # Only kills with committed data still in the log are missing: they
            # come after the last commit, in a child that keeps the database open.
            delay = rng.uniform(report.span / SPAN_FACTOR, report.span)
            point = kill_at(op, workdir, states, number, delay, closes=False)
        report.points.append(point)
        report.extra += 1
    SUMMARIES.append(report.summary())
    return report


def check(report: CrashReport) -> None:
    """The assertions, each naming the seed and the delay of a kill point that fails."""
    op = report.operation
    n = len(op.steps)
    summary = report.summary()

    def where(point: KillPoint) -> str:
        return f"seed {op.seed}, kill point {point.number}, delay {point.delay * 1000:.2f} ms"

    for point in report.integrity_failures:
        raise AssertionError(
            f"{op.name}: integrity_check failed ({where(point)}): "
            f"{list(point.snapshot.integrity)[:5]}\n{summary}"
        )
    for point in report.partial:
        raise AssertionError(
            f"{op.name}: partially applied ({where(point)}): the file equals no state after a "
            f"whole number of units of work; against the start: "
            f"{differences(point.snapshot, report.states[0])}; against the end: "
            f"{differences(point.snapshot, report.states[-1])}\n{summary}"
        )
    for point in report.audit_mismatches:
        raise AssertionError(
            f"{op.name}: {point.snapshot.audit_rows} audit row(s) for {point.steps_done} unit(s) "
            f"of work ({where(point)})\n{summary}"
        )
    assert len(report.points) >= KILL_POINTS, summary
    assert report.ended(0) >= MIN_EACH_SIDE, f"too few kills left it absent:\n{summary}"
    assert report.ended(n) >= MIN_EACH_SIDE, f"too few kills left it present:\n{summary}"
    assert report.recovered >= MIN_EACH_SIDE, (
        f"too few kills left committed data in the -wal for recovery to replay:\n{summary}"
    )
    if n > 1:
        between = len(report.points) - report.ended(0) - report.ended(n)
        assert between >= MIN_EACH_SIDE, f"too few kills landed between commits:\n{summary}"
