"""Importing a dealer list: new dealers are added, known codes have their details updated."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.exchange.mapping import ColumnMap, Field
from dealerapp.exchange.report import ImportReport, RowReader, missing_columns, row_cells
from dealerapp.exchange.sheets import Sheet
from dealerapp.services import audit
from dealerapp.services.addresses import looks_like_email

FIELDS = (
    Field("code", "Dealer code", required=True, synonyms=("code", "dealer", "dealer no")),
    Field("market", "Market", required=True, synonyms=("market code",)),
    Field("name", "Name", required=True, synonyms=("dealer name", "dealership")),
    Field("street", "Street", required=True, synonyms=("address",)),
    Field("city", "City", required=True, synonyms=("town",)),
    Field("region", "Region", synonyms=("state", "province")),
    Field("postal_code", "Postal code", required=True, synonyms=("zip", "postcode", "plz")),
    Field("country", "Country"),
    Field("phone", "Phone", synonyms=("telephone", "tel")),
    Field("email", "E-mail", synonyms=("email address", "mail")),
    Field("signatory_name", "Signatory", required=True, synonyms=("signatory name", "signed by")),
    Field("signatory_title", "Signatory title", synonyms=("title", "position")),
)
_BY_KEY = {field.key: field for field in FIELDS}
_TEXT_FIELDS = ("name", "street", "city", "region", "postal_code", "phone", "email",
                "signatory_name", "signatory_title")  # fmt: skip


def import_dealers(
    session: Session,
    sheet: Sheet,
    mapping: ColumnMap,
    *,
    apply: bool = False,
    valid_only: bool = False,
    actor: str | None = None,
) -> ImportReport:
    report = ImportReport("dealers", sheet.name, sheet.size)
    if missing_columns(report, mapping, FIELDS):
        return report
    markets = {
        code: market_id for market_id, code in session.execute(select(m.Market.id, m.Market.code))
    }
    known = {dealer.code.upper(): dealer for dealer in session.scalars(select(m.Dealer))}
    seen: dict[str, int] = {}
    rows: list[tuple[int, str, int, dict[str, str | None]]] = []
    for index, cells in enumerate(row_cells(sheet.rows, mapping)):
        number = sheet.row_number(index)
        if not any(cells.values()):
            continue
        r = RowReader(cells, number, _BY_KEY, report.problems)
        for field in FIELDS:
            if field.required:
                r.required(field.key)
        code = r.text("code")
        if code.upper() in seen:
            r.problem("code", f"dealer {code} is already in row {seen[code.upper()]}")
        seen.setdefault(code.upper(), number)
        market_code = r.text("market").upper()
        market_id = markets.get(market_code)
        if market_code and market_id is None:
            r.problem("market", f"no market {market_code} (markets: {', '.join(sorted(markets))})")
        email = r.text("email")
        if email and not looks_like_email(email):
            r.problem("email", f"{email!r} is not an e-mail address")
        country = (r.text("country") or market_code).upper()
        if not (len(country) == 2 and country.isalpha()):
            r.problem("country", f"{country!r} is not a two-letter country code")
        if r.failed or market_id is None:
            continue
        values = {key: (r.text(key) or None) for key in _TEXT_FIELDS}
        values["country"] = country
        rows.append((number, code, market_id, values))
    report.valid = len(rows)
    updates = sum(1 for _, code, _, _ in rows if code.upper() in known)
    if updates:
        report.notes.append(f"{updates} dealer(s) already known by their code: details updated")
    if not apply:
        return report
    report.refuse_if_problems(valid_only)
    for _, code, market_id, values in rows:
        dealer = known.get(code.upper())
        if dealer is None:
            session.add(m.Dealer(code=code, market_id=market_id, **values))
        else:
            dealer.market_id = market_id
            for key, value in values.items():
                setattr(dealer, key, value)
    session.flush()
    report.summary = (
        f"Imported {len(rows)} dealers from {report.sheet}: {len(rows) - updates} new, "
        f"{updates} updated"
    )
    audit.record(
        session, action="dealers.import", entity="import", entity_id=None,
        summary=report.summary, actor=actor,
        after={"file": report.sheet, "new": len(rows) - updates, "updated": updates},
    )  # fmt: skip
    report.applied = True
    report.written = len(rows)
    return report
