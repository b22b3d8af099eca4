"""Two desks (two processes) on one database: stale edits refused by name, busy waits not errors."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from dealerapp.db import models as m
from dealerapp.db.database import Database
from dealerapp.db.enums import EntryStatus
from dealerapp.errors import ChangedMeanwhileError
from dealerapp.services import waitlist
from dealerapp.services.entries import entry_detail

pytestmark = pytest.mark.sqlite_only  # about the SQLite file itself


def other_desk(db: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    """The second person: their own dealerapp process on the same file."""
    return subprocess.run(
        [sys.executable, "-m", "dealerapp", "--db", str(db), *argv],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def second_in_a_queue(db: Database) -> int:
    with db.reading() as session:
        entry = session.scalars(
            select(m.WaitlistEntry)
            .where(m.WaitlistEntry.status == EntryStatus.WAITING, m.WaitlistEntry.position == 2)
            .order_by(m.WaitlistEntry.id)
        ).first()
        assert entry is not None
        return entry.id


def test_an_edit_on_a_record_changed_at_another_desk_is_refused(demo_db: Database) -> None:
    path = demo_db.location.sqlite_path
    assert path is not None
    entry_id = second_in_a_queue(demo_db)
    with demo_db.reading() as session:
        seen = entry_detail(session, entry_id)  # desk A opens the edit dialog
    moved = other_desk(path, "--user", "max", "waitlist", "move", str(entry_id), "--to", "1",
                       "--reason", "customer called")  # fmt: skip
    assert moved.returncode == 0, moved.stderr
    edit = waitlist.EntryDetails("Alpine White", seen.deposit_terms, seen.notes)
    with pytest.raises(ChangedMeanwhileError) as refused, demo_db.unit_of_work() as session:
        waitlist.update_details(
            session, entry_id=entry_id, details=edit, expected_version=seen.version
        )
    message = str(refused.value)
    assert f"Your edit of entry {entry_id} was not saved: max changed this entry" in message
    assert "from 2 to 1. Reason: customer called" in message
    with demo_db.reading() as session:
        assert entry_detail(session, entry_id).specification == seen.specification  # not lost
        fresh = entry_detail(session, entry_id)
    with demo_db.unit_of_work() as session:  # looked again: now it saves
        waitlist.update_details(
            session, entry_id=entry_id, details=edit, expected_version=fresh.version
        )
    with demo_db.reading() as session:
        detail = entry_detail(session, entry_id)
        assert detail.specification == "Alpine White" and detail.position == 1


def test_a_busy_database_makes_a_writer_wait_not_fail(demo_db: Database) -> None:
    path = demo_db.location.sqlite_path
    assert path is not None
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys, time\n"
         f"conn = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
         "conn.execute('BEGIN IMMEDIATE')\n"
         "print('locked', flush=True)\n"
         "time.sleep(1.5)\n"
         "conn.execute('COMMIT')\n"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    started = time.monotonic()
    entry_id = second_in_a_queue(demo_db)
    with demo_db.unit_of_work() as session:
        waitlist.move(session, entry_id=entry_id, to_position=1, reason="waited for the lock")
    waited = time.monotonic() - started
    assert holder.wait(timeout=30) == 0
    assert waited > 0.5  # it waited for the other desk instead of "database is locked"
