"""Importing a waitlist spreadsheet: customers, their entries and deposits.

Every row is checked before anything is written; a customer already in the
database (same reference, same e-mail, or same name and postal code) is
merged rather than created twice unless the user keeps them apart. Waiting
entries join the end of their dealer's queue in the file's order of position
(then joined date), so nobody already waiting is pushed back. The import is
one transaction and one audit row.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import partial
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.db.base import utcnow
from dealerapp.db.bulk import bulk_insert, table_of
from dealerapp.db.enums import OPEN_STATUSES, UNIT_HOLDING_STATUSES, DepositMethod, EntryStatus
from dealerapp.db.models.waitlist import customer_display_name
from dealerapp.db.sequences import advance_id_sequences
from dealerapp.exchange.cells import (
    looks_like_email,
    parse_amount,
    parse_bool,
    parse_count,
    parse_day,
)
from dealerapp.exchange.mapping import ColumnMap, Field
from dealerapp.exchange.report import (
    Duplicate,
    ImportReport,
    Problem,
    RowReader,
    missing_columns,
    row_cells,
)
from dealerapp.exchange.sheets import Sheet
from dealerapp.services import audit
from dealerapp.services.money import decimals_of
from dealerapp.services.money import is_currency as _is_currency

FIELDS = (
    Field("customer_ref", "Customer ref", synonyms=("ref", "customer no", "customer number")),
    Field("title", "Title", synonyms=("salutation", "mr mrs")),
    Field("given_name", "Given name", synonyms=("first name", "forename", "first", "vorname")),
    Field("family_name", "Family name", synonyms=("last name", "surname", "last", "nachname")),
    Field("company", "Company", synonyms=("company name", "firm", "firma")),
    Field("street", "Street", synonyms=("address", "street address", "address line 1")),
    Field("city", "City", synonyms=("town", "ort")),
    Field("region", "Region", synonyms=("state", "province", "county")),
    Field("postal_code", "Postal code", synonyms=("zip", "zip code", "postcode", "plz")),
    Field("country", "Country"),
    Field("email", "E-mail", synonyms=("email address", "mail")),
    Field("phone", "Phone", synonyms=("telephone", "tel", "mobile", "cell")),
    Field("language", "Language"),
    Field("dealer", "Dealer", required=True, synonyms=("dealer code", "dealership")),
    Field("program", "Program", synonyms=("model", "car", "vehicle")),
    Field("position", "Position", synonyms=("queue position", "place", "rank", "no")),
    Field("joined_on", "Joined", synonyms=("joined on", "date joined", "signed up", "added")),
    Field("status", "Status"),
    Field("deposit_amount", "Deposit", synonyms=("deposit amount", "amount")),
    Field("deposit_currency", "Currency", synonyms=("deposit currency",)),
    Field("deposit_date", "Deposit date", synonyms=("paid on", "date paid", "deposit paid")),
    Field("deposit_method", "Payment method", synonyms=("deposit method", "method", "paid by")),
    Field("deposit_refundable", "Refundable", synonyms=("deposit refundable",)),
    Field("deposit_terms", "Refund terms", synonyms=("deposit terms", "terms")),
    Field("specification", "Specification", synonyms=("spec", "options", "wanted spec")),
    Field("notes", "Notes", synonyms=("comments", "remarks")),
)
_BY_KEY = {field.key: field for field in FIELDS}
_METHODS = {
    **{method.value: method for method in DepositMethod},
    "bank transfer": DepositMethod.BANK_TRANSFER, "transfer": DepositMethod.BANK_TRANSFER,
    "wire": DepositMethod.BANK_TRANSFER, "check": DepositMethod.CHEQUE,
    "credit card": DepositMethod.CARD, "debit card": DepositMethod.CARD,
}  # fmt: skip
_STATUSES = {status.value: status for status in EntryStatus}
_HOLDING = frozenset(UNIT_HOLDING_STATUSES)


_NOT_WORD = re.compile(r"\W")


def _norm(text: str | None) -> str:
    return _NOT_WORD.sub("", text.casefold()) if text else ""


def identity_keys(
    ref: str | None, email: str | None, given: str | None, family: str | None,
    company: str | None, postal: str | None,
) -> list[tuple[str, str]]:  # fmt: skip
    """The ways two records are the same customer: reference, e-mail, name and postal code."""
    keys = []
    if ref:
        keys.append(("the same customer reference", ref.strip()))
    if email:
        keys.append(("the same e-mail", email.strip().casefold()))
    name = _norm(given) + "|" + _norm(family or company)
    if postal and name != "|":
        keys.append(("the same name and postal code", name + "|" + _norm(postal)))
    return keys


@dataclass
class _Reference:
    dealers: dict[str, tuple[int, str, str, str, str]]  # code -> id, name, market, currency, lang
    programs: dict[str, tuple[int, str]]
    only_program: tuple[int, str] | None
    customers: dict[tuple[str, str], tuple[int, str]]
    open_entries: set[tuple[int, int, int]]
    free_units: dict[tuple[int, int], int]
    queue_length: dict[tuple[int, int], int]

    @classmethod
    def load(cls, session: Session) -> _Reference:
        dealers: dict[str, tuple[int, str, str, str, str]] = {}
        for dealer_id, code, name, market, currency, language in session.execute(
            select(
                m.Dealer.id,
                m.Dealer.code,
                m.Dealer.name,
                m.Market.code,
                m.Market.currency,
                m.Market.language,
            ).join(m.Market)
        ):
            dealers[code.upper()] = (dealer_id, name, market, currency, language)
        programs = {
            code.casefold(): (program_id, code)
            for program_id, code in session.execute(select(m.Program.id, m.Program.code))
        }
        for alias, program_id in session.execute(
            select(m.ProgramAlias.alias, m.ProgramAlias.program_id)
        ):
            code = next(c for i, c in programs.values() if i == program_id)
            programs.setdefault(alias.casefold(), (program_id, code))
        distinct = set(programs.values())
        customers: dict[tuple[str, str], tuple[int, str]] = {}
        c = m.Customer
        for row in session.execute(
            select(c.id, c.ref, c.email, c.given_name, c.family_name, c.company, c.postal_code)
            .where(c.erased_at.is_(None))
            .order_by(c.id)
        ):
            customer_id, ref, email, given, family, company, postal = row
            shown = customer_display_name(given, family, company)
            for key in identity_keys(ref, email, given, family, company, postal):
                customers.setdefault(key, (customer_id, shown))
        e = m.WaitlistEntry
        open_entries = {
            (customer, dealer, program)
            for customer, dealer, program in session.execute(
                select(e.customer_id, e.dealer_id, e.program_id).where(e.status.in_(OPEN_STATUSES))
            )
        }
        free: dict[tuple[int, int], int] = defaultdict(int)
        for dealer, program, units in session.execute(
            select(
                m.AllocationEvent.dealer_id,
                m.AllocationEvent.program_id,
                func.sum(m.AllocationEvent.units),
            )
            .where(m.AllocationEvent.dealer_id.is_not(None))
            .group_by(m.AllocationEvent.dealer_id, m.AllocationEvent.program_id)
        ):
            if dealer is not None:
                free[(dealer, program)] += int(units)
        queue: dict[tuple[int, int], int] = defaultdict(int)
        for dealer, program, status, count in session.execute(
            select(e.dealer_id, e.program_id, e.status, func.count()).group_by(
                e.dealer_id, e.program_id, e.status
            )
        ):
            if EntryStatus(status) in _HOLDING:
                free[(dealer, program)] -= count
            elif status == EntryStatus.WAITING:
                queue[(dealer, program)] = count
        only = next(iter(distinct)) if len(distinct) == 1 else None
        return cls(dealers, programs, only, customers, open_entries, free, queue)


@dataclass
class _Row:
    number: int
    customer: dict[str, Any]
    customer_key: tuple[str, str] | None
    existing_customer: int | None
    dealer_id: int
    program_id: int
    position: int | None
    joined_on: date
    status: EntryStatus
    entry: dict[str, Any]


def import_waitlist(
    session: Session,
    sheet: Sheet,
    mapping: ColumnMap,
    *,
    apply: bool = False,
    valid_only: bool = False,
    keep_separate: frozenset[int] | bool = frozenset(),
    actor: str | None = None,
) -> ImportReport:
    """Check every row; with `apply`, write them all (or only the valid ones) in this transaction.

    `keep_separate` lists the rows (or True for all) whose matching customer
    should not be merged: they get a customer record of their own.
    """
    report = ImportReport("waitlist", sheet.name, len(sheet.rows))
    if missing_columns(report, mapping, FIELDS):
        return report
    if "family_name" not in mapping and "company" not in mapping:
        text = "no column for Family name or Company: choose one in the mapping"
        report.problems.append(Problem(1, None, text))
        return report
    today = utcnow().date()
    reference = _Reference.load(session)
    rows = _check_rows(sheet, mapping, reference, report, keep_separate, today)
    report.valid = len(rows)
    _check_units(rows, reference, report)
    valid_rows = [row for row in rows if row.number not in set(report.bad_rows)]
    report.valid = len(valid_rows)
    _queue_notes(valid_rows, reference, report)
    if not apply:
        return report
    report.refuse_if_problems(valid_only)
    _write(session, valid_rows, reference, report, actor or audit.current_actor())
    return report


def _check_rows(
    sheet: Sheet,
    mapping: ColumnMap,
    ref: _Reference,
    report: ImportReport,
    keep_separate: frozenset[int] | bool,
    today: date,
) -> list[_Row]:
    rows: list[_Row] = []
    seen_in_file: dict[tuple[str, str], tuple[int, str]] = {}
    entries_in_file: dict[tuple[object, int, int], int] = {}
    problems = report.problems
    for index, cells in enumerate(row_cells(sheet.rows, mapping)):
        number = sheet.row_number(index)
        if not any(cells.values()):
            continue
        r = RowReader(cells, number, _BY_KEY, problems)
        dealer = ref.dealers.get(r.required("dealer").upper())
        if dealer is None and r.text("dealer"):
            r.problem("dealer", f"no dealer with the code {r.text('dealer')!r}")
        program_text = r.text("program")
        program = ref.programs.get(program_text.casefold()) if program_text else ref.only_program
        if program is None:
            r.problem("program", f"no program {program_text!r}" if program_text else
                      "is empty, and there is more than one program")  # fmt: skip
        market = dealer[2] if dealer else None
        family, company = r.text("family_name"), r.text("company")
        if not family and not company:
            r.problem("family_name", "is empty (a customer needs a family name or a company)")
        email = r.text("email")
        if email and not looks_like_email(email):
            r.problem("email", f"{email!r} is not an e-mail address")
        joined = r.parsed("joined_on", partial(parse_day, market=market)) or today
        if joined > today:
            r.problem("joined_on", f"{joined.isoformat()} is in the future")
        status_text = r.text("status").casefold() or "waiting"
        status = _STATUSES.get(status_text)
        if status is None:
            r.problem("status", f"{r.text('status')!r} is not a status ({', '.join(_STATUSES)})")
        position = r.parsed("position", parse_count)
        currency = (r.text("deposit_currency") or (dealer[3] if dealer else "USD")).upper()
        amount = r.parsed("deposit_amount", parse_amount) or Decimal(0)
        minor = _minor(r, amount, currency)
        method_text = r.text("deposit_method").casefold()
        method = _METHODS.get(method_text.replace("_", " ")) or _METHODS.get(method_text)
        if method_text and method is None:
            r.problem("deposit_method", f"{r.text('deposit_method')!r} is not a payment method")
        paid_on = r.parsed("deposit_date", partial(parse_day, market=market))
        refundable = r.parsed("deposit_refundable", parse_bool)
        country = r.text("country").upper()
        if country and not (len(country) == 2 and country.isalpha()):
            r.problem("country", f"{r.text('country')!r} is not a two-letter country code (US, DE)")
        if r.failed or dealer is None or program is None or status is None:
            continue
        given, ref_text = r.text("given_name") or None, r.text("customer_ref") or None
        postal = r.text("postal_code") or None
        keys = identity_keys(
            ref_text, email or None, given, family or None, company or None, postal
        )
        separate = keep_separate is True or (
            isinstance(keep_separate, frozenset) and number in keep_separate
        )
        existing, customer_key = None, None
        for reason, key in keys:
            found = ref.customers.get((reason, key))
            if found is not None:
                incoming = customer_display_name(given, family or None, company or None)
                report.duplicates.append(
                    Duplicate(number, found[0], found[1], incoming, reason, not separate)
                )
                if not separate:
                    existing = found[0]
                break
        if existing is None:
            for reason, key in keys:
                if (reason, key) in seen_in_file:
                    customer_key = (reason, key)
                    break
            if customer_key is None:
                customer_key = keys[0] if keys else ("row", str(number))
                for known in keys:
                    seen_in_file.setdefault(known, (number, family))
        identity: object = existing if existing is not None else customer_key
        entry_key = (identity, dealer[0], program[0])
        if status in OPEN_STATUSES:
            if existing is not None and (existing, dealer[0], program[0]) in ref.open_entries:
                r.problem("dealer", f"this customer already has an open {program[1]} entry at "
                                    f"{dealer[1]}")  # fmt: skip
                continue
            earlier = entries_in_file.get(entry_key)
            if earlier is not None:
                r.problem("dealer", f"the same customer's {program[1]} entry at {dealer[1]} is "
                                    f"already in row {earlier}")  # fmt: skip
                continue
            entries_in_file[entry_key] = number
        rows.append(
            _Row(
                number=number,
                customer={
                    "ref": ref_text,
                    "title": r.text("title") or None,
                    "given_name": given,
                    "family_name": family or company,
                    "company": company or None,
                    "street": r.text("street") or None,
                    "city": r.text("city") or None,
                    "region": r.text("region") or None,
                    "postal_code": postal,
                    "country": country or dealer[2],
                    "email": email or None,
                    "phone": r.text("phone") or None,
                    "language": (r.text("language") or dealer[4]).lower()[:8],
                },
                customer_key=customer_key,
                existing_customer=existing,
                dealer_id=dealer[0],
                program_id=program[0],
                position=position,
                joined_on=joined,
                status=status,
                entry={
                    "deposit_amount_minor": minor,
                    "deposit_currency": currency,
                    "deposit_date": paid_on or (joined if minor else None),
                    "deposit_method": method,
                    "deposit_refundable": True if refundable is None else refundable,
                    "deposit_terms": r.text("deposit_terms") or None,
                    "specification": r.text("specification") or None,
                    "notes": r.text("notes") or None,
                },
            )
        )
    return rows


def _minor(r: RowReader, amount: Decimal, currency: str) -> int:
    if not _is_currency(currency):
        r.problem("deposit_currency", f"{currency!r} is not a currency code (USD, EUR, ...)")
        return 0
    scaled = amount.scaleb(decimals_of(currency))
    if scaled != scaled.to_integral_value():
        r.problem("deposit_amount", f"{amount} {currency} has more decimals than {currency} has")
        return 0
    return int(scaled)


def _check_units(rows: list[_Row], ref: _Reference, report: ImportReport) -> None:
    """Entries imported as assigned, ordered or delivered must fit the dealer's free units."""
    free = dict(ref.free_units)
    for row in rows:
        if row.status not in _HOLDING:
            continue
        key = (row.dealer_id, row.program_id)
        if free.get(key, 0) <= 0:
            dealer = next(d for d in ref.dealers.values() if d[0] == row.dealer_id)
            report.problems.append(
                Problem(
                    row.number,
                    "Status",
                    f"{dealer[1]} has no free unit left for another "
                    f"{row.status.value} entry; import it as waiting, or grant units first",
                )
            )
            continue
        free[key] -= 1


