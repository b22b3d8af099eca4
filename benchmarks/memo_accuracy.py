"""How well the memo reader reads text nobody wrote for it.

    python benchmarks/memo_accuracy.py [--misses dev] [--split test|dev|all] [--lemmas none]

Prints precision, recall and F1 on (kind, market) pairs per directive kind and
overall, false closures (a market_closed or allocations_filled the text does not
state) and official/rumor agreement for: the real passages' test split (the
figure to report), their dev split (read and tune on this one only) and the
project's own 59 regression memos. Each real split is read twice: with the
shipped vocabulary alone (the vehicles are not programs here) and with every
vehicle the passage names set up as a program. Then the time to read a 10-page
memo. Targets on the test split: F1 >= 0.85, no false closure, official/rumor
right >= 0.9; a 10-page memo in under 0.5 s.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dealerapp.memos.parse import parse_document, parse_text  # noqa: E402
from dealerapp.memos.readers import read_file  # noqa: E402
from tests.memos.real.scoring import Score, passages, score, table  # noqa: E402
from tests.memos.vocabulary_fixture import demo_vocabulary  # noqa: E402

CORPUS = ROOT / "tests" / "memos" / "corpus"


def regression_score() -> Score:
    result = Score()
    for path in sorted(CORPUS.glob("*.txt")):
        expected = json.loads(path.with_name(path.stem + ".expected.json").read_text("utf-8"))
        parsed = parse_document(read_file(path), demo_vocabulary())
        result.add(path.stem, expected["directives"], parsed)
    return result


def ten_pages() -> str:
    """About 10 pages of memo text: the regression memos one after another."""
    texts = [path.read_text("utf-8") for path in sorted(CORPUS.glob("*.txt"))]
    body = "\n\n".join(texts)
    # A page is about 3,000 characters of memo prose.
    while len(body) < 30_000:
        body += "\n\n" + body
    return body[:30_000]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--misses", choices=("dev", "regression"), help="list what was missed")
    parser.add_argument("--split", choices=("test", "dev", "all"), default="all")
    parser.add_argument(
        "--lemmas",
        choices=("simplemma", "none"),
        default="simplemma",
        help="'none' matches trigger words as written, to measure what the lemmatiser earns",
    )
    args = parser.parse_args()
    if args.lemmas == "none":
        from dealerapp.memos import lemmas, lexicon

        def as_written(word: str, _lang: str) -> str:
            return word.lower()

        lemmas.lemma = lexicon.lemma = as_written  # type: ignore[assignment]
    splits = ("test", "dev") if args.split == "all" else (args.split,)
    for split in splits:
        items = passages(split)
        for tracked in (False, True):
            result = score(items, tracked=tracked)
            how = "every vehicle a program" if tracked else "shipped vocabulary only"
            print(f"\n== real passages, {split} split ({len(items)}), {how}")
            for line in table(result):
                print(line)
            if args.misses == "dev" and split == "dev" and tracked:
                print("\n".join(result.misses))
    result = regression_score()
    print(f"\n== the project's own memos ({len(list(CORPUS.glob('*.txt')))})")
    for line in table(result):
        print(line)
    if args.misses == "regression":
        print("\n".join(result.misses))
    text = ten_pages()
    vocabulary = demo_vocabulary()
    parse_text("warm up", vocabulary)
    started = time.perf_counter()
    parsed = parse_text(text, vocabulary)
    took = time.perf_counter() - started
    print(
        f"\n10-page memo ({len(text):,} characters): {took:.3f} s, "
        f"{len(parsed.directives)} directives (target < 0.5 s)"
    )


if __name__ == "__main__":
    main()
