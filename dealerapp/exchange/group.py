"""The dealer group in a workbook: markets, programs, dealers and their allocations.

`waitlist export` writes these sheets beside the waitlist, and `waitlist
import` of such a workbook into a database that lacks them creates what is
missing first, in the import's one transaction: so an export is enough to
rebuild a database from nothing. The ledger travels as totals: each dealer
(and each market's national share) gets one opening entry of what its ledger
added up to; market states keep their date and reason but not the memo that
set them (the memo is not in the workbook).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.db.enums import LedgerKind, LedgerSource, MarketEventKind, PaperSize
from dealerapp.errors import InputError
from dealerapp.exchange.cells import parse_bool, parse_day
from dealerapp.exchange.dealers_import import FIELDS as DEALER_FIELDS
from dealerapp.exchange.guard import unguard
from dealerapp.exchange.sheets import Sheet
from dealerapp.services.countries import is_locale
from dealerapp.services.money import is_currency

PROGRAMS = "Programs"
MARKETS = "Markets"
MARKET_PROGRAMS = "Market programs"
DEALERS = "Dealers"
ALLOCATIONS = "Allocations"
SHEETS = (PROGRAMS, MARKETS, MARKET_PROGRAMS, DEALERS, ALLOCATIONS)

PROGRAM_HEADERS = ("Code", "Name", "OEM", "Planned run", "Aliases", "Order status codes",
                   "Retired on")  # fmt: skip
MARKET_HEADERS = ("Code", "Name", "Language", "Locale", "Currency", "Paper")
MARKET_PROGRAM_HEADERS = ("Market", "Program", "National share", "Closed on", "Why closed",
                          "Filled on", "Why filled")  # fmt: skip
# The dealer list import's own columns first, so this sheet also imports on its own.
DEALER_HEADERS = (*(f.label for f in DEALER_FIELDS), "Ours", "Active")
ALLOCATION_HEADERS = ("Market", "Dealer", "Dealer name", "Program", "Allocated", "Holding a unit",
                      "Free", "Waiting")  # fmt: skip


# -- export ------------------------------------------------------------------------------------


def program_rows(session: Session) -> Iterator[tuple[Any, ...]]:
    aliases: dict[int, list[str]] = {}
    for program_id, alias in session.execute(
        select(m.ProgramAlias.program_id, m.ProgramAlias.alias).order_by(m.ProgramAlias.id)
    ):
        aliases.setdefault(program_id, []).append(alias)
    for p in session.scalars(select(m.Program).order_by(m.Program.code)):
        yield (p.code, p.name, p.oem, p.planned_units, "; ".join(aliases.get(p.id, ())),
               p.status_codes, p.retired_at.date() if p.retired_at else None)  # fmt: skip


def market_rows(session: Session) -> Iterator[tuple[Any, ...]]:
    for x in session.scalars(select(m.Market).order_by(m.Market.code)):
        yield x.code, x.name, x.language, x.locale, x.currency, PaperSize(x.paper).value


def market_program_rows(session: Session) -> list[tuple[Any, ...]]:
    """Per market and program with a national share or a state: the share and the state."""
    found: dict[tuple[str, str], list[Any]] = {}
    for market, program, units in session.execute(
        select(m.Market.code, m.Program.code, func.sum(m.AllocationEvent.units))
        .join(m.Market, m.Market.id == m.AllocationEvent.market_id)
        .join(m.Program, m.Program.id == m.AllocationEvent.program_id)
        .where(m.AllocationEvent.dealer_id.is_(None))
        .group_by(m.Market.code, m.Program.code)
    ):
        found[(market, program)] = [market, program, int(units), None, None, None, None]
    state = m.MarketProgramState
    for row, market, program in session.execute(
        select(state, m.Market.code, m.Program.code)
        .join(m.Market, m.Market.id == state.market_id)
        .join(m.Program, m.Program.id == state.program_id)
        .where(state.closed.is_(True) | state.filled.is_(True))
    ):
        line = found.setdefault((market, program), [market, program, 0, None, None, None, None])
        if row.closed and row.closed_at:
            line[3:5] = [row.closed_at.date(), row.closed_reason]
        if row.filled and row.filled_at:
            line[5:7] = [row.filled_at.date(), row.filled_reason]
    return [tuple(found[key]) for key in sorted(found)]


def dealer_rows(session: Session) -> Iterator[tuple[Any, ...]]:
    for d, market in session.execute(
        select(m.Dealer, m.Market.code)
        .join(m.Market, m.Market.id == m.Dealer.market_id)
        .order_by(m.Market.code, m.Dealer.code)
    ):
        yield (d.code, market, d.name, d.street, d.city, d.region, d.postal_code, d.country,
               d.phone, d.email, d.signatory_name, d.signatory_title,
               "yes" if d.ours else "no", "yes" if d.active else "no")  # fmt: skip


# -- import ------------------------------------------------------------------------------------


@dataclass
class GroupPlan:
    """What a workbook adds to this database; the values are checked and ready to write."""

    source: str
    markets: list[dict[str, Any]] = field(default_factory=list)
    programs: list[dict[str, Any]] = field(default_factory=list)
    dealers: list[dict[str, Any]] = field(default_factory=list)
    openings: list[tuple[str, str, int]] = field(default_factory=list)  # dealer, program, units
    shares: list[tuple[str, str, int]] = field(default_factory=list)  # market, program, units
    # market, program, closed on, why, filled on, why
    states: list[tuple[str, str, date | None, str, date | None, str]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.markets or self.programs or self.dealers or self.openings
                    or self.shares or self.states)  # fmt: skip

    def describe(self) -> list[str]:
        """One line per kind of thing created, naming them where few enough to read."""

        def named(what: str, codes: list[str]) -> str:
            listed = ", ".join(codes[:12]) + (", …" if len(codes) > 12 else "")
            return f"{len(codes)} {what}: {listed}"

        lines = []
        if self.markets:
            lines.append(named("market(s)", [x["code"] for x in self.markets]))
        if self.programs:
            lines.append(named("program(s)", [x["code"] for x in self.programs]))
        if self.dealers:
            lines.append(named("dealer(s)", [x["code"] for x in self.dealers]))
        if self.openings:
            total = sum(units for _, _, units in self.openings)
            lines.append(f"{len(self.openings)} dealer allocation(s) of {total:,} units in all, "
                         "each as one opening ledger entry")  # fmt: skip
        if self.shares:
            lines.append(f"{len(self.shares)} national share(s) as opening ledger entries")
        if self.states:
            lines.append(f"{len(self.states)} market state(s) (closed or allocations filled)")
        return lines


class _Rows:
    """A companion sheet's rows as {header: text}, with the row number for messages."""

    def __init__(self, sheet: Sheet | None, headers: tuple[str, ...], required: tuple[str, ...]):
        self.sheet = sheet
        self.index: dict[str, int] = {}
        if sheet is None:
            return
        folded = {h.strip().casefold(): i for i, h in enumerate(sheet.headers)}
        for header in headers:
            if header.casefold() in folded:
                self.index[header] = folded[header.casefold()]
        missing = [header for header in required if header not in self.index]
        if missing:
            raise InputError(f"{sheet.name}: no column {', '.join(repr(h) for h in missing)}")

    def __iter__(self) -> Iterator[tuple[int, dict[str, str]]]:
        if self.sheet is None:
            return
        for position, values in enumerate(self.sheet.rows):
            cells = {
                header: unguard(values[i].strip()) if i < len(values) else ""
                for header, i in self.index.items()
            }
            if any(cells.values()):
                yield self.sheet.row_number(position), cells

    def where(self, number: int) -> str:
        assert self.sheet is not None
        return f"{self.sheet.name}, row {number}"


