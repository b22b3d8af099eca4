"""A dealership of its own from the command line: from `db upgrade` to flags, and the refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dealerapp.config import DatabaseLocation
from tests.cli.conftest import run
from tests.services.test_setup import png

LAKESIDE = (
    "--name", "Lakeside Chevrolet", "--street", "1200 Lake Shore Drive", "--city", "Chicago",
    "--region", "IL", "--postal-code", "60610", "--phone", "(312) 555-0199",
    "--email", "sales@lakeside.example.com", "--signatory", "Dana Whitfield",
    "--signatory-title", "General Sales Manager",
)  # fmt: skip


def ok(capsys: pytest.CaptureFixture[str], db: str, *argv: str) -> str:
    code, out, err = run(capsys, db, *argv)
    assert (code, err) == (0, ""), err
    return out


def refused(capsys: pytest.CaptureFixture[str], db: str, *argv: str) -> str:
    code, out, err = run(capsys, db, *argv)
    assert (code, out) == (1, ""), out
    assert err.startswith("dealerapp: error: ") and err.count("\n") == 1, err
    return err.removeprefix("dealerapp: error: ").strip()


def test_a_chevrolet_dealer_sets_up_the_z06_from_nothing(
    capsys: pytest.CaptureFixture[str], db_location: DatabaseLocation, tmp_path: Path
) -> None:
    db = db_location.url
    ok(capsys, db, "db", "upgrade")
    assert "no programs yet" in ok(capsys, db, "program", "list")
    added = ok(capsys, db, "program", "add", "Z06", "--name", "Chevrolet Corvette Z06",
               "--oem", "GM", "--alias", "Corvette Z06", "--codes", "gm")  # fmt: skip
    assert added.startswith("Added the program Chevrolet Corvette Z06 (Z06), GM")
    market = ok(capsys, db, "market", "add", "US")
    assert "language en, locale en_US, currency USD, letter paper" in market
    logo = tmp_path / "lakeside.png"
    logo.write_bytes(png())
    ok(capsys, db, "dealers", "add", "US-LAK", "--market", "US", *LAKESIDE, "--logo", str(logo))
    ok(capsys, db, "allocation", "grant", "--dealer", "US-LAK", "--units", "3",
       "--reason", "First Z06 allocation")  # fmt: skip
    for family in ("Ames", "Brook", "Cole", "Dunn", "Ellis"):
        ok(capsys, db, "waitlist", "add", "--dealer", "US-LAK", "--family-name", family,
           "--deposit", "5000")  # fmt: skip
    flags = json.loads(ok(capsys, db, "flags", "--json"))
    assert [f["flag"] for f in flags] == ["covered"] * 3 + ["pending"] * 2
    assert {f["program"] for f in flags} == {"Z06"} and {f["dealer"] for f in flags} == {"US-LAK"}
    listing = ok(capsys, db, "dealers", "list")
    assert "Lakeside Chevrolet" in listing and "letter" in listing and "yes" in listing
    assert "Z06" in ok(capsys, db, "program", "list")
    assert "United States" in ok(capsys, db, "market", "list")


def test_set_up_refusals_name_the_thing_and_the_value(
    capsys: pytest.CaptureFixture[str], db_location: DatabaseLocation, tmp_path: Path
) -> None:
    db = db_location.url
    ok(capsys, db, "market", "add", "US")
    ok(capsys, db, "program", "add", "Z06", "--name", "Corvette Z06", "--oem", "GM",
       "--alias", "C8 Z06")  # fmt: skip
    ok(capsys, db, "dealers", "add", "US-LAK", "--market", "US", *LAKESIDE)
    not_image = tmp_path / "letters.pdf"
    not_image.write_bytes(b"%PDF-1.7 not a logo")
    big = tmp_path / "huge.png"
    big.write_bytes(png() + b"\x00" * (2 * 1024 * 1024))
    for argv, words in (
        (("market", "add", "UK"), "'UK' is not an ISO 3166 country code (United Kingdom is GB)"),
        (("market", "add", "US"), "the market United States (US) already exists"),
        (("program", "add", "Z06", "--name", "x", "--oem", "GM"), "already answers to 'Z06'"),
        (("program", "add", "GT", "--name", "Ford GT", "--oem", "Ford", "--alias", "c8 z06"),
         "the alias 'c8 z06' already belongs to the program Corvette Z06 (Z06)"),
        (("dealers", "add", "US-LAK", "--market", "US", *LAKESIDE), "is already Lakeside"),
        (("dealers", "add", "US-NEW", "--market", "XX", *LAKESIDE), "no market 'XX'"),
        (("dealers", "add", "US-NEW", "--market", "US", *LAKESIDE, "--logo", str(not_image)),
         "letters.pdf: not an image dealerapp can print"),
        (("dealers", "add", "US-NEW", "--market", "US", *LAKESIDE, "--logo", str(big)),
         "huge.png: 2.0 MB is too big for a logo (at most 2 MB)"),
        (("dealers", "add", "US-NEW", "--market", "US", "--name", "New"),
         "a dealer's letters need its street, city, postal code, signatory"),
        (("program", "edit", "Z06", "--remove-alias", "Z07"), "has no alias 'Z07'"),
    ):  # fmt: skip
        assert words in refused(capsys, db, *argv)
    listing = ok(capsys, db, "dealers", "list")
    assert listing.count("\n") == 3  # the header, its rule and Lakeside alone


def test_retiring_warns_with_the_number_still_waiting(
    capsys: pytest.CaptureFixture[str], demo_file: Path
) -> None:
    db = str(demo_file)
    out = ok(capsys, db, "program", "retire", "1M")
    assert "Retired the program BMW 1 Series M Coupe (1M)" in out
    assert "warning: 268 customer(s) are still waiting for the 1M" in out
    words = refused(capsys, db, "waitlist", "add", "--dealer", "US-BAY", "--family-name", "Late")
    assert "the program BMW 1 Series M Coupe (1M) is retired" in words
    # History stays readable: the flags of everyone still waiting.
    assert len(json.loads(ok(capsys, db, "flags", "--json"))) == 268
    assert "the program BMW 1 Series M Coupe (1M) has 499 waitlist entries" in refused(
        capsys, db, "program", "delete", "1M"
    )
    ok(capsys, db, "program", "reinstate", "1M")
    ok(capsys, db, "waitlist", "add", "--dealer", "US-BAY", "--family-name", "Late")


def test_a_memo_about_an_untracked_car_says_how_to_track_it(
    capsys: pytest.CaptureFixture[str], db_location: DatabaseLocation
) -> None:
    from dealerapp.paths import seeds_dir

    db = db_location.url
    ok(capsys, db, "market", "add", "US")
    memo = seeds_dir() / "memos" / "gm-corvette-z06-us-allocations-filled.txt"
    out = ok(capsys, db, "memo", "import", str(memo))
    # Read, but about a car no program tracks: nothing of it applies until it is tracked.
    assert "1 directive(s)" in out
    assert "1. allocations_filled (official): market=US, vehicle=Chevrolet Corvette Z06" in out
    assert (
        "note: it names the Chevrolet Corvette Z06, which no program here tracks; track it with "
        "'dealerapp program add Z06 --name \"Chevrolet Corvette Z06\" --oem GM', then "
        "'dealerapp memo reread 1'"
    ) in out
    ok(capsys, db, "program", "add", "Z06", "--name", "Chevrolet Corvette Z06", "--oem", "GM")
    again = ok(capsys, db, "memo", "reread", "1")
    assert "1. allocations_filled (official): market=US, program=Z06, vehicle=" in again
    assert "note:" not in ok(capsys, db, "memo", "show", "1")
