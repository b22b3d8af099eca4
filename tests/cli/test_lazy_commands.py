"""Each command imports only what it needs: --help no database, a command no Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from dealerapp.cli.commands import COMMANDS
from dealerapp.cli.main import build_parser, chosen_command

PROBE = """
import contextlib, io, sys
from dealerapp.cli.main import main
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    try:
        main({argv!r})
    except SystemExit:
        pass
loaded = sorted(name for name in sys.modules
                if name.split('.')[0] in ('PySide6', 'sqlalchemy', 'alembic', 'jinja2', 'babel')
                or name.startswith('dealerapp.cli.') and name.endswith('_commands'))
print(' '.join(sorted({{name.split('.')[0] if not name.startswith('dealerapp') else name
                        for name in loaded}})))
"""


def _loaded(*argv: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(argv=list(argv))],
        capture_output=True, text=True, check=True, timeout=120,
    )  # fmt: skip
    return set(result.stdout.split())


def test_help_imports_no_command_and_no_library() -> None:
    assert _loaded("--help") == set()


def test_a_command_loads_its_own_module_and_no_qt(tmp_path: Path) -> None:
    loaded = _loaded("--db", str(tmp_path / "d.sqlite3"), "flags", "--help")
    assert "PySide6" not in loaded
    assert {name for name in loaded if name.endswith("_commands")} == {
        "dealerapp.cli.flags_commands"
    }
    loaded = _loaded("--db", str(tmp_path / "d.sqlite3"), "db", "status")
    assert "PySide6" not in loaded and "dealerapp.cli.db_commands" in loaded
    assert not {name for name in loaded if name.endswith("_commands")} - {
        "dealerapp.cli.db_commands"
    }


def test_the_command_is_found_past_the_options_before_it() -> None:
    assert chosen_command(["--db", "x.sqlite3", "--user", "ana", "letters", "render"]) == "letters"
    assert chosen_command(["--db=x.sqlite3", "--with-demo"]) is None
    assert chosen_command(["--help"]) is None
    assert chosen_command(["--db"]) is None
    assert chosen_command(["lettrs"]) is None


def test_every_command_s_module_registers_it(capsys: pytest.CaptureFixture[str]) -> None:
    for command in COMMANDS:
        with pytest.raises(SystemExit) as exited:
            build_parser(command).parse_args([command, "--help"])
        assert exited.value.code == 0
        shown = capsys.readouterr().out
        assert shown.startswith(f"usage: dealerapp {command} "), shown
        assert "-h, --help" in shown


def test_only_the_commands_that_print_load_qt(tmp_path: Path) -> None:
    db = str(tmp_path / "d.sqlite3")
    assert "PySide6" not in _loaded("--db", db, "letters", "templates")
    assert "PySide6" not in _loaded("--db", db, "memo", "parse", "--help")