def _queue_notes(rows: list[_Row], ref: _Reference, report: ImportReport) -> None:
    joining: dict[tuple[int, int], int] = defaultdict(int)
    for row in rows:
        if row.status is EntryStatus.WAITING:
            joining[(row.dealer_id, row.program_id)] += 1
    names = {d[0]: d[1] for d in ref.dealers.values()}
    for (dealer, program), count in sorted(joining.items()):
        already = ref.queue_length.get((dealer, program), 0)
        if already:
            report.notes.append(
                f"{names[dealer]}: {count} waiting entr{'y' if count == 1 else 'ies'} join after "
                f"the {already} already waiting (positions {already + 1}-{already + count})"
            )
    merged = sum(1 for duplicate in report.duplicates if duplicate.merged)
    if report.duplicates:
        report.notes.append(
            f"{len(report.duplicates)} row(s) name a customer already in the database: "
            f"{merged} merged, {len(report.duplicates) - merged} kept separate"
        )


def _write(
    session: Session, rows: list[_Row], ref: _Reference, report: ImportReport, actor: str
) -> None:
    now = utcnow()
    next_customer = (session.scalar(select(func.max(m.Customer.id))) or 0) + 1
    next_entry = (session.scalar(select(func.max(m.WaitlistEntry.id))) or 0) + 1
    customers: list[dict[str, Any]] = []
    customer_ids: dict[tuple[str, str], int] = {}
    for row in rows:
        if row.existing_customer is not None or row.customer_key in customer_ids:
            continue
        assert row.customer_key is not None
        customer_ids[row.customer_key] = next_customer
        customers.append({"id": next_customer, **row.customer, "created_at": now, "version": 1})
        next_customer += 1
    # Waiting entries join each queue's end: by the file's position, then joined date, then row.
    waiting = sorted(
        (row for row in rows if row.status is EntryStatus.WAITING),
        key=lambda row: (row.position or 10**9, row.joined_on, row.number),
    )
    positions: dict[int, int] = {}
    lengths = dict(ref.queue_length)
    for row in waiting:
        key = (row.dealer_id, row.program_id)
        lengths[key] = lengths.get(key, 0) + 1
        positions[row.number] = lengths[key]
    entries: list[dict[str, Any]] = []
    history: list[dict[str, Any]] = []
    reason = f"Imported from {report.sheet}"
    for row in rows:
        customer_id = row.existing_customer
        if customer_id is None:
            assert row.customer_key is not None
            customer_id = customer_ids[row.customer_key]
        position = positions.get(row.number)
        entries.append(
            {
                "id": next_entry, "customer_id": customer_id, "dealer_id": row.dealer_id,
                "program_id": row.program_id, "position": position, "joined_on": row.joined_on,
                "status": row.status, "status_changed_at": now, "created_at": now, "version": 1,
                **row.entry,
            }
        )  # fmt: skip
        if position is not None:
            history.append(
                {
                    "entry_id": next_entry, "from_position": None, "to_position": position,
                    "reason": f"{reason}, row {row.number}", "author": actor, "at": now,
                }
            )  # fmt: skip
        next_entry += 1
    tables = [table_of(m.Customer), table_of(m.WaitlistEntry), table_of(m.PositionChange)]
    for table, values in zip(tables, (customers, entries, history), strict=True):
        bulk_insert(session, table, values)
    advance_id_sequences(session, tables[:2])
    merged = sum(1 for row in rows if row.existing_customer is not None)
    report.summary = (
        f"Imported {len(entries):,} waitlist entries from {report.sheet}: "
        f"{len(customers):,} new customers, {merged:,} rows merged into known customers"
    )
    if len(rows) < report.rows:
        report.summary += f", {report.rows - len(rows):,} rows left out"
    audit.record(
        session, action="waitlist.import", entity="import", entity_id=None,
        summary=report.summary, actor=actor,
        after={"file": report.sheet, "entries": len(entries), "customers": len(customers),
               "merged": merged, "left_out_rows": report.bad_rows[:1000]},
    )  # fmt: skip
    report.applied = True
    report.written = len(entries)
