"""Memos as plain rows for the window and the CLI: the history, and one memo with its directives."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.errors import InputError

if TYPE_CHECKING:
    from dealerapp.memos.triggers import MayMatter
    from dealerapp.memos.vehicles import VehicleMention


@dataclass(frozen=True)
class MemoRow:
    id: int
    received_on: date | None
    sender: str
    subject: str
    confidence: str
    state: str
    directives: int
    file_name: str
    imported_at: datetime


@dataclass(frozen=True)
class DirectiveRow:
    ordinal: int
    kind: str
    confidence: str
    excluded: bool
    market: str | None
    program: str | None
    dealer: str | None
    units: int | None
    from_units: int | None
    to_units: int | None
    on_date: date | None
    weeks: int | None
    evidence_start: int
    evidence_end: int
    corrected: bool
    # The vehicle as the memo names it; with no program, a car nobody tracks here yet.
    vehicle: str | None = None
    added_by_hand: bool = False


@dataclass(frozen=True)
class MemoDetail:
    row: MemoRow
    text: str
    directives: tuple[DirectiveRow, ...]
    # Vehicles the memo names that no program here tracks (a person may add one).
    untracked: tuple[VehicleMention, ...] = ()
    # Sentences that may matter: a trigger and a vehicle or market, but no directive.
    may_matter: tuple[MayMatter, ...] = ()


def list_memos(session: Session) -> list[MemoRow]:
    counts = dict(
        session.execute(
            select(m.Directive.memo_id, func.count()).group_by(m.Directive.memo_id)
        ).all()
    )
    return [_row(memo, counts.get(memo.id, 0)) for memo in session.scalars(
        select(m.Memo).order_by(m.Memo.id.desc())
    )]  # fmt: skip


def _row(memo: m.Memo, directives: int) -> MemoRow:
    return MemoRow(
        memo.id, memo.received_on, memo.sender or "", memo.subject or "",
        memo.confidence.value, memo.state.value, directives, memo.file_name, memo.imported_at,
    )  # fmt: skip


def memo_detail(session: Session, memo_id: int) -> MemoDetail:
    memo = session.get(m.Memo, memo_id)
    if memo is None:
        raise InputError(f"no memo {memo_id}")
    codes = {
        "market": dict(session.execute(select(m.Market.id, m.Market.code)).all()),
        "program": dict(session.execute(select(m.Program.id, m.Program.code)).all()),
        "dealer": dict(session.execute(select(m.Dealer.id, m.Dealer.code)).all()),
    }
    rows = tuple(
        DirectiveRow(
            d.ordinal, d.kind.value, d.confidence.value, d.excluded,
            codes["market"].get(d.market_id) if d.market_id else d.extracted.get("market"),
            codes["program"].get(d.program_id) if d.program_id else d.extracted.get("program"),
            codes["dealer"].get(d.dealer_id) if d.dealer_id else d.extracted.get("dealer"),
            d.units, d.from_units, d.to_units, d.on_date, d.weeks,
            d.evidence_start, d.evidence_end, d.corrected_at is not None,
            d.extracted.get("vehicle"), "added_by" in d.extracted,
        )
        for d in memo.directives
    )  # fmt: skip
    # The memo reader's lexicon loads only when a memo is opened, not with the dashboard.
    from dealerapp.memos.known import vocabulary_for
    from dealerapp.memos.vehicles import untracked_vehicles

    untracked = tuple(untracked_vehicles(memo.text, vocabulary_for(session)))
    return MemoDetail(_row(memo, len(rows)), memo.text, rows, untracked, still_may_matter(memo))


def still_may_matter(memo: m.Memo) -> tuple[MayMatter, ...]:
    """The sentences that may matter and that no directive has been read or added from."""
    from dealerapp.memos.triggers import MayMatter

    used = {(d.evidence_start, d.evidence_end) for d in memo.directives}
    return tuple(
        sentence
        for sentence in (MayMatter.from_json(raw, memo.text) for raw in memo.may_matter or ())
        if (sentence.start, sentence.end) not in used
    )


@dataclass(frozen=True)
class DirectiveChoices:
    """What a person may pick when adding a directive by hand: (code, name) pairs."""

    markets: list[tuple[str, str]]
    programs: list[tuple[str, str]]
    dealers: list[tuple[str, str]]


def directive_choices(session: Session) -> DirectiveChoices:
    def pairs(model: type[m.Market] | type[m.Program] | type[m.Dealer]) -> list[tuple[str, str]]:
        rows = session.execute(select(model.code, model.name).order_by(model.code)).all()
        return [(str(code), str(name)) for code, name in rows]

    return DirectiveChoices(pairs(m.Market), pairs(m.Program), pairs(m.Dealer))
