"""Memos in German and French: their header lines, dates, numbers and market names.

Text written here is for regression only; the reader's figures come from the
real passages in tests/memos/real/ (benchmarks/memo_accuracy.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from dealerapp.memos.parse import parse_text
from dealerapp.memos.quantities import find_date
from dealerapp.memos.readers.headers import header_lines, parse_day
from dealerapp.memos.vocabulary import base_vocabulary

GERMAN = """Von: BMW AG Vertrieb Deutschland
Datum: 14. Juli 2011
Betreff: 1er M Coupé, Kontingente

Für den deutschen Markt wird das Kontingent des BMW 1er M Coupé auf zweitausendfünfhundert \
Fahrzeuge festgelegt. Österreich erhält 2.500 Einheiten des 1M. Die Produktion des 1er M Coupé \
endet im Dezember 2011.
"""

FRENCH = """De : BMW France
Date : 21 juillet 2011
Objet : BMW Série 1 M Coupé

La France recevra deux mille cinq cents BMW Série 1 M Coupé. Toutes les allocations pour la \
Suisse sont épuisées. La production de la 1M prendra fin en décembre 2011.
"""


def _directives(text: str) -> list[tuple[str, str | None, str | None, int | None, date | None]]:
    parsed = parse_text(text, base_vocabulary())
    return [(d.kind.value, d.market, d.program, d.units, d.on_date) for d in parsed.directives]


def test_a_german_memo_its_header_words_numbers_markets_and_dates() -> None:
    headers = header_lines(GERMAN)
    assert (headers.sender, headers.day, headers.subject) == (
        "BMW AG Vertrieb Deutschland",
        date(2011, 7, 14),
        "1er M Coupé, Kontingente",
    )
    parsed = parse_text(GERMAN, base_vocabulary())
    assert parsed.language == "de"
    assert _directives(GERMAN) == [
        ("market_allocation", "DE", "1M", 2500, None),
        ("market_allocation", "AT", "1M", 2500, None),
        ("production_end", None, "1M", None, date(2011, 12, 31)),
    ]


def test_a_french_memo_its_header_words_numbers_markets_and_dates() -> None:
    headers = header_lines(FRENCH)
    assert (headers.sender, headers.day, headers.subject) == (
        "BMW France",
        date(2011, 7, 21),
        "BMW Série 1 M Coupé",
    )
    assert _directives(FRENCH) == [
        ("market_allocation", "FR", "1M", 2500, None),
        ("allocations_filled", "CH", "1M", None, None),
        ("production_end", None, "1M", None, date(2011, 12, 31)),
    ]


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("14. Juli 2011", date(2011, 7, 14)),
        ("3.8.2011", date(2011, 8, 3)),
        ("Mi, 3. August 2011", date(2011, 8, 3)),
        ("21 juillet 2011", date(2011, 7, 21)),
        ("1er décembre 2011", date(2011, 12, 1)),
        ("21 luglio 2011", date(2011, 7, 21)),
        ("July 21, 2011", date(2011, 7, 21)),
        ("Thu, 21 Jul 2011 09:30:00 -0400", date(2011, 7, 21)),
    ],
)  # fmt: skip
def test_dates_in_header_lines(written: str, day: date) -> None:
    assert parse_day(written) == day


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        ("Die Produktion endet im Dezember 2011.", date(2011, 12, 1), date(2011, 12, 31)),
        ("Bestellungen bis zum 15. März 2012.", date(2012, 3, 15), date(2012, 3, 15)),
        ("Commandes jusqu'au 1er décembre.", date(2011, 12, 1), date(2011, 12, 1)),
        ("Annahme am 3.8.2011 geschlossen.", date(2011, 8, 3), date(2011, 8, 3)),
        ("La produzione finirà a dicembre 2011.", date(2011, 12, 1), date(2011, 12, 31)),
    ],
)  # fmt: skip
def test_dates_in_sentences(sentence: str, first: date, last: date) -> None:
    found = find_date(sentence, date(2011, 7, 21))
    assert found is not None and (found.first, found.last) == (first, last)


def test_other_languages_abbreviations_are_not_months_in_english() -> None:
    # Italian "set" (September) and "ago" (August) are English words.
    assert find_date("Dealers set 25 units aside, as agreed two weeks ago.", None) is None
