"""Flagging every waiting entry: the app's own path against one raw query of the driver.

    python benchmarks/servability.py [--sizes 100000 1000000] [--repeat 5] [--db URL]

Builds (once, then reuses) generated databases of 1,000 dealers in
benchmarks/data/, then on the same file times:
  (a) compute_flags() for the whole database, as the CLI and the window call it;
  (b) one hand-written query through the driver (sqlite3, or psycopg on a PostgreSQL
      server given with --db) returning the same rows (entry, customer's
      name parts, dealer, program, position, rank, available, flag);
  (c) for reference, the leanest raw query: entry id and flag only.
It checks that (a) and (b) agree on every flag and prints best-of-N times and ratios.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench_db import DEALERS, add_db_option, backend, raw_connection, raw_rows
from bench_db import database as located

from dealerapp.db.database import Database
from dealerapp.services.servability import EntryFlag, compute_flags

RAW_SAME_ROWS = """
WITH allocated AS (
  SELECT dealer_id, program_id, SUM(units) AS units FROM allocation_events
  WHERE dealer_id IS NOT NULL GROUP BY dealer_id, program_id),
holding AS (
  SELECT dealer_id, program_id, COUNT(*) AS units FROM waitlist_entries
  WHERE status IN ('assigned', 'ordered', 'delivered') GROUP BY dealer_id, program_id),
queue AS (
  SELECT id, customer_id, dealer_id, program_id, position,
         ROW_NUMBER() OVER (PARTITION BY dealer_id, program_id
                            ORDER BY position, joined_on, id) AS rank
  FROM waitlist_entries WHERE status = 'waiting')
SELECT q.id, q.customer_id, c.given_name, c.family_name, c.company, q.dealer_id, q.program_id,
       q.position, q.rank,
       COALESCE(a.units, 0) - COALESCE(h.units, 0) AS available,
       CASE WHEN q.rank <= COALESCE(a.units, 0) - COALESCE(h.units, 0) THEN 'covered'
            WHEN COALESCE(s.closed, false) OR COALESCE(s.filled, false) THEN 'unservable'
            ELSE 'pending' END AS flag
FROM queue q
JOIN customers c ON c.id = q.customer_id
JOIN dealers d ON d.id = q.dealer_id
LEFT JOIN allocated a ON a.dealer_id = q.dealer_id AND a.program_id = q.program_id
LEFT JOIN holding h ON h.dealer_id = q.dealer_id AND h.program_id = q.program_id
LEFT JOIN market_program_states s ON s.market_id = d.market_id AND s.program_id = q.program_id
ORDER BY q.dealer_id, q.program_id, q.rank
"""

RAW_FLAGS_ONLY = """
WITH allocated AS (
  SELECT dealer_id, program_id, SUM(units) AS units FROM allocation_events
  WHERE dealer_id IS NOT NULL GROUP BY dealer_id, program_id),
holding AS (
  SELECT dealer_id, program_id, COUNT(*) AS units FROM waitlist_entries
  WHERE status IN ('assigned', 'ordered', 'delivered') GROUP BY dealer_id, program_id),
queue AS (
  SELECT id, dealer_id, program_id,
         ROW_NUMBER() OVER (PARTITION BY dealer_id, program_id
                            ORDER BY position, joined_on, id) AS rank
  FROM waitlist_entries WHERE status = 'waiting')
SELECT q.id,
       CASE WHEN q.rank <= COALESCE(a.units, 0) - COALESCE(h.units, 0) THEN 'covered'
            WHEN COALESCE(s.closed, false) OR COALESCE(s.filled, false) THEN 'unservable'
            ELSE 'pending' END
FROM queue q JOIN dealers d ON d.id = q.dealer_id
LEFT JOIN allocated a ON a.dealer_id = q.dealer_id AND a.program_id = q.program_id
LEFT JOIN holding h ON h.dealer_id = q.dealer_id AND h.program_id = q.program_id
LEFT JOIN market_program_states s ON s.market_id = d.market_id AND s.program_id = q.program_id
"""


def database(entries: int) -> Path:
    """The generated SQLite file (for the other benchmarks, which work on the file)."""
    path = located(entries).sqlite_path
    assert path is not None
    return path


def best(repeat: int, work) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return min(times), result


def measure(entries: int, repeat: int, url: str | None) -> None:
    location = located(entries, url)
    db = Database.open(location)
    raw = raw_connection(location)
    driver = "raw sqlite3" if location.sqlite_path is not None else "raw psycopg"

    def app() -> list[EntryFlag]:
        with db.reading() as session:
            return compute_flags(session)

    app_time, flags = best(repeat, app)
    app_flags = {f.entry_id: f.flag.value for f in flags}  # type: ignore[union-attr]
    raw_time, rows = best(repeat, lambda: raw_rows(raw, RAW_SAME_ROWS))
    lean_time, _ = best(repeat, lambda: raw_rows(raw, RAW_FLAGS_ONLY))
    raw_flags = {row[0]: row[-1] for row in rows}  # type: ignore[union-attr]
    agree = app_flags == raw_flags
    raw.close()
    db.close()
    print(f"\n{backend(location)}: {DEALERS:,} dealers, {entries:,} entries, "
          f"{len(raw_flags):,} waiting (best of {repeat})")  # fmt: skip
    for label, seconds in (
        ("(a) dealerapp compute_flags()", app_time),
        (f"(b) {driver}, the same rows", raw_time),
        (f"(c) {driver}, entry id and flag only", lean_time),
    ):
        print(f"  {label + ':':44} {seconds:7.3f} s")
    target = "  (target <= 1.5x)" if location.sqlite_path is None else ""
    print(f"  ratio (a)/(b): {app_time / raw_time:5.2f}x{target}")
    print(f"  ratio (a)/(c): {app_time / lean_time:5.2f}x")
    print(f"  flags agree: {agree}")
    if not agree:
        raise SystemExit("the app and the raw query disagree")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=5)
    add_db_option(parser)
    args = parser.parse_args()
    for entries in args.sizes:
        measure(entries, args.repeat, args.db)


if __name__ == "__main__":
    main()
