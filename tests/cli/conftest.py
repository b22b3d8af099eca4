"""What the command-line tests on a copy of the demo database share."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from dealerapp.cli.main import main
from tests.conftest import ON_POSTGRES, postgres_database


@pytest.fixture
def demo_file(
    demo_template: Path, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[Path | str]:
    """A copy of the demo database: a file, or on the PostgreSQL run the URL of a copy."""
    if ON_POSTGRES:
        template = request.getfixturevalue("demo_template_postgres")
        for location in postgres_database(template=template):
            yield location.url
        return
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_template, path)
    yield path


def run(capsys: pytest.CaptureFixture[str], db: Path | str, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err
