"""`dealerapp waitlist add|move|assign|cancel|refund|deliver|import|export`."""

from __future__ import annotations

import argparse
from pathlib import Path

from dealerapp.cli.commands import summary
from dealerapp.cli.context import CommandContext
from dealerapp.cli.import_commands import add_import_arguments, run_import
from dealerapp.cli.parsing import iso_date, positive_int
from dealerapp.db.enums import DepositMethod
from dealerapp.exchange import group, waitlist_import
from dealerapp.exchange.export import export_waitlist
from dealerapp.services import waitlist
from dealerapp.services.waitlist import Deposit, NewCustomer, WaitlistResult


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("waitlist", help=summary("waitlist"))
    commands = parser.add_subparsers(dest="waitlist_command", metavar="COMMAND", required=True)

    add = commands.add_parser("add", help="put a customer on a dealer's waitlist")
    add.add_argument("--dealer", required=True, metavar="D")
    add.add_argument("--program", metavar="P", help="default: the only program")
    who = add.add_mutually_exclusive_group(required=True)
    who.add_argument("--customer-id", type=positive_int, metavar="ID", help="an existing customer")
    who.add_argument("--family-name", metavar="NAME", help="a new customer's family name")
    who.add_argument("--company", metavar="NAME", help="a new customer that is a company")
    for option in ("given-name", "title", "street", "city", "region", "postal-code",
                   "country", "email", "phone", "language"):  # fmt: skip
        add.add_argument(f"--{option}")
    add.add_argument("--deposit", default="0", metavar="AMOUNT", help="e.g. 5000.00")
    add.add_argument("--currency", help="default: the market's currency")
    add.add_argument("--deposit-date", type=iso_date, metavar="YYYY-MM-DD")
    add.add_argument("--method", choices=[m.value for m in DepositMethod])
    add.add_argument("--non-refundable", action="store_true")
    add.add_argument("--terms", help="the written refund terms")
    add.add_argument("--joined", type=iso_date, metavar="YYYY-MM-DD", help="default: today")
    add.add_argument("--spec", help="the wanted specification")
    add.add_argument("--position", type=positive_int, help="default: the end of the queue")
    add.add_argument("--reason", help="required to place the entry ahead of others")
    add.set_defaults(handler=add_command)

    move = commands.add_parser("move", help="move a waiting entry to another position")
    move.add_argument("entry", type=positive_int, metavar="ENTRY")
    move.add_argument("--to", type=positive_int, required=True, metavar="POSITION")
    move.add_argument("--reason", required=True)
    move.set_defaults(handler=move_command)

    assign = commands.add_parser(
        "assign", help="give a unit to the first in line at a dealer, or to a chosen entry"
    )
    target = assign.add_mutually_exclusive_group(required=True)
    target.add_argument("--entry", type=positive_int, metavar="ENTRY")
    target.add_argument("--dealer", metavar="D", help="the dealer's first in line gets it")
    assign.add_argument("--program", metavar="P")
    assign.add_argument("--reason", help="required to assign out of queue order")
    assign.set_defaults(handler=assign_command)

    for name, text in (("cancel", "the customer withdraws"), ("refund", "return the deposit")):
        sub = commands.add_parser(name, help=text)
        sub.add_argument("entry", type=positive_int, metavar="ENTRY")
        sub.add_argument("--reason", required=True)
        if name == "refund":
            sub.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD", help="default: today")
        sub.set_defaults(handler=cancel_command if name == "cancel" else refund_command)

    deliver = commands.add_parser("deliver", help="the customer has the car")
    deliver.add_argument("entry", type=positive_int, metavar="ENTRY")
    deliver.set_defaults(handler=deliver_command)

    imports = commands.add_parser(
        "import", help="customers, entries and deposits from a spreadsheet (check, then --apply)"
    )
    add_import_arguments(imports, waitlist_import.FIELDS)
    imports.add_argument(
        "--no-merge",
        action="store_true",
        help="give rows that match a known customer (same e-mail, or name and postal code) "
        "their own customer record instead of merging them",
    )
    imports.set_defaults(handler=import_command)

    export = commands.add_parser(
        "export", help="the waitlist with flags, orders (and in .xlsx, allocations) to a file"
    )
    export.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx|FILE.csv")
    export.set_defaults(handler=export_command)


def _report(ctx: CommandContext, result: WaitlistResult) -> int:
    ctx.say(result.summary)
    if result.warning:
        ctx.say(f"warning: {result.warning}")
    return 0


def add_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    customer: NewCustomer | int
    if args.customer_id is not None:
        customer = args.customer_id
    else:
        customer = NewCustomer(
            family_name=args.family_name or args.company,
            given_name=args.given_name, title=args.title, company=args.company,
            street=args.street, city=args.city, region=args.region,
            postal_code=args.postal_code, country=args.country, email=args.email,
            phone=args.phone, language=args.language,
        )  # fmt: skip
    deposit = Deposit(
        amount=args.deposit, currency=args.currency, paid_on=args.deposit_date,
        method=DepositMethod(args.method) if args.method else None,
        refundable=not args.non_refundable, terms=args.terms,
    )  # fmt: skip
    with ctx.unit_of_work() as session:
        result = waitlist.add_entry(
            session, dealer=args.dealer, program=args.program, customer=customer,
            deposit=deposit, joined_on=args.joined, specification=args.spec,
            position=args.position, reason=args.reason,
        )  # fmt: skip
    return _report(ctx, result)


def move_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.unit_of_work() as session:
        result = waitlist.move(
            session, entry_id=args.entry, to_position=args.to, reason=args.reason
        )
    return _report(ctx, result)


def assign_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.unit_of_work() as session:
        result = waitlist.assign(
            session, entry_id=args.entry, dealer=args.dealer, program=args.program,
            reason=args.reason,
        )  # fmt: skip
    return _report(ctx, result)


def cancel_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.unit_of_work() as session:
        result = waitlist.cancel(session, entry_id=args.entry, reason=args.reason)
    return _report(ctx, result)


def refund_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.unit_of_work() as session:
        result = waitlist.refund(
            session, entry_id=args.entry, reason=args.reason, refunded_on=args.on
        )
    return _report(ctx, result)


def deliver_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.unit_of_work() as session:
        result = waitlist.deliver(session, entry_id=args.entry)
    return _report(ctx, result)


def import_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    return run_import(
        args, ctx, waitlist_import.FIELDS, waitlist_import.import_waitlist,
        companions=group.SHEETS, keep_separate=bool(args.no_merge),
    )  # fmt: skip


def export_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.reading() as session:
        result = export_waitlist(session, args.out)
    sheets = ", ".join(result.sheets)
    ctx.say(f"{result.path}: {result.entries:,} entries ({sheets})")
    return 0
