"""`orders` and `waitlist import|export` on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dealerapp.db.backups import list_backups
from tests.cli.conftest import run


def test_orders_list_by_stage_and_show(capsys: pytest.CaptureFixture[str], demo_file: Path) -> None:
    code, out, _ = run(capsys, demo_file, "orders", "list", "--stage", "in_transit", "--json")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows and {row["stage"] for row in rows} == {"in_transit"}
    code, out, _ = run(capsys, demo_file, "orders", "show", rows[0]["order"])
    assert code == 0 and "Specification (locked)" in out and rows[0]["code"] in out
    code, _, err = run(capsys, demo_file, "orders", "details", rows[0]["order"], "--spec", "Red")
    assert code == 1 and "locked" in err


def test_order_status_import_checks_then_applies(
    capsys: pytest.CaptureFixture[str], demo_file: Path, tmp_path: Path
) -> None:
    code, out, _ = run(capsys, demo_file, "orders", "list", "--stage", "scheduled", "--json")
    number = json.loads(out.splitlines()[0])["order"]
    portal = tmp_path / "portal.csv"
    portal.write_text(f"Order,Code,Date\n{number},150,2011-06-01\n999,150,2011-06-01\n")
    code, out, _ = run(capsys, demo_file, "orders", "import", str(portal))
    assert code == 1 and "problem: row 3, Order number: no order 999" in out
    code, out, err = run(capsys, demo_file, "orders", "import", str(portal), "--apply")
    assert code == 1 and "nothing was imported" in err
    code, out, _ = run(
        capsys, demo_file, "orders", "import", str(portal), "--apply", "--valid-only"
    )
    assert code == 0 and "1 orders moved" in out
    # Each --apply was backed up first, the refused one too (nothing is lost by a backup).
    if isinstance(demo_file, Path):  # the shared server backs up with its own tools
        assert [b.reason for b in list_backups(demo_file)] == ["before-import", "before-import"]
    code, out, _ = run(capsys, demo_file, "orders", "show", number)
    assert "150" in out and "import" in out


def test_waitlist_export_and_import(
    capsys: pytest.CaptureFixture[str], demo_file: Path, tmp_path: Path
) -> None:
    out_file = tmp_path / "waitlist.xlsx"
    code, out, _ = run(capsys, demo_file, "waitlist", "export", "--out", str(out_file))
    assert code == 0 and "499 entries" in out
    fresh = tmp_path / "fresh.sqlite3"
    assert run(capsys, fresh, "demo", "load", "--dealers-only")[0] == 0
    code, out, _ = run(capsys, fresh, "waitlist", "import", str(out_file))
    assert code == 0 and "499 rows are ready" in out
    code, out, _ = run(capsys, fresh, "waitlist", "import", str(out_file), "--apply")
    assert code == 0 and "Imported 499 waitlist entries" in out
    code, out, _ = run(capsys, fresh, "waitlist", "import", str(out_file), "--map", "dealer=Nope")
    assert code == 1


def test_dealers_import(
    capsys: pytest.CaptureFixture[str], demo_file: Path, tmp_path: Path
) -> None:
    sheet = tmp_path / "dealers.csv"
    sheet.write_text(
        "Code,Market,Name,Street,City,ZIP,Signatory\n"
        "US-NEW,US,New BMW,1 Road,Austin,78701,Pat Lee\n"
        "US-BAY,US,Bay Area BMW (renamed),2600 El Camino Real,Redwood City,94061,Jennifer Walsh\n"
        "XX-1,XX,Nowhere,1 Road,Nowhere,1,Nobody\n"
    )
    code, out, _ = run(capsys, demo_file, "dealers", "import", str(sheet))
    assert code == 1 and "row 4, Market: no market XX" in out
    code, out, _ = run(
        capsys, demo_file, "dealers", "import", str(sheet), "--apply", "--valid-only"
    )
    assert code == 0 and "1 new, 1 updated" in out
