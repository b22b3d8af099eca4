"""Every memo of the corpus reads as a careful person would (see tests/memos/corpus/README.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dealerapp.memos.parse import parse_document
from dealerapp.memos.readers import read_file
from dealerapp.services.demo import demo_dir
from tests.memos.vocabulary_fixture import demo_vocabulary

CORPUS = Path(__file__).parent / "corpus"
MEMOS = sorted(CORPUS.glob("*.txt"))


def test_the_corpus_is_big_enough_and_covers_every_kind() -> None:
    assert len(MEMOS) >= 40
    kinds: dict[str, int] = {}
    silent = 0
    for path in MEMOS:
        expected = json.loads(path.with_name(path.stem + ".expected.json").read_text("utf-8"))
        silent += not expected["directives"]
        for directive in expected["directives"]:
            kinds[directive["kind"]] = kinds.get(directive["kind"], 0) + 1
    assert len(kinds) == 9 and min(kinds.values()) >= 3, kinds
    assert silent >= 6


@pytest.mark.parametrize("path", MEMOS, ids=[p.stem for p in MEMOS])
def test_memo_reads_as_expected(path: Path) -> None:
    expected = json.loads(path.with_name(path.stem + ".expected.json").read_text("utf-8"))
    document = read_file(path)
    parsed = parse_document(document, demo_vocabulary())
    assert parsed.as_json() == expected
    for directive in parsed.directives:
        assert document.text[directive.start : directive.end] == directive.evidence


def test_the_two_memos_of_the_source_article() -> None:
    """DOMAIN.md: the BMW NA memo closes and fills the US (official); the doubling is a rumor."""
    article = parse_document(read_file(CORPUS / "02-press-source-article.txt"), demo_vocabulary())
    found = {(d.kind.value, d.market, d.confidence.value) for d in article.directives}
    assert ("market_closed", "US", "official") in found
    assert ("allocations_filled", "US", "official") in found
    volume = [d for d in article.directives if d.kind.value == "production_volume"]
    assert [(d.from_units, d.to_units, d.confidence.value) for d in volume] == [
        (2500, 5000, "rumor")
    ]
    denial = "there is no change in 1M production for the US market"
    assert not any(denial in d.evidence and d.kind.value != "market_closed" for d in volume)
    memo = parse_document(
        read_file(demo_dir().parent / "memos" / "bmwna-us-allocation-filled.eml"),
        demo_vocabulary(),
    )
    assert memo.confidence.value == "official"
    assert {(d.kind.value, d.market) for d in memo.directives} >= {
        ("market_closed", "US"),
        ("allocations_filled", "US"),
    }
