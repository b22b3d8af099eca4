"""Checking a sheet field by field: every row still gets its own problems."""

from __future__ import annotations

from dealerapp.exchange.cells import parse_day
from dealerapp.exchange.columns import Columns
from dealerapp.exchange.mapping import Field
from dealerapp.exchange.sheets import Sheet

FIELDS = (Field("name", "Name"), Field("joined", "Joined"), Field("note", "Note"))


def test_cells_are_stripped_unguarded_and_short_rows_padded() -> None:
    sheet = Sheet(
        "staff.csv",
        ("Name", "Joined", "Note"),
        [["  Ada ", "2011-01-05", "'=SUM(A1)"], ["Bo"], ["", "", ""], ["Cy", "05/01/2011", "ok"]],
    )
    cols = Columns(sheet, {"name": 0, "joined": 1, "note": 2}, FIELDS)
    assert cols["name"] == ["Ada", "Bo", "", "Cy"]
    assert cols["note"] == ["=SUM(A1)", "", "", "ok"]
    assert cols["missing"] == ["", "", "", ""]
    assert cols.blank == {2}
    assert list(cols.checked_rows()) == [0, 1, 3]


def test_a_bad_value_is_a_problem_in_every_row_that_has_it() -> None:
    rows = [["A", "2011-13-45"], ["B", "2011-01-05"], ["C", "2011-13-45"], ["D", "05/01/2011"]]
    sheet = Sheet("dates.csv", ("Name", "Joined"), rows)
    cols = Columns(sheet, {"name": 0, "joined": 1}, FIELDS)
    markets = ["US", "US", "US", "DE"]
    days = cols.parsed("joined", parse_day, markets)
    assert [day.isoformat() if day else None for day in days] == [
        None, "2011-01-05", None, "2011-01-05",
    ]  # fmt: skip
    assert [(p.row, p.field) for p in cols.problems] == [(2, "Joined"), (4, "Joined")]
    assert cols.bad == {0, 2}
    # The same text means another day in another market: the cache keeps them apart.
    us_and_de = Columns(Sheet("d.csv", ("J",), [["03/04/2011"], ["03/04/2011"]]), {"joined": 0},
                        FIELDS).parsed("joined", parse_day, ["US", "DE"])  # fmt: skip
    assert [day.isoformat() for day in us_and_de if day] == ["2011-03-04", "2011-04-03"]


def test_parsing_per_market_gives_the_same_answer_either_way() -> None:
    # Few texts and markets: each text is parsed for every market; many: once per pair.
    # A text that would fail only in a market none of its rows is in names no row.
    def day_unless_de_x(text: str, market: str) -> str:
        if text == "x" and market == "DE":
            raise ValueError("x is not a day in Germany")
        return f"{text}@{market}"

    few = Sheet("f.csv", ("J",), [["x"], ["y"], ["x"], ["y"], ["x"]])
    cols = Columns(few, {"joined": 0}, FIELDS)
    assert cols.parsed("joined", day_unless_de_x, ["US", "DE", "US", "DE", "US"]) == [
        "x@US", "y@DE", "x@US", "y@DE", "x@US",
    ]  # fmt: skip
    assert cols.problems == []
    many = Sheet("m.csv", ("J",), [["x"], ["y"], ["z"]])
    cols = Columns(many, {"joined": 0}, FIELDS)
    assert cols.parsed("joined", day_unless_de_x, ["US", "DE", "FR"]) == ["x@US", "y@DE", "z@FR"]
    cols = Columns(many, {"joined": 0}, FIELDS)
    assert cols.parsed("joined", day_unless_de_x, ["DE", "DE", "FR"]) == [None, "y@DE", "z@FR"]
    assert [p.text() for p in cols.problems] == ["row 2, Joined: x is not a day in Germany"]


def test_looked_up_names_what_was_not_found() -> None:
    sheet = Sheet("d.csv", ("Dealer",), [["US-BAY"], ["XX"], ["us-bay"], [""]])
    cols = Columns(sheet, {"name": 0}, FIELDS)
    known = {"US-BAY": 1}
    found = cols.looked_up("name", lambda text: known.get(text.upper()), "no dealer {text!r}")
    assert found == [1, None, 1, None]
    assert [p.text() for p in cols.problems] == ["row 3, Name: no dealer 'XX'"]


def test_headings_in_the_markets_languages_map_themselves() -> None:
    from dealerapp.exchange.mapping import guess_mapping
    from dealerapp.exchange.waitlist_import import FIELDS

    german = ("Händler", "Anrede", "Nachname", "Vorname", "Straße", "PLZ", "Ort",
              "Anzahlung", "Währung", "Anzahlung am", "Zahlungsart", "Erstattbar")  # fmt: skip
    assert guess_mapping(german, FIELDS) == {
        "dealer": 0, "title": 1, "family_name": 2, "given_name": 3, "street": 4,
        "postal_code": 5, "city": 6, "deposit_amount": 7, "deposit_currency": 8,
        "deposit_date": 9, "deposit_method": 10, "deposit_refundable": 11,
    }  # fmt: skip
    french = ("Concessionnaire", "Civilité", "Nom", "Prénom", "Code postal", "Ville", "Courriel")
    assert guess_mapping(french, FIELDS) == {
        "dealer": 0, "title": 1, "family_name": 2, "given_name": 3, "postal_code": 4,
        "city": 5, "email": 6,
    }  # fmt: skip
    italian = ("Concessionario", "Cognome", "Nome", "Città", "CAP", "Acconto", "Valuta")
    assert guess_mapping(italian, FIELDS) == {
        "dealer": 0, "family_name": 1, "given_name": 2, "city": 3, "postal_code": 4,
        "deposit_amount": 5, "deposit_currency": 6,
    }  # fmt: skip
