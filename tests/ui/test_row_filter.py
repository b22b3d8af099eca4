"""The waitlist's filter index gives exactly what testing every row would."""

from __future__ import annotations

import random
from dataclasses import dataclass

from dealerapp.ui.models.row_filter import RowFilter


@dataclass(frozen=True)
class Row:
    market: str
    flag: str
    words: str


def test_the_index_agrees_with_testing_every_row() -> None:
    chance = random.Random(7)
    names = ["anna", "bert", "zürich", "springfield", "o'brien", "anna-lena"]
    rows = [
        Row(chance.choice("AB"), chance.choice(["covered", "pending", ""]),
            " ".join(chance.sample(names, 2)))
        for _ in range(2000)
    ]  # fmt: skip
    index = RowFilter(rows, {"market": lambda r: r.market, "flag": lambda r: r.flag},
                      lambda r: r.words)  # fmt: skip
    assert index.matching() is None
    for text in ("", "anna", "lena", "zü", "o'b", "nobody", "a b", "\n"):
        for market in (None, "A", "C"):
            for flag in (None, "covered", ""):
                expected = [
                    r for r in rows
                    if (market is None or r.market == market) and (not flag or r.flag == flag)
                    and (not text or text in r.words)
                ]  # fmt: skip
                got = index.matching(text, market=market, flag=flag)
                assert (rows if got is None else got) == expected, (text, market, flag)
