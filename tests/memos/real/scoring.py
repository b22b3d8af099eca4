"""Scoring the memo reader on the real passages: (kind, market) pairs, false closures,
official/rumor agreement. Used by benchmarks/memo_accuracy.py and the tests."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dealerapp.memos.parse import ParsedMemo, parse_text
from dealerapp.memos.vocabulary import Vocabulary, base_vocabulary

HERE = Path(__file__).parent
CLOSURES = {"market_closed", "allocations_filled"}
KINDS = (
    "market_closed", "allocations_filled", "order_bank_close", "market_allocation",
    "dealer_allocation_change", "production_volume", "production_end", "production_start",
    "delay",
)  # fmt: skip


@dataclass(frozen=True)
class Passage:
    id: str
    lang: str
    source: str
    text: str
    vehicles: tuple[tuple[str, str], ...]  # (make, model)
    expected: tuple[dict[str, Any], ...]
    split: str


def passages(split: str | None = None) -> list[Passage]:
    found: list[Passage] = []
    for path in sorted(HERE.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            raw = json.loads(line)
            if split is not None and raw["split"] != split:
                continue
            found.append(
                Passage(
                    raw["id"],
                    raw["lang"],
                    raw["source"],
                    raw["text"],
                    tuple((v.get("make", ""), v["model"]) for v in raw["vehicles"]),
                    tuple(raw["expected"]),
                    raw["split"],
                )
            )
    return found


def vocabulary_for(passage: Passage, *, tracked: bool) -> Vocabulary:
    """The shipped vocabulary; with `tracked`, every vehicle the passage names is a program."""
    base = base_vocabulary()
    if not tracked:
        return base
    programs: dict[str, list[str]] = {}
    for number, (make, model) in enumerate(passage.vehicles, start=1):
        if any(named.pattern.fullmatch(model) for named in base.programs):
            continue  # a program already (the 1M): set up once, not twice
        # A code no text contains: the names alone find the car, as staff would set it up.
        programs[f"P{number}X"] = [model, f"{make} {model}".strip()]
    return base.with_database(programs, {})


@dataclass
class Score:
    true_positive: Counter[str] = field(default_factory=Counter)
    false_positive: Counter[str] = field(default_factory=Counter)
    false_negative: Counter[str] = field(default_factory=Counter)
    false_closures: int = 0
    confidence_right: int = 0
    confidence_total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, passage_id: str, expected: list[dict[str, Any]], parsed: ParsedMemo) -> None:
        want = Counter((d["kind"], d.get("market")) for d in expected)
        got = Counter((d.kind.value, d.market) for d in parsed.directives)
        want_confidence = {(d["kind"], d.get("market")): d["confidence"] for d in expected}
        for pair in want | got:
            hit = min(want[pair], got[pair])
            self.true_positive[pair[0]] += hit
            self.false_positive[pair[0]] += got[pair] - hit
            self.false_negative[pair[0]] += want[pair] - hit
            if got[pair] > want[pair]:
                self.misses.append(f"{passage_id}: extra {pair}")
                if pair[0] in CLOSURES:
                    self.false_closures += got[pair] - want[pair]
            if want[pair] > got[pair]:
                self.misses.append(f"{passage_id}: missed {pair}")
        for directive in parsed.directives:
            pair = (directive.kind.value, directive.market)
            if pair in want_confidence:
                self.confidence_total += 1
                self.confidence_right += directive.confidence.value == want_confidence[pair]

    def figures(self, kind: str | None = None) -> tuple[float, float, float, int]:
        kinds = [kind] if kind else list(KINDS)
        tp = sum(self.true_positive[k] for k in kinds)
        fp = sum(self.false_positive[k] for k in kinds)
        fn = sum(self.false_negative[k] for k in kinds)
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1, tp + fn

    @property
    def confidence_agreement(self) -> float:
        return self.confidence_right / self.confidence_total if self.confidence_total else 1.0


def score(items: Iterable[Passage], *, tracked: bool) -> Score:
    result = Score()
    for passage in items:
        parsed = parse_text(passage.text, vocabulary_for(passage, tracked=tracked))
        result.add(passage.id, list(passage.expected), parsed)
    return result


def table(result: Score) -> Iterator[str]:
    yield f"{'kind':26} {'P':>5} {'R':>5} {'F1':>5} {'n':>4}"
    for kind in KINDS:
        p, r, f1, n = result.figures(kind)
        if n or result.false_positive[kind]:
            yield f"{kind:26} {p:5.2f} {r:5.2f} {f1:5.2f} {n:4d}"
    p, r, f1, n = result.figures()
    yield f"{'overall':26} {p:5.2f} {r:5.2f} {f1:5.2f} {n:4d}"
    yield (
        f"false closures: {result.false_closures}; official/rumor right: "
        f"{result.confidence_agreement:.2f} ({result.confidence_right}/{result.confidence_total})"
    )
