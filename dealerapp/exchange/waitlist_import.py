"""Importing a waitlist spreadsheet: customers, their entries and deposits.

Every row is checked before anything is written; a customer already in the
database (same reference, same e-mail, or same name and postal code) is
merged rather than created twice unless the user keeps them apart. Waiting
entries join the end of their dealer's queue in the file's order of position
(then joined date), so nobody already waiting is pushed back. The import is
one transaction and one audit row.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from operator import itemgetter
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.db.base import utcnow
from dealerapp.db.bulk import bulk_insert_tables, table_of
from dealerapp.db.enums import (
    OPEN_STATUSES,
    UNIT_HOLDING_STATUSES,
    DepositMethod,
    EntryStatus,
    StaffRole,
)
from dealerapp.db.models.waitlist import customer_display_name
from dealerapp.db.sequences import advance_id_sequences
from dealerapp.exchange import group
from dealerapp.exchange.cells import (
    parse_amount,
    parse_bool,
    parse_count,
    parse_day,
)
from dealerapp.exchange.columns import Columns
from dealerapp.exchange.customer_match import IdentityKeys, KnownCustomers, NewCustomers
from dealerapp.exchange.mapping import ColumnMap, Field
from dealerapp.exchange.report import Duplicate, ImportReport, Problem, missing_columns
from dealerapp.exchange.sheets import Sheet
from dealerapp.gc_pause import cycle_collection_paused
from dealerapp.services import audit, staff
from dealerapp.services.addresses import not_emails
from dealerapp.services.money import decimals_of
from dealerapp.services.money import is_currency as _is_currency

_ENGLISH = (
    Field("customer_ref", "Customer ref", synonyms=("ref", "customer no", "customer number")),
    Field("title", "Title", synonyms=("salutation", "mr mrs")),
    Field("given_name", "Given name", synonyms=("first name", "forename", "first")),
    Field("family_name", "Family name", synonyms=("last name", "surname", "last")),
    Field("company", "Company", synonyms=("company name", "firm")),
    Field("street", "Street", synonyms=("address", "street address", "address line 1")),
    Field("city", "City", synonyms=("town",)),
    Field("region", "Region", synonyms=("state", "province", "county")),
    Field("postal_code", "Postal code", synonyms=("zip", "zip code", "postcode")),
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

# The same headings in the markets' other languages (German, French, Italian), so a
# sheet kept in Munich, Lyon or Milan maps itself as an English one does.
_ABROAD: dict[str, tuple[str, ...]] = {
    "customer_ref": ("kundennummer", "kunden nr", "numéro client", "n client", "codice cliente"),
    "title": ("anrede", "civilité", "titolo"),
    "given_name": ("vorname", "prénom", "nome"),
    "family_name": ("nachname", "familienname", "nom", "nom de famille", "cognome"),
    "company": ("firma", "unternehmen", "société", "entreprise", "azienda", "ditta"),
    "street": ("straße", "strasse", "anschrift", "adresse", "rue", "indirizzo", "via"),
    "city": ("ort", "stadt", "wohnort", "ville", "localité", "città", "comune"),
    "region": ("bundesland", "kanton", "région", "département", "provincia", "regione"),
    "postal_code": ("plz", "postleitzahl", "code postal", "npa", "cap"),
    "country": ("land", "pays", "paese", "nazione"),
    "email": ("e-mail-adresse", "courriel", "adresse e-mail", "posta elettronica"),
    "phone": ("telefon", "handy", "téléphone", "portable", "telefono", "cellulare"),
    "language": ("sprache", "langue", "lingua"),
    "dealer": ("händler", "autohaus", "concessionnaire", "concessionario"),
    "program": ("modell", "fahrzeug", "modèle", "véhicule", "modello", "veicolo"),
    "position": ("platz", "rang", "listenplatz", "posizione"),
    "joined_on": ("eingetragen", "eingetragen am", "inscrit le", "iscritto il"),
    "status": ("statut", "stato"),
    "deposit_amount": ("anzahlung", "betrag", "acompte", "montant", "acconto", "caparra"),
    "deposit_currency": ("währung", "devise", "valuta"),
    "deposit_date": ("anzahlung am", "bezahlt am", "payé le", "date de paiement", "pagato il"),
    "deposit_method": ("zahlungsart", "mode de paiement", "metodo di pagamento"),
    "deposit_refundable": ("erstattbar", "rückzahlbar", "remboursable", "rimborsabile"),
    "deposit_terms": ("bedingungen", "conditions", "condizioni"),
    "specification": ("ausstattung", "konfiguration", "configuration", "configurazione"),
    "notes": ("bemerkungen", "notizen", "anmerkungen", "remarques", "note"),
}

FIELDS = tuple(
    replace(field, synonyms=field.synonyms + _ABROAD.get(field.key, ())) for field in _ENGLISH
)
_BY_KEY = {field.key: field for field in FIELDS}
_METHODS = {
    **{method.value: method for method in DepositMethod},
    "bank transfer": DepositMethod.BANK_TRANSFER, "transfer": DepositMethod.BANK_TRANSFER,
    "wire": DepositMethod.BANK_TRANSFER, "check": DepositMethod.CHEQUE,
    "credit card": DepositMethod.CARD, "debit card": DepositMethod.CARD,
    # German, French and Italian sheets
    "überweisung": DepositMethod.BANK_TRANSFER, "virement": DepositMethod.BANK_TRANSFER,
    "bonifico": DepositMethod.BANK_TRANSFER, "karte": DepositMethod.CARD,
    "ec-karte": DepositMethod.CARD, "kreditkarte": DepositMethod.CARD,
    "carte": DepositMethod.CARD, "carte bancaire": DepositMethod.CARD, "carta": DepositMethod.CARD,
    "bar": DepositMethod.CASH, "bargeld": DepositMethod.CASH, "espèces": DepositMethod.CASH,
    "contanti": DepositMethod.CASH, "scheck": DepositMethod.CHEQUE, "chèque": DepositMethod.CHEQUE,
    "assegno": DepositMethod.CHEQUE,
}  # fmt: skip
_STATUSES = {status.value: status for status in EntryStatus}
_HOLDING = frozenset(UNIT_HOLDING_STATUSES)
T = TypeVar("T")


@dataclass
class _Reference:
    dealers: dict[str, tuple[int, str, str, str, str]]  # code -> id, name, market, currency, lang
    programs: dict[str, tuple[int, str]]
    only_program: tuple[int, str] | None
    retired: set[int]
    known: KnownCustomers
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
        programs: dict[str, tuple[int, str]] = {}
        retired: set[int] = set()
        for program_id, code, retired_at in session.execute(
            select(m.Program.id, m.Program.code, m.Program.retired_at)
        ):
            programs[code.casefold()] = (program_id, code)
            if retired_at is not None:
                retired.add(program_id)
        for alias, program_id in session.execute(
            select(m.ProgramAlias.alias, m.ProgramAlias.program_id)
        ):
            code = next(c for i, c in programs.values() if i == program_id)
            programs.setdefault(alias.casefold(), (program_id, code))
        distinct = set(programs.values())
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
        sold = {program for program in distinct if program[0] not in retired}
        only = next(iter(sold)) if len(sold) == 1 else None
        known = KnownCustomers.load(session)
        return cls(dealers, programs, only, retired, known, open_entries, free, queue)


@dataclass
class _Valid:
    """The rows that passed every check, as parallel lists (item i is one row)."""

    numbers: list[int]
    existing: list[int | None]  # the known customer a row merges into
    customer_keys: list[int]  # otherwise: the new customer's first row in the file
    file_positions: list[int | None]
    customer: dict[str, list[Any]]  # customers columns
    entry: dict[str, list[Any]]  # waitlist_entries columns

    def __len__(self) -> int:
        return len(self.numbers)

    def without(self, numbers: set[int]) -> _Valid:
        if not numbers:
            return self
        keep = [index for index, number in enumerate(self.numbers) if number not in numbers]

        def pick(values: list[Any]) -> list[Any]:
            return [values[index] for index in keep]

        return _Valid(
            pick(self.numbers), pick(self.existing), pick(self.customer_keys),
            pick(self.file_positions), {key: pick(v) for key, v in self.customer.items()},
            {key: pick(v) for key, v in self.entry.items()},
        )  # fmt: skip


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

    A workbook from `waitlist export` also carries the dealer group; what of it this
    database lacks is created first (group.py). Without `apply` it is created only
    inside a savepoint, to check the rows against it, and rolled back.
    """
    actor = actor or audit.current_actor(session)
    plan = group.plan_group(session, sheet.companions, sheet.name)
    if plan is None or plan.empty:
        with cycle_collection_paused():  # columns of 100,000 cells, none in a cycle
            return _import_rows(session, sheet, mapping, apply, valid_only, keep_separate,
                                actor, "")  # fmt: skip
    staff.require(session, StaffRole.MANAGER, "Setting up dealers, programs and markets")
    savepoint = None if apply else session.begin_nested()
    try:
        done = group.create_group(session, plan, actor)
        with cycle_collection_paused():
            report = _import_rows(session, sheet, mapping, apply, valid_only, keep_separate,
                                  actor, done)  # fmt: skip
        if apply:
            group.retire_imported(session, plan)
    finally:
        if savepoint is not None:
            savepoint.rollback()
    report.creates = plan.describe()
    report.notes[:0] = [f"This workbook sets up {line}" for line in report.creates]
    return report


