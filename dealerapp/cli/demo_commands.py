"""`dealerapp demo load` and `dealerapp demo generate`."""

from __future__ import annotations

import argparse
import time

from dealerapp.cli.commands import summary
from dealerapp.cli.context import CommandContext
from dealerapp.cli.parsing import non_negative_int, positive_int
from dealerapp.db.database import Database
from dealerapp.services.demo import load_demo
from dealerapp.services.synthetic import generate


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = subparsers.add_parser("demo", help=summary("demo"))
    commands = demo.add_subparsers(dest="demo_command", metavar="COMMAND", required=True)
    load = commands.add_parser("load", help="load the 1M demo story into an empty database")
    load.add_argument(
        "--replace", action="store_true", help="delete all data in the database first"
    )
    load.add_argument(
        "--dealers-only",
        action="store_true",
        help="only the programs, markets, dealers and allocations: bring your own waitlist "
        "with `waitlist import`",
    )
    load.set_defaults(handler=load_command)
    gen = commands.add_parser(
        "generate", help="fill the database with synthetic dealers and entries (deterministic)"
    )
    gen.add_argument("--dealers", type=positive_int, required=True, metavar="N")
    gen.add_argument("--entries", type=non_negative_int, required=True, metavar="M")
    gen.add_argument("--seed", type=int, default=1, metavar="S")
    gen.add_argument("--replace", action="store_true", help="delete all data in the database first")
    gen.set_defaults(handler=generate_command)


def load_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    db = ctx.open_database()
    try:
        if args.replace:
            _backup_before_replacing(db, ctx)
        with db.unit_of_work() as session:
            result = load_demo(session, replace=args.replace, waitlists=not args.dealers_only)
    finally:
        db.close()
    loaded = ", ".join(f"{n:,} {label}" for label, n in result.counts.items())
    what = "the demo dealer group" if args.dealers_only else "the demo data"
    ctx.say(f"{ctx.location.describe()}: loaded {what} ({loaded})")
    return 0


def generate_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    db = ctx.open_database()
    started = time.perf_counter()
    try:
        if args.replace:
            _backup_before_replacing(db, ctx)
        with db.unit_of_work() as session:
            result = generate(
                session,
                dealers=args.dealers,
                entries=args.entries,
                seed=args.seed,
                replace=args.replace,
            )
    finally:
        db.close()
    elapsed = time.perf_counter() - started
    ctx.say(
        f"{ctx.location.describe()}: generated {result.dealers:,} dealers and "
        f"{result.entries:,} entries (seed {args.seed}) in {elapsed:.1f} s"
    )
    return 0


def _backup_before_replacing(db: Database, ctx: CommandContext) -> None:
    """--replace deletes everything: like every destructive step, a backup comes first."""
    backup = db.safeguard("before-demo-replace")
    if backup is not None:
        ctx.say(f"backup of the replaced data: {backup.path}")