def plan_group(session: Session, sheets: dict[str, Sheet], source: str) -> GroupPlan | None:
    """What the workbook's group sheets would add here; None for a workbook without them.

    Anything that cannot be created raises InputError naming the sheet, row and value,
    before anything is written.
    """
    if not any(name in sheets for name in (PROGRAMS, MARKETS, DEALERS)):
        return None
    plan = GroupPlan(source)
    known_markets = set(session.scalars(select(m.Market.code)))
    known_programs = {code.casefold(): code for code in session.scalars(select(m.Program.code))}
    names = {n.casefold(): code for code, n in session.execute(
        select(m.Program.code, m.Program.name))}  # fmt: skip
    names.update({alias.casefold(): code for alias, code in session.execute(
        select(m.ProgramAlias.alias, m.Program.code).join(m.Program))})  # fmt: skip
    known_dealers = {code.upper() for code in session.scalars(select(m.Dealer.code))}
    code_sets = set(session.scalars(select(m.OrderStatusCode.oem).distinct()))
    new_markets = _markets(plan, sheets.get(MARKETS), known_markets)
    new_programs = _programs(plan, sheets.get(PROGRAMS), known_programs, names, code_sets)
    markets = known_markets | new_markets
    programs = set(known_programs.values()) | new_programs
    new_dealers = _dealers(plan, sheets.get(DEALERS), known_dealers, markets)
    rows = _Rows(sheets.get(ALLOCATIONS), ALLOCATION_HEADERS, ("Dealer", "Program", "Allocated"))
    for number, cells in rows:
        dealer, program = cells["Dealer"].upper(), cells["Program"]
        if dealer not in new_dealers:
            if dealer not in known_dealers:
                raise InputError(f"{rows.where(number)}: dealer {cells['Dealer']!r} is neither in "
                                 "the Dealers sheet nor in this database")  # fmt: skip
            continue
        units = _units(rows, number, cells["Allocated"], "Allocated")
        if program not in programs:
            raise InputError(f"{rows.where(number)}: program {program!r} is neither in the "
                             "Programs sheet nor in this database")  # fmt: skip
        if units:
            plan.openings.append((new_dealers[dealer], program, units))
    _market_programs(plan, sheets.get(MARKET_PROGRAMS), new_markets, new_programs, markets,
                     programs)  # fmt: skip
    return plan


