"""Import, preview and apply the BMW NA memo on a generated database of 100,000 entries.

    python benchmarks/memo_apply.py [--entries 100000] [--db URL]

Uses (and creates once) the generated database of benchmarks/bench_db.py (a SQLite
file, or with --db a database on a PostgreSQL server), copies it, reopens the US
market (the generator leaves it closed), then times each step as the CLI and the
window run it. Target: preview and apply each under 0.5 s. Also times the questions
the window asks before apply and revert (their consequences, worked out in a
rolled-back savepoint).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from bench_db import add_db_option, backend, database, scratch

from dealerapp.db.database import Database
from dealerapp.db.enums import MarketEventKind
from dealerapp.memos import apply as memo_apply
from dealerapp.memos import consequences
from dealerapp.memos.readers import read_file
from dealerapp.memos.store import import_memo
from dealerapp.paths import seeds_dir
from dealerapp.services import markets

MEMO = seeds_dir() / "memos" / "bmwna-us-allocation-filled.eml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=100_000)
    add_db_option(parser)
    args = parser.parse_args()
    source = database(args.entries, args.db)  # the same generated group, built once
    with (
        tempfile.TemporaryDirectory() as folder,
        scratch(Path(folder), "memo", url=args.db, copy_of=source) as copy,
    ):
        db = Database.open(copy)
        with db.unit_of_work() as session:
            markets.change_state(
                session, MarketEventKind.REOPEN, market="US", program=None, reason="benchmark"
            )
        started = time.perf_counter()
        document = read_file(MEMO)
        with db.unit_of_work() as session:
            memo_id = import_memo(session, document).memo_id
        imported = time.perf_counter() - started
        started = time.perf_counter()
        with db.unit_of_work() as session:
            plan = memo_apply.preview(session, memo_id)
        previewed = time.perf_counter() - started
        started = time.perf_counter()
        with db.reading() as session:
            ahead = consequences.of_apply(session, memo_id)
        asked = time.perf_counter() - started
        started = time.perf_counter()
        with db.unit_of_work() as session:
            applied_plan = memo_apply.apply(session, memo_id)
        applied = time.perf_counter() - started
        started = time.perf_counter()
        with db.reading() as session:
            behind = consequences.of_revert(session, memo_id)
        asked_revert = time.perf_counter() - started
        started = time.perf_counter()
        with db.unit_of_work() as session:
            memo_apply.revert(session, memo_id)
        reverted = time.perf_counter() - started
        db.close()
    turned, on_apply = len(plan.flag_changes), len(applied_plan.flag_changes)
    print(f"{backend(source)}, {args.entries:,} entries; the US memo turns {turned:,} "
          f"entries ({on_apply:,} on apply)")  # fmt: skip
    print(f"  read + import:  {imported:6.3f} s")
    print(f"  preview:        {previewed:6.3f} s   (target < 0.5 s)")
    print(f"  apply:          {applied:6.3f} s   (target < 0.5 s)")
    print(f"  revert:         {reverted:6.3f} s")
    print(
        f"  the question before apply (consequences, {sum(ahead.owed.values()):,} letters "
        f"owed):  {asked:6.3f} s"
    )
    print(
        f"  the question before revert ({len(behind.flag_changes):,} flag changes): "
        f"{asked_revert:6.3f} s"
    )


if __name__ == "__main__":
    main()
