"""Parse the command line, open the database, run one command or the window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from importlib import import_module
from typing import TYPE_CHECKING

from dealerapp import DATABASE_URL_ENV, __version__
from dealerapp.cli.commands import COMMANDS

if TYPE_CHECKING:
    from dealerapp.cli.context import CommandContext

DEBUG_ENV = "DEALERAPP_DEBUG"


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line, with the arguments of `command` only: the other commands
    appear by name and help line, and their modules are never imported."""
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
    chosen = COMMANDS[command][0] if command in COMMANDS else None
    for name, (module, summary) in COMMANDS.items():
        if module != chosen:
            commands.add_parser(name, help=summary)
        elif name not in commands.choices:  # a module may register two commands
            import_module(f"dealerapp.cli.{module}").register(commands)
    return parser


def chosen_command(argv: Sequence[str] | None) -> str | None:
    """The command named on the line, read past the options that come before it."""
    before = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    for option in ("--db", "--user"):
        before.add_argument(option)
    before.add_argument("--with-demo", action="store_true")
    before.add_argument("command", nargs="?")
    try:
        known, _rest = before.parse_known_args(argv)
    except (argparse.ArgumentError, SystemExit):
        return None  # the full parser says what is wrong
    return known.command if known.command in COMMANDS else None


def report_fault(error: Exception, ctx: CommandContext, *, window: bool = False) -> int:
    """A fault of the disk, the database or the server in one line; anything else too, with
    where it happened in the log (a developer sets DEALERAPP_DEBUG=1 for the traceback).
    When it kept the window from starting, the same line is shown in a dialog too."""
    from dealerapp.db.faults import explain

    if os.environ.get(DEBUG_ENV):
        raise error
    where = log_fault(error)
    explained = explain(error, ctx.location)
    if explained is not None:
        said = str(explained)
    else:
        said = (
            f"something unexpected went wrong ({type(error).__name__}); nothing half-done "
            f"was saved. What happened and where is in {where}"
        )
    print(f"dealerapp: error: {said}", file=sys.stderr)
    if window:
        _alert(said)
    return 1


def log_fault(error: Exception) -> str:
    """Where it failed, into the log file when one can be written; returns where to look."""
    import logging

    from dealerapp.logs import setup_logging, where_it_failed

    try:
        log_file = setup_logging()
    except OSError:
        return "the log (which could not be written here)"
    where = where_it_failed(type(error), error, error.__traceback__)
    logging.getLogger(__name__).error("command failed:\n%s", where)
    return str(log_file)


def _alert(text: str) -> None:
    """The window could not start: said in a dialog too, for a program started by a
    double click, whose stderr nobody reads."""
    try:
        from dealerapp.ui.display import alert

        alert("dealerapp", text)
    except Exception:  # noqa: BLE001 - Qt itself may be what failed; stderr has it
        return


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser(chosen_command(sys.argv[1:] if argv is None else argv))
    args = parser.parse_args(argv)
    # Past parsing: `--help` and a mistyped option never pay for these imports.
    from dealerapp.cli.context import CommandContext
    from dealerapp.config import resolve_database
    from dealerapp.errors import DealerAppError
    from dealerapp.services import audit

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
        if args.command is None:
            _alert(str(exc))
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
        return report_fault(exc, ctx, window=args.command is None)
    finally:
        audit.choose_actor(None)