def _import_rows(
    session: Session,
    sheet: Sheet,
    mapping: ColumnMap,
    apply: bool,
    valid_only: bool,
    keep_separate: frozenset[int] | bool,
    actor: str,
    group_summary: str,
) -> ImportReport:
    report = ImportReport("waitlist", sheet.name, sheet.size)
    if missing_columns(report, mapping, FIELDS):
        return report
    if "family_name" not in mapping and "company" not in mapping:
        text = "no column for Family name or Company: choose one in the mapping"
        report.problems.append(Problem(1, None, text))
        return report
    today = utcnow().date()
    reference = _Reference.load(session)
    valid = _check_rows(sheet, mapping, reference, report, keep_separate, today)
    valid = valid.without(_check_units(valid, reference, report))
    report.problems.sort(key=lambda problem: problem.row)
    report.valid = len(valid)
    _queue_notes(valid, reference, report)
    if not apply:
        return report
    report.refuse_if_problems(valid_only)
    _write(session, valid, reference, report, actor, group_summary)
    return report


def _check_rows(
    sheet: Sheet,
    mapping: ColumnMap,
    ref: _Reference,
    report: ImportReport,
    keep_separate: frozenset[int] | bool,
    today: date,
) -> _Valid:
    """Every field down its column, then each remaining row's customer and entry."""
    cols = Columns(sheet, mapping, FIELDS)
    blank = cols.blank
    dealers = cols.looked_up(
        "dealer", lambda text: ref.dealers.get(text.upper()), "no dealer with the code {text!r}"
    )
    # Each check below looks for its rare bad value in C first, then finds its rows.
    if "" in cols["dealer"]:
        for index, text in enumerate(cols["dealer"]):
            if not text and index not in blank:
                cols.problem(index, "dealer", "is empty")
    programs = _programs(cols, ref)
    markets = [dealer[2] if dealer else None for dealer in dealers]
    families, companies = cols["family_name"], cols["company"]
    if "" in families and "" in companies:
        for index, (family, company) in enumerate(zip(families, companies, strict=True)):
            if not family and not company and index not in blank:
                cols.problem(
                    index, "family_name", "is empty (a customer needs a family name or a company)"
                )
    emails = cols["email"]
    bad_emails = not_emails(set(emails) - {""})
    if bad_emails:
        for index, text in enumerate(emails):
            if text in bad_emails:
                cols.problem(index, "email", f"{text!r} is not an e-mail address")
    joined = cols.parsed("joined_on", parse_day, markets)
    if any(day > today for day in set(joined) if day is not None):
        for index, day in enumerate(joined):
            if day is not None and day > today:
                cols.problem(index, "joined_on", f"{day.isoformat()} is in the future")
    joined_days = [day or today for day in joined]
    statuses = _statuses(cols)
    positions = cols.parsed("position", parse_count)
    currencies = [
        (text or (dealer[3] if dealer else "USD")).upper()
        for text, dealer in zip(cols["deposit_currency"], dealers, strict=True)
    ]
    minors = _minor_units(cols, cols.parsed("deposit_amount", parse_amount), currencies)
    methods = _methods(cols)
    paid_on = cols.parsed("deposit_date", parse_day, markets)
    refundable = cols.parsed("deposit_refundable", parse_bool)
    country_texts = cols["country"]
    not_countries = {
        text for text in set(country_texts) if text and not (len(text) == 2 and text.isalpha())
    }
    if not_countries:
        for index, text in enumerate(country_texts):
            if text in not_countries:
                cols.problem(index, "country", f"{text!r} is not a two-letter country code "
                             "(US, DE)")  # fmt: skip

    refs, givens = cols.optional("customer_ref"), cols.optional("given_name")
    postals, optional_emails = cols.optional("postal_code"), cols.optional("email")
    keys = IdentityKeys.of(cols["customer_ref"], emails, cols["given_name"], families, companies,
                           cols["postal_code"])  # fmt: skip
    rows = list(cols.checked_rows())
    merges: dict[int, int] = {}  # row index: the known customer the row's entry goes to
    if ref.known:
        rows, merges = _merge_known(cols, rows, keys, ref, statuses, dealers, programs,
                                    keep_separate, report)  # fmt: skip
    first_row = sheet.first_row
    new_customers = NewCustomers().identify_rows(
        [index for index in rows if index not in merges], keys, first_row
    )
    chosen = _without_repeated_entries(cols, rows, merges, new_customers, statuses, dealers,
                                       programs)  # fmt: skip
    existing_ids = [merges.get(index) for index in chosen]
    customer_keys = [new_customers.get(index, 0) for index in chosen]
    report.problems.extend(cols.problems)

    def pick(values: list[Any]) -> list[Any]:
        return _picked(values, chosen)

    chosen_dealers: list[tuple[int, str, str, str, str]] = pick(dealers)

    languages = cols["language"]
    customer = {
        "ref": pick(refs),
        "title": pick(cols.optional("title")),
        "given_name": pick(givens),
        "family_name": [families[index] or companies[index] for index in chosen],
        "company": pick(cols.optional("company")),
        "street": pick(cols.optional("street")),
        "city": pick(cols.optional("city")),
        "region": pick(cols.optional("region")),
        "postal_code": pick(postals),
        "country": [
            country_texts[index].upper() or dealer[2]
            for index, dealer in zip(chosen, chosen_dealers, strict=True)
        ],
        "email": pick(optional_emails),
        "phone": pick(cols.optional("phone")),
        "language": [
            (languages[index] or dealer[4]).lower()[:8]
            for index, dealer in zip(chosen, chosen_dealers, strict=True)
        ],
    }
    entry = {
        "dealer_id": [dealer[0] for dealer in chosen_dealers],
        "program_id": [program[0] for program in pick(programs)],
        "joined_on": pick(joined_days),
        "status": pick(statuses),
        "deposit_amount_minor": pick(minors),
        "deposit_currency": pick(currencies),
        "deposit_date": [
            paid_on[index] or (joined_days[index] if minors[index] else None) for index in chosen
        ],
        "deposit_method": pick(methods),
        "deposit_refundable": [refundable[index] is not False for index in chosen],
        "deposit_terms": pick(cols.optional("deposit_terms")),
        "specification": pick(cols.optional("specification")),
        "notes": pick(cols.optional("notes")),
    }
    return _Valid([first_row + index for index in chosen], existing_ids, customer_keys,
                  pick(positions), customer, entry)  # fmt: skip


