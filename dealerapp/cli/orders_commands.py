"""`dealerapp orders list|show|add|status|details|import|codes`."""

from __future__ import annotations

import argparse
import json

from dealerapp.cli.commands import summary
from dealerapp.cli.context import CommandContext
from dealerapp.cli.import_commands import add_import_arguments, run_import
from dealerapp.cli.parsing import iso_date, positive_int
from dealerapp.cli.table import format_table
from dealerapp.db.enums import OrderStage
from dealerapp.exchange import orders_import
from dealerapp.services import orders


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("orders", help=summary("orders"))
    commands = parser.add_subparsers(dest="orders_command", metavar="COMMAND", required=True)

    listing = commands.add_parser("list", help="orders by stage")
    listing.add_argument("--stage", choices=[stage.value for stage in OrderStage])
    listing.add_argument("--dealer", metavar="D")
    listing.add_argument("--market", metavar="M")
    listing.add_argument("--json", action="store_true", help="one JSON object per order")
    listing.set_defaults(handler=list_command)

    show = commands.add_parser("show", help="one order and its history of codes")
    show.add_argument("order", metavar="ORDER", help="the order number")
    show.set_defaults(handler=show_command)

    add = commands.add_parser("add", help="the order placed for an assigned entry's unit")
    add.add_argument("entry", type=positive_int, metavar="ENTRY")
    add.add_argument("--number", required=True, help="the OEM's order number")
    add.add_argument("--code", required=True, help="its first status code, e.g. 037 or 2000")
    add.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD", help="default: today")
    add.set_defaults(handler=add_command)

    status = commands.add_parser("status", help="record a new status code for an order")
    status.add_argument("order", metavar="ORDER")
    status.add_argument("code", metavar="CODE")
    status.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD", help="default: today")
    status.set_defaults(handler=status_command)

    details = commands.add_parser("details", help="VIN, ETA, production week, specification")
    details.add_argument("order", metavar="ORDER")
    details.add_argument("--vin")
    details.add_argument("--eta", type=iso_date, metavar="YYYY-MM-DD")
    details.add_argument("--week", metavar="YYYY-WW")
    details.add_argument("--spec", help="the wanted specification (refused once locked)")
    details.set_defaults(handler=details_command)

    imports = commands.add_parser(
        "import", help="a status file from the OEM's dealer portal (check, then --apply)"
    )
    add_import_arguments(imports, orders_import.FIELDS)
    imports.set_defaults(handler=import_command)

    codes = commands.add_parser("codes", help="the status code table")
    codes.add_argument("--oem", help="BMW, GM, ...")
    codes.set_defaults(handler=codes_command)


def list_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.reading() as session:
        rows = orders.list_orders(
            session, stage=OrderStage(args.stage) if args.stage else None,
            dealer=args.dealer, market=args.market,
        )  # fmt: skip
    if args.json:
        for row in rows:
            ctx.say(json.dumps({
                "order": row.order_number, "entry": row.entry_id, "customer": row.customer,
                "dealer": row.dealer_code, "program": row.program, "code": row.code,
                "label": row.label, "stage": row.stage.value,
                "status_date": row.status_date.isoformat(), "production_week": row.production_week,
                "vin": row.vin, "eta": row.eta.isoformat() if row.eta else None,
            }, ensure_ascii=False))  # fmt: skip
        return 0
    if not rows:
        ctx.say("no orders" + (f" at stage {args.stage}" if args.stage else ""))
        return 0
    counts = orders.stage_counts(rows)
    ctx.say(", ".join(f"{orders.STAGE_LABELS[s]} {n}" for s, n in counts.items() if n))
    ctx.say(
        format_table(
            ("Stage", "Order", "Customer", "Dealer", "Code", "Since", "Week", "VIN", "ETA"),
            [
                (
                    row.stage_label,
                    row.order_number,
                    row.customer,
                    row.dealer_code,
                    row.code,
                    row.status_date,
                    row.production_week or "",
                    row.vin or "",
                    row.eta or "",
                )
                for row in rows
            ],
        )
    )
    return 0


def show_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.reading() as session:
        detail = orders.order_detail(session, orders.find_order(session, args.order).id)
    row = detail.row
    ctx.say(f"Order {row.order_number}: {row.customer}, {row.dealer} ({row.program})")
    ctx.say(f"Now: {row.code} {row.label} ({row.stage_label}) since {row.status_date}")
    ctx.say(f"VIN {row.vin or '-'}, production week {row.production_week or '-'}, "
            f"ETA {row.eta or '-'}")  # fmt: skip
    lock = " (locked)" if row.spec_locked else ""
    ctx.say(f"Specification{lock}: {detail.specification or '-'}")
    ctx.say(
        format_table(
            ("Date", "Code", "Label", "Stage", "From", "By"),
            [
                (
                    s.status_date,
                    s.code,
                    s.label,
                    orders.STAGE_LABELS[s.stage],
                    s.source.value,
                    s.author,
                )
                for s in detail.history
            ],
        )
    )
    return 0


def add_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.unit_of_work() as session:
        result = orders.create_order(
            session, entry_id=args.entry, order_number=args.number, code=args.code,
            status_date=args.date,
        )  # fmt: skip
    ctx.say(result.summary)
    return 0


def status_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.unit_of_work() as session:
        result = orders.set_status(session, order=args.order, code=args.code, status_date=args.date)
    ctx.say(result.summary)
    return 0


def details_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.unit_of_work() as session:
        result = orders.update_details(
            session, order=args.order, vin=args.vin, eta=args.eta,
            production_week=args.week, specification=args.spec,
        )  # fmt: skip
    ctx.say(result.summary)
    return 0


def import_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    return run_import(args, ctx, orders_import.FIELDS, orders_import.import_order_statuses)


def codes_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.reading() as session:
        codes = orders.list_codes(session, args.oem)
    ctx.say(
        format_table(
            ("OEM", "Code", "Label", "Stage", "Uses allocation", "Spec locked", "Final"),
            [
                (
                    c.oem,
                    c.code,
                    c.label,
                    orders.STAGE_LABELS[c.stage],
                    "yes" if c.consumes_allocation else "",
                    "yes" if c.spec_locked else "",
                    "yes" if c.final else "",
                )
                for c in codes
            ],
        )
    )
    return 0
