"""Real faults for real commands: a tmpfs filled to the brim, `chattr +i`, a read-only
remount, a write lock held by another connection, a folder that is not there.

They need root (CI runs as root); elsewhere each test is skipped with the reason.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from dealerapp.cli.main import main
from dealerapp.db import engine as engine_settings

pytestmark = pytest.mark.sqlite_only

MEMO = Path(__file__).resolve().parents[2] / "seeds" / "memos" / "bmwna-us-allocation-filled.txt"


def needs_root() -> None:
    if os.geteuid() != 0:
        pytest.skip("fault tests mount a tmpfs and set chattr +i: they need root (CI is root)")


@contextmanager
def tmpfs(where: Path, size: str = "8m") -> Iterator[Path]:
    where.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], check=True)
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill(disk: Path, leave: int) -> None:
    """Fill `disk` until `leave` bytes are free (tmpfs counts in pages)."""
    free = shutil.disk_usage(disk).free
    if free > leave:
        with (disk / "filler").open("wb") as out:
            out.write(b"\0" * (free - leave))
    assert shutil.disk_usage(disk).free <= leave + 8192


@contextmanager
def immutable(path: Path) -> Iterator[None]:
    subprocess.run(["chattr", "+i", str(path)], check=True)
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=False)


@contextmanager
def write_lock(path: Path) -> Iterator[None]:
    """Another program holding the write lock for as long as the block runs."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other.rollback()
        other.close()


@dataclass
class Outcome:
    code: int
    out: str
    err: str

    def assert_refused_in_one_line(self) -> None:
        assert self.code == 1, (self.code, self.out, self.err)
        assert "Traceback" not in self.err
        lines = [line for line in self.err.splitlines() if line.strip()]
        assert 1 <= len(lines) <= 3, self.err
        assert lines[0].startswith("dealerapp: error: "), self.err
        # Never SQL, never a parameter list.
        for leaked in ("INSERT", "UPDATE ", "SELECT", "BEGIN", "[SQL", "parameters"):
            assert leaked not in self.err, self.err


def run_cli(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> Outcome:
    code = main(["--db", str(db), *argv])
    captured = capsys.readouterr()
    return Outcome(code, captured.out, captured.err)


@pytest.fixture
def short_lock_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    # The app waits 10 s for a lock; the tests do not need to.
    monkeypatch.setattr(engine_settings, "BUSY_TIMEOUT_MS", 300)


@pytest.fixture
def fault_demo(demo_template: Path, tmp_path: Path) -> Path:
    """The demo database with the US memo imported (memo 1), not applied."""
    path = tmp_path / "work" / "demo.sqlite3"
    path.parent.mkdir()
    shutil.copy(demo_template, path)
    code = main(["--db", str(path), "memo", "import", str(MEMO)])
    assert code == 0
    return path
