#!/usr/bin/env python3
"""Consistency check of the memo test corpus (tests/memos/corpus/).

Checks every ``NN-slug.txt`` / ``NN-slug.expected.json`` pair: the JSON parses
and has exactly the documented shape, values are valid (kinds, ISO dates,
market / dealer / program codes from seeds/demo/*.csv), each kind fills only
its own fields, every evidence string occurs verbatim in the memo body,
directives are in text order, and the memo confidence agrees with the
directives. It does not run the parser.

Run:  python tests/memos/corpus_check.py [CORPUS_DIR]
Reuse: ``from corpus_check import check_corpus`` -> (errors, stats).
Stdlib only; exit status 1 if anything is wrong.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DEFAULT_CORPUS = HERE / "corpus"
DEMO = REPO / "seeds" / "demo"

TOP_KEYS = ["sender", "date", "confidence", "directives"]
DIRECTIVE_KEYS = [
    "kind",
    "market",
    "program",
    "vehicle",
    "dealer",
    "units",
    "from",
    "to",
    "date",
    "weeks",
    "confidence",
    "evidence",
]
CONFIDENCES = {"official", "rumor"}
# kind -> (fields it may fill, fields it must fill; a tuple inside means "at least one of")
KINDS: dict[str, tuple[set[str], list]] = {
    "market_closed": ({"market", "program"}, ["market"]),
    "allocations_filled": ({"market", "program"}, ["market"]),
    "production_volume": ({"program", "from", "to"}, ["from", "to"]),
    "market_allocation": ({"market", "program", "units"}, ["market", "units"]),
    "dealer_allocation_change": ({"dealer", "program", "units"}, ["dealer", "units"]),
    "order_bank_close": ({"market", "program", "date"}, ["market", "date"]),
    "production_end": ({"program", "market", "date"}, ["date"]),
    "production_start": ({"program", "market", "date"}, ["date"]),
    "delay": ({"program", "market", "weeks", "date"}, [("weeks", "date")]),
}
ALWAYS = {"kind", "confidence", "evidence", "vehicle"}
NAME_RE = re.compile(r"^(\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*$")


def _codes(filename: str, column: str = "code") -> set[str]:
    path = DEMO / filename
    if not path.exists():
        return set()
    with path.open(encoding="utf-8", newline="") as fh:
        return {row[column] for row in csv.DictReader(fh)}


def _iso(value) -> bool:
    if not isinstance(value, str):
        return False
    try:
        return dt.date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


def _split_header(text: str) -> tuple[dict[str, str], int]:
    """Header = leading 'Key: value' lines ended by a blank line; returns (header, body offset)."""
    header: dict[str, str] = {}
    offset = 0
    for line in text.split("\n"):
        if line.strip() == "":
            return (header, offset + len(line) + 1) if header else ({}, 0)
        m = re.match(r"^([A-Za-z][A-Za-z-]*):\s*(.*)$", line)
        if not m:
            break
        header.setdefault(m.group(1).lower(), m.group(2).strip())
        offset += len(line) + 1
    return {}, 0


def check_pair(txt: Path, exp_path: Path, markets, dealers, programs) -> tuple[list[str], dict]:
    errs: list[str] = []
    name = txt.stem
    e = lambda msg: errs.append(f"{name}: {msg}")  # noqa: E731
    try:
        text = txt.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        return [f"{name}: .txt is not UTF-8 ({exc})"], {}
    try:
        exp = json.loads(exp_path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return [f"{name}: expected.json does not parse ({exc})"], {}
    if not isinstance(exp, dict) or list(exp) != TOP_KEYS:
        return [
            f"{name}: top-level keys must be exactly {TOP_KEYS}, "
            f"got {list(exp) if isinstance(exp, dict) else type(exp)}"
        ], {}

    header, body_at = _split_header(text)
    if exp["sender"] is not None:
        if not isinstance(exp["sender"], str) or header.get("from") != exp["sender"]:
            e(f"sender {exp['sender']!r} != From: header {header.get('from')!r}")
    elif "from" in header:
        e("sender is null but the text has a From: header")
    if exp["date"] is not None and not _iso(exp["date"]):
        e(f"memo date {exp['date']!r} is not YYYY-MM-DD")
    if (exp["date"] is None) != ("date" not in header):
        e("memo date must be null exactly when there is no Date: header")
    if exp["confidence"] not in CONFIDENCES:
        e(f"memo confidence {exp['confidence']!r}")
    dirs = exp["directives"]
    if not isinstance(dirs, list):
        return [*errs, f"{name}: directives must be a list"], {}

    last_pos = -1
    for n, d in enumerate(dirs):
        where = f"directive {n} ({d.get('kind') if isinstance(d, dict) else '?'})"
        if not isinstance(d, dict) or list(d) != DIRECTIVE_KEYS:
            e(f"{where}: keys must be exactly {DIRECTIVE_KEYS}")
            continue
        kind = d["kind"]
        if kind not in KINDS:
            e(f"{where}: unknown kind")
            continue
        allowed, required = KINDS[kind]
        for key in DIRECTIVE_KEYS:
            if key not in allowed | ALWAYS and d[key] is not None:
                e(f"{where}: field {key!r} must be null for this kind")
        for req in required:
            group = req if isinstance(req, tuple) else (req,)
            if all(d[k] is None for k in group):
                e(f"{where}: needs {' or '.join(group)}")
        if d["market"] is not None and d["market"] not in markets:
            e(f"{where}: market {d['market']!r} not in markets.csv")
        if d["dealer"] is not None and d["dealer"] not in dealers:
            e(f"{where}: dealer {d['dealer']!r} not in dealers.csv")
        if d["program"] is not None and d["program"] not in programs:
            e(f"{where}: program {d['program']!r} not in programs.csv")
        for key in ("units", "from", "to", "weeks"):
            if d[key] is not None and (not isinstance(d[key], int) or isinstance(d[key], bool)):
                e(f"{where}: {key} must be an integer")
        if kind == "market_allocation" and isinstance(d["units"], int) and d["units"] <= 0:
            e(f"{where}: market_allocation units must be positive")
        if kind == "dealer_allocation_change" and d["units"] == 0:
            e(f"{where}: a change of 0 units is not a directive")
        if kind == "production_volume" and d["from"] == d["to"]:
            e(f"{where}: from == to is not a change")
        if d["weeks"] is not None and d["weeks"] <= 0:
            e(f"{where}: weeks must be positive")
        if d["date"] is not None and not _iso(d["date"]):
            e(f"{where}: date {d['date']!r} is not YYYY-MM-DD")
        if d["confidence"] not in CONFIDENCES:
            e(f"{where}: confidence {d['confidence']!r}")
        ev = d["evidence"]
        if not isinstance(ev, str) or not ev:
            e(f"{where}: evidence must be a non-empty string")
            continue
        if ev != ev.strip() or "\n" in ev:
            e(f"{where}: evidence has surrounding whitespace or a line break")
        pos = text.find(ev, body_at)
        if pos < 0:
            e(f"{where}: evidence not found verbatim in the body: {ev!r}")
            continue
        if text.count(ev) > 1:
            e(f"{where}: evidence occurs more than once in the text (offset ambiguous)")
        if pos < last_pos:
            e(f"{where}: directives are not in text order")
        last_pos = pos

    confs = [d.get("confidence") for d in dirs if isinstance(d, dict)]
    if confs:
        want = "official" if "official" in confs else "rumor"
        if exp["confidence"] != want:
            e(f"memo confidence {exp['confidence']!r} but directives say {want!r}")
    return errs, {
        "kinds": Counter(d.get("kind") for d in dirs if isinstance(d, dict)),
        "confidence": Counter(confs),
        "empty": not dirs,
    }


def check_corpus(corpus: Path = DEFAULT_CORPUS) -> tuple[list[str], dict]:
    corpus = Path(corpus)
    errors: list[str] = []
    markets, dealers, programs = (
        _codes("markets.csv"),
        _codes("dealers.csv"),
        _codes("programs.csv"),
    )
    if not (markets and dealers and programs):
        errors.append(f"cannot read market/dealer/program codes from {DEMO}")
    txts = sorted(corpus.glob("*.txt"))
    exps = sorted(corpus.glob("*.expected.json"))
    stems = {p.stem for p in txts}
    for p in exps:
        if p.name[: -len(".expected.json")] not in stems:
            errors.append(f"{p.name}: no sibling .txt")
    numbers = Counter()
    kinds, confs, empty = Counter(), Counter(), 0
    for txt in txts:
        m = NAME_RE.match(txt.stem)
        if not m:
            errors.append(f"{txt.name}: name is not NN-short-slug.txt")
        else:
            numbers[m.group(1)] += 1
        exp = txt.with_name(txt.stem + ".expected.json")
        if not exp.exists():
            errors.append(f"{txt.name}: no sibling .expected.json")
            continue
        errs, stats = check_pair(txt, exp, markets, dealers, programs)
        errors += errs
        if stats:
            kinds += stats["kinds"]
            confs += stats["confidence"]
            empty += stats["empty"]
    errors += [f"number {n} used {c} times" for n, c in numbers.items() if c > 1]
    readme = corpus / "README.md"
    if readme.exists():
        listed = readme.read_text(encoding="utf-8")
        errors += [f"{t.name}: not listed in README.md" for t in txts if t.name not in listed]
    else:
        errors.append("README.md missing")
    return errors, {"memos": len(txts), "kinds": kinds, "confidence": confs, "no_directives": empty}


def main(argv: list[str]) -> int:
    corpus = Path(argv[1]) if len(argv) > 1 else DEFAULT_CORPUS
    errors, stats = check_corpus(corpus)
    print(
        f"{stats['memos']} memos, {sum(stats['kinds'].values())} directives, "
        f"{stats['no_directives']} memos without directives"
    )
    for kind in KINDS:
        print(f"  {kind:26} {stats['kinds'].get(kind, 0)}")
    print(f"  directive confidence: {dict(stats['confidence'])}")
    for err in errors:
        print("ERROR", err)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
