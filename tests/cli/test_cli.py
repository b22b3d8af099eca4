"""The command line: exit codes, one-line errors without tracebacks, and what it prints."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dealerapp.cli.main import main

pytestmark = pytest.mark.sqlite_only  # each command runs on a copied demo file


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_status_of_a_missing_database_creates_nothing(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code, out, _err = run(capsys, "--db", str(db_path), "db", "status")
    assert code == 0
    assert "not created yet" in out
    assert not db_path.exists()


def test_upgrade_then_status(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "db", "upgrade")
    assert code == 0 and "created at schema revision" in out
    code, out, _ = run(capsys, "--db", str(db_path), "db", "upgrade")
    assert code == 0 and "already at schema revision" in out
    code, out, _ = run(capsys, "--db", str(db_path), "db", "status")
    assert code == 0
    assert str(db_path) in out
    assert "(up to date)" in out
    assert "order status codes" in out


def test_generate_reports_and_refuses_a_second_time(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    args = ("--db", str(db_path), "demo", "generate", "--dealers", "5", "--entries", "200")
    code, out, _ = run(capsys, *args, "--seed", "3")
    assert code == 0
    assert "generated 5 dealers and 200 entries (seed 3)" in out
    code, out, err = run(capsys, *args)
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("dealerapp: error: the database already holds data")
    assert "Traceback" not in err
    code, out, _ = run(capsys, "--db", str(db_path), "db", "status")
    assert "200 waitlist entries" not in out
    assert "waitlist entries" in out and "200" in out


def test_newer_database_is_a_one_line_error(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    import sqlite3

    run(capsys, "--db", str(db_path), "db", "upgrade")
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'abc123future'")
    conn.close()
    for command in (("db", "status"), ("db", "upgrade"), ("demo", "load")):
        code, _out, err = run(capsys, "--db", str(db_path), *command)
        assert code == 1, command
        assert err.count("\n") == 1
        assert "newer version of dealerapp" in err


@pytest.mark.parametrize(
    "argv",
    [
        ("no-such-command",),
        ("db",),
        ("demo", "generate", "--dealers", "0", "--entries", "5"),
        ("demo", "generate", "--dealers", "x", "--entries", "5"),
    ],
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(list(argv))
    assert exited.value.code == 2
    assert "usage: dealerapp" in capsys.readouterr().err


def test_database_url_from_the_environment(
    capsys: pytest.CaptureFixture[str], db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DEALERAPP_DATABASE_URL", f"sqlite:///{db_path}")
    code, out, _ = run(capsys, "db", "upgrade")
    assert code == 0
    assert db_path.exists()
    assert str(db_path) in out


def test_console_script_runs(db_path: Path) -> None:
    """The installed `dealerapp` entry point, in its own process, as a user would type it."""
    env = {**os.environ, "PYTHONWARNINGS": "error"}
    result = subprocess.run(
        [sys.executable, "-m", "dealerapp", "--db", str(db_path), "db", "upgrade"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "created at schema revision" in result.stdout
