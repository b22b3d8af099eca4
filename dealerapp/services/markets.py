"""A market's state for a program: close it, declare its allocations filled, reopen it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.db.base import utcnow
from dealerapp.db.enums import MarketEventKind
from dealerapp.errors import InputError
from dealerapp.services import audit, lookup
from dealerapp.services.changes import Changed


@dataclass(frozen=True)
class MarketStateResult:
    summary: str
    before: dict[str, Any]
    after: dict[str, Any]
    changed: bool
    changes: frozenset[Changed] = field(default=frozenset({Changed.MARKETS, Changed.ENTRIES}))


def state_of(session: Session, market_id: int, program_id: int) -> m.MarketProgramState:
    """The market's state row for the program, created open if it has none yet."""
    state = session.scalars(
        select(m.MarketProgramState).where(
            m.MarketProgramState.market_id == market_id,
            m.MarketProgramState.program_id == program_id,
        )
    ).first()
    if state is None:
        state = m.MarketProgramState(
            market_id=market_id, program_id=program_id, closed=False, filled=False
        )
        session.add(state)
        session.flush()
    return state


def snapshot(state: m.MarketProgramState) -> dict[str, Any]:
    return {
        "closed": state.closed,
        "closed_at": state.closed_at.isoformat() if state.closed_at else None,
        "closed_reason": state.closed_reason,
        "closed_by_memo_id": state.closed_by_memo_id,
        "filled": state.filled,
        "filled_at": state.filled_at.isoformat() if state.filled_at else None,
        "filled_reason": state.filled_reason,
        "filled_by_memo_id": state.filled_by_memo_id,
    }


def describe(state: m.MarketProgramState) -> str:
    if state.closed and state.filled:
        return "closed, allocations filled"
    if state.closed:
        return "closed"
    if state.filled:
        return "allocations filled"
    return "open"


def change_state(
    session: Session,
    kind: MarketEventKind,
    *,
    market: str,
    program: str | None,
    reason: str,
    memo_id: int | None = None,
    actor: str | None = None,
) -> MarketStateResult:
    """Close, fill or reopen; the state row, a history event and an audit row, together."""
    if not reason or not reason.strip():
        raise InputError("a reason is required")
    reason = reason.strip()
    found_market = lookup.market(session, market)
    prog = lookup.program(session, program)
    actor = actor or audit.current_actor(session)
    state = state_of(session, found_market.id, prog.id)
    before = snapshot(state)
    was = describe(state)
    now = utcnow()
    changed = {
        MarketEventKind.CLOSE: not state.closed,
        MarketEventKind.FILL: not state.filled,
        MarketEventKind.REOPEN: state.closed or state.filled,
    }[kind]
    if not changed:
        # Saying again what is already so changes nothing: the first close or
        # fill keeps its date, reason and memo, and no history is written.
        summary = f"{found_market.name} ({found_market.code}) is already {was} for {prog.code}"
        return MarketStateResult(summary, before, before, changed=False)
    if kind is MarketEventKind.CLOSE:
        state.closed, state.closed_at, state.closed_reason = True, now, reason
        state.closed_by_memo_id = memo_id
    elif kind is MarketEventKind.FILL:
        state.filled, state.filled_at, state.filled_reason = True, now, reason
        state.filled_by_memo_id = memo_id
    else:
        state.closed, state.closed_at, state.closed_reason, state.closed_by_memo_id = (
            False, None, None, None,
        )  # fmt: skip
        state.filled, state.filled_at, state.filled_reason, state.filled_by_memo_id = (
            False, None, None, None,
        )  # fmt: skip
    session.add(
        m.MarketStateEvent(
            market_id=found_market.id,
            program_id=prog.id,
            kind=kind,
            reason=reason,
            memo_id=memo_id,
            author=actor,
            at=now,
        )
    )
    session.flush()
    verb = {"close": "Closed", "fill": "Declared allocations filled for", "reopen": "Reopened"}
    summary = (
        f"{verb[kind.value]} {found_market.name} ({found_market.code}) for {prog.code}: "
        f"{was} -> {describe(state)}"
    )
    after = snapshot(state)
    audit.record(
        session,
        action=f"market.{kind.value}",
        entity="market_program_states",
        entity_id=state.id,
        summary=f"{summary}. Reason: {reason}",
        actor=actor,
        before=before,
        after=after,
    )
    return MarketStateResult(summary, before, after, changed)