def _markets(plan: GroupPlan, sheet: Sheet | None, known: set[str]) -> set[str]:
    rows = _Rows(sheet, MARKET_HEADERS, MARKET_HEADERS[:5])
    created: set[str] = set()
    for number, cells in rows:
        code = cells["Code"].upper()
        if code in known or code in created:
            continue
        where = rows.where(number)
        if not (len(code) == 2 and code.isascii() and code.isalpha()):
            raise InputError(f"{where}: {cells['Code']!r} is not an ISO 3166 country code")
        currency = cells["Currency"].upper()
        if not is_currency(currency):
            raise InputError(f"{where}: {cells['Currency']!r} is not a currency code")
        if not is_locale(cells["Locale"]) or not cells["Language"] or not cells["Name"]:
            raise InputError(f"{where}: the market {code} needs its name, language and a locale "
                             f"CLDR knows (not {cells['Locale']!r})")  # fmt: skip
        paper = (cells.get("Paper") or "a4").lower()
        if paper not in {size.value for size in PaperSize}:
            raise InputError(f"{where}: {cells['Paper']!r} is not a paper size (letter or a4)")
        plan.markets.append({"code": code, "name": cells["Name"][:100],
                             "language": cells["Language"].lower()[:8], "locale": cells["Locale"],
                             "currency": currency, "paper": PaperSize(paper)})  # fmt: skip
        created.add(code)
    return created