def _merge_known(
    cols: Columns,
    rows: list[int],
    keys: IdentityKeys,
    ref: _Reference,
    statuses: list[EntryStatus | None],
    dealers: list[tuple[int, str, str, str, str] | None],
    programs: list[tuple[int, str] | None],
    keep_separate: frozenset[int] | bool,
    report: ImportReport,
) -> tuple[list[int], dict[int, int]]:
    """Rows naming a customer already in the database are noted as duplicates and merged into
    that customer unless kept apart. Refused: a separate customer borrowing a known one's
    reference, and a second open entry of a merged customer for one program at one dealer.
    Returns the rows that remain and, for each merged row, its customer."""
    known = ref.known
    separate = keep_separate if isinstance(keep_separate, frozenset) else frozenset()
    givens, families, companies = cols["given_name"], cols["family_name"], cols["company"]
    kept: list[int] = []
    merges: dict[int, int] = {}
    for index in rows:
        number = cols.row_number(index)
        row_keys = keys.row(index)
        existing = None
        match = known.match(row_keys)
        if match is not None:
            reason, (customer_id, shown) = match
            merged = not (keep_separate is True or number in separate)
            incoming = customer_display_name(
                givens[index] or None, families[index] or None, companies[index] or None
            )
            report.duplicates.append(
                Duplicate(number, customer_id, shown, incoming, reason, merged)
            )
            if merged:
                existing = customer_id
        if existing is None:
            owner = known.owner_of_reference(row_keys[0])
            if owner is not None:
                text = (f"{row_keys[0]!r} is customer {owner[0]}'s reference ({owner[1]}); a "
                        "separate customer needs a reference of their own, or none")  # fmt: skip
                cols.problem(index, "customer_ref", text)
                continue
        else:
            dealer, program = dealers[index], programs[index]
            assert dealer is not None and program is not None
            if (
                statuses[index] in OPEN_STATUSES
                and (existing, dealer[0], program[0]) in ref.open_entries
            ):
                text = f"this customer already has an open {program[1]} entry at {dealer[1]}"
                cols.problem(index, "dealer", text)
                continue
            merges[index] = existing
        kept.append(index)
    return kept, merges


