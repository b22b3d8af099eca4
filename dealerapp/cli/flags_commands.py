"""`dealerapp flags`: every waiting entry's flag and the sentence that explains it."""

from __future__ import annotations

import argparse
import json

from dealerapp.cli.commands import summary
from dealerapp.cli.context import CommandContext
from dealerapp.cli.table import format_table
from dealerapp.services import lookup
from dealerapp.services.servability import Scope, Servability, compute_flags, count_by_flag


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    flags = subparsers.add_parser("flags", help=summary("flags"))
    flags.add_argument("--market", metavar="M", help="one market (ISO code, e.g. US)")
    flags.add_argument("--dealer", metavar="D", help="one dealer (code)")
    flags.add_argument("--program", metavar="P", help="one program (code or alias)")
    flags.add_argument(
        "--status", choices=[s.value for s in Servability], help="only entries with this flag"
    )
    flags.add_argument("--json", action="store_true", help="JSON: one object per waiting entry")
    flags.set_defaults(handler=flags_command)


def flags_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.reading() as session:
        scope = Scope(
            program_id=lookup.program(session, args.program).id if args.program else None,
            market_id=lookup.market(session, args.market).id if args.market else None,
            dealer_id=lookup.dealer(session, args.dealer).id if args.dealer else None,
        )
        status = Servability(args.status) if args.status else None
        flags = compute_flags(session, scope, status)
        if args.json:
            ctx.say(json.dumps([f.as_json() for f in flags], indent=2, ensure_ascii=False))
            return 0
        rows = [
            (f.entry_id, f.customer, f.dealer_code, f.market, f.program, f.position,
             f.flag.value, f.explanation)
            for f in flags
        ]  # fmt: skip
    headers = ("entry", "customer", "dealer", "market", "program", "pos", "flag", "explanation")
    ctx.say(format_table(headers, rows))
    counts = count_by_flag(flags)
    ctx.say("")
    ctx.say(
        f"{len(flags):,} waiting: " + ", ".join(f"{counts[s]:,} {s.value}" for s in Servability)
    )
    return 0
