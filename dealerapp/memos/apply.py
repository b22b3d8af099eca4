"""A memo's directives as changes: preview them, apply them in one transaction, revert them.

Preview and scenario run the very same changes inside a savepoint, compare
the flags before and after, and roll back: what the preview shows is what
applying does. A rumor is never applied; its scenario also shows what a
production change would mean for the open markets.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.db.base import utcnow
from dealerapp.db.enums import (
    Confidence,
    DirectiveKind,
    LedgerKind,
    LedgerSource,
    MarketEventKind,
    MemoState,
    StaffRole,
)
from dealerapp.errors import InputError
from dealerapp.services import allocation, audit, markets, staff
from dealerapp.services.changes import Changed
from dealerapp.services.markets import snapshot, state_of
from dealerapp.services.servability import EntryFlag, Scope, Servability, compute_flags
from dealerapp.services.units import dealer_units, market_share


class MemoRefused(InputError):
    """The memo cannot be applied or reverted in its present state."""


class FlagChange:
    """One entry whose flag a memo changes. Its words (who, where, why) are read from the
    flag when someone looks: a memo that moves 15,000 entries costs no 15,000 sentences
    until they are shown."""

    __slots__ = ("_shown", "after", "before", "entry_id")

    def __init__(
        self, entry_id: int, before: Servability | None, after: Servability | None,
        shown: EntryFlag,
    ) -> None:  # fmt: skip
        self.entry_id, self.before, self.after, self._shown = entry_id, before, after, shown

    @property
    def customer(self) -> str:
        return self._shown.customer

    @property
    def dealer(self) -> str:
        return self._shown.dealer_code

    @property
    def market(self) -> str:
        return self._shown.market

    @property
    def position(self) -> int:
        return int(self._shown.position)

    @property
    def explanation(self) -> str:
        return self._shown.explanation

    def __repr__(self) -> str:
        return f"FlagChange({self.entry_id}, {self.before} -> {self.after})"


@dataclass
class MemoPlan:
    memo_id: int
    confidence: Confidence
    scenario: bool
    writes: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    flag_changes: list[FlagChange] = field(default_factory=list)
    changes: frozenset[Changed] = frozenset(
        {Changed.MEMOS, Changed.LEDGER, Changed.MARKETS, Changed.ENTRIES}
    )

    def counts(self) -> dict[str, int]:
        moves: dict[str, int] = {}
        for change in self.flag_changes:
            key = f"{_label(change.before)} -> {_label(change.after)}"
            moves[key] = moves.get(key, 0) + 1
        return moves


def _label(flag: Servability | None) -> str:
    return flag.value if flag else "no longer waiting"


@dataclass
class _Effects:
    """What was written, kept on the memo so a revert restores exactly this."""

    market_states: list[dict[str, Any]] = field(default_factory=list)
    ledger_event_ids: list[int] = field(default_factory=list)
    programs: list[dict[str, Any]] = field(default_factory=list)
    scopes: set[tuple[str, int]] = field(default_factory=set)

    def as_json(self) -> dict[str, Any]:
        return {
            "market_states": self.market_states,
            "ledger_event_ids": self.ledger_event_ids,
            "programs": self.programs,
        }


def _memo(session: Session, memo_id: int) -> m.Memo:
    memo = session.get(m.Memo, memo_id)
    if memo is None:
        raise InputError(f"no memo {memo_id}")
    return memo


def preview(session: Session, memo_id: int, *, scenario: bool = False) -> MemoPlan:
    """What applying would write and whose flag would change; nothing is written."""
    memo = _memo(session, memo_id)
    plan = MemoPlan(memo.id, memo.confidence, scenario)
    savepoint = session.begin_nested()
    try:
        _run(session, memo, plan, audit.current_actor(session), scenario=scenario)
    finally:
        savepoint.rollback()
    return plan


def scenario(session: Session, memo_id: int) -> MemoPlan:
    """As if the memo were true, rumors included; nothing is written."""
    return preview(session, memo_id, scenario=True)


def apply(session: Session, memo_id: int, *, actor: str | None = None) -> MemoPlan:
    """Write an official memo's directives, in the caller's one transaction."""
    staff.require(session, StaffRole.MANAGER, "Applying a memo")
    memo = _memo(session, memo_id)
    if memo.confidence is not Confidence.OFFICIAL:
        raise MemoRefused(
            f"memo {memo.id} is a rumor: it can only be looked at as a scenario "
            f"(dealerapp memo scenario {memo.id}); nothing was changed"
        )
    if memo.state not in (MemoState.IMPORTED, MemoState.REVERTED):
        raise MemoRefused(f"memo {memo.id} is already {memo.state.value}")
    actor = actor or audit.current_actor(session)
    plan = MemoPlan(memo.id, memo.confidence, scenario=False)
    effects = _run(session, memo, plan, actor, scenario=False)
    if not plan.writes:
        raise MemoRefused(
            f"memo {memo.id} has nothing to apply"
            + (f": {'; '.join(plan.skipped)}" if plan.skipped else "")
        )
    memo.state = MemoState.APPLIED
    memo.applied_at, memo.applied_by = utcnow(), actor
    memo.applied_effects = effects.as_json()
    session.flush()
    audit.record(
        session,
        action="memo.apply",
        entity="memos",
        entity_id=memo.id,
        summary=f"Applied memo {memo.id} ({memo.file_name}): " + "; ".join(plan.writes),
        actor=actor,
        before={"state": "imported"},
        after={"state": "applied", **effects.as_json(), "flag_changes": plan.counts()},
    )
    return plan


def _run(session: Session, memo: m.Memo, plan: MemoPlan, actor: str, *, scenario: bool) -> _Effects:
    directives = session.scalars(
        select(m.Directive).where(m.Directive.memo_id == memo.id).order_by(m.Directive.ordinal)
    ).all()
    effects = _Effects()
    runnable = []
    for directive in directives:
        label = f"directive {directive.ordinal} ({directive.kind.value})"
        if directive.excluded:
            plan.skipped.append(f"{label}: removed by a person")
        elif directive.confidence is Confidence.RUMOR and not scenario:
            plan.skipped.append(f"{label}: a rumor, shown only as a scenario")
        else:
            runnable.append(directive)
    # A larger run helps only markets still served: the same memo's closes go first.
    runnable.sort(key=lambda d: d.kind is DirectiveKind.PRODUCTION_VOLUME)
    scopes = flag_scopes(session, runnable, scenario)
    before = flags_in(session, scopes)
    for directive in runnable:
        _one(session, memo, directive, plan, effects, actor, scenario)
    session.flush()
    after = flags_in(session, scopes)
    plan.flag_changes = flag_differences(before, after)
    return effects


def _one(
    session: Session,
    memo: m.Memo,
    directive: m.Directive,
    plan: MemoPlan,
    effects: _Effects,
    actor: str,
    scenario: bool,
) -> None:
    label = f"directive {directive.ordinal} ({directive.kind.value})"
    kind = directive.kind
    market = session.get(m.Market, directive.market_id) if directive.market_id else None
    program = session.get(m.Program, directive.program_id) if directive.program_id else None
    dealer = session.get(m.Dealer, directive.dealer_id) if directive.dealer_id else None
    reason = f"Memo {memo.id} ({memo.file_name})"
    vehicle = (directive.extracted or {}).get("vehicle")
    if program is None and vehicle:
        plan.skipped.append(
            f"{label}: about the {vehicle}, which no program here tracks; nothing applies "
            "until it is tracked"
        )
        return
    if kind in (DirectiveKind.MARKET_CLOSED, DirectiveKind.ALLOCATIONS_FILLED):
        if market is None or program is None:
            plan.skipped.append(f"{label}: no known market or program")
            return
        state = state_of(session, market.id, program.id)
        before = snapshot(state)
        event = (
            MarketEventKind.CLOSE if kind is DirectiveKind.MARKET_CLOSED else MarketEventKind.FILL
        )
        result = markets.change_state(
            session, event, market=market.code, program=program.code, reason=reason,
            memo_id=memo.id, actor=actor,
        )  # fmt: skip
        if result.changed:
            effects.market_states.append(
                {"market_id": market.id, "program_id": program.id, "before": before}
            )
            plan.writes.append(result.summary)
        else:
            plan.notes.append(f"{label}: {market.code} was already so; nothing to change")
    elif kind is DirectiveKind.MARKET_ALLOCATION:
        if market is None or program is None or directive.units is None:
            plan.skipped.append(f"{label}: needs a known market, program and units")
            return
        share, _dealers = market_share(session, market.id, program.id)
        difference = directive.units - share
        if difference == 0:
            plan.notes.append(f"{label}: the {market.code} share is already {share}")
            return
        _ledger(
            session, plan, effects, label, program.code, difference, reason, memo.id, actor,
            market=market.code,
        )  # fmt: skip
    elif kind is DirectiveKind.DEALER_ALLOCATION_CHANGE:
        if dealer is None or program is None or not directive.units:
            plan.skipped.append(f"{label}: needs a known dealer, program and units")
            return
        _ledger(
            session, plan, effects, label, program.code, directive.units, reason, memo.id, actor,
            dealer=dealer.code,
        )  # fmt: skip
    elif kind is DirectiveKind.PRODUCTION_VOLUME:
        if program is None or not directive.from_units or not directive.to_units:
            plan.skipped.append(f"{label}: needs a program and both volumes")
            return
        if scenario:
            _volume_scenario(session, plan, effects, program, directive, memo, actor)
            return
        effects.programs.append({"program_id": program.id, "planned_before": program.planned_units})
        plan.writes.append(
            f"Planned run of the {program.code}: {program.planned_units} -> {directive.to_units}"
        )
        program.planned_units = directive.to_units
    else:
        what = {
            DirectiveKind.ORDER_BANK_CLOSE: "order bank closes",
            DirectiveKind.PRODUCTION_END: "production ends",
            DirectiveKind.PRODUCTION_START: "production starts",
            DirectiveKind.DELAY: "delay",
        }[kind]
        when = directive.on_date.isoformat() if directive.on_date else (
            f"{directive.weeks} weeks" if directive.weeks else "date not given"
        )  # fmt: skip
        where = f" for {market.code}" if market else ""
        plan.notes.append(f"{label}: {what}{where} ({when}); kept with the memo, no data changes")


def _ledger(
    session: Session,
    plan: MemoPlan,
    effects: _Effects,
    label: str,
    program: str,
    units: int,
    reason: str,
    memo_id: int,
    actor: str,
    **holder: str,
) -> None:
    operation = allocation.grant if units > 0 else allocation.cut
    try:
        result = operation(
            session, program=program, units=abs(units), reason=reason, memo_id=memo_id,
            actor=actor, **holder,
        )  # fmt: skip
    except InputError as exc:
        plan.skipped.append(f"{label}: {exc}")
        return
    effects.ledger_event_ids.extend(result.event_ids)
    plan.writes.append(result.summary)


def _volume_scenario(
    session: Session,
    plan: MemoPlan,
    effects: _Effects,
    program: m.Program,
    directive: m.Directive,
    memo: m.Memo,
    actor: str,
) -> None:
    """If the run grows from `from` to `to`, every dealer in a market still served gets its
    allocation scaled alike: the extra units cover pending customers (a what-if only)."""
    assert directive.from_units and directive.to_units
    factor = directive.to_units / directive.from_units
    stopped = {
        s.market_id
        for s in session.scalars(
            select(m.MarketProgramState).where(m.MarketProgramState.program_id == program.id)
        )
        if s.closed or s.filled
    }
    granted = 0
    for dealer in session.scalars(select(m.Dealer).where(m.Dealer.market_id.not_in(stopped))):
        allocated = dealer_units(session, dealer.id, program.id).allocated
        extra = math.floor(allocated * (factor - 1))
        if extra <= 0:
            continue
        session.add(
            m.AllocationEvent(
                program_id=program.id, market_id=dealer.market_id, dealer_id=dealer.id,
                units=extra, kind=LedgerKind.INCREASE, reason="Scenario", source=LedgerSource.MEMO,
                memo_id=memo.id, author=actor,
            )
        )  # fmt: skip
        granted += extra
    plan.writes.append(
        f"As if the {program.code} run went from {directive.from_units:,} to "
        f"{directive.to_units:,}: {granted:,} more units for dealers in markets still served"
    )


def flag_scopes(session: Session, directives: list[m.Directive], scenario: bool) -> list[Scope]:
    """The parts of the waitlist these directives can touch, so only they are flagged twice."""
    if any(d.kind is DirectiveKind.PRODUCTION_VOLUME for d in directives) and scenario:
        return [Scope()]
    scopes: list[Scope] = []
    for directive in directives:
        if directive.kind in (
            DirectiveKind.MARKET_CLOSED, DirectiveKind.ALLOCATIONS_FILLED,
            DirectiveKind.MARKET_ALLOCATION,
        ) and directive.market_id:  # fmt: skip
            scopes.append(Scope(program_id=directive.program_id, market_id=directive.market_id))
        elif directive.kind is DirectiveKind.DEALER_ALLOCATION_CHANGE and directive.dealer_id:
            scopes.append(Scope(program_id=directive.program_id, dealer_id=directive.dealer_id))
    return list(dict.fromkeys(scopes))


def flags_in(session: Session, scopes: list[Scope]) -> dict[int, EntryFlag]:
    flags: dict[int, EntryFlag] = {}
    for scope in scopes:
        flags.update((flag.entry_id, flag) for flag in compute_flags(session, scope))
    return flags


def flag_differences(before: dict[int, EntryFlag], after: dict[int, EntryFlag]) -> list[FlagChange]:
    changes = []
    for entry_id in sorted(before.keys() | after.keys()):
        old = before.get(entry_id)
        new = after.get(entry_id)
        if old is not None and new is not None and old.flag is new.flag:
            continue
        shown = new or old
        assert shown is not None
        changes.append(
            FlagChange(entry_id, old.flag if old else None, new.flag if new else None, shown)
        )
    return changes


def revert(session: Session, memo_id: int, *, actor: str | None = None) -> list[str]:
    """Undo an applied memo exactly: ledger rows reversed, market states and runs restored."""
    staff.require(session, StaffRole.MANAGER, "Reverting a memo")
    memo = _memo(session, memo_id)
    if memo.state is not MemoState.APPLIED or memo.applied_effects is None:
        raise MemoRefused(f"memo {memo.id} is {memo.state.value}, not applied")
    actor = actor or audit.current_actor(session)
    effects = memo.applied_effects
    done: list[str] = []
    for event_id in reversed(effects.get("ledger_event_ids", [])):
        done.append(_reverse_ledger(session, memo, event_id, actor))
    for entry in reversed(effects.get("market_states", [])):
        done.append(_restore_state(session, memo, entry, actor))
    for entry in effects.get("programs", []):
        program = session.get_one(m.Program, entry["program_id"])
        done.append(f"Planned run of the {program.code}: {program.planned_units} -> "
                    f"{entry['planned_before']}")  # fmt: skip
        program.planned_units = entry["planned_before"]
    memo.state = MemoState.REVERTED
    memo.reverted_at, memo.reverted_by = utcnow(), actor
    session.flush()
    audit.record(
        session,
        action="memo.revert",
        entity="memos",
        entity_id=memo.id,
        summary=f"Reverted memo {memo.id} ({memo.file_name}): " + "; ".join(done),
        actor=actor,
        before={"state": "applied", **effects},
        after={"state": "reverted"},
    )
    return done


def _reverse_ledger(session: Session, memo: m.Memo, event_id: int, actor: str) -> str:
    event = session.get_one(m.AllocationEvent, event_id)
    if event.dealer_id is not None and event.units > 0:
        units = dealer_units(session, event.dealer_id, event.program_id)
        if units.allocated - event.units < units.holding:
            dealer = session.get_one(m.Dealer, event.dealer_id)
            raise MemoRefused(
                f"cannot revert memo {memo.id}: {dealer.name} has already assigned units it "
                f"granted ({units.allocated} allocated, {units.holding} assigned); "
                "cancel an assignment or cut elsewhere first"
            )
    session.add(
        m.AllocationEvent(
            program_id=event.program_id, market_id=event.market_id, dealer_id=event.dealer_id,
            units=-event.units, kind=LedgerKind.REVERSAL, reason=f"Revert of memo {memo.id}",
            source=LedgerSource.MEMO, memo_id=memo.id, reverses_event_id=event.id, author=actor,
            transfer_group=event.transfer_group,
        )
    )  # fmt: skip
    holder = f"dealer {event.dealer_id}" if event.dealer_id else f"market {event.market_id}"
    return f"Reversed ledger row {event.id} ({event.units:+d} for {holder})"


def _restore_state(session: Session, memo: m.Memo, entry: dict[str, Any], actor: str) -> str:
    state = state_of(session, entry["market_id"], entry["program_id"])
    before = entry["before"]
    state.closed = before["closed"]
    state.closed_at = datetime.fromisoformat(before["closed_at"]) if before["closed_at"] else None
    state.closed_reason = before["closed_reason"]
    state.closed_by_memo_id = before["closed_by_memo_id"]
    state.filled = before["filled"]
    state.filled_at = datetime.fromisoformat(before["filled_at"]) if before["filled_at"] else None
    state.filled_reason = before["filled_reason"]
    state.filled_by_memo_id = before["filled_by_memo_id"]
    session.add(
        m.MarketStateEvent(
            market_id=entry["market_id"], program_id=entry["program_id"],
            kind=MarketEventKind.REOPEN, reason=f"Revert of memo {memo.id}", memo_id=memo.id,
            author=actor,
        )
    )  # fmt: skip
    market = session.get_one(m.Market, entry["market_id"])
    return f"Restored {market.code} to {markets.describe(state)}"
