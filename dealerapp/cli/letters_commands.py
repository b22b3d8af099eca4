"""`dealerapp letters templates` and `dealerapp letters render`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from dealerapp.cli.commands import summary
from dealerapp.cli.context import CommandContext
from dealerapp.cli.table import format_table
from dealerapp.errors import InputError
from dealerapp.letters.templates import template_info, template_languages, templates
from dealerapp.services.letters_log import recipients
from dealerapp.services.letters_owed import CORRECTION_LETTER, UNSERVABLE_LETTER, letters_owed
from dealerapp.services.servability import EntryFlag, Servability


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    letters = subparsers.add_parser("letters", help=summary("letters"))
    commands = letters.add_subparsers(dest="letters_command", metavar="COMMAND", required=True)
    listing = commands.add_parser("templates", help="the letters there are, and their languages")
    listing.add_argument(
        "--language", metavar="LANG", help="only the letters written in this language (de, fr…)"
    )
    listing.set_defaults(handler=templates_command)
    render = commands.add_parser("render", help="write letters to PDF (and log them if asked)")
    render.add_argument("--template", required=True, metavar="NAME")
    render.add_argument("--market", metavar="M")
    render.add_argument("--dealer", metavar="D")
    render.add_argument("--program", metavar="P")
    render.add_argument("--status", choices=[s.value for s in Servability])
    render.add_argument(
        "--not-notified", action="store_true", help="leave out who already got this letter"
    )
    render.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    render.add_argument("--one-per-customer", type=Path, metavar="DIR")
    render.add_argument(
        "--mark-sent", action="store_true", help="log each letter as sent, with a copy"
    )
    render.add_argument(
        "--language", metavar="LANG",
        help="every letter in this language (default: each customer's, else the market's)",
    )  # fmt: skip
    render.set_defaults(handler=render_command)
    owed = commands.add_parser(
        "owed",
        help="who is owed a letter: not yet told, or told something no longer true",
        description="Waiting customers owed a letter: the unservable ones not yet told, and "
        "those an earlier letter told something that is no longer true (a correction).",
    )
    owed.add_argument("--market", metavar="M")
    owed.add_argument("--dealer", metavar="D")
    owed.add_argument("--program", metavar="P")
    owed.add_argument(
        "--letter", choices=(UNSERVABLE_LETTER, CORRECTION_LETTER), help="only this letter"
    )
    owed.add_argument("--json", action="store_true", help="JSON: one object per customer")
    owed.set_defaults(handler=owed_command)


def templates_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    rows = []
    for info in templates():
        languages = template_languages(info.name)
        if args.language and args.language not in languages:
            continue
        rows.append((info.name, info.title, " ".join(sorted(languages)), info.purpose))
    ctx.say(format_table(("name", "title", "languages", "purpose"), rows))
    return 0


def owed_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.reading() as session:
        owed = letters_owed(
            session, program=args.program, market=args.market, dealer=args.dealer,
            letter=args.letter,
        )  # fmt: skip
    if args.json:
        ctx.say(json.dumps([o.as_json() for o in owed], indent=2, ensure_ascii=False))
        return 0
    if not owed:
        ctx.say("Nobody is owed a letter.")
        return 0
    rows = [
        (o.entry_id, o.customer, o.market, o.dealer,
         f"{o.told.flag} on {o.told.sent_at:%Y-%m-%d}" if o.told else "not told",
         o.now, o.letter)
        for o in owed
    ]  # fmt: skip
    ctx.say(format_table(("entry", "customer", "market", "dealer", "told", "now", "letter"), rows))
    corrections = sum(o.is_correction for o in owed)
    ctx.say(
        f"{len(owed):,} letter(s) owed: {len(owed) - corrections:,} not yet told, "
        f"{corrections:,} correction(s). Send them with: dealerapp letters render --template "
        "NAME --not-notified --out FILE.pdf --mark-sent"
    )
    return 0


def render_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    # Qt draws the letters: loaded by this command alone, not by templates or owed.
    from dealerapp.letters.batch import write_letters

    info = template_info(args.template)
    if args.out.suffix.lower() != ".pdf":
        raise InputError(f"{args.out}: the output must be a .pdf file")
    flags: dict[int, EntryFlag] = {}
    with ctx.unit_of_work() as session:
        entry_ids = recipients(
            session, reason=info.reason, template=info.name, audience=info.audience,
            status=Servability(args.status) if args.status else None, market=args.market,
            dealer=args.dealer, program=args.program, not_notified=args.not_notified,
            flags_out=flags,
        )  # fmt: skip
        if not entry_ids:
            ctx.say("No customer matches: no letter written.")
            return 0
        result = write_letters(
            session, template=info.name, entry_ids=entry_ids, out=args.out,
            one_per_customer=args.one_per_customer, mark_sent=args.mark_sent, flags=flags,
            language=args.language,
        )  # fmt: skip
    ctx.say(f"Wrote {result.letters} letter(s), {result.pages} page(s), to {args.out}")
    if args.one_per_customer:
        ctx.say(f"and one PDF per customer in {args.one_per_customer}")
    for wanted, count in sorted(result.fell_back.items()):
        ctx.say(f"{count} customer(s) speaking {wanted!r} got the letter in the market's "
                "language or English: it is not written in theirs.")  # fmt: skip
    if result.logged:
        ctx.say(f"Logged {result.logged} letter(s) as sent.")
    return 0
