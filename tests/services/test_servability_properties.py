"""Random sequences of operations never break the rule; flags always match a plain reference.

The reference below is the rule of DOMAIN.md written as simply as possible
in Python, over rows read back from the database.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import hypothesis.strategies as st
from hypothesis import HealthCheck, settings
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule
from sqlalchemy import select, text

from dealerapp.config import DatabaseLocation, resolve_database
from dealerapp.db import models as m
from dealerapp.db.database import Database
from dealerapp.db.enums import MarketEventKind, PaperSize
from dealerapp.errors import InputError
from dealerapp.services import allocation, markets, waitlist
from dealerapp.services.queue import queue_length
from dealerapp.services.reset import delete_business_data
from dealerapp.services.servability import Servability, compute_flags
from dealerapp.services.units import dealer_units
from dealerapp.services.waitlist import NewCustomer

DEALERS = ("US-A", "US-B", "DE-C")
MARKETS = ("US", "DE")
# Where the machine's database lives: a SQLite file here, a PostgreSQL
# database in tests/db/test_postgres.py.
TARGET: dict[str, DatabaseLocation] = {}
# What the run really did, so the test can show it exercised every path.
SEEN: Counter[str] = Counter()


def reference_flags(db: Database) -> dict[int, Servability]:
    with db.engine.connect() as conn:
        ledger: dict[tuple[int, int], int] = defaultdict(int)
        for dealer_id, program_id, units in conn.execute(
            text("SELECT dealer_id, program_id, units FROM allocation_events "
                 "WHERE dealer_id IS NOT NULL")
        ):  # fmt: skip
            ledger[(dealer_id, program_id)] += units
        holding: dict[tuple[int, int], int] = defaultdict(int)
        queues: dict[tuple[int, int], list[tuple[int, str, int]]] = defaultdict(list)
        for entry_id, dealer_id, program_id, status, position, joined in conn.execute(
            text("SELECT id, dealer_id, program_id, status, position, joined_on "
                 "FROM waitlist_entries")
        ):  # fmt: skip
            if status in ("assigned", "ordered", "delivered"):
                holding[(dealer_id, program_id)] += 1
            elif status == "waiting":
                queues[(dealer_id, program_id)].append((position, str(joined), entry_id))
        market_of = dict(conn.execute(text("SELECT id, market_id FROM dealers")).all())
        stopped = {
            (market_id, program_id)
            for market_id, program_id, closed, filled in conn.execute(
                text("SELECT market_id, program_id, closed, filled FROM market_program_states")
            )
            if closed or filled
        }
    flags: dict[int, Servability] = {}
    for (dealer_id, program_id), queue in queues.items():
        available = ledger[(dealer_id, program_id)] - holding[(dealer_id, program_id)]
        for rank, (_position, _joined, entry_id) in enumerate(sorted(queue), start=1):
            if rank <= available:
                flags[entry_id] = Servability.COVERED
            elif (market_of[dealer_id], program_id) in stopped:
                flags[entry_id] = Servability.UNSERVABLE
            else:
                flags[entry_id] = Servability.PENDING
    return flags


def _fresh_database(location: DatabaseLocation) -> Database:
    db = Database.open(location)
    with db.unit_of_work() as session:
        delete_business_data(session)
        session.execute(text("DELETE FROM position_changes"))
        program = m.Program(code="1M", name="BMW 1M", oem="BMW", planned_units=2500)
        session.add(program)
        for code in MARKETS:
            session.add(
                m.Market(code=code, name=code, language="en", locale="en_US",
                         currency="USD", paper=PaperSize.LETTER)
            )  # fmt: skip
        session.flush()
        market_ids = {mk.code: mk.id for mk in session.scalars(select(m.Market))}
        for code in DEALERS:
            session.add(
                m.Dealer(code=code, market_id=market_ids[code[:2]], name=f"Dealer {code}",
                         street="1 Main St", city="Town", postal_code="12345",
                         country=code[:2], signatory_name="Manager")
            )  # fmt: skip
    return db


class QueueMachine(RuleBasedStateMachine):
    """Random operations against the real services and a real SQLite file."""

    def __init__(self) -> None:
        super().__init__()
        self.db = _fresh_database(TARGET["location"])
        self.customers = 0

    def teardown(self) -> None:
        self.db.close()

    def _try(self, operation) -> None:  # type: ignore[no-untyped-def]
        name = operation.__code__.co_names[1]  # the service function called
        try:
            with self.db.unit_of_work() as session:
                operation(session)
            SEEN[f"done {name}"] += 1
        except InputError:
            # A refusal; the invariants below prove nothing was half-written.
            SEEN[f"refused {name}"] += 1

    def _entry_ids(self, *statuses: str) -> list[int]:
        """Entries to act on: mostly ones in a state where the operation can succeed."""
        query = select(m.WaitlistEntry.id).order_by(m.WaitlistEntry.id)
        if statuses:
            query = query.where(m.WaitlistEntry.status.in_(statuses))
        with self.db.reading() as session:
            ids = list(session.scalars(query))
            return ids or list(session.scalars(select(m.WaitlistEntry.id)))

    @initialize(units=st.lists(st.integers(0, 4), min_size=3, max_size=3))
    def grant_start(self, units: list[int]) -> None:
        for dealer, n in zip(DEALERS, units, strict=True):
            if n:
                self._try(lambda s, d=dealer, k=n: allocation.grant(
                    s, program=None, units=k, reason="start", dealer=d))  # fmt: skip

    @rule(dealer=st.sampled_from(DEALERS), units=st.integers(1, 3))
    def grant(self, dealer: str, units: int) -> None:
        self._try(
            lambda s: allocation.grant(s, program=None, units=units, reason="r", dealer=dealer)
        )

    @rule(dealer=st.sampled_from(DEALERS), units=st.integers(1, 3))
    def cut(self, dealer: str, units: int) -> None:
        self._try(lambda s: allocation.cut(s, program=None, units=units, reason="r", dealer=dealer))

    @rule(units=st.integers(1, 2), forward=st.booleans())
    def transfer(self, units: int, forward: bool) -> None:
        giver, taker = ("US-A", "US-B") if forward else ("US-B", "US-A")
        self._try(
            lambda s: allocation.transfer(
                s, program=None, units=units, reason="r", from_dealer=giver, to_dealer=taker
            )
        )

    @rule(dealer=st.sampled_from(DEALERS), position=st.sampled_from([None, None, 1, 2, 3, 9]))
    def add(self, dealer: str, position: int | None) -> None:
        self._add(dealer, position)

    @rule(dealer=st.sampled_from(DEALERS))
    def add_at_end(self, dealer: str) -> None:
        # Queues must grow for moves and assignments to matter.
        self._add(dealer, None)

    def _add(self, dealer: str, position: int | None) -> None:
        self.customers += 1
        name = f"Customer {self.customers}"
        self._try(lambda s: waitlist.add_entry(
            s, dealer=dealer, program=None, customer=NewCustomer(family_name=name),
            position=position, reason="walk-in"))  # fmt: skip

    @rule(pick=st.integers(0, 50), seed=st.integers(0, 50))
    def move(self, pick: int, seed: int) -> None:
        ids = self._entry_ids("waiting")
        if not ids:
            return
        entry_id = ids[pick % len(ids)]
        with self.db.reading() as session:
            entry = session.get_one(m.WaitlistEntry, entry_id)
            length = queue_length(session, entry.dealer_id, entry.program_id)
            position = entry.position
        if length < 2 or position is None:
            return
        # Any position but its own, so the move is a real one.
        to = (position + seed % (length - 1)) % length + 1
        self._try(lambda s: waitlist.move(s, entry_id=entry_id, to_position=to, reason="r"))

    @rule(dealer=st.sampled_from(DEALERS))
    def assign_first(self, dealer: str) -> None:
        self._try(lambda s: waitlist.assign(s, dealer=dealer))

    @rule(pick=st.integers(0, 50))
    def assign_chosen(self, pick: int) -> None:
        ids = self._entry_ids("waiting")
        if ids:
            entry_id = ids[pick % len(ids)]
            self._try(lambda s: waitlist.assign(s, entry_id=entry_id, reason="dealer's choice"))

    @rule(pick=st.integers(0, 50), refund=st.booleans())
    def end_entry(self, pick: int, refund: bool) -> None:
        ids = self._entry_ids("waiting", "assigned")
        if not ids:
            return
        entry_id = ids[pick % len(ids)]
        if refund:
            self._try(lambda s: waitlist.refund(s, entry_id=entry_id, reason="r"))
        else:
            self._try(lambda s: waitlist.cancel(s, entry_id=entry_id, reason="r"))

    @rule(pick=st.integers(0, 50))
    def deliver(self, pick: int) -> None:
        ids = self._entry_ids("assigned", "ordered")
        if ids:
            entry_id = ids[pick % len(ids)]
            self._try(lambda s: waitlist.deliver(s, entry_id=entry_id))

    @rule(market=st.sampled_from(MARKETS), kind=st.sampled_from(list(MarketEventKind)))
    def market_state(self, market: str, kind: MarketEventKind) -> None:
        self._try(lambda s: markets.change_state(s, kind, market=market, program=None, reason="r"))

    @invariant()
    def rule_holds(self) -> None:
        expected = reference_flags(self.db)
        with self.db.reading() as session:
            flags = compute_flags(session)
            assert {f.entry_id: f.flag for f in flags} == expected
            SEEN.update(f"flag {f.flag.value}" for f in flags)
            program_id = session.scalar(select(m.Program.id))
            assert program_id is not None
            for dealer in session.scalars(select(m.Dealer)):
                units = dealer_units(session, dealer.id, program_id)
                ledger_sum = session.scalar(
                    select(text("coalesce(sum(units), 0)")).select_from(m.AllocationEvent)
                    .where(m.AllocationEvent.dealer_id == dealer.id)
                )  # fmt: skip
                assert units.allocated == ledger_sum
                assert units.holding <= units.allocated, dealer.code
                mine = [f for f in flags if f.dealer_id == dealer.id]
                covered = sum(1 for f in mine if f.flag is Servability.COVERED)
                assert covered == min(max(units.available, 0), len(mine))
                positions = sorted(f.position for f in mine)
                assert positions == list(range(1, len(mine) + 1)), dealer.code


QueueMachine.TestCase.settings = settings(
    max_examples=50,
    stateful_step_count=40,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def test_random_operations_keep_the_rule(tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    TARGET["location"] = resolve_database(str(tmp_path_factory.mktemp("property") / "p.sqlite3"))
    SEEN.clear()
    QueueMachine.TestCase().runTest()
    for operation in ("grant", "cut", "transfer", "add_entry", "move", "assign", "cancel",
                      "refund", "deliver", "change_state"):  # fmt: skip
        assert SEEN[f"done {operation}"] > 0, (operation, SEEN)
    for refusal in ("cut", "assign", "deliver"):
        assert SEEN[f"refused {refusal}"] > 0, (refusal, SEEN)
    for flag in Servability:
        assert SEEN[f"flag {flag.value}"] > 0, (flag, SEEN)
