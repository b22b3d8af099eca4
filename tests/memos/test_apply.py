"""Memos on a copy of the demo data: preview, apply, revert, scenarios, duplicates, corrections."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from dealerapp.db.database import Database
from dealerapp.db.enums import MarketEventKind
from dealerapp.errors import InputError
from dealerapp.memos import apply as memo_apply
from dealerapp.memos.apply import MemoRefused
from dealerapp.memos.readers import MemoDocument, read_file, read_pasted
from dealerapp.memos.store import DuplicateMemo, correct_directive, import_memo
from dealerapp.services import audit, markets, waitlist
from dealerapp.services.servability import Servability, compute_flags

SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "memos"
US_MEMO = SEEDS / "bmwna-us-allocation-filled.eml"
INCREASE = SEEDS / "bmwna-dealer-allocation-increase.txt"
AUSTRALIA = SEEDS / "bmw-ag-australia-allocation.txt"
PRESS = SEEDS / "press-rumor-production-doubling.txt"
RUMOR_ONLY = (
    "From: Motoring\nDate: 22 July 2011\n\nBMW will reportedly double 1M production from "
    "2,500 to 5,000, according to sources."
)
STATE_COLUMNS = (
    "market_id, program_id, closed, closed_at, closed_reason, closed_by_memo_id, "
    "filled, filled_at, filled_reason, filled_by_memo_id"
)


def rows(db: Database, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql), params)]


def count(db: Database, table: str) -> int:
    return int(rows(db, f"SELECT count(*) FROM {table}")[0][0])


def flags(db: Database) -> dict[int, Servability]:
    with db.unit_of_work() as session:
        return {flag.entry_id: flag.flag for flag in compute_flags(session)}


def states(db: Database) -> list[tuple[Any, ...]]:
    """Every market's state row; a row that is simply open counts as no row at all."""
    found = rows(db, f"SELECT {STATE_COLUMNS} FROM market_program_states ORDER BY 1, 2")
    return [r for r in found if r[2:] != (0, None, None, None, 0, None, None, None)]


def ledger(db: Database) -> dict[str, int]:
    """The allocation of every dealer (and market-level holder), by code."""
    found = rows(
        db,
        "SELECT coalesce(d.code, 'market ' || e.market_id), sum(e.units) FROM allocation_events e "
        "LEFT JOIN dealers d ON d.id = e.dealer_id GROUP BY 1",
    )
    return {holder: int(units) for holder, units in found}


def memo_row(db: Database, memo_id: int) -> tuple[Any, ...]:
    return rows(db, "SELECT state, applied_effects FROM memos WHERE id = :id", id=memo_id)[0]


def audit_actions(db: Database) -> list[str]:
    return [r[0] for r in rows(db, "SELECT action FROM audit_log ORDER BY id")]


def import_doc(db: Database, document: MemoDocument) -> int:
    with db.unit_of_work() as session:
        return import_memo(session, document).memo_id


def moves(
    before: dict[int, Servability], after: dict[int, Servability]
) -> dict[int, tuple[Servability, Servability | None]]:
    return {i: (before[i], after.get(i)) for i in before if before[i] is not after.get(i)}


def test_us_memo_preview_lists_the_129_and_writes_nothing(demo_db: Database) -> None:
    memo_id = import_doc(demo_db, read_file(US_MEMO))
    flags_before = flags(demo_db)
    audit_before, events_before = count(demo_db, "audit_log"), count(demo_db, "market_state_events")
    with demo_db.unit_of_work() as session:
        plan = memo_apply.preview(session, memo_id)
    assert plan.writes == [
        "Closed United States (US) for 1M: open -> closed",
        "Declared allocations filled for United States (US) for 1M: closed -> closed, "
        "allocations filled",
    ]
    assert plan.counts() == {"pending -> unservable": 129}
    assert rows(demo_db, "SELECT count(*) FROM market_program_states")[0][0] == 0
    assert count(demo_db, "audit_log") == audit_before
    assert count(demo_db, "market_state_events") == events_before
    assert memo_row(demo_db, memo_id)[0] == "imported"
    with demo_db.unit_of_work() as session:
        memo_apply.apply(session, memo_id)
    changed = moves(flags_before, flags(demo_db))
    assert {c.entry_id for c in plan.flag_changes} == set(changed)
    assert set(changed.values()) == {(Servability.PENDING, Servability.UNSERVABLE)}
    assert {c.market for c in plan.flag_changes} == {"US"}


