"""A memo about a car no program tracks says so; once the program is added, it is read again."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from dealerapp.db import models as m
from dealerapp.db.database import Database
from dealerapp.errors import InputError
from dealerapp.memos import apply as memo_apply
from dealerapp.memos.known import vocabulary_for
from dealerapp.memos.queries import memo_detail
from dealerapp.memos.readers import read_file, read_pasted
from dealerapp.memos.store import import_memo, reread_memo
from dealerapp.memos.vehicles import untracked_vehicles
from dealerapp.paths import seeds_dir
from dealerapp.services import market_setup, programs

GM_MEMO = seeds_dir() / "memos" / "gm-corvette-z06-us-allocations-filled.txt"


def names(db: Database, text: str) -> list[tuple[str, str, str, int]]:
    with db.reading() as session:
        found = untracked_vehicles(text, vocabulary_for(session))
    return [(v.name, v.oem, v.code, v.count) for v in found]


def test_vehicles_are_found_by_make_and_model_and_counted_once(db: Database) -> None:
    text = (
        "From: Ford Allocation Desk <desk@ford.example.com>\n\n"
        "All US allocations of the Chevrolet Corvette Z06 have been filled; no more Corvette "
        "Z06s will be built. BMW North America, BMW dealers and BMW M GmbH said nothing. The "
        "Porsche 911 GT3 RS is sold out in Germany, and the Mustangs are delayed."
    )
    assert names(db, text) == [
        ("Chevrolet Corvette Z06", "GM", "Z06", 2),
        ("Porsche 911 GT3 RS", "Porsche", "GT3", 1),
        ("Mustang", "Ford", "MUSTANG", 1),
    ]


def test_a_tracked_program_is_not_reported(demo_db: Database) -> None:
    with demo_db.reading() as session:
        text = (seeds_dir() / "memos" / "bmwna-us-allocation-filled.txt").read_text()
        assert untracked_vehicles(text, vocabulary_for(session)) == []
    assert names(demo_db, "The BMW 1 Series M Coupes and the BMW M4 CSL are sold out.") == [
        ("BMW M4 CSL", "BMW", "M4", 1)
    ]


def test_the_memo_is_read_again_once_its_car_is_a_program(db: Database) -> None:
    with db.unit_of_work() as session:
        market_setup.add_market(session, "US")
        memo_id = import_memo(session, read_file(GM_MEMO)).memo_id
    with db.reading() as session:
        detail = memo_detail(session, memo_id)
        plan = memo_apply.preview(session, memo_id)
    # Read, but about a car no program tracks: nothing applies until it is tracked.
    assert [(d.kind, d.market, d.program) for d in detail.directives] == [
        ("allocations_filled", "US", None)
    ]
    assert plan.writes == [] and plan.skipped == [
        "directive 1 (allocations_filled): about the Chevrolet Corvette Z06, which no program "
        "here tracks; nothing applies until it is tracked"
    ]
    assert [(v.name, v.oem, v.code) for v in detail.untracked] == [
        ("Chevrolet Corvette Z06", "GM", "Z06")
    ]
    with db.unit_of_work() as session:
        programs.add_program(session, "Z06", name="Chevrolet Corvette Z06", oem="GM")
        result = reread_memo(session, memo_id)
    assert [d.kind.value for d in result.parsed.directives] == ["allocations_filled"]
    with db.reading() as session:
        detail = memo_detail(session, memo_id)
        actions = session.scalars(select(m.AuditEntry.action).order_by(m.AuditEntry.id)).all()
    assert [(d.kind, d.market, d.program) for d in detail.directives] == [
        ("allocations_filled", "US", "Z06")
    ]
    assert detail.untracked == ()
    assert actions[-1] == "memo.reread"


def test_an_applied_memo_is_not_read_again(demo_db: Database) -> None:
    with demo_db.unit_of_work() as session:
        memo_id = import_memo(
            session, read_file(seeds_dir() / "memos" / "bmwna-us-allocation-filled.eml")
        ).memo_id
        memo_apply.apply(session, memo_id)
    with pytest.raises(InputError, match="is applied; revert it before reading it again"), \
            demo_db.unit_of_work() as session:  # fmt: skip
        reread_memo(session, memo_id)


def test_a_pasted_memo_without_a_car_reports_none(db: Database) -> None:
    with db.unit_of_work() as session:
        memo_id = import_memo(
            session, read_pasted("Please update your contact details."), anyway=True
        ).memo_id
    with db.reading() as session:
        assert memo_detail(session, memo_id).untracked == ()
