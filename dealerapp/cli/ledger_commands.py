"""`dealerapp allocation grant|cut|transfer` and `dealerapp market close|fill|reopen`."""

from __future__ import annotations

import argparse

from dealerapp.cli.context import CommandContext
from dealerapp.cli.parsing import positive_int
from dealerapp.db.enums import MarketEventKind
from dealerapp.services import allocation, markets


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    alloc = subparsers.add_parser("allocation", help="grant, cut or transfer allocated units")
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

    market = subparsers.add_parser("market", help="close a market, declare it filled, reopen it")
    states = market.add_subparsers(dest="market_command", metavar="COMMAND", required=True)
    for kind, text in (
        (MarketEventKind.CLOSE, "no more production for this market"),
        (MarketEventKind.FILL, "the market's allocations have been filled"),
        (MarketEventKind.REOPEN, "undo close and fill"),
    ):
        sub = states.add_parser(kind.value, help=text)
        sub.add_argument("--market", required=True, metavar="M")
        sub.add_argument("--program", metavar="P", help="default: the only program")
        sub.add_argument("--reason", required=True)
        sub.set_defaults(handler=market_command, kind=kind)


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


def market_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.unit_of_work() as session:
        result = markets.change_state(
            session, args.kind, market=args.market, program=args.program, reason=args.reason
        )
    ctx.say(result.summary if result.changed else f"{result.summary} (no change)")
    return 0