def _without_repeated_entries(
    cols: Columns,
    rows: list[int],
    merges: dict[int, int],
    customer_keys: dict[int, int],
    statuses: list[EntryStatus | None],
    dealers: list[tuple[int, str, str, str, str] | None],
    programs: list[tuple[int, str] | None],
) -> list[int]:
    """The rows without a second open entry of one customer for one program at one dealer
    (the first row keeps it; the others are refused, naming that row)."""
    open_rows = [index for index in rows if statuses[index] in OPEN_STATUSES]
    entries = [
        (merges[index] if index in merges else -customer_keys[index],
         dealers[index][0], programs[index][0])  # type: ignore[index]
        for index in open_rows
    ]  # fmt: skip
    if len(set(entries)) == len(entries):  # the usual case, found in C
        return rows
    first: dict[tuple[int, int, int], int] = {}
    refused: set[int] = set()
    for index, entry in zip(open_rows, entries, strict=True):
        earlier = first.get(entry)
        if earlier is None:
            first[entry] = cols.row_number(index)
            continue
        dealer, program = dealers[index], programs[index]
        assert dealer is not None and program is not None
        text = f"the same customer's {program[1]} entry at {dealer[1]} is already in row"
        cols.problem(index, "dealer", f"{text} {earlier}")
        refused.add(index)
    return [index for index in rows if index not in refused]