def test_us_memo_apply_then_revert_exactly(demo_db: Database) -> None:
    memo_id = import_doc(demo_db, read_file(US_MEMO))
    flags_before, ledger_before = flags(demo_db), ledger(demo_db)
    states_before, audit_before = states(demo_db), audit_actions(demo_db)
    with demo_db.unit_of_work() as session:
        plan = memo_apply.apply(session, memo_id)
    flags_applied = flags(demo_db)
    assert len(moves(flags_before, flags_applied)) == len(plan.flag_changes) == 129
    state, effects = memo_row(demo_db, memo_id)
    assert state == "applied"
    assert effects is not None and "market_states" in effects
    assert rows(demo_db, "SELECT closed, filled, closed_by_memo_id FROM market_program_states") == [
        (1, 1, memo_id)
    ]
    new_actions = audit_actions(demo_db)[len(audit_before) :]
    assert new_actions == ["market.close", "market.fill", "memo.apply"]
    with demo_db.unit_of_work() as session, pytest.raises(MemoRefused, match="already applied"):
        memo_apply.apply(session, memo_id)

    with demo_db.unit_of_work() as session:
        memo_apply.revert(session, memo_id)
    assert states(demo_db) == states_before
    assert flags(demo_db) == flags_before
    assert ledger(demo_db) == ledger_before
    assert memo_row(demo_db, memo_id)[0] == "reverted"
    assert audit_actions(demo_db)[-1] == "memo.revert"
    with demo_db.unit_of_work() as session, pytest.raises(MemoRefused, match="not applied"):
        memo_apply.revert(session, memo_id)
    assert audit_actions(demo_db)[-1] == "memo.revert"


def test_revert_restores_a_market_closed_by_hand(demo_db: Database) -> None:
    with demo_db.unit_of_work() as session:
        markets.change_state(
            session, MarketEventKind.CLOSE, market="US", program="1M", reason="Closed by hand"
        )
    states_before = states(demo_db)
    memo_id = import_doc(demo_db, read_file(US_MEMO))
    with demo_db.unit_of_work() as session:
        memo_apply.apply(session, memo_id)
    with demo_db.unit_of_work() as session:
        memo_apply.revert(session, memo_id)
    assert states(demo_db) == states_before


def test_dealer_increase_apply_and_revert_in_the_ledger(demo_db: Database) -> None:
    memo_id = import_doc(demo_db, read_file(INCREASE))
    ledger_before = ledger(demo_db)
    with demo_db.unit_of_work() as session:
        plan = memo_apply.apply(session, memo_id)
    assert plan.counts() == {"pending -> covered": 2}
    assert ledger(demo_db) == {**ledger_before, "US-BAY": ledger_before["US-BAY"] + 2}
    grant = rows(
        demo_db,
        "SELECT id, units, source, kind FROM allocation_events WHERE memo_id = :m",
        m=memo_id,
    )
    assert [g[1:] for g in grant] == [(2, "memo", "increase")]
    with demo_db.unit_of_work() as session:
        memo_apply.revert(session, memo_id)
    reversal = rows(
        demo_db,
        "SELECT units, kind, reverses_event_id, source FROM allocation_events "
        "WHERE memo_id = :m AND id <> :g",
        m=memo_id,
        g=grant[0][0],
    )
    assert reversal == [(-2, "reversal", grant[0][0], "memo")]
    assert ledger(demo_db) == ledger_before


def test_revert_refused_when_the_granted_units_are_assigned(demo_db: Database) -> None:
    memo_id = import_doc(demo_db, read_file(INCREASE))
    with demo_db.unit_of_work() as session:
        memo_apply.apply(session, memo_id)
    with demo_db.unit_of_work() as session:
        waitlist.assign(session, dealer="US-BAY", program="1M")
        waitlist.assign(session, dealer="US-BAY", program="1M")
    ledger_before, events_before = ledger(demo_db), count(demo_db, "allocation_events")
    audit_before = count(demo_db, "audit_log")
    with pytest.raises(MemoRefused) as caught, demo_db.unit_of_work() as session:
        memo_apply.revert(session, memo_id)
    message = str(caught.value)
    assert f"cannot revert memo {memo_id}" in message and "Bay Area BMW" in message
    assert "16 allocated, 16 assigned" in message
    assert ledger(demo_db) == ledger_before
    assert count(demo_db, "allocation_events") == events_before
    assert count(demo_db, "audit_log") == audit_before
    assert memo_row(demo_db, memo_id)[0] == "applied"


def test_australia_memo_is_notes_only(demo_db: Database) -> None:
    memo_id = import_doc(demo_db, read_file(AUSTRALIA))
    ledger_before = ledger(demo_db)
    with demo_db.unit_of_work() as session:
        plan = memo_apply.preview(session, memo_id)
    assert plan.writes == [] and plan.flag_changes == []
    assert plan.notes[0] == "directive 1 (market_allocation): the AU share is already 125"
    assert "order bank closes for AU (2011-08-15)" in plan.notes[1]
    with demo_db.unit_of_work() as session, pytest.raises(MemoRefused, match="nothing to apply"):
        memo_apply.apply(session, memo_id)
    assert ledger(demo_db) == ledger_before
    assert memo_row(demo_db, memo_id)[0] == "imported"


