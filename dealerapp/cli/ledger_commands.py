"""`dealerapp allocation grant|cut|transfer`: the ledger behind every allocation."""

from __future__ import annotations

import argparse

from dealerapp.cli.commands import summary
from dealerapp.cli.context import CommandContext
from dealerapp.cli.parsing import positive_int
from dealerapp.services import allocation


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    alloc = subparsers.add_parser("allocation", help=summary("allocation"))
    commands = alloc.add_subparsers(dest="allocation_command", metavar="COMMAND", required=True)
    for name, text in (
        ("grant", "add units to a dealer's allocation or a market's share"),
        ("cut", "take units away (refused below what is already assigned)"),
    ):
        sub = commands.add_parser(name, help=text)
        who = sub.add_mutually_exclusive_group(required=True)
        who.add_argument("--dealer", metavar="D", help="the dealer (code)")
        who.add_argument("--market", metavar="M", help="the market's national share")
        _common(sub)
        sub.set_defaults(handler=grant_command if name == "grant" else cut_command)
    move = commands.add_parser("transfer", help="move units between two dealers of one market")
    move.add_argument("--from", dest="from_dealer", required=True, metavar="D")
    move.add_argument("--to", dest="to_dealer", required=True, metavar="D")
    _common(move)
    move.set_defaults(handler=transfer_command)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--program", metavar="P", help="default: the only program")
    parser.add_argument("--units", type=positive_int, required=True, metavar="N")
    parser.add_argument("--reason", required=True)
    parser.add_argument("--period", metavar="YYYY-MM", help="the month the units are for")


def grant_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.unit_of_work() as session:
        result = allocation.grant(
            session, program=args.program, units=args.units, reason=args.reason,
            dealer=args.dealer, market=args.market, period=args.period,
        )  # fmt: skip
    ctx.say(result.summary)
    return 0


def cut_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.unit_of_work() as session:
        result = allocation.cut(
            session, program=args.program, units=args.units, reason=args.reason,
            dealer=args.dealer, market=args.market, period=args.period,
        )  # fmt: skip
    ctx.say(result.summary)
    return 0


def transfer_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.unit_of_work() as session:
        result = allocation.transfer(
            session, program=args.program, units=args.units, reason=args.reason,
            from_dealer=args.from_dealer, to_dealer=args.to_dealer, period=args.period,
        )  # fmt: skip
    ctx.say(result.summary)
    return 0
