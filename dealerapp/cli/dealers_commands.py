"""`dealerapp dealers import`."""

from __future__ import annotations

import argparse

from dealerapp.cli.context import CommandContext
from dealerapp.cli.import_commands import add_import_arguments, run_import
from dealerapp.exchange import dealers_import


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("dealers", help="import a dealer list")
    commands = parser.add_subparsers(dest="dealers_command", metavar="COMMAND", required=True)
    imports = commands.add_parser(
        "import", help="dealers from a spreadsheet: new codes added, known ones updated"
    )
    add_import_arguments(imports, dealers_import.FIELDS)
    imports.set_defaults(handler=import_command)


def import_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    return run_import(args, ctx, dealers_import.FIELDS, dealers_import.import_dealers)