def _picked(values: list[Any], indexes: list[int]) -> list[Any]:
    """values[i] for each i of indexes, an ascending list of distinct indexes."""
    if len(indexes) == len(values):
        return list(values)
    if len(indexes) < 2:  # itemgetter of one index returns the value, not a tuple
        return [values[index] for index in indexes]
    return list(itemgetter(*indexes)(values))


def _programs(cols: Columns, ref: _Reference) -> list[tuple[int, str] | None]:
    texts = cols["program"]
    found = {text: ref.programs.get(text.casefold()) for text in set(texts) if text}
    found[""] = ref.only_program
    programs = list(map(found.__getitem__, texts))
    if None in found.values() or any(program[0] in ref.retired for program in _known(found)):
        for index, (text, program) in enumerate(zip(texts, programs, strict=True)):
            if program is None and index not in cols.blank:
                cols.problem(index, "program", f"no program {text!r}" if text else
                             "is empty, and there is more than one program")  # fmt: skip
            elif program is not None and program[0] in ref.retired:
                cols.problem(index, "program", f"the program {program[1]} is retired and "
                             "takes no new customers")  # fmt: skip
                programs[index] = None
    return programs


def _known(found: dict[str, T | None]) -> list[T]:
    return [value for value in found.values() if value is not None]