def _programs(
    plan: GroupPlan, sheet: Sheet | None, known: dict[str, str], names: dict[str, str],
    code_sets: set[str],
) -> set[str]:  # fmt: skip
    rows = _Rows(sheet, PROGRAM_HEADERS, ("Code", "Name", "OEM"))
    created: set[str] = set()
    for number, cells in rows:
        code, where = cells["Code"], rows.where(number)
        if code.casefold() in known or code in created:
            continue
        if not cells["Name"] or not cells["OEM"]:
            raise InputError(f"{where}: the program {code!r} needs its name and OEM")
        aliases = [a.strip() for a in cells.get("Aliases", "").split(";") if a.strip()]
        for alias in aliases:
            if alias.casefold() in names and names[alias.casefold()] != code:
                raise InputError(f"{where}: the alias {alias!r} already belongs to the program "
                                 f"{names[alias.casefold()]} in this database")  # fmt: skip
        codes = cells.get("Order status codes") or None
        if codes is not None and codes not in code_sets:
            raise InputError(f"{where}: there are no {codes!r} order status codes here")
        retired = None
        if cells.get("Retired on"):
            retired = _day(rows, number, cells["Retired on"], "Retired on")
        planned = cells.get("Planned run")
        plan.programs.append({
            "code": code, "name": cells["Name"], "oem": cells["OEM"], "aliases": aliases,
            "planned_units": _units(rows, number, planned, "Planned run") if planned else None,
            "status_codes": codes, "retired_on": retired,
        })  # fmt: skip
        created.add(code)
    return created


def _dealers(
    plan: GroupPlan, sheet: Sheet | None, known: set[str], markets: set[str]
) -> dict[str, str]:
    required = ("Dealer code", "Market", "Name", "Street", "City", "Postal code", "Signatory")
    rows = _Rows(sheet, DEALER_HEADERS, required)
    created: dict[str, str] = {}  # upper-case code -> code
    for number, cells in rows:
        code, where = cells["Dealer code"], rows.where(number)
        if code.upper() in known or code.upper() in created:
            continue
        market = cells["Market"].upper()
        if market not in markets:
            raise InputError(f"{where}: the dealer {code}'s market {cells['Market']!r} is neither "
                             "in the Markets sheet nor in this database")  # fmt: skip
        empty = [header for header in required if not cells[header]]
        if empty:
            raise InputError(f"{where}: the dealer {code!r} has no {', '.join(empty).lower()}")
        plan.dealers.append({
            "code": code, "market": market, "name": cells["Name"], "street": cells["Street"],
            "city": cells["City"], "region": cells.get("Region") or None,
            "postal_code": cells["Postal code"], "country": (cells.get("Country") or market)[:2],
            "phone": cells.get("Phone") or None, "email": cells.get("E-mail") or None,
            "signatory_name": cells["Signatory"],
            "signatory_title": cells.get("Signatory title") or None,
            "ours": _flag(rows, number, cells.get("Ours"), "Ours"),
            "active": _flag(rows, number, cells.get("Active"), "Active"),
        })  # fmt: skip
        created[code.upper()] = code
    return created


def _market_programs(
    plan: GroupPlan, sheet: Sheet | None, new_markets: set[str], new_programs: set[str],
    markets: set[str], programs: set[str],
) -> None:  # fmt: skip
    rows = _Rows(sheet, MARKET_PROGRAM_HEADERS, ("Market", "Program"))
    for number, cells in rows:
        market, program, where = cells["Market"].upper(), cells["Program"], rows.where(number)
        if market not in new_markets and program not in new_programs:
            continue  # both were here before the import: their ledger and state are too
        if market not in markets or program not in programs:
            raise InputError(f"{where}: market {market!r} or program {program!r} is in neither "
                             "the workbook nor this database")  # fmt: skip
        share = cells.get("National share")
        units = _units(rows, number, share, "National share") if share else 0
        if units:
            plan.shares.append((market, program, units))
        closed = _day(rows, number, cells["Closed on"], "Closed on") if cells.get(
            "Closed on") else None  # fmt: skip
        filled = _day(rows, number, cells["Filled on"], "Filled on") if cells.get(
            "Filled on") else None  # fmt: skip
        if closed or filled:
            plan.states.append((market, program, closed, cells.get("Why closed") or "",
                                filled, cells.get("Why filled") or ""))  # fmt: skip


def _units(rows: _Rows, number: int, text: str | None, header: str) -> int:
    try:
        units = int((text or "").replace(",", ""))
    except ValueError:
        raise InputError(f"{rows.where(number)}: {header} {text!r} is not a number") from None
    if units < 0 or units > 10_000_000:
        raise InputError(f"{rows.where(number)}: {header} {text!r} is not a number of cars")
    return units


