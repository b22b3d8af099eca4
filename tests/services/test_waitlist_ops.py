"""Waitlist operations on a copy of the demo data: queue order, history, units, audit, refusals."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import pytest
from sqlalchemy import text

from dealerapp.db.database import Database
from dealerapp.errors import InputError
from dealerapp.services import waitlist
from dealerapp.services.servability import Scope, Servability, compute_flags
from dealerapp.services.waitlist import NewCustomer, WaitlistRefused


def rows(db: Database, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql), params)]


def queue(db: Database, dealer: str) -> list[tuple[int, int]]:
    """(entry id, position) of the dealer's waiting entries, in queue order."""
    return rows(  # type: ignore[return-value]
        db,
        "SELECT e.id, e.position FROM waitlist_entries e JOIN dealers d ON d.id = e.dealer_id "
        "WHERE d.code = :code AND e.status = 'waiting' ORDER BY e.position",
        code=dealer,
    )


def entry_ids(db: Database, dealer: str, status: str) -> list[int]:
    found = rows(
        db,
        "SELECT e.id FROM waitlist_entries e JOIN dealers d ON d.id = e.dealer_id "
        "WHERE d.code = :code AND e.status = :status ORDER BY e.id",
        code=dealer,
        status=status,
    )
    return [r[0] for r in found]


def entry(db: Database, entry_id: int) -> tuple[str, int | None, str | None]:
    """(status, position, deposit_refunded_on) of one entry."""
    return rows(
        db,
        "SELECT status, position, deposit_refunded_on FROM waitlist_entries WHERE id = :id",
        id=entry_id,
    )[0]  # type: ignore[return-value]


def history(db: Database, entry_id: int) -> list[tuple[int | None, int | None]]:
    return rows(  # type: ignore[return-value]
        db,
        "SELECT from_position, to_position FROM position_changes WHERE entry_id = :id ORDER BY id",
        id=entry_id,
    )


def snapshot(db: Database) -> tuple[list[tuple[Any, ...]], ...]:
    return (
        rows(db, "SELECT * FROM waitlist_entries ORDER BY id"),
        rows(db, "SELECT count(*) FROM position_changes"),
        rows(db, "SELECT count(*) FROM audit_log"),
        rows(db, "SELECT count(*) FROM customers"),
    )


@contextmanager
def one_audit(db: Database, action: str) -> Iterator[None]:
    before = rows(db, "SELECT count(*) FROM audit_log")[0][0]
    yield
    assert rows(db, "SELECT count(*) FROM audit_log")[0][0] == before + 1
    assert rows(db, "SELECT action FROM audit_log ORDER BY id DESC LIMIT 1")[0][0] == action


def run(db: Database, op: Callable[..., waitlist.WaitlistResult], **kw: Any) -> Any:
    with db.unit_of_work() as session:
        return op(session, **kw)


def refused(
    db: Database, error: type[Exception], match: str, op: Callable[..., Any], **kw: Any
) -> None:
    """The operation fails with this message and the database is exactly as before."""
    before = snapshot(db)
    with pytest.raises(error, match=match):
        run(db, op, **kw)
    assert snapshot(db) == before


def add(db: Database, dealer: str, name: str, **kw: Any) -> waitlist.WaitlistResult:
    return run(
        db, waitlist.add_entry, dealer=dealer, program=None, customer=NewCustomer(name), **kw
    )


def assert_contiguous(db: Database, dealer: str) -> None:
    assert [p for _id, p in queue(db, dealer)] == list(range(1, len(queue(db, dealer)) + 1))


def covered(db: Database, dealer: str) -> list[int]:
    with db.reading() as session:
        dealer_id = session.execute(text("SELECT id FROM dealers WHERE code = :c"), {"c": dealer})
        scope = Scope(dealer_id=dealer_id.scalar_one())
        return [f.entry_id for f in compute_flags(session, scope, Servability.COVERED)]


def test_add_at_the_end_with_history(demo_db: Database) -> None:
    n = len(queue(demo_db, "IT-ROM"))
    with one_audit(demo_db, "waitlist.add"):
        result = add(demo_db, "IT-ROM", "Rossi", deposit=waitlist.Deposit("5000"))
    assert queue(demo_db, "IT-ROM")[-1] == (result.entry_id, n + 1)
    assert history(demo_db, result.entry_id) == [(None, n + 1)]
    # Italy's Roma Nord: 5 allocated, 2 held, now 2 waiting: not over-subscribed.
    assert result.warning is None


