"""Each fault against each command that writes: one line, exit 1, nothing half-done.

The matrix: a full disk, a read-only medium (a tmpfs remounted read-only), a
read-only file (chattr +i), a write lock held by another program, and an output
folder that does not exist, against memo import (with and without --apply),
memo apply, waitlist add, waitlist import, waitlist export, backup, and letters
with --mark-sent (one PDF, and one per customer). Where the fault does not
touch what a command needs (an export from a read-only database to a writable
folder), the command must simply work.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from dealerapp.db.engine import read_only_uri
from tests.faults.conftest import (
    MEMO,
    Outcome,
    fill,
    immutable,
    needs_root,
    run_cli,
    tmpfs,
    write_lock,
)

DEALERAPP = [sys.executable, "-m", "dealerapp"]
LETTERS = ["letters", "render", "--template", "position_update", "--market", "US"]


@dataclass(frozen=True)
class Command:
    argv: Callable[[Path, Path], list[str]]  # (output folder, input folder) -> arguments
    writes_database: bool
    outputs: tuple[str, ...] = ()  # names written in the output folder


COMMANDS = {
    "memo import": Command(lambda out, inp: ["memo", "import", str(MEMO)], True),
    "memo import --apply": Command(lambda out, inp: ["memo", "import", str(MEMO), "--apply"], True),
    "memo apply": Command(lambda out, inp: ["memo", "apply", "1"], True),
    "waitlist add": Command(
        lambda out, inp: ["waitlist", "add", "--dealer", "US-BAY", "--family-name", "Faulty"], True
    ),
    "waitlist import": Command(
        lambda out, inp: ["waitlist", "import", str(inp / "new.csv"), "--apply"], True
    ),
    "waitlist export": Command(
        lambda out, inp: ["waitlist", "export", "--out", str(out / "waitlist.xlsx")],
        False,
        ("waitlist.xlsx",),
    ),
    "backup": Command(
        lambda out, inp: ["backup", "--out", str(out / "copy.sqlite3")], False, ("copy.sqlite3",)
    ),
    "letters --mark-sent": Command(
        lambda out, inp: [*LETTERS, "--out", str(out / "letters.pdf"), "--mark-sent"],
        True,
        ("letters.pdf",),
    ),
    "letters --one-per-customer": Command(
        lambda out, inp: [
            *LETTERS,
            "--out",
            str(out / "all.pdf"),
            "--one-per-customer",
            str(out / "each"),
            "--mark-sent",
        ],
        True,
        ("all.pdf", "each"),
    ),
}


def reader(db: Path) -> sqlite3.Connection:
    """A look at the file that writes nothing, even on a full or write-protected disk."""
    return sqlite3.connect(read_only_uri(db), uri=True)


def fingerprint(db: Path) -> dict[str, int]:
    """What a command could have changed, counted."""
    conn = reader(db)
    try:
        tables = ("memos", "directives", "letters_sent", "waitlist_entries", "customers",
                  "audit_log", "allocation_events", "markets")  # fmt: skip
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
        counts["applied"] = conn.execute(
            "SELECT count(*) FROM memos WHERE applied_at IS NOT NULL"
        ).fetchone()[0]
        return counts
    finally:
        conn.close()


def integrity(db: Path) -> str:
    conn = reader(db)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def left_behind(path: Path) -> bool:
    """A file under its final name, or a folder with files in it."""
    return any(path.iterdir()) if path.is_dir() else path.exists()


def partial_files(*folders: Path) -> list[Path]:
    return [p for folder in folders if folder.exists() for p in folder.rglob("*partial*")]


def inputs(folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "new.csv").write_text(
        "family_name,dealer,program,joined_on\nFaulty,US-BAY,1M,2026-11-30\n", encoding="utf-8"
    )
    return folder


@contextmanager
def full_disk(tmp_path: Path, demo: Path) -> Iterator[tuple[Path, Path]]:
    """The database and the output folder on a disk with no space left."""
    with tmpfs(tmp_path / "disk") as disk:
        db = disk / "demo.sqlite3"
        shutil.copy(demo, db)
        (disk / "out").mkdir()
        fill(disk, 0)
        yield db, disk / "out"


@contextmanager
def read_only_medium(tmp_path: Path, demo: Path) -> Iterator[tuple[Path, Path]]:
    """The database on a write-protected medium; outputs go to a writable folder."""
    with tmpfs(tmp_path / "stick") as stick:
        db = stick / "demo.sqlite3"
        shutil.copy(demo, db)
        subprocess.run(["mount", "-o", "remount,ro", str(stick)], check=True)
        out = tmp_path / "out"
        out.mkdir()
        yield db, out


@contextmanager
def read_only_file(tmp_path: Path, demo: Path) -> Iterator[tuple[Path, Path]]:
    out = tmp_path / "out"
    out.mkdir()
    with immutable(demo):
        yield demo, out


@contextmanager
def locked(tmp_path: Path, demo: Path) -> Iterator[tuple[Path, Path]]:
    out = tmp_path / "out"
    out.mkdir()
    with write_lock(demo):
        yield demo, out


@contextmanager
def missing_folder(tmp_path: Path, demo: Path) -> Iterator[tuple[Path, Path]]:
    yield demo, tmp_path / "not-there"


# Which commands each fault can reach: a lock or a read-only database stops writers
# only; a missing folder stops only what writes a file; a full disk stops everything.
def expected_to_fail(fault: str, command: Command) -> bool | None:
    if fault == "full disk":
        return True
    if fault == "missing folder":
        return True if command.outputs else None  # None: the fault does not apply
    return command.writes_database


# What the one line must say, so a refusal for some other reason cannot pass for this one.
SAYS = {
    "full disk": "full",
    "read-only medium": "read-only",
    "read-only file": "read-only",
    "locked": "another program or desk is writing",
    "missing folder": "does not exist",
}

FAULTS = {
    "full disk": full_disk,
    "read-only medium": read_only_medium,
    "read-only file": read_only_file,
    "locked": locked,
    "missing folder": missing_folder,
}


CASES = [
    (fault, name)
    for fault in FAULTS
    for name, command in COMMANDS.items()
    if expected_to_fail(fault, command) is not None
]


@pytest.mark.parametrize(("fault", "command_name"), CASES)
def test_fault_against_command(
    fault: str,
    command_name: str,
    fault_demo: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    short_lock_wait: None,
) -> None:
    needs_root()
    command = COMMANDS[command_name]
    should_fail = expected_to_fail(fault, command)
    before = fingerprint(fault_demo)
    source = inputs(tmp_path / "inputs")
    with ExitStack() as stack:
        db, out = stack.enter_context(FAULTS[fault](tmp_path, fault_demo))
        result: Outcome = run_cli(capsys, db, *command.argv(out, source))
        # Room again on a full disk, so the file can be looked at (SQLite needs its -shm).
        if fault == "full disk":
            (db.parent / "filler").unlink()
        if should_fail:
            result.assert_refused_in_one_line()
            assert SAYS[fault] in result.err, result.err
            assert fingerprint(db) == before, "something was written or logged"
            for name in command.outputs:
                assert not left_behind(out / name), name
        else:
            assert result.code == 0, result.err
            assert "Traceback" not in result.err
            for name in command.outputs:
                assert (out / name).stat().st_size > 0
        assert not partial_files(out, db.parent), "a temporary file was left behind"
        assert integrity(db) == "ok"
    print(f"{fault} x {command_name}: {'refused' if should_fail else 'worked'}")


def test_letters_into_a_missing_folder_write_and_log_nothing(
    fault_demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Once a false success: 3,000 painter warnings, "Logged 25 letter(s)", and no PDF."""
    before = fingerprint(fault_demo)
    result = run_cli(
        capsys, fault_demo, *LETTERS, "--out", str(tmp_path / "nodir" / "x.pdf"), "--mark-sent"
    )
    result.assert_refused_in_one_line()
    assert "nodir" in result.err and "does not exist" in result.err
    assert "QPainter" not in result.err
    assert fingerprint(fault_demo) == before


def test_all_letters_with_mark_sent_exit_cleanly(tmp_path: Path, demo_template: Path) -> None:
    """The 268-letter run that once ended in 'Fatal Python error: none_dealloc' (exit 134)."""
    db = tmp_path / "demo.sqlite3"
    shutil.copy(demo_template, db)
    out = tmp_path / "all.pdf"
    done = subprocess.run(
        [*DEALERAPP, "--db", str(db), "letters", "render", "--template", "position_update",
         "--out", str(out), "--mark-sent"],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Fatal" not in done.stderr
    assert "Wrote 268 letter(s)" in done.stdout
    assert len(PdfReader(out).pages) == 268
    assert fingerprint(db)["letters_sent"] == 268


def test_a_fault_in_a_real_process_prints_one_line(tmp_path: Path, demo_template: Path) -> None:
    """The same promise from the installed command, not only from main()."""
    needs_root()
    db = tmp_path / "demo.sqlite3"
    shutil.copy(demo_template, db)
    with immutable(db):
        done = subprocess.run(
            [*DEALERAPP, "--db", str(db), "waitlist", "add", "--dealer", "US-BAY",
             "--family-name", "Faulty"],
            capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1, done.stderr
    assert "read-only" in done.stderr and "Traceback" not in done.stderr
