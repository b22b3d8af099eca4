"""The window's first screenful: the first dealers' whole queues, flagged as in the full list."""

from __future__ import annotations

from dealerapp.db.database import Database
from dealerapp.services.entries import first_entries, list_entries


def _key(row: object) -> tuple[object, ...]:
    return tuple(getattr(row, name) for name in ("id", "flag", "available", "position", "told"))


def test_the_first_screenful_is_the_start_of_the_whole_list(demo_db: Database) -> None:
    with demo_db.reading() as session:
        everything = list_entries(session)
        first = first_entries(session, enough=30)
    assert 30 <= len(first) < len(everything)
    assert [_key(row) for row in first] == [_key(row) for row in everything[: len(first)]]
    # Whole queues: the last dealer shown has all its entries there.
    last = first[-1].dealer_code
    assert sum(r.dealer_code == last for r in first) == sum(
        r.dealer_code == last for r in everything
    )


def test_the_first_screenful_keeps_to_the_filters(demo_db: Database) -> None:
    with demo_db.reading() as session:
        everything = list_entries(session)
        german = first_entries(session, market="DE", enough=10)
        one = first_entries(session, dealer="DE-MUC")
        none = first_entries(session, program="NOPE")
    assert german and {r.market for r in german} == {"DE"}
    in_germany = [r for r in everything if r.market == "DE"]
    assert [_key(r) for r in german] == [_key(r) for r in in_germany[: len(german)]]
    assert [_key(r) for r in one] == [_key(r) for r in everything if r.dealer_code == "DE-MUC"]
    assert none == []
