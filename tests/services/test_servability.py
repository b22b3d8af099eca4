"""The servability rule on the demo data: the worked example of the US memo, and its sentences."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select, text

from dealerapp.db import models as m
from dealerapp.db.database import Database
from dealerapp.db.enums import Confidence, MarketEventKind, MemoState
from dealerapp.services import lookup, markets, waitlist
from dealerapp.services.servability import Scope, Servability, compute_flags, count_by_flag

US_BEYOND_AVAILABLE = text(
    """
    SELECT coalesce(sum(CASE WHEN waiting > allocated - holding
                             THEN waiting - (allocated - holding) ELSE 0 END), 0) FROM (
      SELECT d.id,
        (SELECT coalesce(sum(units), 0) FROM allocation_events a WHERE a.dealer_id = d.id)
          AS allocated,
        (SELECT count(*) FROM waitlist_entries e WHERE e.dealer_id = d.id
           AND e.status IN ('assigned', 'ordered', 'delivered')) AS holding,
        (SELECT count(*) FROM waitlist_entries e WHERE e.dealer_id = d.id
           AND e.status = 'waiting') AS waiting
      FROM dealers d JOIN markets mk ON mk.id = d.market_id WHERE mk.code = 'US') AS per_dealer
    """
)


def _flags(db: Database, **scope: int) -> dict[int, Servability]:
    with db.reading() as session:
        return {f.entry_id: f.flag for f in compute_flags(session, Scope(**scope))}


def test_before_any_memo_nobody_is_unservable(demo_db: Database) -> None:
    with demo_db.reading() as session:
        counts = count_by_flag(compute_flags(session))
    assert counts[Servability.UNSERVABLE] == 0
    assert counts[Servability.COVERED] > 0 and counts[Servability.PENDING] > 0


def test_worked_example_us_memo(demo_db: Database) -> None:
    """DOMAIN.md: US closed and filled turns every US entry beyond available into unservable."""
    before = _flags(demo_db)
    with demo_db.unit_of_work() as session:
        memo = m.Memo(
            file_name="bmwna-us-allocation-filled.txt", media_type="text/plain",
            content=b"memo", sha256="0" * 64, text="memo",
            sender='"BMW NA Product Planning" <allocation@bmwna.example.com>',
            received_on=date(2011, 7, 21), confidence=Confidence.OFFICIAL,
            state=MemoState.APPLIED, imported_by="tester",
        )  # fmt: skip
        session.add(memo)
        session.flush()
        for kind in (MarketEventKind.CLOSE, MarketEventKind.FILL):
            markets.change_state(
                session, kind, market="US", program="1M", reason="BMW NA memo", memo_id=memo.id
            )
    with demo_db.reading() as session:
        flags = compute_flags(session)
        us_market = lookup.market(session, "US")
        expected_unservable = session.execute(US_BEYOND_AVAILABLE).scalar()
        us_flags = compute_flags(session, Scope(market_id=us_market.id))
    after = {f.entry_id: f.flag for f in flags}
    us_ids = {f.entry_id for f in us_flags}
    unservable = [f for f in flags if f.flag is Servability.UNSERVABLE]
    assert len(unservable) == expected_unservable == 129
    assert {f.market for f in unservable} == {"US"}
    for entry_id, flag in before.items():
        if entry_id not in us_ids:
            assert after[entry_id] is flag, "other markets are untouched"
        elif flag is Servability.PENDING:
            assert after[entry_id] is Servability.UNSERVABLE
        else:
            assert after[entry_id] is flag
    sentence = unservable[0].explanation
    assert sentence.startswith(f"Position {unservable[0].position} at ")
    assert "US allocations were declared filled by the memo of 21 July 2011" in sentence
    assert "(BMW NA Product Planning)" in sentence
    assert sentence.endswith(".")


def test_explanations_read_as_sentences(demo_db: Database) -> None:
    with demo_db.reading() as session:
        flags = compute_flags(session)
    covered = next(f for f in flags if f.flag is Servability.COVERED)
    pending = next(f for f in flags if f.flag is Servability.PENDING)
    assert "so a unit is there for this customer." in covered.explanation
    assert covered.dealer_name in covered.explanation
    assert "may still come to" in pending.explanation
    assert pending.explanation.startswith(f"Position {pending.position} at {pending.dealer_name}")


def test_a_closed_market_without_fill_is_unservable_too(demo_db: Database) -> None:
    with demo_db.unit_of_work() as session:
        markets.change_state(
            session, MarketEventKind.CLOSE, market="AU", program=None, reason="No more for AU"
        )
    with demo_db.reading() as session:
        au = lookup.market(session, "AU")
        flags = compute_flags(session, Scope(market_id=au.id), Servability.UNSERVABLE)
    assert flags
    assert all("no more 1M will be built for AU" in f.explanation for f in flags)
    assert all("(No more for AU)" in f.explanation for f in flags)


def test_scopes_are_slices_of_the_whole(demo_db: Database) -> None:
    everything = _flags(demo_db)
    with demo_db.reading() as session:
        us = lookup.market(session, "US")
        bay = lookup.dealer(session, "US-BAY")
        pending = compute_flags(session, status=Servability.PENDING)
    in_us = _flags(demo_db, market_id=us.id)
    at_bay = _flags(demo_db, dealer_id=bay.id)
    assert in_us and at_bay
    assert set(at_bay) <= set(in_us) <= set(everything)
    assert all(everything[i] is f for i, f in in_us.items())
    assert {f.entry_id for f in pending} == {
        i for i, f in everything.items() if f is Servability.PENDING
    }


def test_flags_are_never_stale(demo_db: Database) -> None:
    with demo_db.reading() as session:
        dealer = lookup.dealer(session, "US-PPL")
        first = compute_flags(session, Scope(dealer_id=dealer.id))[0]
    assert first.flag is Servability.COVERED
    with demo_db.unit_of_work() as session:
        waitlist.assign(session, dealer="US-PPL")
    with demo_db.reading() as session:
        now = compute_flags(session, Scope(dealer_id=dealer.id))
        entry = session.get_one(m.WaitlistEntry, first.entry_id)
    assert first.entry_id not in {f.entry_id for f in now}
    assert entry.status.value == "assigned"
    assert now[0].position == 1
    assert now[0].available == first.available - 1


def test_ordering_is_by_position_then_joined(demo_db: Database) -> None:
    with demo_db.reading() as session:
        flags = compute_flags(session)
        dealer_ids = list(session.scalars(select(m.Dealer.id)))
    for dealer_id in dealer_ids:
        mine = [f.position for f in flags if f.dealer_id == dealer_id]
        assert mine == list(range(1, len(mine) + 1))
