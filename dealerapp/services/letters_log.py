"""Who was told what: choosing the recipients of a letter, and logging the letters sent."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import Subquery, func, select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.db.enums import OPEN_STATUSES, EntryStatus, LetterOutput, StaffRole
from dealerapp.errors import InputError
from dealerapp.services import audit, lookup, staff
from dealerapp.services.changes import Changed
from dealerapp.services.letters_owed import CORRECTION_LETTER, letters_owed, told_flags
from dealerapp.services.servability import EntryFlag, Scope, Servability, compute_flags

# "correction": whoever is owed one (letters_owed.py).
AUDIENCES = ("open", "waiting", "assigned", "ordered", "correction",
             *(flag.value for flag in Servability))  # fmt: skip


def recipients(
    session: Session,
    *,
    reason: str,
    template: str,
    audience: str = "open",
    status: Servability | None = None,
    market: str | None = None,
    dealer: str | None = None,
    program: str | None = None,
    not_notified: bool = False,
    flags_out: dict[int, EntryFlag] | None = None,
) -> list[int]:
    """Entry ids for a letter: by flag ("every unservable US customer"), or every open entry.

    The template's audience always applies: a "cannot be served" letter reaches only
    unservable customers whatever else is chosen. With not_notified, entries that already
    got this template for this reason are left out, so the same news is not sent twice.
    """
    if audience not in AUDIENCES:
        raise InputError(f"unknown audience {audience!r} for letter {template!r}")
    if audience == "correction":
        owed = letters_owed(
            session, program=program, market=market, dealer=dealer, letter=CORRECTION_LETTER
        )
        return [o.entry_id for o in owed if status is None or o.now == status.value]
    if audience in {flag.value for flag in Servability}:
        if status is not None and status.value != audience:
            raise InputError(
                f"the letter {template!r} is only for {audience} customers, not {status.value} ones"
            )
        status = Servability(audience)
    scope = Scope(
        program_id=lookup.program(session, program).id if program else None,
        market_id=lookup.market(session, market).id if market else None,
        dealer_id=lookup.dealer(session, dealer).id if dealer else None,
    )
    if status is not None:
        flags = _flags(session, scope, status)
        if flags_out is not None:
            # The letters need these flags' sentences; no need to rank the queues twice.
            flags_out.update((f.entry_id, f) for f in flags)
        ids = [f.entry_id for f in flags]
    else:
        wanted = OPEN_STATUSES if audience == "open" else (EntryStatus(audience),)
        query = select(m.WaitlistEntry.id).where(m.WaitlistEntry.status.in_(wanted))
        if scope.dealer_id is not None:
            query = query.where(m.WaitlistEntry.dealer_id == scope.dealer_id)
        if scope.market_id is not None:
            query = query.join(m.Dealer).where(m.Dealer.market_id == scope.market_id)
        if scope.program_id is not None:
            query = query.where(m.WaitlistEntry.program_id == scope.program_id)
        ids = list(session.scalars(query.order_by(m.WaitlistEntry.id)))
    if not_notified and ids and status is not None and audience == status.value:
        # Told this flag by their latest letter about where they stand: told twice
        # is once too many, but told, corrected and then hit again is news again.
        said = told_flags(session, ids)
        return [i for i in ids if i not in said or said[i].flag != status.value]
    if not_notified and ids:
        told = set(
            session.scalars(
                select(m.LetterSent.entry_id).where(
                    m.LetterSent.template == template, m.LetterSent.reason == reason
                )
            )
        )
        ids = [i for i in ids if i not in told]
    return ids


def _flags(session: Session, scope: Scope, status: Servability) -> list[EntryFlag]:
    """Unservable customers live only in closed or filled markets: rank just those queues."""
    if status is not Servability.UNSERVABLE or scope.market_id or scope.dealer_id:
        return compute_flags(session, scope, status)
    stopped = session.scalars(
        select(m.MarketProgramState.market_id)
        .where(m.MarketProgramState.closed | m.MarketProgramState.filled)
        .distinct()
    ).all()
    found: list[EntryFlag] = []
    for market_id in stopped:
        found += compute_flags(session, replace(scope, market_id=market_id), status)
    return found


@dataclass(frozen=True)
class SentLetter:
    entry_id: int
    customer_id: int
    pdf: bytes
    file_name: str | None = None
    # The flag the letter was composed with ("" when the customer was not waiting).
    flag: str | None = None


@dataclass(frozen=True)
class LogResult:
    summary: str
    count: int
    changes: frozenset[Changed] = frozenset({Changed.LETTERS})


def log_sent(
    session: Session,
    letters: list[SentLetter],
    *,
    template: str,
    reason: str,
    output: LetterOutput,
    actor: str | None = None,
    tells_flag: bool = False,
) -> LogResult:
    """Every letter printed or written, with a copy of it: one transaction, one audit row."""
    actor = actor or audit.current_actor(session)
    for letter in letters:
        session.add(
            m.LetterSent(
                customer_id=letter.customer_id, entry_id=letter.entry_id, template=template,
                reason=reason, sent_by=actor, output=output, file_name=letter.file_name,
                pdf=letter.pdf, flag=(letter.flag or None) if tells_flag else None,
            )
        )  # fmt: skip
    session.flush()
    summary = f"Logged {len(letters)} '{template}' letter(s) ({reason}, {output.value})"
    audit.record(
        session, action="letters.sent", entity="letters_sent", entity_id=None, summary=summary,
        actor=actor, after={"entries": [letter.entry_id for letter in letters]},
    )  # fmt: skip
    return LogResult(summary, len(letters))


def last_told() -> Subquery:
    """Per entry, when its customer was last sent a letter about it (columns entry_id, told)."""
    return (
        select(m.LetterSent.entry_id, func.max(m.LetterSent.sent_at).label("told"))
        .group_by(m.LetterSent.entry_id)
        .subquery("told")
    )


def record_template_saved(session: Session, name: str, saved_as: str) -> None:
    """A letter template edited (a manager's job): its audit row."""
    staff.require(session, StaffRole.MANAGER, "Editing a letter template")
    audit.record(
        session, action="letters.template", entity="template", entity_id=None,
        summary=f"Edited the letter template {name!r} (saved as {saved_as})",
        after={"template": name, "file": saved_as},
    )  # fmt: skip