def _day(rows: _Rows, number: int, text: str, header: str) -> date:
    try:
        return parse_day(text)
    except ValueError as exc:
        raise InputError(f"{rows.where(number)}: {header} {exc}") from None


def _flag(rows: _Rows, number: int, text: str | None, header: str) -> bool:
    if not text:
        return True
    try:
        return parse_bool(text)
    except ValueError as exc:
        raise InputError(f"{rows.where(number)}: {header} {exc}") from None


def create_group(session: Session, plan: GroupPlan, actor: str) -> str:
    """Write the plan in the caller's transaction; returns what was done, for the audit row."""
    for values in plan.markets:
        session.add(m.Market(**values))
    for values in plan.programs:
        aliases = [m.ProgramAlias(alias=a) for a in values["aliases"]]
        session.add(m.Program(code=values["code"], name=values["name"], oem=values["oem"],
                              planned_units=values["planned_units"],
                              status_codes=values["status_codes"], aliases=aliases))  # fmt: skip
    session.flush()
    markets = dict(session.execute(select(m.Market.code, m.Market.id)).all())
    programs = dict(session.execute(select(m.Program.code, m.Program.id)).all())
    for values in plan.dealers:
        fields = {k: v for k, v in values.items() if k != "market"}
        session.add(m.Dealer(market_id=markets[values["market"]], **fields))
    session.flush()
    dealers = {code: (dealer_id, market_id) for code, dealer_id, market_id in session.execute(
        select(m.Dealer.code, m.Dealer.id, m.Dealer.market_id))}  # fmt: skip
    reason = f"Opening balance from {plan.source} (the ledger's total there)"
    for code, program, units in plan.openings:
        dealer_id, market_id = dealers[code]
        session.add(_opening(programs[program], market_id, dealer_id, units, reason, actor))
    for market, program, units in plan.shares:
        session.add(_opening(programs[program], markets[market], None, units, reason, actor))
    for market, program, closed, why_closed, filled, why_filled in plan.states:
        _state(session, markets[market], programs[program], closed, why_closed, filled,
               why_filled, plan.source, actor)  # fmt: skip
    session.flush()
    return "; set up " + "; ".join(plan.describe())


def retire_imported(session: Session, plan: GroupPlan) -> None:
    """Programs the workbook had retired are retired once their customers are in."""
    for values in plan.programs:
        if values["retired_on"] is not None:
            program = session.scalars(select(m.Program).where(m.Program.code == values["code"]))
            program.one().retired_at = _moment(values["retired_on"])


def _opening(
    program_id: int, market_id: int, dealer_id: int | None, units: int, reason: str, actor: str
) -> m.AllocationEvent:
    return m.AllocationEvent(
        program_id=program_id, market_id=market_id, dealer_id=dealer_id, units=units,
        kind=LedgerKind.INITIAL, reason=reason, source=LedgerSource.IMPORT, author=actor,
    )  # fmt: skip


def _state(
    session: Session, market_id: int, program_id: int, closed: date | None, why_closed: str,
    filled: date | None, why_filled: str, source: str, actor: str,
) -> None:  # fmt: skip
    state = m.MarketProgramState(market_id=market_id, program_id=program_id, closed=False,
                                 filled=False)  # fmt: skip
    for day, why, kind in ((closed, why_closed, MarketEventKind.CLOSE),
                           (filled, why_filled, MarketEventKind.FILL)):  # fmt: skip
        if day is None:
            continue
        reason = why or f"as recorded in {source}"
        if kind is MarketEventKind.CLOSE:
            state.closed, state.closed_at, state.closed_reason = True, _moment(day), reason
        else:
            state.filled, state.filled_at, state.filled_reason = True, _moment(day), reason
        session.add(m.MarketStateEvent(market_id=market_id, program_id=program_id, kind=kind,
                                       reason=reason, author=actor, at=_moment(day)))  # fmt: skip
    session.add(state)


def _moment(day: date) -> datetime:
    return datetime.combine(day, time(12), tzinfo=UTC)
