"""`dealerapp customer export|erase`: a customer's data on request."""

from __future__ import annotations

import argparse
from pathlib import Path

from dealerapp.cli.commands import summary
from dealerapp.cli.context import CommandContext
from dealerapp.services.privacy import erase_customer, write_customer_record


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    customer = subparsers.add_parser("customer", help=summary("customer"))
    commands = customer.add_subparsers(dest="customer_command", metavar="COMMAND", required=True)
    export = commands.add_parser("export", help="everything held about one customer, as JSON")
    export.add_argument("customer", type=int, help="the customer's number")
    export.add_argument("--out", type=Path, required=True, metavar="FILE.json")
    export.set_defaults(handler=export_command)
    erase = commands.add_parser(
        "erase",
        help="erase one customer's personal data (entries, deposits and the ledger stay)",
    )
    erase.add_argument("customer", type=int, help="the customer's number")
    erase.add_argument("--reason", required=True, help="e.g. 'asked by letter on 2026-11-20'")
    erase.set_defaults(handler=erase_command)


def export_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.reading() as session:
        write_customer_record(session, args.customer, args.out)
    ctx.say(f"wrote everything held about customer {args.customer} to {args.out}")
    return 0


def erase_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    # No automatic backup first: it would keep exactly what the customer asked to erase.
    with ctx.unit_of_work() as session:
        erased = erase_customer(session, args.customer, reason=args.reason)
    ctx.say(f"customer {erased.customer_id} is now {erased.placeholder!r}: "
            f"{erased.letters_removed} letter copies removed, "
            f"{erased.audit_rows_rewritten} audit rows anonymised")  # fmt: skip
    return 0
