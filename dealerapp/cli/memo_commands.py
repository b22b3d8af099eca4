"""`dealerapp memo parse|import|list|show|preview|scenario|apply|revert|reread|correct|add`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from dealerapp.cli.commands import summary
from dealerapp.cli.context import CommandContext
from dealerapp.cli.parsing import iso_date, positive_int
from dealerapp.cli.table import format_table
from dealerapp.config import DatabaseLocation
from dealerapp.db import models as m
from dealerapp.db.backups import ensure_room_for_backup
from dealerapp.db.engine import create_db_engine
from dealerapp.db.enums import DirectiveKind
from dealerapp.db.migrate import head_revision, read_sqlite_revision
from dealerapp.errors import DatabaseError, InputError
from dealerapp.memos import apply as memo_apply
from dealerapp.memos import consequences
from dealerapp.memos.known import vocabulary_for
from dealerapp.memos.parse import parse_document
from dealerapp.memos.queries import still_may_matter
from dealerapp.memos.readers import read_file
from dealerapp.memos.store import (
    NamesNothing,
    add_directive,
    correct_directive,
    delete_memo,
    import_memo,
    reread_memo,
)
from dealerapp.memos.triggers import MayMatter
from dealerapp.memos.vehicles import VehicleMention, untracked_vehicles
from dealerapp.memos.vocabulary import Vocabulary, base_vocabulary


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    memo = subparsers.add_parser("memo", help=summary("memo"))
    commands = memo.add_subparsers(dest="memo_command", metavar="COMMAND", required=True)
    parse = commands.add_parser("parse", help="what a memo file says; touches no database")
    parse.add_argument("file", type=Path)
    parse.add_argument("--json", action="store_true")
    parse.set_defaults(handler=parse_command)
    imp = commands.add_parser("import", help="store a memo and its directives")
    imp.add_argument("file", type=Path)
    imp.add_argument("--apply", action="store_true", help="apply it right away (official only)")
    imp.add_argument(
        "--anyway", action="store_true",
        help="store it even though it names no program, market, dealer or car",
    )  # fmt: skip
    imp.set_defaults(handler=import_command)
    delete = commands.add_parser(
        "delete", help="delete a memo that was never applied (junk, the wrong file)"
    )
    delete.add_argument("memo", type=positive_int, metavar="ID")
    delete.add_argument("--reason", required=True, help="why: kept in the audit log")
    delete.set_defaults(handler=delete_command)
    commands.add_parser("list", help="every memo").set_defaults(handler=list_command)
    for name, handler, text in (
        ("show", show_command, "a memo's text and directives"),
        ("preview", preview_command, "what applying would change; writes nothing"),
        ("scenario", scenario_command, "as if the memo were true, rumors too; writes nothing"),
        ("apply", apply_command, "apply an official memo"),
        ("revert", revert_command, "undo an applied memo exactly"),
        ("reread", reread_command, "read a memo again with the programs added since"),
    ):
        sub = commands.add_parser(name, help=text)
        sub.add_argument("memo", type=positive_int, metavar="ID")
        sub.set_defaults(handler=handler)
    correct = commands.add_parser("correct", help="fix or remove a directive before applying")
    correct.add_argument("memo", type=positive_int, metavar="ID")
    correct.add_argument("directive", type=positive_int, metavar="N", help="its number in `show`")
    state = correct.add_mutually_exclusive_group()
    state.add_argument("--exclude", action="store_true", help="do not apply this directive")
    state.add_argument("--include", action="store_true", help="apply it again")
    _directive_options(correct)
    correct.set_defaults(handler=correct_command)
    add = commands.add_parser("add", help="add a directive the reader missed, by hand")
    add.add_argument("memo", type=positive_int, metavar="ID")
    add.add_argument("--kind", required=True, choices=[k.value for k in DirectiveKind])
    add.add_argument(
        "--sentence",
        type=positive_int,
        metavar="N",
        help="the sentence it comes from: its number under 'may matter' in `show`",
    )
    add.add_argument("--rumor", action="store_true", help="a rumor: only ever a scenario")
    _directive_options(add)
    add.set_defaults(handler=add_command)


def _vocabulary(location: DatabaseLocation) -> Vocabulary:
    """The database's programs and dealers when it can be read without writing; else the file's."""
    path = location.sqlite_path
    try:
        if path is not None:
            if not path.exists() or read_sqlite_revision(path) != head_revision():
                return base_vocabulary()
            engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
        else:
            engine = create_db_engine(location)
        try:
            with Session(engine) as session:
                return vocabulary_for(session)
        finally:
            engine.dispose()
    except (SQLAlchemyError, DatabaseError):
        return base_vocabulary()


def parse_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    document = read_file(args.file)
    parsed = parse_document(document, _vocabulary(ctx.location))
    if args.json:
        ctx.say(json.dumps(parsed.report_json(), indent=2, ensure_ascii=False))
        return 0
    ctx.say(f"{document.file_name}: from {parsed.sender or 'unknown sender'}, "
            f"{parsed.received_on or 'undated'}, {parsed.confidence.value}")  # fmt: skip
    _print_directives(ctx, [d.as_json() for d in parsed.directives])
    _print_may_matter(ctx, parsed.may_matter)
    return 0


def _print_may_matter(ctx: CommandContext, sentences: tuple[MayMatter, ...]) -> None:
    if not sentences:
        return
    ctx.say("may matter, read these (no directive was read from them):")
    for number, sentence in enumerate(sentences, start=1):
        ctx.say(f'  {number}. "{" ".join(sentence.text.split())}"')


def _print_directives(ctx: CommandContext, directives: list[dict[str, object]]) -> None:
    if not directives:
        ctx.say("no directives: nothing in it changes allocations or market states")
        return
    for number, d in enumerate(directives, start=1):
        fields = ", ".join(
            f"{k}={v}" for k, v in d.items()
            if k not in ("kind", "evidence", "confidence", "excluded", "added_by")
            and v is not None
        )  # fmt: skip
        flag = " [removed]" if d.get("excluded") else ""
        flag += f" [added by {d['added_by']}]" if d.get("added_by") else ""
        ctx.say(f"{number}. {d['kind']} ({d['confidence']}){flag}: {fields}")
        ctx.say(f'   "{" ".join(str(d["evidence"]).split())}"')


def import_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    document = read_file(args.file)
    if args.apply:
        # The apply's safety copy must fit before the import itself is written.
        ensure_room_for_backup(ctx.location, "before-memo-apply")
    with ctx.unit_of_work() as session:
        try:
            result = import_memo(session, document, anyway=args.anyway)
        except NamesNothing as refused:
            raise InputError(f"{refused}; import it anyway with --anyway") from None
        vehicles = untracked_vehicles(document.text, vocabulary_for(session))
    parsed = result.parsed
    ctx.say(f"Imported memo {result.memo_id} ({document.file_name}): {parsed.confidence.value}, "
            f"{len(parsed.directives)} directive(s)")  # fmt: skip
    _print_directives(ctx, [d.as_json() for d in parsed.directives])
    _print_may_matter(ctx, parsed.may_matter)
    _note_untracked(ctx, vehicles, result.memo_id)
    if args.apply:
        with ctx.unit_of_work(backup=f"before-memo-{result.memo_id}-apply") as session:
            plan = memo_apply.apply(session, result.memo_id)
            after = consequences.from_changes(session, result.memo_id, plan.flag_changes)
        _print_plan(ctx, plan, applied=True)
        _print_owed(ctx, after)
    return 0


def delete_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.unit_of_work() as session:
        ctx.say(delete_memo(session, args.memo, reason=args.reason))
    return 0


def list_command(_args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.unit_of_work() as session:
        counts = dict(
            session.execute(
                select(m.Directive.memo_id, func.count()).group_by(m.Directive.memo_id)
            ).all()
        )
        rows = [
            (memo.id, memo.received_on or "", memo.sender or "", memo.confidence.value,
             memo.state.value, counts.get(memo.id, 0), memo.file_name)
            for memo in session.scalars(select(m.Memo).order_by(m.Memo.id))
        ]  # fmt: skip
    if not rows:
        ctx.say("no memos yet: dealerapp memo import FILE")
        return 0
    headers = ("id", "date", "sender", "confidence", "state", "directives", "file")
    ctx.say(format_table(headers, rows))
    return 0


def show_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.unit_of_work() as session:
        memo = session.get(m.Memo, args.memo)
        if memo is None:
            raise InputError(f"no memo {args.memo}")
        ctx.say(f"Memo {memo.id}: {memo.file_name}")
        ctx.say(f"from {memo.sender or 'unknown sender'}, {memo.received_on or 'undated'}, "
                f"{memo.confidence.value}, {memo.state.value}")  # fmt: skip
        if memo.subject:
            ctx.say(f"subject: {memo.subject}")
        ctx.say("")
        ctx.say(memo.text)
        ctx.say("")
        directives = []
        for d in memo.directives:
            shown = dict(d.extracted)
            shown.update(_current_fields(session, d))
            shown.update(kind=d.kind.value, confidence=d.confidence.value,
                         evidence=memo.text[d.evidence_start : d.evidence_end])  # fmt: skip
            shown["excluded"] = d.excluded
            directives.append(shown)
        _print_directives(ctx, directives)
        _print_may_matter(ctx, still_may_matter(memo))
        _note_untracked(ctx, untracked_vehicles(memo.text, vocabulary_for(session)), memo.id)
    return 0


def _note_untracked(ctx: CommandContext, vehicles: list[VehicleMention], memo_id: int) -> None:
    for vehicle in vehicles:
        command = (
            f'dealerapp program add {vehicle.code} --name "{vehicle.name}" --oem {vehicle.oem}'
        )
        ctx.say(
            f"note: it names the {vehicle.name}, which no program here tracks; track it with "
            f"'{command}', then 'dealerapp memo reread {memo_id}'"
        )


def reread_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.unit_of_work() as session:
        result = reread_memo(session, args.memo)
    ctx.say(f"Read memo {args.memo} again ({result.parsed.confidence.value}):")
    _print_directives(ctx, [d.as_json() for d in result.parsed.directives])
    return 0


def _current_fields(session: Session, d: m.Directive) -> dict[str, object]:
    def code(model: type[m.Market] | type[m.Program] | type[m.Dealer], key: int | None) -> object:
        return getattr(session.get(model, key), "code", None) if key else None

    return {
        "market": code(m.Market, d.market_id) or d.extracted.get("market"),
        "program": code(m.Program, d.program_id) or d.extracted.get("program"),
        "dealer": code(m.Dealer, d.dealer_id) or d.extracted.get("dealer"),
        "units": d.units, "from": d.from_units, "to": d.to_units,
        "date": d.on_date.isoformat() if d.on_date else None, "weeks": d.weeks,
    }  # fmt: skip


def _print_plan(ctx: CommandContext, plan: memo_apply.MemoPlan, *, applied: bool) -> None:
    title = "Applied" if applied else ("Scenario for" if plan.scenario else "Preview of")
    ctx.say(f"{title} memo {plan.memo_id} ({plan.confidence.value}):")
    for line in plan.writes:
        ctx.say(f"  {'wrote' if applied else 'would write'}: {line}")
    for line in plan.notes:
        ctx.say(f"  note: {line}")
    for line in plan.skipped:
        ctx.say(f"  skipped: {line}")
    counts = plan.counts()
    if not plan.flag_changes:
        ctx.say("  no customer's flag changes")
        return
    ctx.say("  flags: " + ", ".join(f"{n} {move}" for move, n in sorted(counts.items())))
    rows = [
        (c.entry_id, c.customer, c.dealer, c.market, c.position,
         c.before.value if c.before else "-", c.after.value if c.after else "-")
        for c in plan.flag_changes
    ]  # fmt: skip
    ctx.say(format_table(("entry", "customer", "dealer", "market", "pos", "from", "to"), rows))


def preview_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.unit_of_work() as session:
        plan = memo_apply.preview(session, args.memo)
    _print_plan(ctx, plan, applied=False)
    return 0


def scenario_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.unit_of_work() as session:
        plan = memo_apply.scenario(session, args.memo)
    _print_plan(ctx, plan, applied=False)
    return 0


def apply_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.unit_of_work(backup=f"before-memo-{args.memo}-apply") as session:
        plan = memo_apply.apply(session, args.memo)
        after = consequences.from_changes(session, args.memo, plan.flag_changes)
    _print_plan(ctx, plan, applied=True)
    _print_owed(ctx, after)
    return 0


def _print_owed(ctx: CommandContext, after: consequences.Consequences) -> None:
    if after.already_told:
        ctx.say(f"{after.already_told:,} of these customers were already told by letter where "
                "they stood.")  # fmt: skip
    if after.owed:
        owed = ", ".join(f"{n:,} '{letter}'" for letter, n in sorted(after.owed.items()))
        ctx.say(f"Letters now owed: {owed}. See them with: dealerapp letters owed")


def revert_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.unit_of_work(backup=f"before-memo-{args.memo}-revert") as session:
        after = consequences.of_revert(session, args.memo)
        done = memo_apply.revert(session, args.memo)
    ctx.say(f"Reverted memo {args.memo}:")
    for line in done:
        ctx.say(f"  {line}")
    for move, count in after.moves.most_common():
        ctx.say(f"  {count:,} customer(s) went from {move}")
    _print_owed(ctx, after)
    return 0


_DIRECTIVE_FIELDS = ("market", "program", "dealer", "units", "from", "to", "weeks", "date")


def _directive_options(parser: argparse.ArgumentParser) -> None:
    for option in ("market", "program", "dealer"):
        parser.add_argument(f"--{option}")
    for option in ("units", "from", "to", "weeks"):
        parser.add_argument(f"--{option}", type=int)
    parser.add_argument("--date", type=iso_date)


def _directive_fields(args: argparse.Namespace) -> dict[str, Any]:
    return {n: getattr(args, n) for n in _DIRECTIVE_FIELDS if getattr(args, n) is not None}


def correct_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    fields = _directive_fields(args)
    exclude = True if args.exclude else False if args.include else None
    with ctx.unit_of_work() as session:
        correct_directive(session, memo_id=args.memo, ordinal=args.directive, exclude=exclude,
                          **fields)  # fmt: skip
    ctx.say(f"Corrected directive {args.directive} of memo {args.memo}")
    return 0


def add_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    fields = _directive_fields(args)
    with ctx.unit_of_work() as session:
        memo = session.get(m.Memo, args.memo)
        if memo is None:
            raise InputError(f"no memo {args.memo}")
        evidence = None
        if args.sentence is not None:
            sentences = memo.may_matter or []
            if args.sentence > len(sentences):
                raise InputError(
                    f"memo {args.memo} has {len(sentences)} sentence(s) that may matter, "
                    f"not {args.sentence}"
                )
            chosen = sentences[args.sentence - 1]
            evidence = (int(chosen["start"]), int(chosen["end"]))
        directive = add_directive(
            session, memo_id=args.memo, kind=args.kind,
            confidence="rumor" if args.rumor else "official", evidence=evidence, **fields,
        )  # fmt: skip
        ordinal = directive.ordinal
    ctx.say(f"Added directive {ordinal} ({args.kind}) to memo {args.memo}")
    return 0
