"""`dealerapp program add|edit|list|retire|reinstate|delete`: the vehicles sold by allocation."""

from __future__ import annotations

import argparse
from typing import Any

from dealerapp.cli.commands import summary
from dealerapp.cli.context import CommandContext
from dealerapp.cli.parsing import non_negative_int
from dealerapp.cli.table import format_table
from dealerapp.errors import InputError
from dealerapp.services import programs


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "program",
        help=summary("program"),
        description="A program is a limited vehicle sold by allocation (the 1M, the Corvette "
        "Z06). Its aliases are the other names memos use for it; plural and possessive forms "
        "(Z06s, the 1M's) are understood without being added.",
    )
    commands = parser.add_subparsers(dest="program_command", metavar="COMMAND", required=True)
    add = commands.add_parser("add", help="a new program")
    add.add_argument("code", help="a short code staff type, e.g. Z06")
    add.add_argument("--name", required=True, help="e.g. 'Chevrolet Corvette Z06'")
    add.add_argument("--oem", required=True, help="the manufacturer, e.g. GM")
    _details(add)
    add.set_defaults(handler=add_command)

    edit = commands.add_parser("edit", help="change a program's name, OEM, run, aliases or codes")
    edit.add_argument("code", help="the program's code or an alias")
    edit.add_argument("--name")
    edit.add_argument("--oem")
    _details(edit)
    edit.add_argument("--no-planned", action="store_true", help="forget the planned run")
    edit.add_argument("--remove-alias", action="append", default=[], metavar="A")
    edit.set_defaults(handler=edit_command)

    listing = commands.add_parser("list", help="every program, retired ones last")
    listing.set_defaults(handler=list_command)

    for name, text in (
        ("retire", "stop new customers and units; all history stays"),
        ("reinstate", "take a retired program back into use"),
        ("delete", "delete a program set up by mistake (only one with no history)"),
    ):
        sub = commands.add_parser(name, help=text)
        sub.add_argument("code")
        sub.set_defaults(handler=_state_handler(name))


def _details(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--planned", type=non_negative_int, metavar="N", help="the planned run")
    parser.add_argument(
        "--alias", action="append", default=[], metavar="A",
        help="another name memos use (repeat for more)",
    )  # fmt: skip
    parser.add_argument(
        "--codes", metavar="SET",
        help="whose order status codes its orders use: bmw, gm, or none",
    )  # fmt: skip


def _codes(raw: str | None) -> str | None:
    return None if raw is None or raw.strip().lower() == "none" else raw


def add_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.unit_of_work() as session:
        result = programs.add_program(
            session, args.code, name=args.name, oem=args.oem, planned_units=args.planned,
            aliases=args.alias, status_codes=_codes(args.codes),
        )  # fmt: skip
    ctx.say(result.summary)
    return 0


def edit_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    changes: dict[str, Any] = {}
    for key in ("name", "oem"):
        if getattr(args, key) is not None:
            changes[key] = getattr(args, key)
    if args.planned is not None or args.no_planned:
        changes["planned_units"] = None if args.no_planned else args.planned
    if args.codes is not None:
        changes["status_codes"] = _codes(args.codes)
    with ctx.unit_of_work() as session:
        if args.alias or args.remove_alias:
            current = programs.program_view(session, programs.find(session, args.code).id)
            known = {alias.casefold() for alias in current.aliases}
            unknown = [alias for alias in args.remove_alias if alias.casefold() not in known]
            if unknown:
                raise InputError(
                    f"{current.label} has no alias {unknown[0]!r} "
                    f"(its aliases: {', '.join(current.aliases) or 'none'})"
                )
            removed = {alias.casefold() for alias in args.remove_alias}
            kept = [a for a in current.aliases if a.casefold() not in removed]
            changes["aliases"] = [*kept, *args.alias]
        result = programs.edit_program(session, args.code, **changes)
    ctx.say(result.summary)
    return 0


def list_command(_args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.reading() as session:
        rows = programs.list_programs(session)
    if not rows:
        ctx.say("no programs yet: add one with 'dealerapp program add CODE --name N --oem O'")
        return 0
    ctx.say(
        format_table(
            ("Code", "Name", "OEM", "Planned", "Codes", "Waiting", "Entries", "State", "Aliases"),
            [
                (
                    p.code,
                    p.name,
                    p.oem,
                    f"{p.planned_units:,}" if p.planned_units else "",
                    p.status_codes or "none",
                    p.waiting,
                    p.entries,
                    f"retired {p.retired_at:%Y-%m-%d}" if p.retired_at else "in use",
                    ", ".join(p.aliases),
                )
                for p in rows
            ],
        )
    )
    return 0


def _state_handler(name: str) -> Any:
    def handler(args: argparse.Namespace, ctx: CommandContext) -> int:
        with ctx.unit_of_work() as session:
            if name == "delete":
                result = programs.delete_program(session, args.code)
            else:
                result = programs.retire_program(session, args.code, retire=name == "retire")
        ctx.say(result.summary)
        if result.warning:
            ctx.say(f"warning: {result.warning}")
        return 0

    return handler
