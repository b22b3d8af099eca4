"""The real passages the reader is measured on (tests/memos/real/README.md) keep their shape."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from dealerapp.memos.parse import parse_text
from tests.memos.real.scoring import KINDS, passages, vocabulary_for

REAL = Path(__file__).parent / "real"
KEYS = {"id", "lang", "source", "source_kind", "text", "vehicles", "expected", "left_out", "split"}


def raw_passages() -> list[dict[str, object]]:
    return [
        json.loads(line)
        for path in sorted(REAL.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def test_the_corpus_is_big_enough_and_varied() -> None:
    items = raw_passages()
    languages = Counter(str(p["lang"]) for p in items)
    assert len(items) >= 150
    assert languages["de"] + languages["fr"] >= 20
    assert sum(1 for p in items if not p["expected"]) >= 30
    assert len({p["id"] for p in items}) == len(items)
    assert {p["split"] for p in items} == {"dev", "test"}


def test_every_passage_has_its_source_and_a_valid_label() -> None:
    for passage in raw_passages():
        assert set(passage) == KEYS, passage["id"]
        assert re.match(r"https?://", str(passage["source"])), passage["id"]
        assert passage["source_kind"] in {"news", "oem", "forum"}, passage["id"]
        assert 0 < len(str(passage["text"])) <= 700, passage["id"]
        models = {v["model"] for v in passage["vehicles"]}  # type: ignore[attr-defined]
        for directive in passage["expected"]:  # type: ignore[attr-defined]
            assert directive["kind"] in KINDS, passage["id"]
            assert directive["confidence"] in {"official", "rumor"}, passage["id"]
            market = directive.get("market")
            assert market is None or re.fullmatch(r"[A-Z]{2}", market), passage["id"]
            assert directive.get("vehicle") in models | {None}, passage["id"]


def test_every_passage_reads_without_error() -> None:
    for passage in passages():
        for tracked in (False, True):
            parsed = parse_text(passage.text, vocabulary_for(passage, tracked=tracked))
            for directive in parsed.directives:
                assert passage.text[directive.start : directive.end] == directive.evidence


def test_the_reader_keeps_what_it_reached_on_the_dev_split() -> None:
    """A floor, not a target: a change that loses ground on real text, or reads a closure the
    text does not state, fails here before anyone measures it (benchmarks/memo_accuracy.py)."""
    from tests.memos.real.scoring import score

    result = score(passages("dev"), tracked=True)
    _precision, _recall, f1, _n = result.figures()
    assert f1 >= 0.72
    assert result.false_closures == 0
    assert result.confidence_agreement >= 0.88
