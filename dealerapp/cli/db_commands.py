"""`dealerapp db upgrade` and `dealerapp db status`."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy import inspect

from dealerapp.cli.commands import summary
from dealerapp.cli.context import CommandContext
from dealerapp.db.backups import integrity_problems
from dealerapp.db.engine import create_db_engine, file_writable
from dealerapp.db.faults import damaged
from dealerapp.db.migrate import (
    current_revision,
    head_revision,
    read_sqlite_revision,
    refuse_unknown_revision,
)
from dealerapp.services.status import summarize


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = subparsers.add_parser("db", help=summary("db"))
    commands = db.add_subparsers(dest="db_command", metavar="COMMAND", required=True)
    upgrade = commands.add_parser(
        "upgrade", help="create the database or bring it to this version's schema (backs up first)"
    )
    upgrade.set_defaults(handler=upgrade_command)
    status = commands.add_parser(
        "status", help="show the database file, schema revision and row counts"
    )
    status.set_defaults(handler=status_command)


def upgrade_command(_args: argparse.Namespace, ctx: CommandContext) -> int:
    db = ctx.open_database()
    try:
        result = db.upgrade
        assert result is not None
        if result.from_revision == result.to_revision:
            ctx.say(f"{ctx.location.describe()}: already at schema revision {result.to_revision}")
        elif result.from_revision is None:
            ctx.say(f"{ctx.location.describe()}: created at schema revision {result.to_revision}")
        else:
            ctx.say(
                f"{ctx.location.describe()}: upgraded from {result.from_revision} "
                f"to {result.to_revision}"
            )
        if result.backup is not None:
            ctx.say(f"backup of the previous file: {result.backup}")
    finally:
        db.close()
    return 0


def status_command(_args: argparse.Namespace, ctx: CommandContext) -> int:
    location = ctx.location
    head = head_revision()
    ctx.say(f"database: {location.describe()}")
    path = location.sqlite_path
    if path is not None and not path.exists():
        ctx.say("state:    not created yet (the first start or `dealerapp db upgrade` creates it)")
        return 0
    read_only = False
    if path is not None:
        revision = read_sqlite_revision(path)
        refuse_unknown_revision(revision, str(path))
        read_only = not file_writable(path)
        ctx.say(f"size:     {path.stat().st_size:,} bytes")
        ctx.say(
            "access:   read-only (the file, its folder or its disk cannot be written here)"
            if read_only
            else "access:   read and write"
        )
        if not _say_check(ctx, path):
            return 1
    engine = create_db_engine(location, read_only=read_only)
    try:
        if path is None:
            revision = current_revision(engine)
            refuse_unknown_revision(revision, location.describe())
        if revision != head:
            ctx.say(
                f"revision: {revision or 'none (empty database)'}; this version expects {head}. "
                "Run `dealerapp db upgrade` (a backup is made first)."
            )
            return 0
        ctx.say(f"revision: {revision} (up to date)")
        if not inspect(engine).has_table("waitlist_entries"):
            return 0
        from sqlalchemy.orm import Session

        with Session(engine) as session:
            summary = summarize(session)
        width = max(len(label) for label in summary.counts)
        for label, count in summary.counts.items():
            ctx.say(f"  {label:<{width}}  {count:>9,}")
        statuses = ", ".join(f"{n:,} {s}" for s, n in summary.entries_by_status.items() if n)
        if statuses:
            ctx.say(f"entries by status: {statuses}")
    finally:
        engine.dispose()
    return 0


def _say_check(ctx: CommandContext, path: Path) -> bool:
    """SQLite's full integrity check, in words: healthy, or damaged and what to restore.

    A disk too full or too broken to read from raises its own message (see
    db.faults), so a sound file on a full disk is never called damaged.
    """
    problems = integrity_problems(path, quick=False)
    if not problems:
        ctx.say("check:    healthy (SQLite's integrity check found nothing wrong)")
        return True
    ctx.say(f"check:    DAMAGED: {damaged(path, str(path), problems[0])}")
    return False
