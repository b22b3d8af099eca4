"""`dealerapp memo ...` on a copy of the demo database: what it prints, exit codes, refusals."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfWriter

from dealerapp.cli.main import main

SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "memos"
US_MEMO = SEEDS / "bmwna-us-allocation-filled.eml"
PRESS = SEEDS / "press-rumor-production-doubling.txt"
INCREASE = SEEDS / "bmwna-dealer-allocation-increase.txt"
DIRECTIVE_KEYS = {
    "kind", "market", "program", "vehicle", "dealer", "units", "from", "to", "date", "weeks",
    "confidence", "evidence",
}  # fmt: skip


@pytest.fixture
def demo_copy(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo-copy.sqlite3"
    shutil.copy(demo_template, path)
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def query(path: Path, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def assert_one_line_error(code: int, out: str, err: str) -> None:
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("dealerapp: error:")
    assert "Traceback" not in err


def test_parse_json_of_the_us_memo(capsys: pytest.CaptureFixture[str], demo_copy: Path) -> None:
    code, out, _ = run(capsys, "--db", str(demo_copy), "memo", "parse", str(US_MEMO), "--json")
    assert code == 0
    parsed = json.loads(out)
    assert set(parsed) == {"sender", "date", "confidence", "directives", "language", "may_matter"}
    assert parsed["language"] == "en"
    assert parsed["date"] == "2011-07-21"
    assert parsed["confidence"] == "official"
    assert "BMW NA Product Planning" in parsed["sender"]
    for directive in parsed["directives"]:
        assert set(directive) == DIRECTIVE_KEYS
        assert directive["market"] == "US"
        assert directive["confidence"] == "official"
    kinds = [d["kind"] for d in parsed["directives"]]
    assert "market_closed" in kinds and "allocations_filled" in kinds
    assert query(demo_copy, "SELECT count(*) FROM memos") == [(0,)]


def test_parse_without_a_database_creates_none(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "nowhere" / "missing.sqlite3"
    code, out, err = run(capsys, "--db", str(missing), "memo", "parse", str(US_MEMO), "--json")
    assert code == 0, err
    assert json.loads(out)["confidence"] == "official"
    assert not missing.exists()
    assert not missing.parent.exists()


def test_import_list_show_preview_apply_flags_revert(
    capsys: pytest.CaptureFixture[str], demo_copy: Path
) -> None:
    db = ("--db", str(demo_copy))
    code, out, _ = run(capsys, *db, "memo", "import", str(US_MEMO))
    assert code == 0
    assert out.startswith("Imported memo 1 (bmwna-us-allocation-filled.eml): official")
    code, out, _ = run(capsys, *db, "memo", "list")
    assert code == 0 and "bmwna-us-allocation-filled.eml" in out and "imported" in out
    code, out, _ = run(capsys, *db, "memo", "show", "1")
    assert code == 0
    assert "All US allocations of the 1 Series M Coupe have been filled." in out
    assert "allocations_filled (official)" in out
    code, out, _ = run(capsys, *db, "memo", "preview", "1")
    assert code == 0
    assert "129 pending -> unservable" in out
    assert query(demo_copy, "SELECT count(*) FROM market_program_states") == [(0,)]
    code, out, _ = run(capsys, *db, "memo", "apply", "1")
    assert code == 0
    assert out.startswith("Applied memo 1") and "129 pending -> unservable" in out
    code, out, _ = run(capsys, *db, "flags", "--status", "unservable", "--json")
    assert code == 0
    unservable = json.loads(out)
    assert len(unservable) == 129
    assert {f["market"] for f in unservable} == {"US"}
    code, out, _ = run(capsys, *db, "memo", "revert", "1")
    assert code == 0 and out.startswith("Reverted memo 1")
    code, out, _ = run(capsys, *db, "flags", "--status", "unservable", "--json")
    assert json.loads(out) == []
    assert query(demo_copy, "SELECT state FROM memos") == [("reverted",)]


def test_scenario_of_the_press_memo(capsys: pytest.CaptureFixture[str], demo_copy: Path) -> None:
    db = ("--db", str(demo_copy))
    run(capsys, *db, "memo", "import", str(PRESS))
    ledger = query(demo_copy, "SELECT count(*), sum(units) FROM allocation_events")
    code, out, _ = run(capsys, *db, "memo", "scenario", "1")
    assert code == 0
    assert out.startswith("Scenario for memo 1")
    assert "As if the 1M run went from 2,500 to 5,000" in out
    assert "pending -> covered" in out
    assert query(demo_copy, "SELECT count(*), sum(units) FROM allocation_events") == ledger
    assert query(demo_copy, "SELECT state FROM memos") == [("imported",)]


def test_import_with_apply(capsys: pytest.CaptureFixture[str], demo_copy: Path) -> None:
    code, out, _ = run(capsys, "--db", str(demo_copy), "memo", "import", str(INCREASE), "--apply")
    assert code == 0
    assert "Imported memo 1" in out and "Applied memo 1" in out
    assert "2 pending -> covered" in out
    assert query(demo_copy, "SELECT state FROM memos") == [("applied",)]
    assert query(demo_copy, "SELECT units, source FROM allocation_events WHERE memo_id = 1") == [
        (2, "memo")
    ]


def encrypted_pdf() -> bytes:
    writer = PdfWriter(clone_from=SEEDS / "bmw-ag-production-end.pdf")
    writer.encrypt("secret")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "expected"),
    [("empty.txt", "empty"), ("locked.pdf", "encrypted"), ("memo.docx", ".docx")],
)
def test_bad_file_is_one_error_and_stores_nothing(
    capsys: pytest.CaptureFixture[str], demo_copy: Path, tmp_path: Path, name: str, expected: str
) -> None:
    content = {"empty.txt": b"", "memo.docx": b"PK\x03\x04"}.get(name) or encrypted_pdf()
    path = tmp_path / name
    path.write_bytes(content)
    audit = query(demo_copy, "SELECT count(*) FROM audit_log")
    code, out, err = run(capsys, "--db", str(demo_copy), "memo", "import", str(path))
    assert_one_line_error(code, out, err)
    assert name in err and expected in err
    assert query(demo_copy, "SELECT count(*) FROM memos") == [(0,)]
    assert query(demo_copy, "SELECT count(*) FROM audit_log") == audit


def test_importing_twice_names_the_earlier_memo(
    capsys: pytest.CaptureFixture[str], demo_copy: Path
) -> None:
    run(capsys, "--db", str(demo_copy), "memo", "import", str(US_MEMO))
    code, out, err = run(capsys, "--db", str(demo_copy), "memo", "import", str(US_MEMO))
    assert_one_line_error(code, out, err)
    assert "already imported as memo 1" in err
    assert query(demo_copy, "SELECT count(*) FROM memos") == [(1,)]


def test_applying_a_rumor_changes_nothing(
    capsys: pytest.CaptureFixture[str], demo_copy: Path, tmp_path: Path
) -> None:
    rumor = tmp_path / "rumor.txt"
    rumor.write_text(
        "From: Motoring\nDate: 22 July 2011\n\nBMW will reportedly double 1M production from "
        "2,500 to 5,000, according to sources.\n",
        encoding="utf-8",
    )
    run(capsys, "--db", str(demo_copy), "memo", "import", str(rumor))
    tables = ("audit_log", "allocation_events", "market_program_states", "market_state_events")
    before = [query(demo_copy, f"SELECT count(*) FROM {t}") for t in tables]
    planned = query(demo_copy, "SELECT planned_units FROM programs")
    code, out, err = run(capsys, "--db", str(demo_copy), "memo", "apply", "1")
    assert_one_line_error(code, out, err)
    assert "rumor" in err and "memo scenario 1" in err
    assert [query(demo_copy, f"SELECT count(*) FROM {t}") for t in tables] == before
    assert query(demo_copy, "SELECT planned_units FROM programs") == planned
    assert query(demo_copy, "SELECT state, confidence FROM memos") == [("imported", "rumor")]


def test_correct_exclude_shows_removed(capsys: pytest.CaptureFixture[str], demo_copy: Path) -> None:
    db = ("--db", str(demo_copy))
    run(capsys, *db, "memo", "import", str(US_MEMO))
    ordinal = query(demo_copy, "SELECT ordinal FROM directives WHERE kind = 'allocations_filled'")[
        0
    ][0]
    code, out, _ = run(capsys, *db, "memo", "correct", "1", str(ordinal), "--exclude")
    assert code == 0 and f"Corrected directive {ordinal} of memo 1" in out
    code, out, _ = run(capsys, *db, "memo", "show", "1")
    assert code == 0
    removed = [line for line in out.splitlines() if "[removed]" in line]
    assert len(removed) == 1 and removed[0].startswith(f"{ordinal}. allocations_filled")
    code, out, _ = run(capsys, *db, "memo", "apply", "1")
    assert code == 0 and "removed by a person" in out
    assert query(demo_copy, "SELECT closed, filled FROM market_program_states") == [(1, 0)]


def test_show_lists_what_may_matter_and_add_takes_one(
    capsys: pytest.CaptureFixture[str], demo_copy: Path, tmp_path: Path
) -> None:
    memo = tmp_path / "review.txt"
    memo.write_text(
        "From: BMW Canada Product Management\n\n"
        "The 1M allocation for Canada is being reviewed by BMW. Dealers will hear more soon.\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "--db", str(demo_copy), "memo", "import", str(memo))
    assert code == 0, err
    assert "0 directive(s)" in out
    assert '1. "The 1M allocation for Canada is being reviewed by BMW."' in out
    code, out, err = run(
        capsys, "--db", str(demo_copy), "memo", "add", "1", "--kind", "market_allocation",
        "--sentence", "1", "--market", "CA", "--program", "1M", "--units", "20",
    )  # fmt: skip
    assert (code, out.strip()) == (0, "Added directive 1 (market_allocation) to memo 1"), err
    code, out, _ = run(capsys, "--db", str(demo_copy), "memo", "show", "1")
    assert "1. market_allocation (official) [added by " in out
    assert "market=CA, program=1M, units=20" in out
    assert "may matter" not in out  # the sentence has its directive now
    code, _out, err = run(capsys, "--db", str(demo_copy), "memo", "add", "1", "--kind",
                          "market_closed", "--market", "CA")  # fmt: skip
    assert code != 0 and "a market closed needs its program" in err


def test_junk_is_refused_unless_anyway_and_a_memo_never_applied_can_be_deleted(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "shopping.txt"
    junk.write_text("Milk, eggs, bread and a new umbrella.\n", encoding="utf-8")
    code, _out, err = run(capsys, "--db", str(demo_copy), "memo", "import", str(junk))
    assert code == 1
    assert "shopping.txt: the text names no program, market or dealer" in err
    assert "--anyway" in err
    assert query(demo_copy, "SELECT count(*) FROM memos") == [(0,)]
    code, out, _err = run(capsys, "--db", str(demo_copy), "memo", "import", str(junk), "--anyway")
    assert code == 0 and "Imported memo 1" in out
    code, _out, err = run(capsys, "--db", str(demo_copy), "memo", "delete", "1", "--reason", " ")
    assert code == 1 and "say why" in err
    code, out, _err = run(
        capsys, "--db", str(demo_copy), "memo", "delete", "1", "--reason", "Wrong file"
    )
    assert code == 0 and out.strip() == "Deleted memo 1 (shopping.txt): Wrong file"
    assert query(demo_copy, "SELECT count(*) FROM memos") == [(0,)]
    assert query(
        demo_copy, "SELECT summary FROM audit_log WHERE action = 'memo.delete'"
    ) == [("Deleted memo 1 (shopping.txt): Wrong file",)]  # fmt: skip


def test_an_applied_memo_cannot_be_deleted(
    demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "--db", str(demo_copy), "memo", "import", str(US_MEMO), "--apply")[0] == 0
    code, _out, err = run(capsys, "--db", str(demo_copy), "memo", "delete", "1", "--reason", "oops")
    assert code == 1
    assert "memo 1 is applied: only a memo that was never applied can be deleted" in err


def test_a_letters_pdf_picked_by_mistake_is_not_a_memo(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    # qapp: rendering in this process would otherwise start a bare QGuiApplication, and
    # the window tests after it could make no QApplication.
    letters = tmp_path / "letters.pdf"
    code = run(
        capsys, "--db", str(demo_copy), "letters", "render", "--template", "general",
        "--market", "US", "--out", str(letters),
    )[0]  # fmt: skip
    assert code == 0
    code, _out, err = run(capsys, "--db", str(demo_copy), "memo", "import", str(letters))
    assert code == 1
    assert "letters.pdf: this is a PDF of letters written by dealerapp, not a memo" in err
    assert query(demo_copy, "SELECT count(*) FROM memos") == [(0,)]