def _statuses(cols: Columns) -> list[EntryStatus | None]:
    texts = cols["status"]
    found = {text: _STATUSES.get(text.casefold()) for text in set(texts) if text}
    found[""] = EntryStatus.WAITING
    statuses = list(map(found.__getitem__, texts))
    if None in found.values():
        for index, (text, status) in enumerate(zip(texts, statuses, strict=True)):
            if status is None:
                cols.problem(index, "status", f"{text!r} is not a status "
                             f"({', '.join(_STATUSES)})")  # fmt: skip
    return statuses


def _methods(cols: Columns) -> list[DepositMethod | None]:
    texts = cols["deposit_method"]
    found = {}
    for text in set(texts):
        lowered = text.casefold()
        found[text] = _METHODS.get(lowered.replace("_", " ")) or _METHODS.get(lowered)
    methods = list(map(found.__getitem__, texts))
    if any(text and method is None for text, method in found.items()):
        for index, (text, method) in enumerate(zip(texts, methods, strict=True)):
            if text and method is None:
                cols.problem(index, "deposit_method", f"{text!r} is not a payment method")
    return methods


def _minor_units(cols: Columns, amounts: list[Decimal | None], currencies: list[str]) -> list[int]:
    """Deposits in the currency's minor unit (cents); 0 where the amount cannot be."""
    pairs = list(zip(amounts, currencies, strict=True))
    found = {pair: _minor(pair[0] or Decimal(0), pair[1]) for pair in set(pairs)}
    minors: list[Any] = list(map(found.__getitem__, pairs))
    if any(isinstance(minor, tuple) for minor in found.values()):
        for index, minor in enumerate(minors):
            if isinstance(minor, tuple):
                cols.problem(index, *minor)
                minors[index] = 0
    return minors


def _minor(amount: Decimal, currency: str) -> int | tuple[str, str]:
    """The amount in minor units, or (field, problem)."""
    if not _is_currency(currency):
        return "deposit_currency", f"{currency!r} is not a currency code (USD, EUR, ...)"
    scaled = amount.scaleb(decimals_of(currency))
    if scaled != scaled.to_integral_value():
        return "deposit_amount", f"{amount} {currency} has more decimals than {currency} has"
    return int(scaled)


def _check_units(valid: _Valid, ref: _Reference, report: ImportReport) -> set[int]:
    """Entries imported as assigned, ordered or delivered must fit the dealer's free units."""
    free = dict(ref.free_units)
    names = {dealer[0]: dealer[1] for dealer in ref.dealers.values()}
    refused: set[int] = set()
    entry = valid.entry
    for number, dealer, program, status in zip(
        valid.numbers, entry["dealer_id"], entry["program_id"], entry["status"], strict=True
    ):
        if status not in _HOLDING:
            continue
        if free.get((dealer, program), 0) <= 0:
            report.problems.append(
                Problem(number, "Status", f"{names[dealer]} has no free unit left for another "
                        f"{status.value} entry; import it as waiting, or grant units first")
            )  # fmt: skip
            refused.add(number)
            continue
        free[(dealer, program)] -= 1
    return refused


