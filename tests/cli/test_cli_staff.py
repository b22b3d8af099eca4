"""`dealerapp staff`, `--user` and `dealerapp audit` from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from dealerapp.paths import seeds_dir
from tests.cli.conftest import run

pytestmark = pytest.mark.sqlite_only  # each command runs on a copied demo file

US_MEMO = seeds_dir() / "memos" / "bmwna-us-allocation-filled.eml"


def test_roles_from_the_command_line(capsys: pytest.CaptureFixture[str], demo_file: Path) -> None:
    code, out, _ = run(capsys, demo_file, "staff", "list")
    assert code == 0 and "roles are not in force" in out
    code, _, err = run(capsys, demo_file, "staff", "save", "ann", "--name", "Ann", "--role",
                       "advisor")  # fmt: skip
    assert code == 1 and "first staff member must be an active admin" in err
    code, out, _ = run(capsys, demo_file, "staff", "save", "tester", "--name", "Tess",
                       "--role", "admin")  # fmt: skip
    assert code == 0 and "Tess (tester, admin)" in out
    run(capsys, demo_file, "staff", "save", "ann", "--name", "Ann", "--role", "advisor")
    run(capsys, demo_file, "memo", "import", str(US_MEMO))
    code, _, err = run(capsys, demo_file, "--user", "ann", "memo", "apply", "1")
    assert code == 1 and "Applying a memo needs a manager; Ann (ann) is an advisor" in err
    code, _, _ = run(capsys, demo_file, "memo", "apply", "1")
    assert code == 0
    code, out, _ = run(capsys, demo_file, "audit", "--area", "memo", "--user", "tester")
    assert code == 0 and "memo.apply" in out and "tester" in out
    code, out, _ = run(capsys, demo_file, "audit", "--area", "staff")
    assert out.count("staff.save") == 2
