"""Fuzz the spreadsheet reader and the waitlist and dealer importers as the import dialog runs them.

Each input (CSV text drawn cell by cell, an XLSX workbook written by openpyxl,
either of them mutated) is read with dealerapp.exchange.sheets.read_sheet; the
columns are mapped with guess_mapping (or, now and then, at random, as a person
may in the dialog); then import_waitlist and import_dealers run in preview and
with apply=True in a unit of work that is rolled back. The database is the
demo's dealer group (load_demo(waitlists=False)) or the full demo, whose
customers make rows merge and collide.

    .venv/bin/python fuzz/fuzz_sheets.py --budget 10000
"""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

from harness import REPO, Case, fuzz, parse_arguments
from hypothesis import strategies as st
from sheetgen import (
    AMOUNT_TEXTS,
    BASE_NAMES,
    BOOL_TEXTS,
    COUNTRY_TEXTS,
    CURRENCY_TEXTS,
    DATE_TEXTS,
    EMAIL_TEXTS,
    LANGUAGE_TEXTS,
    METHOD_TEXTS,
    NASTY_TEXT,
    POSITION_TEXTS,
    STATUS_TEXTS,
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
from dealerapp.exchange import dealers_import, waitlist_import
from dealerapp.services.demo import load_demo

DEMO = REPO / "seeds" / "demo"

WAITLIST_KINDS = {
    "customer_ref": "ref", "title": "text", "given_name": "name", "family_name": "name",
    "company": "name", "street": "text", "city": "text", "region": "text", "postal_code": "postal",
    "country": "country", "email": "email", "phone": "text", "language": "language",
    "dealer": "dealer", "program": "program", "position": "position", "joined_on": "date",
    "status": "status", "deposit_amount": "amount", "deposit_currency": "currency",
    "deposit_date": "date", "deposit_method": "method", "deposit_refundable": "bool",
    "deposit_terms": "text", "specification": "text", "notes": "text",
}  # fmt: skip
DEALER_KINDS = {
    "code": "dealer", "market": "market", "name": "name", "street": "text", "city": "text",
    "region": "text", "postal_code": "postal", "country": "country", "phone": "text",
    "email": "email", "signatory_name": "name", "signatory_title": "text",
}  # fmt: skip
IMPORTERS = (
    ImporterSpec(
        "waitlist", waitlist_import.FIELDS, waitlist_import.import_waitlist, WAITLIST_KINDS
    ),
    ImporterSpec("dealers", dealers_import.FIELDS, dealers_import.import_dealers, DEALER_KINDS),
)
# Both importers read the same file: one field list, each header's kind from whichever knows it.
FIELDS = waitlist_import.FIELDS + dealers_import.FIELDS
KINDS = {**DEALER_KINDS, **WAITLIST_KINDS}


def _waitlist_seed() -> Table:
    """The demo's customers and entries as one sheet, the shape a dealer's own list has."""
    customers = {row["ref"]: row for row in read_csv_rows(DEMO / "customers.csv")}
    headers = [
        "Customer ref",
        "Title",
        "First name",
        "Last name",
        "Company",
        "Street",
        "City",
        "State",
        "ZIP",
        "Country",
        "Email",
        "Phone",
        "Dealer",
        "Program",
        "Position",
        "Joined",
        "Status",
        "Deposit",
        "Currency",
        "Paid on",
        "Payment method",
        "Refundable",
        "Spec",
    ]
    rows: list[list[object]] = []
    for entry in read_csv_rows(DEMO / "entries.csv")[:60]:
        c = customers[entry["customer"]]
        rows.append(
            [
                c["ref"],
                c["title"],
                c["given_name"],
                c["family_name"],
                c["company"],
                c["street"],
                c["city"],
                c["region"],
                c["postal_code"],
                c["country"],
                c["email"],
                c["phone"],
                entry["dealer"],
                entry["program"],
                entry["position"],
                entry["joined_on"],
                entry["status"],
                entry["deposit_amount"],
                entry["deposit_currency"],
                entry["deposit_date"],
                entry["deposit_method"],
                entry["deposit_refundable"],
                entry["specification"],
            ]
        )
    return headers, rows  # type: ignore[return-value]


def _dealer_seed() -> Table:
    rows = read_csv_rows(DEMO / "dealers.csv")
    headers = list(rows[0])
    table = [[row[h] for h in headers] for row in rows]
    # New dealers as well as known ones: a new code takes the insert path.
    table += [[f"NEW-{i}", *row[1:]] for i, row in enumerate(table[:5])]
    return headers, table  # type: ignore[return-value]


class SheetTarget:
    name = "sheets"
    text_input = False
    databases = ("dealer-group", "full-demo")

    def setup(self, workdir: Path) -> None:
        workdir.mkdir(parents=True, exist_ok=True)
        self.dbs: dict[str, Database] = {}
        for label, waitlists in (("dealer-group", False), ("full-demo", True)):
            db = Database.open(resolve_database(str(workdir / f"{label}.sqlite3")))
            with db.unit_of_work() as session:
                load_demo(session, waitlists=waitlists)
            self.dbs[label] = db
        with self.dbs["full-demo"].reading() as session:
            dealers = list(session.scalars(select(m.Dealer.code)))
            markets = list(session.scalars(select(m.Market.code)))
            programs = list(session.scalars(select(m.Program.code)))
            programs += list(session.scalars(select(m.ProgramAlias.alias)))
            refs = list(session.scalars(select(m.Customer.ref).limit(40)))
            names = list(session.scalars(select(m.Customer.family_name).limit(40)))
            emails = list(session.scalars(select(m.Customer.email).limit(40)))
            postals = list(session.scalars(select(m.Customer.postal_code).limit(40)))
        self.pools = cell_pools(
            {
                "text": ["Main Street 1", "Munich", "CA", "+1 650 555 0100", *NASTY_TEXT],
                "name": [
                    "Smith",
                    "Müller",
                    "Brown",
                    "O'Brien",
                    "Bay Area BMW",
                    *names,
                    *NASTY_TEXT[:12],
                ],
                "ref": [*refs, "C9999", "c0001", " C0001 ", "", "R" * 60],
                "postal": [*postals, "80788", "94061", "", "00000", "SW1A 1AA"],
                "dealer": [
                    *dealers,
                    *(d.lower() for d in dealers),
                    " US-BAY ",
                    "XX-NOPE",
                    "NEW-1",
                    "new-1",
                    "",
                    "US-BAY\n",
                ],
                "market": [*markets, *(x.lower() for x in markets), "XX", "USA", ""],
                "program": [*programs, "2M", "1m", "", "BMW 1 SERIES M COUPE"],
                "date": DATE_TEXTS,
                "amount": AMOUNT_TEXTS,
                "bool": BOOL_TEXTS,
                "status": STATUS_TEXTS,
                "method": METHOD_TEXTS,
                "currency": CURRENCY_TEXTS,
                "country": COUNTRY_TEXTS,
                "language": LANGUAGE_TEXTS,
                "position": POSITION_TEXTS,
                "email": [*EMAIL_TEXTS, *emails],
            }
        )
        self.seeds = seed_files("waitlist", _waitlist_seed()) + seed_files(
            "dealers", _dealer_seed()
        )
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
            table = draw(tables(FIELDS, cells))
            suffix, data, form = serialize(draw, table)
            name = draw(st.sampled_from(BASE_NAMES)) + suffix
            return Case(name, data, f"hypothesis:{form}", sheet_options(draw, self.databases))

        mutated = st.builds(self._mutant_from, st.randoms(use_true_random=False))
        return st.one_of(generated(), generated(), generated(), mutated)

    def _mutant_from(self, rng: random.Random) -> Case:
        name, data = rng.choice(self.seeds)
        data = mutate_sheet_seed(name, data, rng, self.seed_bytes)
        origin = f"mutation:{Path(name).suffix}"
        return Case(name, data, origin, random_options(rng, self.databases))

    def mutant(self, rng: random.Random) -> Case:
        return self._mutant_from(rng)


if __name__ == "__main__":
    fuzz(SheetTarget(), parse_arguments(__doc__ or ""))
