"""`dealerapp market add|edit|list|close|fill|reopen`: the sales regions and their state."""

from __future__ import annotations

import argparse

from dealerapp.cli.commands import summary
from dealerapp.cli.context import CommandContext
from dealerapp.cli.table import format_table
from dealerapp.db.enums import MarketEventKind, PaperSize
from dealerapp.services import market_setup, markets


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    market = subparsers.add_parser(
        "market",
        help=summary("market"),
        description="Markets are ISO 3166 countries (GB for the United Kingdom). Added ones get "
        "their name, language, locale, currency and paper size from CLDR unless given. A "
        "market's share of a program is a ledger entry: 'dealerapp allocation grant --market'.",
    )
    commands = market.add_subparsers(dest="market_command", metavar="COMMAND", required=True)
    add = commands.add_parser("add", help="a market for an ISO 3166 country code")
    add.add_argument("code", help="two letters, e.g. US, DE, GB")
    _fields(add)
    add.set_defaults(handler=add_command)
    edit = commands.add_parser("edit", help="change a market's name, language, locale, currency")
    edit.add_argument("code")
    _fields(edit)
    edit.set_defaults(handler=edit_command)
    commands.add_parser("list", help="every market with its dealers and shares").set_defaults(
        handler=list_command
    )
    for kind, text in (
        (MarketEventKind.CLOSE, "no more production for this market"),
        (MarketEventKind.FILL, "the market's allocations have been filled"),
        (MarketEventKind.REOPEN, "undo close and fill"),
    ):
        sub = commands.add_parser(kind.value, help=text)
        sub.add_argument("--market", required=True, metavar="M")
        sub.add_argument("--program", metavar="P", help="default: the only program")
        sub.add_argument("--reason", required=True)
        sub.set_defaults(handler=state_command, kind=kind)


def _fields(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--name", help="default: the country's English name")
    parser.add_argument("--language", help="default: the country's first official language")
    parser.add_argument("--locale", help="for dates and money in letters, e.g. de_CH")
    parser.add_argument("--currency", help="ISO 4217, e.g. EUR")
    parser.add_argument("--paper", choices=[size.value for size in PaperSize])


def add_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.unit_of_work() as session:
        result = market_setup.add_market(
            session, args.code, name=args.name, language=args.language, locale=args.locale,
            currency=args.currency, paper=args.paper,
        )  # fmt: skip
    ctx.say(result.summary)
    return 0


def edit_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.unit_of_work() as session:
        result = market_setup.edit_market(
            session, args.code, name=args.name, language=args.language, locale=args.locale,
            currency=args.currency, paper=args.paper,
        )  # fmt: skip
    ctx.say(result.summary)
    return 0


def list_command(_args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.reading() as session:
        rows = market_setup.list_markets(session)
    if not rows:
        ctx.say("no markets yet: add one with 'dealerapp market add US'")
        return 0
    ctx.say(
        format_table(
            ("Code", "Name", "Language", "Locale", "Currency", "Paper", "Dealers", "Shares"),
            [
                (
                    r.code,
                    r.name,
                    r.language,
                    r.locale,
                    r.currency,
                    r.paper.value,
                    r.dealers,
                    ", ".join(
                        f"{program} {units:,}" for program, units in sorted(r.shares.items())
                    ),
                )
                for r in rows
            ],
        )
    )
    return 0


def state_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.unit_of_work() as session:
        result = markets.change_state(
            session, args.kind, market=args.market, program=args.program, reason=args.reason
        )
    ctx.say(result.summary if result.changed else f"{result.summary} (no change)")
    return 0