def test_add_ahead_needs_a_reason_and_shifts_the_rest(demo_db: Database) -> None:
    old = queue(demo_db, "US-PPL")
    refused(demo_db, InputError, "reason is required", waitlist.add_entry, dealer="US-PPL",
            program=None, customer=NewCustomer("Walkin"), position=3)  # fmt: skip
    refused(demo_db, InputError, "between 1 and 19", waitlist.add_entry, dealer="US-PPL",
            program=None, customer=NewCustomer("Late"), position=20)  # fmt: skip
    with one_audit(demo_db, "waitlist.add"):
        result = add(demo_db, "US-PPL", "Vip", position=3, reason="Owner's friend")
    new = queue(demo_db, "US-PPL")
    assert new[:3] == [*old[:2], (result.entry_id, 3)]
    assert new[3:] == [(entry_id, p + 1) for entry_id, p in old[2:]]
    assert_contiguous(demo_db, "US-PPL")
    for entry_id, p in old[2:]:
        assert history(demo_db, entry_id)[-1] == (p, p + 1)
    assert history(demo_db, old[0][0])[-1] != (1, 2)


def test_second_open_entry_for_a_customer_is_refused(demo_db: Database) -> None:
    waiting = entry_ids(demo_db, "US-PPL", "waiting")[0]
    customer = rows(demo_db, "SELECT customer_id FROM waitlist_entries WHERE id = :i", i=waiting)
    refused(demo_db, WaitlistRefused, rf"already has an open entry \({waiting}, waiting\) at "
            "Park Place BMW", waitlist.add_entry, dealer="US-PPL", program="1M",
            customer=customer[0][0])  # fmt: skip


@pytest.mark.parametrize(("origin", "target"), [(10, 3), (3, 8)])
def test_move_up_and_down_keeps_history(demo_db: Database, origin: int, target: int) -> None:
    old = dict((p, i) for i, p in queue(demo_db, "US-PPL"))
    moved = old[origin]
    refused(demo_db, InputError, "reason is required", waitlist.move, entry_id=moved,
            to_position=target, reason="")  # fmt: skip
    with one_audit(demo_db, "waitlist.move"):
        run(demo_db, waitlist.move, entry_id=moved, to_position=target, reason="Agreed swap")
    new = dict(queue(demo_db, "US-PPL"))
    assert new[moved] == target
    assert history(demo_db, moved)[-1] == (origin, target)
    step = 1 if target < origin else -1
    shifted = range(target, origin) if target < origin else range(origin + 1, target + 1)
    for p in shifted:
        assert new[old[p]] == p + step
        assert history(demo_db, old[p])[-1] == (p, p + step)
    untouched = set(old) - set(shifted) - {origin}
    assert all(new[old[p]] == p for p in untouched)
    assert_contiguous(demo_db, "US-PPL")


def test_move_refusals(demo_db: Database) -> None:
    first = queue(demo_db, "US-PPL")[0][0]
    n = len(queue(demo_db, "US-PPL"))
    assigned = entry_ids(demo_db, "US-PPL", "assigned")[0]
    kw: dict[str, Any] = {"reason": "r"}
    refused(demo_db, WaitlistRefused, "is assigned, not waiting", waitlist.move,
            entry_id=assigned, to_position=1, **kw)  # fmt: skip
    for bad in (0, n + 1):
        refused(demo_db, InputError, f"between 1 and {n}, not {bad}", waitlist.move,
                entry_id=first, to_position=bad, **kw)  # fmt: skip
    refused(demo_db, InputError, "already at position 1", waitlist.move, entry_id=first,
            to_position=1, **kw)  # fmt: skip


def test_assign_gives_the_unit_to_the_first_in_line(demo_db: Database) -> None:
    old = queue(demo_db, "US-PPL")
    with one_audit(demo_db, "waitlist.assign"):
        result = run(demo_db, waitlist.assign, dealer="US-PPL")
    assert result.entry_id == old[0][0]
    assert entry(demo_db, result.entry_id)[:2] == ("assigned", None)
    assert history(demo_db, result.entry_id)[-1] == (1, None)
    assert queue(demo_db, "US-PPL") == [(i, p - 1) for i, p in old[1:]]
    assert all(history(demo_db, i)[-1] == (p, p - 1) for i, p in old[1:])


def test_assign_refused_without_a_free_unit(demo_db: Database) -> None:
    refused(demo_db, WaitlistRefused, "Bay Area BMW has no unassigned 1M unit: 14 allocated "
            "and 14 already assigned", waitlist.assign, dealer="US-BAY")  # fmt: skip
    first = queue(demo_db, "US-BAY")[0][0]
    refused(demo_db, WaitlistRefused, "Bay Area BMW", waitlist.assign, entry_id=first)


def test_assign_a_chosen_entry_out_of_order_needs_a_reason(demo_db: Database) -> None:
    fifth = queue(demo_db, "US-PPL")[4][0]
    refused(demo_db, InputError, r"out of queue order \(4 customer", waitlist.assign,
            entry_id=fifth)  # fmt: skip
    with one_audit(demo_db, "waitlist.assign"):
        run(demo_db, waitlist.assign, entry_id=fifth, reason="Spec only fits this customer")
    assert entry(demo_db, fifth)[:2] == ("assigned", None)
    assert_contiguous(demo_db, "US-PPL")