def _queue_notes(valid: _Valid, ref: _Reference, report: ImportReport) -> None:
    joining: dict[tuple[int, int], int] = defaultdict(int)
    entry = valid.entry
    for dealer, program, status in zip(
        entry["dealer_id"], entry["program_id"], entry["status"], strict=True
    ):
        if status is EntryStatus.WAITING:
            joining[(dealer, program)] += 1
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
    session: Session,
    valid: _Valid,
    ref: _Reference,
    report: ImportReport,
    actor: str,
    group_summary: str,
) -> None:
    now = utcnow()
    first_customer = (session.scalar(select(func.max(m.Customer.id))) or 0) + 1
    first_entry = (session.scalar(select(func.max(m.WaitlistEntry.id))) or 0) + 1
    customer_ids: dict[int, int] = {}
    new_customers: list[int] = []  # the rows whose customer is created
    entry_customers: list[int] = []
    for index, (existing, key) in enumerate(zip(valid.existing, valid.customer_keys, strict=True)):
        if existing is None:
            existing = customer_ids.get(key)
            if existing is None:
                existing = customer_ids[key] = first_customer + len(new_customers)
                new_customers.append(index)
        entry_customers.append(existing)
    created = len(new_customers)
    customers: dict[str, list[Any]] = {
        "id": list(range(first_customer, first_customer + created)),
        **{key: _picked(values, new_customers) for key, values in valid.customer.items()},
        "created_at": [now] * created,
        "version": [1] * created,
    }
    # Waiting entries join each queue's end: by the file's position, then joined date, then row.
    count = len(valid)
    entry = valid.entry
    dealers, programs, statuses = entry["dealer_id"], entry["program_id"], entry["status"]
    unplaced = 10**9
    order = list(zip([place or unplaced for place in valid.file_positions], entry["joined_on"],
                     valid.numbers, strict=True))  # fmt: skip
    waiting = [index for index, status in enumerate(statuses) if status is EntryStatus.WAITING]
    waiting.sort(key=order.__getitem__)
    positions: list[int | None] = [None] * count
    lengths = dict(ref.queue_length)
    queues = list(zip(dealers, programs, strict=True))
    for index in waiting:
        queue = queues[index]
        position = lengths[queue] = lengths.get(queue, 0) + 1
        positions[index] = position
    entry_ids = list(range(first_entry, first_entry + count))
    entries: dict[str, list[Any]] = {
        "id": entry_ids, "customer_id": entry_customers, "position": positions, **entry,
        "status_changed_at": [now] * count, "created_at": [now] * count, "version": [1] * count,
    }  # fmt: skip
    placed = [index for index in range(count) if positions[index] is not None]
    reason = f"Imported from {report.sheet}, row "
    history: dict[str, list[Any]] = {
        "entry_id": [entry_ids[i] for i in placed], "from_position": [None] * len(placed),
        "to_position": [positions[i] for i in placed],
        "reason": [reason + str(valid.numbers[i]) for i in placed],
        "author": [actor] * len(placed), "at": [now] * len(placed),
    }  # fmt: skip
    tables = [table_of(m.Customer), table_of(m.WaitlistEntry), table_of(m.PositionChange)]
    bulk_insert_tables(session, list(zip(tables, (customers, entries, history), strict=True)))
    advance_id_sequences(session, tables[:2])
    merged = count - sum(1 for existing in valid.existing if existing is None)
    report.summary = (
        f"Imported {count:,} waitlist entries from {report.sheet}: "
        f"{created:,} new customers, {merged:,} rows merged into known customers"
    )
    if count < report.rows:
        report.summary += f", {report.rows - count:,} rows left out"
    report.summary += group_summary
    audit.record(
        session, action="waitlist.import", entity="import", entity_id=None,
        summary=report.summary, actor=actor,
        after={"file": report.sheet, "entries": count, "customers": created,
               "merged": merged, "left_out_rows": report.bad_rows[:1000]},
    )  # fmt: skip
    report.applied = True
    report.written = count
