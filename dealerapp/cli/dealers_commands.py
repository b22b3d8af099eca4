"""`dealerapp dealers add|edit|list|import`: dealers with everything their letterhead needs."""

from __future__ import annotations

import argparse
from pathlib import Path

from dealerapp.cli.commands import summary
from dealerapp.cli.context import CommandContext
from dealerapp.cli.import_commands import add_import_arguments, run_import
from dealerapp.cli.table import format_table
from dealerapp.errors import InputError
from dealerapp.exchange import dealers_import
from dealerapp.services import dealers
from dealerapp.services.dealers import KEEP, DealerDetails
from dealerapp.services.images import MAX_LOGO_BYTES

_DETAILS = (
    ("name", "the dealership's name"),
    ("street", "street and number"),
    ("city", None),
    ("region", "state or province where the post needs one (CA, ON)"),
    ("postal-code", None),
    ("phone", None),
    ("email", None),
    ("signatory", "who signs its letters"),
    ("signatory-title", "e.g. General Sales Manager"),
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("dealers", help=summary("dealers"))
    commands = parser.add_subparsers(dest="dealers_command", metavar="COMMAND", required=True)
    add = commands.add_parser("add", help="a new dealer in a market")
    add.add_argument("code", help="a short code staff type, e.g. US-LAK")
    add.add_argument("--market", required=True, metavar="M", help="ISO code of its market")
    _details(add)
    group = add.add_mutually_exclusive_group()
    group.add_argument(
        "--ours",
        dest="ours",
        action="store_true",
        default=True,
        help="one of the rooftops that use this database (the default)",
    )
    group.add_argument("--group", dest="ours", action="store_false",
                       help="another dealer of the group, not using this database")  # fmt: skip
    add.set_defaults(handler=add_command)

    edit = commands.add_parser("edit", help="change a dealer's details, logo or market")
    edit.add_argument("code")
    edit.add_argument("--market", metavar="M", help="only while it has no ledger rows or entries")
    _details(edit)
    edit.add_argument("--no-logo", action="store_true", help="remove the logo")
    ours = edit.add_mutually_exclusive_group()
    ours.add_argument("--ours", dest="ours", action="store_true", default=None)
    ours.add_argument("--group", dest="ours", action="store_false")
    active = edit.add_mutually_exclusive_group()
    active.add_argument("--inactive", dest="active", action="store_false", default=None)
    active.add_argument("--active", dest="active", action="store_true")
    edit.set_defaults(handler=edit_command)

    listing = commands.add_parser("list", help="every dealer, ours first")
    listing.add_argument("--ours-only", action="store_true")
    listing.set_defaults(handler=list_command)

    imports = commands.add_parser(
        "import", help="dealers from a spreadsheet: new codes added, known ones updated"
    )
    add_import_arguments(imports, dealers_import.FIELDS)
    imports.set_defaults(handler=import_command)


def _details(parser: argparse.ArgumentParser) -> None:
    for option, text in _DETAILS:
        parser.add_argument(f"--{option}", help=text)
    parser.add_argument(
        "--logo", type=Path, metavar="FILE", help="PNG, JPEG, GIF or BMP, at most 2 MB"
    )


def _given(args: argparse.Namespace) -> DealerDetails:
    return DealerDetails(
        name=args.name, street=args.street, city=args.city, region=args.region,
        postal_code=args.postal_code, phone=args.phone, email=args.email,
        signatory_name=args.signatory, signatory_title=args.signatory_title,
    )  # fmt: skip


def _logo(path: Path | None) -> tuple[bytes, str] | None:
    if path is None:
        return None
    try:
        size = path.stat().st_size
        if size > MAX_LOGO_BYTES:
            raise InputError(f"{path.name}: {size / 1_048_576:.1f} MB is too big for a logo "
                             "(at most 2 MB)")  # fmt: skip
        return path.read_bytes(), path.name
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from exc


def add_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    logo = _logo(args.logo)
    with ctx.unit_of_work() as session:
        result = dealers.add_dealer(
            session, args.code, market=args.market, details=_given(args), logo=logo,
            ours=args.ours,
        )  # fmt: skip
    ctx.say(result.summary)
    return 0


def edit_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    logo = None if args.no_logo else (_logo(args.logo) if args.logo else KEEP)
    with ctx.unit_of_work() as session:
        result = dealers.edit_dealer(
            session, args.code, details=_given(args), market=args.market, logo=logo,
            ours=args.ours, active=args.active,
        )  # fmt: skip
    ctx.say(result.summary)
    return 0


def list_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.reading() as session:
        rows = dealers.list_dealers(session, ours_only=args.ours_only)
    if not rows:
        ctx.say("no dealers yet: add one with 'dealerapp dealers add CODE --market M --name N ...'")
        return 0
    ctx.say(
        format_table(
            ("Code", "Name", "Market", "City", "Signatory", "Paper", "Logo", "Ours", "Entries"),
            [
                (
                    d.code,
                    d.name,
                    d.market,
                    d.city,
                    d.signatory_name,
                    d.paper.value,
                    "yes" if d.has_logo else "",
                    "yes" if d.ours else "group",
                    d.entries,
                )
                for d in rows
            ],
        )
    )
    return 0


def import_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    return run_import(args, ctx, dealers_import.FIELDS, dealers_import.import_dealers)
