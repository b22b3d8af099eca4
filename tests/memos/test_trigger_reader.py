"""The trigger reader on sentences written for these tests (regression only: the figures
come from the real passages in tests/memos/real/, see benchmarks/memo_accuracy.py)."""

from __future__ import annotations

import pytest

from dealerapp.memos.parse import parse_text
from dealerapp.memos.vocabulary import Vocabulary, base_vocabulary

Read = list[tuple[str, str | None, int | None, str]]


def vocabulary() -> Vocabulary:
    return base_vocabulary().with_database(
        {"Z06": ["Chevrolet Corvette Z06", "Corvette Z06"], "GT3": ["911 GT3 RS", "GT3 RS"]}, {}
    )


def read(text: str, words: Vocabulary | None = None) -> Read:
    parsed = parse_text(text, words or vocabulary())
    return [(d.kind.value, d.market, d.units, d.confidence.value) for d in parsed.directives]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada gets just 40 Corvette Z06 coupes this year.",
         [("market_allocation", "CA", 40, "official")]),
        ("Chevrolet will build 500 Z06s for the US and 60 for Canada.",
         [("market_allocation", "US", 500, "official"),
          ("market_allocation", "CA", 60, "official")]),
        ("The Corvette Z06 has been allocated 30 units in Canada, against 250 for the US.",
         [("market_allocation", "CA", 30, "official"),
          ("market_allocation", "US", 250, "official")]),
        ("The order book for the Corvette Z06 is now shut.",
         [("order_bank_close", None, None, "official")]),
        ("The 911 GT3 RS is sold out in Germany.", [("order_bank_close", "DE", None, "official")]),
        ("Deliveries of the Corvette Z06 slip by a month.", [("delay", None, None, "official")]),
        ("The maker is dropping the Corvette Z06 in Canada.",
         [("market_closed", "CA", None, "official")]),
    ],
)  # fmt: skip
def test_phrasings_the_whole_phrase_rules_miss(text: str, expected: Read) -> None:
    assert read(text) == expected


def test_volumes_with_the_old_figure() -> None:
    parsed = parse_text(
        "Chevrolet will build a total of 900 Z06s, up from 700 planned.", vocabulary()
    )
    (volume,) = parsed.directives
    assert (volume.kind.value, volume.from_units, volume.to_units) == (
        "production_volume",
        700,
        900,
    )


def test_a_hedge_never_becomes_a_closure() -> None:
    """The issue's case: two markets closed, "and a third may be next"."""
    text = "The Corvette Z06 has been discontinued in the US and Canada, and Australia may be next."
    assert read(text) == [
        ("market_closed", "US", None, "official"), ("market_closed", "CA", None, "official"),
    ]  # fmt: skip
    assert read("The Corvette Z06 could sell out in Canada.") == []
    assert read("If the Corvette Z06 allocation for Canada is filled, we will tell you.") == []
    assert read("Is the Corvette Z06 sold out in Canada?") == []


def test_hearsay_is_a_rumor_and_the_maker_is_not_hearsay() -> None:
    assert read("According to a dealer, Canada gets just 40 Z06s.") == [
        ("market_allocation", "CA", 40, "rumor")
    ]
    assert read("According to Chevrolet, Canada gets just 40 Z06s.") == [
        ("market_allocation", "CA", 40, "official")
    ]
    assert read("Dealers have reportedly been told that the Z06 is sold out in Canada.") == [
        ("order_bank_close", "CA", None, "rumor")
    ]


def test_negation_stays_in_its_clause() -> None:
    assert read("Contrary to reports, Canadian allocations of the Z06 have not been filled.") == []
    assert read("The Z06 is not sold out in Germany, but it is sold out in France.") == [
        ("order_bank_close", "FR", None, "official")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Für Deutschland sind zweitausendfünfhundert Corvette Z06 vorgesehen.",
         [("market_allocation", "DE", 2500, "official")]),
        ("Der Corvette Z06 ist in Deutschland ausverkauft.",
         [("order_bank_close", "DE", None, "official")]),
        ("Die Produktion der Corvette Z06 wird Ende 2025 eingestellt.",
         [("production_end", None, None, "official")]),
        ("Die Corvette Z06 soll in der Schweiz bereits ausverkauft sein.",
         [("order_bank_close", "CH", None, "rumor")]),
        ("La Corvette Z06 est limitée à 500 exemplaires pour la France.",
         [("market_allocation", "FR", 500, "official")]),
        ("La production de la Corvette Z06 a été reportée de deux semaines.",
         [("delay", None, None, "official")]),
        ("La Corvette Z06 serait épuisée en Belgique.",
         [("order_bank_close", "BE", None, "rumor")]),
    ],
)  # fmt: skip
def test_german_and_french(text: str, expected: Read) -> None:
    assert read(text) == expected


def test_numbers_as_the_languages_write_them() -> None:
    de = parse_text("Der 911 GT3 RS ist auf 2.500 Exemplare limitiert.", vocabulary())
    fr = parse_text("La 911 GT3 RS est limitée à 2 500 exemplaires.", vocabulary())
    en = parse_text("The 911 GT3 RS is limited to two thousand five hundred units.", vocabulary())
    assert [d.to_units for d in (*de.directives, *fr.directives, *en.directives)] == [2500] * 3
    assert (de.language, fr.language, en.language) == ("de", "fr", "en")


def test_a_car_no_program_tracks_is_still_read() -> None:
    parsed = parse_text("Canada gets just 40 Ford GT Mk IV cars.", base_vocabulary())
    (allocation,) = parsed.directives
    assert (allocation.kind.value, allocation.market, allocation.program) == (
        "market_allocation", "CA", None,
    )  # fmt: skip
    assert allocation.vehicle == "Ford GT Mk IV"
    assert allocation.as_json()["vehicle"] == "Ford GT Mk IV"


def test_sentences_that_may_matter_are_kept_for_a_person() -> None:
    parsed = parse_text(
        "The Corvette Z06 allocation for Canada is being reviewed. The weather was fine.",
        vocabulary(),
    )
    assert parsed.directives == ()
    (sentence,) = parsed.may_matter
    assert sentence.text.startswith("The Corvette Z06 allocation for Canada")
    assert (sentence.market, sentence.program) == ("CA", "Z06")


def test_the_databases_aliases_add_to_the_shipped_names() -> None:
    words = base_vocabulary().with_database({"1M": ["Einser M"]}, {})
    assert read("No more 1Ms will be produced for the US.", words) == [
        ("market_closed", "US", None, "official")
    ]
    assert read("No more Einser Ms will be produced for the US.", words) == [
        ("market_closed", "US", None, "official")
    ]


def test_a_hedge_reaches_only_the_markets_named_after_it() -> None:
    text = "The Corvette Z06 production will end for the UK and very probably for Germany."
    assert read(text) == [("market_closed", "GB", None, "official")]


def test_a_question_asks_only_in_its_own_clause() -> None:
    text = "Z06 production will be 2,000 units, so when will dealers hear their numbers?"
    parsed = parse_text(text, vocabulary())
    assert [(d.kind.value, d.to_units) for d in parsed.directives] == [("production_volume", 2000)]
    assert read("Is the Corvette Z06 sold out in Canada?") == []
