"""Waitlist spreadsheets at dealer-group size: 100,000 rows out and back in.

    python benchmarks/exchange.py [--entries 100000]

Exports the generated database of benchmarks/servability.py (1,000 dealers)
to CSV and XLSX, then imports each into a copy of that database whose
customers, entries and orders were emptied (same dealers, allocations and
programs): every row read, mapped, validated (dates, money, e-mail, dealer,
program, units for held entries) and checked for duplicates, then written
in one transaction. The baseline, in the same run: Python's csv reader into
one sqlite3 executemany of the same rows as plain text. And the floor for
any import on this machine: reading the same CSV plus a raw sqlite3
executemany of the very rows the import wrote (customers, entries, position
history) into the app's own tables, with their indexes and constraints.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from dealerapp.config import resolve_database
from dealerapp.db.database import Database
from dealerapp.exchange.export import WAITLIST_HEADERS, export_waitlist, waitlist_rows
from dealerapp.exchange.mapping import guess_mapping
from dealerapp.exchange.sheets import read_sheet
from dealerapp.exchange.waitlist_import import FIELDS, import_waitlist

EMPTIED = ("letters_sent", "order_status_changes", "orders", "position_changes",
           "waitlist_entries", "customers")  # fmt: skip


def emptied_copy(source: Path, target: Path) -> Path:
    # A -wal file left beside the target would be replayed into the fresh copy.
    for stale in (Path(f"{target}-wal"), Path(f"{target}-shm")):
        stale.unlink(missing_ok=True)
    shutil.copy(source, target)
    with sqlite3.connect(target) as conn:
        for table in EMPTIED:
            conn.execute(f"DELETE FROM {table}")
    conn.close()
    return target


def timed_import(database_file: Path, sheet_file: Path) -> tuple[float, int, float]:
    db = Database.open(resolve_database(str(database_file)))
    started = time.perf_counter()
    sheet = read_sheet(sheet_file)
    read = time.perf_counter() - started
    with db.unit_of_work() as session:
        report = import_waitlist(session, sheet, guess_mapping(sheet.headers, FIELDS), apply=True)
    elapsed = time.perf_counter() - started
    db.close()
    if report.problems:
        sys.exit(f"unexpected problems: {[p.text() for p in report.problems[:3]]}")
    return elapsed, report.written, read


def raw_baseline(sheet_file: Path, folder: Path) -> float:
    started = time.perf_counter()
    conn = sqlite3.connect(folder / "raw.sqlite3")
    with sheet_file.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        columns = ", ".join(f"c{i}" for i in range(len(header)))
        conn.execute(f"CREATE TABLE rows ({columns})")
        marks = ", ".join("?" * len(header))
        conn.executemany(f"INSERT INTO rows VALUES ({marks})", reader)
    conn.commit()
    conn.close()
    return time.perf_counter() - started


WRITTEN = ("customers", "waitlist_entries", "position_changes")


def floor(source: Path, imported: Path, sheet_file: Path, folder: Path) -> float:
    """csv reading plus raw executemany of the rows the import wrote, into the real tables."""
    with sqlite3.connect(imported) as conn:
        written = {table: conn.execute(f"SELECT * FROM {table}").fetchall() for table in WRITTEN}
    conn.close()
    target = emptied_copy(source, folder / "floor.sqlite3")
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = NORMAL")
    started = time.perf_counter()
    with sheet_file.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    conn.execute("BEGIN")
    for table, values in written.items():
        marks = ", ".join("?" * len(values[0]))
        conn.executemany(f"INSERT INTO {table} VALUES ({marks})", values)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    assert len(rows) > 1
    return elapsed


def openpyxl_export(source: Path, target: Path) -> float:
    """The waitlist sheet alone, written by openpyxl's write-only mode (the writer before)."""
    from openpyxl import Workbook

    started = time.perf_counter()
    db = Database.open(resolve_database(str(source)))
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Waitlist")
    sheet.append(list(WAITLIST_HEADERS))
    with db.reading() as session:
        for row in waitlist_rows(session):
            sheet.append(row)
    workbook.save(str(target))
    db.close()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=100_000)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from servability import database

    source = database(args.entries)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        db = Database.open(resolve_database(str(source)))
        timings = {}
        for suffix in (".csv", ".xlsx"):
            started = time.perf_counter()
            with db.reading() as session:
                result = export_waitlist(session, folder / f"waitlist{suffix}")
            timings[suffix] = time.perf_counter() - started
        db.close()
        rows = result.entries
        print(f"{rows:,} waitlist rows, 1,000 dealers")
        for suffix, seconds in timings.items():
            print(f"export {suffix:<5} {seconds:6.2f} s  {rows / seconds:9,.0f} rows/s")
        before = openpyxl_export(source, folder / "openpyxl.xlsx")
        print(f"export .xlsx / export .csv: {timings['.xlsx'] / timings['.csv']:.2f}x "
              f"(target <= 2.5x); openpyxl write-only, the waitlist sheet alone: {before:.2f} s, "
              f"{before / timings['.xlsx']:.1f}x the streaming writer's time")  # fmt: skip
        baseline = raw_baseline(folder / "waitlist.csv", folder)
        print(f"baseline: csv reader into one sqlite3 executemany: {baseline:6.2f} s")
        imports = {}
        for suffix, target in ((".csv", 2.0), (".xlsx", 5.0)):
            copy = emptied_copy(source, folder / f"import{suffix}.sqlite3")
            seconds, written, read = timed_import(copy, folder / f"waitlist{suffix}")
            imports[suffix] = seconds
            print(
                f"import {suffix:<5} {seconds:6.2f} s  {written / seconds:9,.0f} rows/s  "
                f"(reading the file {read:.2f} s; target < {target:.0f} s)  "
                f"ratio to baseline {seconds / baseline:5.1f}x"
            )
            if suffix == ".csv":
                least = floor(source, copy, folder / "waitlist.csv", folder)
                print(
                    f"floor: csv reader + raw executemany of the written rows into the app's "
                    f"tables: {least:6.2f} s (the CSV import is {seconds / least:.2f}x that; "
                    "target <= 1.3x)"
                )
        print(f"import .xlsx / import .csv: {imports['.xlsx'] / imports['.csv']:.2f}x "
              "(target <= 1.5x)")  # fmt: skip


if __name__ == "__main__":
    main()
