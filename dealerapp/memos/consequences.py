"""What applying or reverting a memo means for the customers, asked before it is done.

Both run the real step inside a savepoint that is rolled back, so the figures
are the ones the step will produce, not an estimate: whose flag changes, how
many of them were already told something by letter, and how many letters will
be owed afterwards (the "cannot be served" letter, or a correction).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.memos import apply as memo_apply
from dealerapp.memos.apply import FlagChange
from dealerapp.services.letters_owed import (
    CORRECTION_LETTER,
    UNSERVABLE_LETTER,
    letter_owed,
    told_flags,
)


@dataclass(frozen=True)
class Consequences:
    memo_id: int
    flag_changes: list[FlagChange]
    # Customers whose flag changes and whose latest letter told them the old one.
    already_told: int
    # Who is owed which letter once the step is done (entry ids, by template name).
    owed_ids: dict[str, list[int]]

    @property
    def owed(self) -> dict[str, int]:
        return {letter: len(ids) for letter, ids in self.owed_ids.items()}

    @property
    def moves(self) -> Counter[str]:
        return Counter(
            f"{_word(c.before)} to {_word(c.after)}" for c in self.flag_changes if c.after
        )

    def sentences(self) -> list[str]:
        """The consequences in words, for the question asked before the step."""
        lines = [f"{n:,} customer(s) go from {move}" for move, n in self.moves.most_common()]
        if not lines:
            lines.append("No customer's flag changes")
        if self.already_told:
            lines.append(
                f"{self.already_told:,} of them were already told by letter where they stood"
            )
        if self.owed.get(UNSERVABLE_LETTER):
            lines.append(
                f"{self.owed[UNSERVABLE_LETTER]:,} 'cannot be served' letter(s) will be owed"
            )
        if self.owed.get(CORRECTION_LETTER):
            lines.append(f"{self.owed[CORRECTION_LETTER]:,} correction letter(s) will be owed")
        return lines


def _word(flag: object) -> str:
    return str(getattr(flag, "value", "")) or "not waiting"


def of_apply(session: Session, memo_id: int) -> Consequences:
    plan = memo_apply.preview(session, memo_id)
    return from_changes(session, memo_id, plan.flag_changes)


def of_revert(session: Session, memo_id: int) -> Consequences:
    directives = list(session.scalars(select(m.Directive).where(m.Directive.memo_id == memo_id)))
    scopes = memo_apply.flag_scopes(session, directives, scenario=False)
    before = memo_apply.flags_in(session, scopes)
    savepoint = session.begin_nested()
    try:
        memo_apply.revert(session, memo_id)
        after = memo_apply.flags_in(session, scopes)
    finally:
        savepoint.rollback()
    return from_changes(session, memo_id, memo_apply.flag_differences(before, after))


def from_changes(session: Session, memo_id: int, changes: list[FlagChange]) -> Consequences:
    told = told_flags(session, [c.entry_id for c in changes])
    already = sum(
        1 for c in changes if c.entry_id in told and c.before and told[c.entry_id].flag == c.before
    )
    owed: dict[str, list[int]] = {}
    for change in changes:
        if change.after is not None:
            letter = letter_owed(change.after, told.get(change.entry_id))
            if letter is not None:
                owed.setdefault(letter, []).append(change.entry_id)
    return Consequences(memo_id, changes, already, owed)
