"""Fuzz the order status import: the files dealers download from the OEM's portal.

Each input is a CSV or XLSX with order-status columns (order number, status
code, date, VIN, ETA, production week) whose cells come from the demo
database's real orders and BMW's real codes as often as from typos and
garbage; it is read with read_sheet, mapped with guess_mapping (or at random,
as the dialog allows) and run through import_order_statuses in preview and
with apply=True in a unit of work that is rolled back, on the full demo
database (the one with orders).

    .venv/bin/python fuzz/fuzz_status.py --budget 10000
"""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

from harness import REPO, Case, fuzz, parse_arguments
from hypothesis import strategies as st
from sheetgen import (
    CODE_TEXTS,
    DATE_TEXTS,
    NASTY_TEXT,
    VIN_TEXTS,
    WEEK_TEXTS,
    ImporterSpec,
    Table,
    cell_pools,
    mutate_sheet_seed,
    random_options,
    read_csv_rows,
    run_importers,
    seed_files,
    serialize,
    sheet_options,
    tables,
)
from sqlalchemy import select

from dealerapp.config import resolve_database
from dealerapp.db import models as m
from dealerapp.db.database import Database
from dealerapp.exchange import orders_import
from dealerapp.services.demo import load_demo

DEMO = REPO / "seeds" / "demo"
KINDS = {
    "order_number": "order", "status_code": "code", "status_date": "date", "vin": "vin",
    "eta": "date", "production_week": "week",
}  # fmt: skip
IMPORTERS = (
    ImporterSpec("orders", orders_import.FIELDS, orders_import.import_order_statuses, KINDS),
)
BASE_NAMES = ("OEM portal status", "order_status_2011-07-08", "Auftragsstatus", "status (1)")


def _status_seed() -> Table:
    """The demo's orders, a few moved on a stage, in the portal's own column names."""
    headers = ["Order No", "Event code", "Event date", "VIN", "Estimated arrival", "Prod week"]
    moves = {"037": "087", "087": "112", "112": "150", "150": "155", "155": "160"}
    rows: list[list[object]] = []
    for row in read_csv_rows(DEMO / "orders.csv")[:80]:
        code = moves.get(row["status_code"], row["status_code"])
        rows.append(
            [
                row["order_number"],
                code,
                "2011-07-08",
                row["vin"],
                row["eta"],
                row["production_week"],
            ]
        )
    return headers, rows  # type: ignore[return-value]


class StatusTarget:
    name = "status"
    text_input = False
    databases = ("full-demo",)

    def setup(self, workdir: Path) -> None:
        workdir.mkdir(parents=True, exist_ok=True)
        db = Database.open(resolve_database(str(workdir / "full-demo.sqlite3")))
        with db.unit_of_work() as session:
            load_demo(session)
        self.dbs = {"full-demo": db}
        with db.reading() as session:
            numbers = list(session.scalars(select(m.Order.order_number)))
            vins = [v for v in session.scalars(select(m.Order.vin)) if v]
            codes = list(session.scalars(select(m.OrderStatusCode.code)))
        self.pools = cell_pools(
            {
                "text": NASTY_TEXT,
                "order": [
                    *numbers,
                    *(n.zfill(10) for n in numbers[:5]),
                    *(f"{n}.0" for n in numbers[:5]),
                    " 1603130 ",
                    "0",
                    "",
                    "9" * 40,
                ],
                "code": [*codes, *CODE_TEXTS],
                "date": DATE_TEXTS,
                "vin": [*vins, *(v.lower() for v in vins[:5]), *VIN_TEXTS],
                "week": WEEK_TEXTS,
            }
        )
        self.seeds = seed_files("status", _status_seed())
        self.seed_bytes = [data for _, data in self.seeds]

    def after_fork(self) -> None:
        # The parent's pooled SQLite connections must not be shared with the child.
        for db in self.dbs.values():
            db.engine.dispose(close=False)

    def run(self, path: Path, case: Case, stats: Counter[str]) -> None:
        run_importers(path, case, stats, self.dbs, IMPORTERS)

    def names_input(self, case: Case, message: str) -> bool:
        return case.name in message

    def strategy(self) -> st.SearchStrategy[Case]:
        cells = {**self.pools, **{key: self.pools[kind] for key, kind in KINDS.items()}}

        @st.composite
        def generated(draw: st.DrawFn) -> Case:
            table = draw(tables(orders_import.FIELDS, cells))
            suffix, data, form = serialize(draw, table)
            name = draw(st.sampled_from(BASE_NAMES)) + suffix
            return Case(name, data, f"hypothesis:{form}", sheet_options(draw, self.databases))

        mutated = st.builds(self._mutant_from, st.randoms(use_true_random=False))
        return st.one_of(generated(), generated(), generated(), mutated)

    def _mutant_from(self, rng: random.Random) -> Case:
        name, data = rng.choice(self.seeds)
        data = mutate_sheet_seed(name, data, rng, self.seed_bytes)
        return Case(
            name, data, f"mutation:{Path(name).suffix}", random_options(rng, self.databases)
        )

    def mutant(self, rng: random.Random) -> Case:
        return self._mutant_from(rng)


if __name__ == "__main__":
    fuzz(StatusTarget(), parse_arguments(__doc__ or ""))
