"""Who is owed a letter: news nobody has told them yet, and corrections of what they were told.

A letter that says where a waiting customer stands (cannot be served, a car
is there for them, not yet) logs that flag. What a customer was last told is
the flag of their latest such letter. They are owed:

- the "cannot be served" letter when they are unservable now and were not
  last told so (never told, or told something else since);
- a correction when what they were last told is no longer true (a memo
  reverted, a cancellation ahead of them, units granted or cut), and they
  are not unservable now (then the "cannot be served" letter is what they get).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.services import lookup
from dealerapp.services.servability import EntryFlag, Scope, Servability, compute_flags

UNSERVABLE_LETTER = "unservable_refund"
CORRECTION_LETTER = "correction"


@dataclass(frozen=True)
class Told:
    """What a customer's latest letter about where they stand told them, and when."""

    flag: str
    sent_at: datetime
    template: str


@dataclass(frozen=True)
class OwedLetter:
    entry_id: int
    customer: str
    market: str
    dealer: str
    dealer_name: str
    program: str
    position: int | None
    told: Told | None
    now: str
    now_explanation: str
    letter: str

    @property
    def is_correction(self) -> bool:
        return self.letter == CORRECTION_LETTER

    def as_json(self) -> dict[str, object]:
        return {
            "entry_id": self.entry_id,
            "customer": self.customer,
            "market": self.market,
            "dealer": self.dealer,
            "program": self.program,
            "position": self.position,
            "told": self.told.flag if self.told else None,
            "told_on": self.told.sent_at.isoformat(timespec="seconds") if self.told else None,
            "told_by_letter": self.told.template if self.told else None,
            "now": self.now,
            "now_explanation": self.now_explanation,
            "letter": self.letter,
        }


def told_flags(session: Session, entry_ids: Iterable[int] | None = None) -> dict[int, Told]:
    """Per entry, what its latest letter about where it stands said (entries never told: absent)."""
    query = (
        select(m.LetterSent.entry_id, m.LetterSent.flag, m.LetterSent.sent_at,
               m.LetterSent.template)
        .where(m.LetterSent.flag.is_not(None), m.LetterSent.entry_id.is_not(None))
        .order_by(m.LetterSent.sent_at, m.LetterSent.id)
    )  # fmt: skip
    if entry_ids is not None:
        wanted = list(entry_ids)
        if not wanted:
            return {}
        query = query.where(m.LetterSent.entry_id.in_(wanted))
    found: dict[int, Told] = {}
    for entry_id, flag, sent_at, template in session.execute(query):
        if entry_id is not None and flag is not None:  # both filtered in SQL already
            found[entry_id] = Told(flag, sent_at, template)  # the latest wins
    return found


def letter_owed(flag: Servability, told: Told | None) -> str | None:
    """Which letter one waiting customer is owed now, if any."""
    if flag is Servability.UNSERVABLE:
        return None if told is not None and told.flag == flag.value else UNSERVABLE_LETTER
    if told is not None and told.flag != flag.value:
        return CORRECTION_LETTER
    return None


def owed_from(flags: Iterable[EntryFlag], told: dict[int, Told]) -> list[OwedLetter]:
    owed = []
    for flag in flags:
        said = told.get(flag.entry_id)
        letter = letter_owed(flag.flag, said)
        if letter is not None:
            owed.append(
                OwedLetter(
                    flag.entry_id, flag.customer, flag.market, flag.dealer_code,
                    flag.dealer_name, flag.program, flag.position, said, flag.flag.value,
                    flag.explanation, letter,
                )
            )  # fmt: skip
    return owed


def letters_owed(
    session: Session,
    *,
    program: str | None = None,
    market: str | None = None,
    dealer: str | None = None,
    letter: str | None = None,
) -> list[OwedLetter]:
    """Every waiting customer owed a letter in scope, in queue order; `letter` narrows the kind."""
    scope = Scope(
        program_id=lookup.program(session, program).id if program else None,
        market_id=lookup.market(session, market).id if market else None,
        dealer_id=lookup.dealer(session, dealer).id if dealer else None,
    )
    owed = owed_from(compute_flags(session, scope), told_flags(session))
    return [o for o in owed if letter is None or o.letter == letter]
