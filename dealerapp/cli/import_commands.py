"""What every spreadsheet import on the command line shares: mapping, preview, apply."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dealerapp.cli.context import CommandContext
from dealerapp.errors import InputError
from dealerapp.exchange.mapping import Field, describe, mapping_from_names
from dealerapp.exchange.report import ImportRefused, ImportReport
from dealerapp.exchange.sheets import read_sheet

Importer = Callable[..., ImportReport]


def add_import_arguments(parser: argparse.ArgumentParser, fields: tuple[Field, ...]) -> None:
    parser.add_argument("file", type=Path, metavar="FILE", help=".csv, .xlsx, .xls or .ods")
    parser.add_argument(
        "--apply", action="store_true", help="write the rows (without it, only check them)"
    )
    parser.add_argument(
        "--valid-only",
        action="store_true",
        help="with --apply: import the rows without problems and leave the others out",
    )
    keys = ", ".join(field.key for field in fields)
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help=f"take FIELD from the column headed COLUMN (FIELD= for none); fields: {keys}",
    )


def _choices(raw: list[str]) -> dict[str, str]:
    chosen = {}
    for item in raw:
        key, sep, header = item.partition("=")
        if not sep:
            raise InputError(f"--map {item!r}: write it as FIELD=COLUMN")
        chosen[key.strip()] = header.strip()
    return chosen


def run_import(
    args: argparse.Namespace,
    ctx: CommandContext,
    fields: tuple[Field, ...],
    importer: Importer,
    companions: tuple[str, ...] = (),
    **options: Any,
) -> int:
    sheet = read_sheet(args.file, companions=companions)
    mapping = mapping_from_names(sheet.headers, fields, _choices(args.map))
    ctx.say(f"{sheet.name}: {sheet.size:,} rows")
    for line in describe(mapping, sheet.headers, fields):
        ctx.say(f"  {line}")
    if not args.apply:
        with ctx.reading() as session:
            report = importer(session, sheet, mapping, **options)
        _print(ctx, report)
        if report.problems:
            ctx.say("nothing was written; fix the rows above, or use --apply --valid-only")
            return 1
        ctx.say(f"{report.valid:,} rows are ready; run again with --apply to import them")
        return 0
    try:
        with ctx.unit_of_work(backup="before-import") as session:
            report = importer(
                session, sheet, mapping, apply=True, valid_only=args.valid_only, **options
            )
    except ImportRefused as refused:
        _print(ctx, refused.report)
        raise
    _print(ctx, report)
    ctx.say(report.summary)
    return 0


def _print(ctx: CommandContext, report: ImportReport) -> None:
    for problem in report.problems:
        ctx.say(f"problem: {problem.text()}")
    for duplicate in report.duplicates:
        action = "merged into" if duplicate.merged else "kept apart from"
        ctx.say(
            f"duplicate: row {duplicate.row} ({duplicate.incoming}) has {duplicate.reason} as "
            f"customer {duplicate.customer_id} ({duplicate.existing}): {action} it"
        )
    for note in report.notes:
        ctx.say(f"note: {note}")
    ctx.say(
        f"{report.valid:,} of {report.rows:,} rows valid, {len(report.bad_rows):,} with problems"
    )
