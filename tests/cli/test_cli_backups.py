"""`dealerapp backup` and `restore`, and the automatic backups before memos and imports."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from dealerapp.db.backups import backup_folder, list_backups
from dealerapp.paths import seeds_dir
from tests.cli.conftest import run

pytestmark = pytest.mark.sqlite_only  # each command runs on a copied demo file

US_MEMO = seeds_dir() / "memos" / "bmwna-us-allocation-filled.eml"


def family_of_customer_one(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT family_name FROM customers WHERE id = 1").fetchone()[0])
    finally:
        conn.close()


def test_backup_list_and_restore(
    capsys: pytest.CaptureFixture[str], demo_file: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    original = family_of_customer_one(demo_file)
    out_file = tmp_path / "copy.sqlite3"
    code, out, _ = run(capsys, demo_file, "backup", "--out", str(out_file))
    assert code == 0 and str(out_file) in out
    assert family_of_customer_one(out_file) == original
    code, out, _ = run(capsys, demo_file, "backup")
    assert code == 0 and str(backup_folder(demo_file)) in out
    code, out, _ = run(capsys, demo_file, "backup", "--list")
    assert code == 0 and "manual" in out and "none yet" not in out
    conn = sqlite3.connect(demo_file)
    conn.execute("UPDATE customers SET family_name = 'Overwritten' WHERE id = 1")
    conn.commit()
    conn.close()
    monkeypatch.chdir(tmp_path)  # a backup named relative to where the person is
    code, out, _ = run(capsys, demo_file, "restore", out_file.name)
    assert code == 0 and "the database it replaced is kept as" in out
    assert family_of_customer_one(demo_file) == original
    kept = [b for b in list_backups(demo_file) if b.reason == "before-restore"]
    assert len(kept) == 1 and family_of_customer_one(kept[0].path) == "Overwritten"
    code, _, err = run(capsys, demo_file, "restore", str(tmp_path / "nothing.sqlite3"))
    assert code == 1 and "no such backup file" in err


def test_memo_apply_and_revert_are_backed_up_first(
    capsys: pytest.CaptureFixture[str], demo_file: Path
) -> None:
    run(capsys, demo_file, "memo", "import", str(US_MEMO))
    code, _, _ = run(capsys, demo_file, "memo", "apply", "1")
    assert code == 0
    code, _, _ = run(capsys, demo_file, "memo", "revert", "1")
    assert code == 0
    reasons = [backup.reason for backup in list_backups(demo_file)]
    assert reasons == ["before-memo-1-revert", "before-memo-1-apply"]


def test_a_damaged_database_is_named_and_restore_latest_mends_it(
    capsys: pytest.CaptureFixture[str], demo_file: Path
) -> None:
    run(capsys, demo_file, "backup")
    size = demo_file.stat().st_size
    with demo_file.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\xff" * 8192)
    code, _, err = run(capsys, demo_file, "flags")
    assert code == 1 and "the database is damaged" in err and "dealerapp restore" in err
    code, out, _ = run(capsys, demo_file, "restore", "--latest")
    assert code == 0 and "restored" in out and "manual" in out
    code, _, _ = run(capsys, demo_file, "flags")
    assert code == 0
