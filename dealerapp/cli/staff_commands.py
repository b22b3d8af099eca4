"""`dealerapp staff list|save` and `dealerapp audit`: who works here, and what they changed."""

from __future__ import annotations

import argparse
import json

from dealerapp.cli.commands import summary
from dealerapp.cli.context import CommandContext
from dealerapp.cli.parsing import iso_date
from dealerapp.db.enums import StaffRole
from dealerapp.services import staff
from dealerapp.services.audit_view import list_audit


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    people = subparsers.add_parser(
        "staff",
        help=summary("staff"),
        description="Once anyone is on the staff list, applying or reverting memos, cutting or "
        "transferring allocations and editing letter templates need a manager, and changing "
        "the list needs an admin. The first person added must be an admin.",
    )
    commands = people.add_subparsers(dest="staff_command", metavar="COMMAND", required=True)
    commands.add_parser("list", help="everyone on the list").set_defaults(handler=list_command)
    save = commands.add_parser("save", help="add someone, or change their name, role or state")
    save.add_argument("username", help="their login (on the shared server: the database login)")
    save.add_argument("--name", required=True, help="the name shown in the audit log")
    save.add_argument("--role", required=True, choices=[role.value for role in StaffRole])
    save.add_argument("--inactive", action="store_true", help="may no longer work here")
    save.set_defaults(handler=save_command)

    audit = subparsers.add_parser("audit", help=summary("audit"))
    audit.add_argument("--user", help="only this person's changes")
    audit.add_argument("--area", help="memo, allocation, waitlist, letters, import...")
    audit.add_argument("--text", help="words in the summary")
    audit.add_argument("--since", type=iso_date, metavar="YYYY-MM-DD")
    audit.add_argument("--until", type=iso_date, metavar="YYYY-MM-DD")
    audit.add_argument("--limit", type=int, default=200)
    audit.add_argument("--json", action="store_true", help="one JSON object per line")
    audit.set_defaults(handler=audit_command)


def list_command(_args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.reading() as session:
        people = staff.list_staff(session)
    if not people:
        ctx.say("nobody on the staff list: roles are not in force (everyone may do everything)")
    for person in people:
        state = "" if person.active else "  (inactive)"
        ctx.say(f"{person.username:<16} {person.role.value:<8} {person.display_name}{state}")
    return 0


def save_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.unit_of_work() as session:
        person = staff.save_staff(
            session, args.username, args.name, StaffRole(args.role), active=not args.inactive
        )
    ctx.say(f"saved {person.label}")
    return 0


def audit_command(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.reading() as session:
        rows = list_audit(session, actor=args.user, area=args.area, text=args.text,
                          since=args.since, until=args.until, limit=args.limit)  # fmt: skip
    for row in rows:
        if args.json:
            ctx.say(json.dumps({"id": row.id, "at": row.at.isoformat(), "user": row.actor,
                                "action": row.action, "summary": row.summary}))  # fmt: skip
        else:
            ctx.say(f"{row.at.astimezone():%Y-%m-%d %H:%M}  {row.actor:<12} {row.action:<22} "
                    f"{row.summary}")  # fmt: skip
    return 0