@pytest.mark.parametrize("op", [waitlist.cancel, waitlist.refund])
def test_freeing_a_unit_names_the_entry_it_now_covers(demo_db: Database, op: Any) -> None:
    assert covered(demo_db, "US-BAY") == []
    assigned = entry_ids(demo_db, "US-BAY", "assigned")[0]
    first = queue(demo_db, "US-BAY")[0][0]
    with one_audit(demo_db, f"waitlist.{op.__name__}"):
        result = run(demo_db, op, entry_id=assigned, reason="Changed their mind")
    assert result.next_in_line is not None
    assert (result.next_in_line.entry_id, result.next_in_line.position) == (first, 1)
    assert f"now covers entry {first}" in result.summary
    assert covered(demo_db, "US-BAY") == [first]
    status = "cancelled" if op is waitlist.cancel else "refunded"
    assert entry(demo_db, assigned)[0] == status


def test_cancelling_a_waiting_entry_frees_no_unit(demo_db: Database) -> None:
    old = queue(demo_db, "US-BAY")
    result = run(demo_db, waitlist.cancel, entry_id=old[0][0], reason="Bought a Porsche")
    assert result.next_in_line is None
    assert queue(demo_db, "US-BAY") == [(i, p - 1) for i, p in old[1:]]


def test_refund_sets_the_refund_date(demo_db: Database) -> None:
    cancelled = entry_ids(demo_db, "US-BAY", "cancelled")[0]
    waiting = queue(demo_db, "US-PPL")[0][0]
    with one_audit(demo_db, "waitlist.refund"):
        run(
            demo_db,
            waitlist.refund,
            entry_id=cancelled,
            reason="Asked",
            refunded_on=date(2011, 8, 1),
        )
    run(demo_db, waitlist.refund, entry_id=waiting, reason="Memo")
    status, position, refunded_on = entry(demo_db, cancelled)
    assert (status, position, str(refunded_on)) == ("refunded", None, "2011-08-01")
    assert str(entry(demo_db, waiting)[2]) == date.today().isoformat()
    refused(demo_db, WaitlistRefused, "is refunded and cannot be refunded", waitlist.refund,
            entry_id=cancelled, reason="again")  # fmt: skip
    refused(demo_db, InputError, "reason is required to cancel", waitlist.cancel,
            entry_id=queue(demo_db, "US-PPL")[0][0], reason=" ")  # fmt: skip


def test_deliver_only_from_assigned_or_ordered(demo_db: Database) -> None:
    for status in ("assigned", "ordered"):
        chosen = entry_ids(demo_db, "US-PPL", status)[0]
        with one_audit(demo_db, "waitlist.deliver"):
            run(demo_db, waitlist.deliver, entry_id=chosen)
        assert entry(demo_db, chosen)[0] == "delivered"
    for status in ("waiting", "cancelled", "delivered"):
        chosen = entry_ids(demo_db, "US-PPL", status)[0]
        refused(demo_db, WaitlistRefused, f"is {status}; only an assigned or ordered",
                waitlist.deliver, entry_id=chosen)  # fmt: skip


def test_oversubscription_warning(demo_db: Database) -> None:
    # Autohaus Isartal: 16 allocated, 11 held, 4 waiting after one cancel: one place left.
    run(demo_db, waitlist.cancel, entry_id=queue(demo_db, "DE-MUC")[0][0], reason="Left")
    assert add(demo_db, "DE-MUC", "Maier").warning is None
    result = add(demo_db, "DE-MUC", "Huber")
    assert result.warning == (
        "Autohaus Isartal GmbH is over-subscribed for the 1M: 16 unit(s) allocated, 11 assigned "
        "and 6 customer(s) waiting, 1 more than it holds and can expect."
    )


def test_a_failure_after_the_new_customer_is_written_rolls_everything_back(
    demo_db: Database,
) -> None:
    # The customer row is flushed before the deposit is checked: the whole call must vanish.
    minus = waitlist.Deposit("-5")
    refused(demo_db, InputError, "cannot be negative", waitlist.add_entry, dealer="US-PPL",
            program=None, customer=NewCustomer("Minus"), deposit=minus)  # fmt: skip


def test_cancelling_a_covered_waiting_entry_names_who_is_now_covered(demo_db: Database) -> None:
    # Park Place: 2 unassigned units, so positions 1 and 2 are covered and 3 is not.
    old = queue(demo_db, "US-PPL")
    assert covered(demo_db, "US-PPL") == [old[0][0], old[1][0]]
    result = run(demo_db, waitlist.cancel, entry_id=old[0][0], reason="Bought elsewhere")
    assert covered(demo_db, "US-PPL") == [old[1][0], old[2][0]]
    assert result.next_in_line is not None
    assert result.next_in_line.entry_id == old[2][0]
