"""Operations on the command line, on a copy of the demo database: output, exit codes, errors."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from dealerapp.cli.main import main
from tests.cli.conftest import run

# The checks read the demo file with sqlite3 directly.
pytestmark = pytest.mark.sqlite_only

FLAG_KEYS = {"entry_id", "customer", "dealer", "market", "program", "position", "flag",
             "explanation"}  # fmt: skip


def query(db: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        found = conn.execute(sql, params).fetchall()
    conn.close()
    return found


def ids(db: Path, dealer: str, status: str) -> list[int]:
    """The dealer's entries with this status; waiting ones in queue order."""
    found = query(
        db,
        "SELECT e.id FROM waitlist_entries e JOIN dealers d ON d.id = e.dealer_id "
        "WHERE d.code = ? AND e.status = ? ORDER BY e.position, e.id",
        dealer,
        status,
    )
    return [r[0] for r in found]


def status_of(db: Path, entry_id: int) -> tuple[str, int | None]:
    return query(db, "SELECT status, position FROM waitlist_entries WHERE id = ?", entry_id)[0]


def flags_json(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> list[dict[str, Any]]:
    code, out, err = run(capsys, db, "flags", "--json", *argv)
    assert (code, err) == (0, "")
    return json.loads(out)


def assert_one_line_error(code: int, out: str, err: str, start: str = "") -> None:
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith(f"dealerapp: error: {start}")
    assert "Traceback" not in err


def test_flags_json_has_one_object_per_waiting_entry(
    capsys: pytest.CaptureFixture[str], demo_file: Path
) -> None:
    flags = flags_json(capsys, demo_file)
    waiting = query(demo_file, "SELECT id FROM waitlist_entries WHERE status = 'waiting'")
    assert sorted(f["entry_id"] for f in flags) == sorted(r[0] for r in waiting)
    assert all(set(f) == FLAG_KEYS for f in flags)
    assert {f["flag"] for f in flags} == {"covered", "pending"}
    bay = [f for f in flags if f["dealer"] == "US-BAY"]
    assert bay and all(f["market"] == "US" and f["program"] == "1M" for f in bay)
    assert bay[0]["explanation"].startswith(f"Position {bay[0]['position']} at Bay Area BMW")


def test_us_memo_makes_customers_unservable(
    capsys: pytest.CaptureFixture[str], demo_file: Path
) -> None:
    before = flags_json(capsys, demo_file, "--market", "US", "--status", "unservable")
    assert before == []
    pending = flags_json(capsys, demo_file, "--market", "US", "--status", "pending")
    code, out, _ = run(capsys, demo_file, "market", "close", "--market", "US", "--reason", "memo")
    assert code == 0
    assert out == "Closed United States (US) for 1M: open -> closed\n"
    code, out, _ = run(capsys, demo_file, "market", "fill", "--market", "us", "--reason", "memo")
    assert code == 0
    assert "closed -> closed, allocations filled" in out
    after = flags_json(capsys, demo_file, "--market", "US", "--status", "unservable")
    assert len(after) >= 100
    assert {f["entry_id"] for f in after} == {f["entry_id"] for f in pending}
    assert all("US allocations were declared filled" in f["explanation"] for f in after)
    assert all(f["market"] == "US" for f in after)
    code, out, _ = run(capsys, demo_file, "market", "fill", "--market", "US", "--reason", "again")
    assert code == 0 and out.rstrip().endswith("(no change)")


def test_flags_for_one_dealer_as_a_table(
    capsys: pytest.CaptureFixture[str], demo_file: Path
) -> None:
    code, out, err = run(capsys, demo_file, "flags", "--dealer", "US-BAY")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split() == [
        "entry", "customer", "dealer", "market", "program", "pos", "flag", "explanation",
    ]  # fmt: skip
    body = [line for line in lines[1:] if "US-BAY" in line]
    assert len(body) == len(ids(demo_file, "US-BAY", "waiting")) == 25
    assert all(" pending " in line for line in body)
    assert lines[-1] == "25 waiting: 0 covered, 25 pending, 0 unservable"


def test_allocation_grant_cut_transfer(capsys: pytest.CaptureFixture[str], demo_file: Path) -> None:
    code, out, _ = run(capsys, demo_file, "allocation", "grant", "--dealer", "US-PPL",
                       "--units", "2", "--reason", "July", "--period", "2011-07")  # fmt: skip
    assert code == 0
    assert out == "Granted 2 1M unit(s) to Park Place BMW (US-PPL): 12 -> 14\n"
    code, out, _ = run(capsys, demo_file, "allocation", "cut", "--dealer", "US-PPL",
                       "--units", "1", "--reason", "Short")  # fmt: skip
    assert code == 0
    assert out == "Cut 1 1M unit(s) from Park Place BMW (US-PPL): 14 -> 13\n"
    code, out, _ = run(capsys, demo_file, "allocation", "grant", "--market", "AU",
                       "--units", "5", "--reason", "More for Australia")  # fmt: skip
    assert code == 0
    assert out == "Granted 5 1M unit(s) to the AU national share: 125 -> 130\n"
    code, out, _ = run(capsys, demo_file, "allocation", "transfer", "--from", "DE-MUC",
                       "--to", "DE-STR", "--units", "1", "--reason", "Swap")  # fmt: skip
    assert code == 0
    assert out.startswith("Transferred 1 1M unit(s) from Autohaus Isartal GmbH (DE-MUC) to")
    assert out.rstrip().endswith("16 -> 15 and 12 -> 13")
    kinds = query(demo_file, "SELECT kind, units FROM allocation_events ORDER BY id DESC LIMIT 2")
    assert sorted(kinds) == [("transfer_in", 1), ("transfer_out", -1)]


def test_allocation_refusals_are_one_line(
    capsys: pytest.CaptureFixture[str], demo_file: Path
) -> None:
    rows = query(demo_file, "SELECT count(*) FROM allocation_events")
    code, out, err = run(capsys, demo_file, "allocation", "cut", "--dealer", "US-BAY",
                         "--units", "1", "--reason", "x")  # fmt: skip
    assert_one_line_error(code, out, err, "cannot cut 1 1M unit(s) from Bay Area BMW (US-BAY)")
    assert "14 allocated and 14 already assigned" in err
    code, out, err = run(capsys, demo_file, "allocation", "transfer", "--from", "US-PPL",
                         "--to", "AU-SYD", "--units", "1", "--reason", "x")  # fmt: skip
    assert_one_line_error(code, out, err)
    assert "units move only between dealers of one market" in err
    code, out, err = run(capsys, demo_file, "allocation", "grant", "--dealer", "US-PPL",
                         "--units", "1", "--reason", "x", "--period", "March")  # fmt: skip
    assert_one_line_error(code, out, err, "period 'March'")
    assert query(demo_file, "SELECT count(*) FROM allocation_events") == rows


def test_waitlist_add_warns_when_over_subscribed(
    capsys: pytest.CaptureFixture[str], demo_file: Path
) -> None:
    code, out, err = run(capsys, demo_file, "waitlist", "add", "--dealer", "US-BAY",
                         "--family-name", "Doe", "--given-name", "Jane", "--deposit", "5000",
                         "--method", "card")  # fmt: skip
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith("Added Jane Doe to Bay Area BMW's 1M waitlist at position 26 of 26")
    assert lines[1] == (
        "warning: Bay Area BMW is over-subscribed for the 1M: 14 unit(s) allocated, 14 assigned "
        "and 26 customer(s) waiting, 26 more than it holds and can expect."
    )
    code, out, _ = run(capsys, demo_file, "waitlist", "add", "--dealer", "IT-ROM",
                       "--company", "Ferri S.r.l.")  # fmt: skip
    assert code == 0 and "warning" not in out


def test_waitlist_move(capsys: pytest.CaptureFixture[str], demo_file: Path) -> None:
    fifth = ids(demo_file, "US-PPL", "waiting")[4]
    code, out, _ = run(capsys, demo_file, "waitlist", "move", str(fifth), "--to", "1",
                       "--reason", "Deposit date corrected")  # fmt: skip
    assert code == 0
    assert out.rstrip().endswith(f"(entry {fifth}) from 5 to 1")
    assert status_of(demo_file, fifth) == ("waiting", 1)
    assigned = ids(demo_file, "US-PPL", "assigned")[0]
    code, out, err = run(capsys, demo_file, "waitlist", "move", str(assigned), "--to", "1",
                         "--reason", "x")  # fmt: skip
    assert_one_line_error(code, out, err, f"entry {assigned} is assigned, not waiting")


def test_waitlist_assign(capsys: pytest.CaptureFixture[str], demo_file: Path) -> None:
    first = ids(demo_file, "US-PPL", "waiting")[0]
    code, out, _ = run(capsys, demo_file, "waitlist", "assign", "--dealer", "US-PPL")
    assert code == 0
    assert out.startswith("Assigned a 1M unit of Park Place BMW to")
    assert f"(entry {first}, was position 1); 1 unassigned left" in out
    assert status_of(demo_file, first) == ("assigned", None)
    code, out, err = run(capsys, demo_file, "waitlist", "assign", "--dealer", "US-BAY")
    assert_one_line_error(code, out, err, "Bay Area BMW has no unassigned 1M unit")


def test_waitlist_cancel_offers_the_freed_unit(
    capsys: pytest.CaptureFixture[str], demo_file: Path
) -> None:
    assigned = ids(demo_file, "US-BAY", "assigned")[0]
    first = ids(demo_file, "US-BAY", "waiting")[0]
    code, out, _ = run(capsys, demo_file, "waitlist", "cancel", str(assigned), "--reason", "x")
    assert code == 0
    assert f"The freed unit now covers entry {first}" in out
    covered = flags_json(capsys, demo_file, "--dealer", "US-BAY", "--status", "covered")
    assert [f["entry_id"] for f in covered] == [first]
    delivered = ids(demo_file, "US-BAY", "delivered")[0]
    code, out, err = run(capsys, demo_file, "waitlist", "cancel", str(delivered), "--reason", "x")
    assert_one_line_error(code, out, err, f"entry {delivered} is delivered and cannot be cancel")


def test_waitlist_refund(capsys: pytest.CaptureFixture[str], demo_file: Path) -> None:
    waiting = ids(demo_file, "US-BAY", "waiting")[-1]
    code, out, _ = run(capsys, demo_file, "waitlist", "refund", str(waiting), "--reason",
                       "US allocations filled", "--on", "2011-08-01")  # fmt: skip
    assert code == 0
    assert "refunded on 2011-08-01" in out
    refunded = query(demo_file, "SELECT deposit_refunded_on FROM waitlist_entries WHERE id = ?",
                     waiting)  # fmt: skip
    assert refunded == [("2011-08-01",)]
    code, out, err = run(capsys, demo_file, "waitlist", "refund", str(waiting), "--reason", "x")
    assert_one_line_error(code, out, err, f"entry {waiting} is refunded")


def test_waitlist_deliver(capsys: pytest.CaptureFixture[str], demo_file: Path) -> None:
    ordered = ids(demo_file, "US-PPL", "ordered")[0]
    code, out, _ = run(capsys, demo_file, "waitlist", "deliver", str(ordered))
    assert code == 0 and out.startswith(f"Delivered entry {ordered} (")
    assert status_of(demo_file, ordered) == ("delivered", None)
    waiting = ids(demo_file, "US-PPL", "waiting")[0]
    code, out, err = run(capsys, demo_file, "waitlist", "deliver", str(waiting))
    assert_one_line_error(code, out, err, f"entry {waiting} is waiting; only an assigned")


@pytest.mark.parametrize(
    "argv",
    [
        ("waitlist", "move", "1", "--to", "2"),
        ("waitlist", "cancel", "1"),
        ("waitlist", "refund", "1"),
        ("allocation", "grant", "--dealer", "US-PPL", "--units", "1"),
        ("allocation", "transfer", "--from", "DE-MUC", "--to", "DE-STR", "--units", "1"),
        ("market", "close", "--market", "US"),
    ],
)
def test_missing_reason_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], demo_file: Path, argv: tuple[str, ...]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--db", str(demo_file), *argv])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "usage: dealerapp" in err and "--reason" in err


@pytest.mark.parametrize(
    "argv",
    [
        ("allocation", "grant", "--dealer", "US-PPL", "--units", "0", "--reason", "r"),
        ("allocation", "cut", "--dealer", "US-PPL", "--market", "US", "--units", "1",
         "--reason", "r"),
        ("waitlist", "move", "x", "--to", "1", "--reason", "r"),
        ("waitlist", "refund", "1", "--reason", "r", "--on", "1 Aug 2011"),
    ],
)  # fmt: skip
def test_bad_arguments_are_usage_errors(
    capsys: pytest.CaptureFixture[str], demo_file: Path, argv: tuple[str, ...]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--db", str(demo_file), *argv])
    assert exited.value.code == 2
    assert "usage: dealerapp" in capsys.readouterr().err