def test_press_scenario_covers_only_open_markets_and_writes_nothing(demo_db: Database) -> None:
    us_memo = import_doc(demo_db, read_file(US_MEMO))
    with demo_db.unit_of_work() as session:
        memo_apply.apply(session, us_memo)
    press = import_doc(demo_db, read_file(PRESS))
    kinds = rows(demo_db, "SELECT kind, confidence FROM directives WHERE memo_id = :m", m=press)
    assert ("production_volume", "rumor") in kinds
    flags_before, ledger_before = flags(demo_db), ledger(demo_db)
    audit_before = count(demo_db, "audit_log")
    with demo_db.unit_of_work() as session:
        plan = memo_apply.scenario(session, press)
    assert plan.scenario
    covered = [c for c in plan.flag_changes if c.after is Servability.COVERED]
    assert covered and all(c.before is Servability.PENDING for c in covered)
    assert "US" not in {c.market for c in plan.flag_changes}
    assert "AU" in {c.market for c in covered}
    assert flags(demo_db) == flags_before
    assert ledger(demo_db) == ledger_before
    assert count(demo_db, "audit_log") == audit_before


def test_press_scenario_on_fresh_data_covers_nobody_in_the_us(demo_db: Database) -> None:
    press = import_doc(demo_db, read_file(PRESS))
    with demo_db.unit_of_work() as session:
        plan = memo_apply.scenario(session, press)
    us_moves = Counter(c.after for c in plan.flag_changes if c.market == "US")
    assert us_moves == {Servability.UNSERVABLE: 129}


def test_rumor_only_memo_cannot_be_applied(demo_db: Database) -> None:
    memo_id = import_doc(demo_db, read_pasted(RUMOR_ONLY))
    assert rows(demo_db, "SELECT confidence FROM memos WHERE id = :m", m=memo_id) == [("rumor",)]
    planned = rows(demo_db, "SELECT planned_units FROM programs")
    audit_before, ledger_before = count(demo_db, "audit_log"), ledger(demo_db)
    with pytest.raises(MemoRefused, match="rumor") as caught, demo_db.unit_of_work() as session:
        memo_apply.apply(session, memo_id)
    assert "scenario" in str(caught.value)
    assert rows(demo_db, "SELECT planned_units FROM programs") == planned
    assert count(demo_db, "audit_log") == audit_before
    assert ledger(demo_db) == ledger_before
    assert memo_row(demo_db, memo_id)[0] == "imported"


def test_the_same_file_twice_is_a_duplicate(demo_db: Database) -> None:
    first = import_doc(demo_db, read_file(US_MEMO))
    memos, directives = count(demo_db, "memos"), count(demo_db, "directives")
    with pytest.raises(DuplicateMemo) as caught, demo_db.unit_of_work() as session:
        import_memo(session, read_file(US_MEMO))
    assert f"memo {first}" in str(caught.value)
    assert "bmwna-us-allocation-filled.eml" in str(caught.value)
    assert (count(demo_db, "memos"), count(demo_db, "directives")) == (memos, directives)


def test_excluding_allocations_filled_closes_without_filling(demo_db: Database) -> None:
    memo_id = import_doc(demo_db, read_file(US_MEMO))
    ordinal = rows(
        demo_db,
        "SELECT ordinal FROM directives WHERE memo_id = :m AND kind = 'allocations_filled'",
        m=memo_id,
    )[0][0]
    flags_before = flags(demo_db)
    with demo_db.unit_of_work() as session:
        correct_directive(session, memo_id=memo_id, ordinal=ordinal, exclude=True)
    with demo_db.unit_of_work() as session:
        plan = memo_apply.apply(session, memo_id)
    assert any("removed by a person" in line for line in plan.skipped)
    assert rows(demo_db, "SELECT closed, filled FROM market_program_states") == [(1, 0)]
    assert len(moves(flags_before, flags(demo_db))) == 129


def test_corrected_units_are_applied_and_the_original_kept(demo_db: Database) -> None:
    memo_id = import_doc(demo_db, read_file(INCREASE))
    ledger_before = ledger(demo_db)
    with demo_db.unit_of_work() as session:
        correct_directive(session, memo_id=memo_id, ordinal=1, units=3)
    units, extracted, corrected_by = rows(
        demo_db,
        "SELECT units, extracted, corrected_by FROM directives WHERE memo_id = :m",
        m=memo_id,
    )[0]
    original = extracted if isinstance(extracted, dict) else json.loads(extracted)  # PG: parsed
    with demo_db.reading() as session:
        working = audit.current_actor(session)  # "tester", or the server login on PostgreSQL
    assert units == 3 and original["units"] == 2 and corrected_by == working
    assert audit_actions(demo_db)[-1] == "memo.correct"
    with demo_db.unit_of_work() as session:
        memo_apply.apply(session, memo_id)
    assert ledger(demo_db)["US-BAY"] == ledger_before["US-BAY"] + 3
    with pytest.raises(InputError, match="applied") as caught, demo_db.unit_of_work() as session:
        correct_directive(session, memo_id=memo_id, ordinal=1, units=5)
    assert f"memo {memo_id}" in str(caught.value)
    assert rows(demo_db, "SELECT units FROM directives WHERE memo_id = :m", m=memo_id) == [(3,)]
