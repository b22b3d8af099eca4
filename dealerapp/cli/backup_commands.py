"""`dealerapp backup [--out FILE] [--list]` and `dealerapp restore FILE|--latest`."""

from __future__ import annotations

import argparse
from pathlib import Path

from dealerapp.cli.commands import summary
from dealerapp.cli.context import CommandContext
from dealerapp.db.backups import backup_folder, list_backups, make_backup, sqlite_file
from dealerapp.db.migrate import upgrade_database
from dealerapp.db.restore import latest_good_backup, restore_backup
from dealerapp.errors import InputError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = subparsers.add_parser(
        "backup",
        help=summary("backup"),
        description="A consistent copy made with SQLite's online backup API, never a plain "
        "file copy. Without --out it goes into the backup folder beside the database, where "
        "automatic backups are kept: today's, then one a day for 12 days, one a week for 10 "
        "weeks and one a month for 9 months.",
    )
    backup.add_argument("--out", type=Path, metavar="FILE", help="write the backup here")
    backup.add_argument("--list", action="store_true", help="list the backups instead")
    backup.set_defaults(handler=backup_command)
    restore = subparsers.add_parser(
        "restore",
        help=summary("restore"),
    )
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("file", nargs="?", type=Path, help="the backup file to restore")
    which.add_argument("--latest", action="store_true", help="the newest backup that checks out")
    restore.set_defaults(handler=restore_command)


def backup_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    database = sqlite_file(ctx.location)
    if args.list:
        backups = list_backups(database)
        ctx.say(f"backups of {database} in {backup_folder(database)}:")
        for backup in backups:
            ctx.say(f"  {backup.taken_at:%Y-%m-%d %H:%M:%S}  {backup.size / 1_048_576:7.1f} MB  "
                    f"{backup.reason_text:<28} {backup.path.name}")  # fmt: skip
        if not backups:
            ctx.say("  none yet")
        return 0
    made = make_backup(database, "manual", args.out)
    ctx.say(f"backed up {database} to {made.path} ({made.size / 1_048_576:.1f} MB)")
    return 0


def restore_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    database = sqlite_file(ctx.location)
    chosen: Path | None = args.file
    if args.latest:
        latest = latest_good_backup(database)
        if latest is None:
            raise InputError(f"{database}: there is no good backup to restore")
        chosen = latest.path
    assert chosen is not None
    result = restore_backup(ctx.location, chosen)
    upgraded = upgrade_database(ctx.location)
    ctx.say(f"restored {chosen.name} into {result.restored}")
    if result.replaced_copy is not None:
        ctx.say(f"the database it replaced is kept as {result.replaced_copy}")
    if upgraded.from_revision != upgraded.to_revision:
        ctx.say(f"upgraded the restored data from {upgraded.from_revision} to "
                f"{upgraded.to_revision}")  # fmt: skip
    return 0
