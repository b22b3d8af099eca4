"""Parse the command line, open the database, run one command or the window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from dealerapp import __version__
from dealerapp.cli import (
    backup_commands,
    customer_commands,
    db_commands,
    dealers_commands,
    demo_commands,
    flags_commands,
    ledger_commands,
    letters_commands,
    market_commands,
    memo_commands,
    orders_commands,
    program_commands,
    staff_commands,
    waitlist_commands,
)
from dealerapp.cli.context import CommandContext
from dealerapp.config import DATABASE_URL_ENV, resolve_database
from dealerapp.db.faults import explain
from dealerapp.errors import DealerAppError
from dealerapp.logs import setup_logging, where_it_failed
from dealerapp.services import audit

log = logging.getLogger(__name__)
DEBUG_ENV = "DEALERAPP_DEBUG"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dealerapp",
        description="Allocations, waitlists and customer letters for a car there is not enough of. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"dealerapp {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help=f"the database: a SQLite file or a SQLAlchemy URL (default: ${DATABASE_URL_ENV}, "
        "else dealerapp.sqlite3 in your user data folder)",
    )
    parser.add_argument(
        "--user",
        metavar="LOGIN",
        help="who is working, for the audit log and roles (default: $DEALERAPP_USER, else your "
        "login; on the shared server the database login decides)",
    )
    parser.add_argument(
        "--with-demo",
        action="store_true",
        help="when the window opens on an empty database, load the demo data without asking",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    db_commands.register(commands)
    backup_commands.register(commands)
    demo_commands.register(commands)
    flags_commands.register(commands)
    program_commands.register(commands)
    market_commands.register(commands)
    ledger_commands.register(commands)
    letters_commands.register(commands)
    memo_commands.register(commands)
    orders_commands.register(commands)
    dealers_commands.register(commands)
    waitlist_commands.register(commands)
    staff_commands.register(commands)
    customer_commands.register(commands)
    return parser


def report_fault(error: Exception, ctx: CommandContext) -> int:
    """A fault of the disk, the database or the server in one line; anything else too, with
    where it happened in the log (a developer sets DEALERAPP_DEBUG=1 for the traceback)."""
    if os.environ.get(DEBUG_ENV):
        raise error
    where = log_fault(error)
    explained = explain(error, ctx.location)
    if explained is not None:
        print(f"dealerapp: error: {explained}", file=sys.stderr)
        return 1
    print(
        f"dealerapp: error: something unexpected went wrong ({type(error).__name__}); "
        f"nothing half-done was saved. What happened and where is in {where}",
        file=sys.stderr,
    )
    return 1


def log_fault(error: Exception) -> str:
    """Where it failed, into the log file when one can be written; returns where to look."""
    try:
        log_file = setup_logging()
    except OSError:
        return "the log (which could not be written here)"
    log.error("command failed:\n%s", where_it_failed(type(error), error, error.__traceback__))
    return str(log_file)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    ctx = CommandContext(resolve_database(args.db))
    if args.user:
        audit.choose_actor(args.user)
    try:
        if args.command is None:
            # Imported here so that commands never load Qt.
            from dealerapp.ui.app import run_window

            return run_window(ctx.location, load_demo_if_empty=args.with_demo)
        handler = args.handler
        return int(handler(args, ctx))
    except DealerAppError as exc:
        print(f"dealerapp: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("dealerapp: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (`| head`) stopped early: nothing went wrong. Point stdout at
        # nothing so Python's own flush at exit does not complain again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # noqa: BLE001 - said in one line, logged with where it happened
        return report_fault(exc, ctx)
    finally:
        audit.choose_actor(None)
