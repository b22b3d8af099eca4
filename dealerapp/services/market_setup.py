"""Markets a dealership sells in: added from the ISO 3166 list with CLDR's defaults, then edited.

A market's share of a program is not a field here: it stays a ledger entry
(`allocation grant --market`), so every change to it keeps its reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.db.enums import PaperSize, StaffRole
from dealerapp.errors import InputError
from dealerapp.services import audit, lookup, staff
from dealerapp.services.changes import Changed
from dealerapp.services.countries import (
    defaults_for,
    is_country,
    is_language,
    is_locale,
    suggestion_for,
)
from dealerapp.services.money import is_currency


@dataclass(frozen=True)
class MarketView:
    id: int
    code: str
    name: str
    language: str
    locale: str
    currency: str
    paper: PaperSize
    dealers: int = 0
    # The national share of each program, the ledger's sum (program code -> units).
    shares: dict[str, int] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return f"{self.name} ({self.code})"


@dataclass(frozen=True)
class MarketResult:
    summary: str
    market: MarketView
    changes: frozenset[Changed] = field(default=frozenset({Changed.MARKETS, Changed.ENTRIES}))


def list_markets(session: Session) -> list[MarketView]:
    dealers = dict(
        session.execute(select(m.Dealer.market_id, func.count()).group_by(m.Dealer.market_id)).all()
    )
    shares: dict[int, dict[str, int]] = {}
    for market_id, program, units in session.execute(
        select(m.AllocationEvent.market_id, m.Program.code, func.sum(m.AllocationEvent.units))
        .join(m.Program, m.Program.id == m.AllocationEvent.program_id)
        .where(m.AllocationEvent.dealer_id.is_(None))
        .group_by(m.AllocationEvent.market_id, m.Program.code)
    ):
        shares.setdefault(market_id, {})[program] = int(units)
    return [
        MarketView(
            market.id,
            market.code,
            market.name,
            market.language,
            market.locale,
            market.currency,
            PaperSize(market.paper),
            dealers.get(market.id, 0),
            shares.get(market.id, {}),
        )
        for market in session.scalars(select(m.Market).order_by(m.Market.code))
    ]


def market_view(session: Session, code: str) -> MarketView:
    return next(v for v in list_markets(session) if v.code == code)


def add_market(
    session: Session,
    code: str,
    *,
    name: str | None = None,
    language: str | None = None,
    locale: str | None = None,
    currency: str | None = None,
    paper: PaperSize | str | None = None,
    actor: str | None = None,
) -> MarketResult:
    """A market for an ISO 3166 country; what is not given comes from CLDR."""
    staff.require(session, StaffRole.MANAGER, "Adding a market")
    iso = _iso_code(code)
    existing = session.scalars(select(m.Market).where(m.Market.code == iso)).first()
    if existing is not None:
        raise InputError(f"the market {existing.name} ({iso}) already exists")
    defaults = defaults_for(iso)
    market = m.Market(code=iso, name="", language="", locale="", currency="", paper=PaperSize.A4)
    _fill(
        market,
        name=name or defaults.name,
        language=language or defaults.language,
        locale=locale or (f"{language}_{iso}" if language else defaults.locale),
        currency=currency or defaults.currency,
        paper=paper or defaults.paper,
    )
    session.add(market)
    session.flush()
    view = market_view(session, iso)
    summary = (
        f"Added the market {view.label}: language {view.language}, locale {view.locale}, "
        f"currency {view.currency}, {view.paper.value} paper"
    )
    audit.record(
        session, action="market.add", entity="markets", entity_id=market.id, summary=summary,
        actor=actor, after=_snapshot(market),
    )  # fmt: skip
    return MarketResult(summary, view)


def edit_market(
    session: Session,
    code: str,
    *,
    name: str | None = None,
    language: str | None = None,
    locale: str | None = None,
    currency: str | None = None,
    paper: PaperSize | str | None = None,
    actor: str | None = None,
) -> MarketResult:
    """Change what is given (None leaves a field as it is)."""
    staff.require(session, StaffRole.MANAGER, "Changing a market")
    market = lookup.market(session, code)
    before = _snapshot(market)
    _fill(
        market,
        name=name if name is not None else market.name,
        language=language if language is not None else market.language,
        locale=locale if locale is not None else market.locale,
        currency=currency if currency is not None else market.currency,
        paper=paper if paper is not None else market.paper,
    )
    session.flush()
    after = _snapshot(market)
    changed = [f"{key} {before[key]!r} -> {after[key]!r}" for key in after
               if before[key] != after[key]]  # fmt: skip
    view = market_view(session, market.code)
    if not changed:
        return MarketResult(f"{view.label}: nothing to change", view)
    summary = f"Changed the market {view.label}: {'; '.join(changed)}"
    audit.record(
        session, action="market.edit", entity="markets", entity_id=market.id, summary=summary,
        actor=actor, before=before, after=after,
    )  # fmt: skip
    return MarketResult(summary, view)


def _iso_code(code: str) -> str:
    text = (code or "").strip()
    iso = text.upper()
    if not (len(iso) == 2 and iso.isascii() and iso.isalpha() and is_country(iso)):
        raise InputError(
            f"{text!r} is not an ISO 3166 country code{suggestion_for(text)}; markets are "
            "two-letter codes such as US, DE, GB"
        )
    return iso


def _fill(
    market: m.Market, *, name: str, language: str, locale: str, currency: str,
    paper: PaperSize | str,
) -> None:  # fmt: skip
    name = name.strip()
    if not name or len(name) > 100:
        raise InputError("a market needs a name of at most 100 characters")
    language = language.strip().lower()
    if not is_language(language):
        raise InputError(f"{language!r} is not a language code CLDR knows (en, de, fr, ...)")
    locale = locale.strip().replace("-", "_")
    if not is_locale(locale):
        raise InputError(f"{locale!r} is not a locale CLDR knows (en_US, de_DE, fr_CH, ...)")
    currency = currency.strip().upper()
    if not is_currency(currency):
        raise InputError(f"{currency!r} is not an ISO 4217 currency code (USD, EUR, ...)")
    try:
        size = PaperSize(str(paper).strip().lower())
    except ValueError:
        raise InputError(f"{paper!r} is not a paper size (letter or a4)") from None
    market.name, market.language, market.locale = name, language, locale
    market.currency, market.paper = currency, size


def _snapshot(market: m.Market) -> dict[str, str]:
    return {
        "code": market.code, "name": market.name, "language": market.language,
        "locale": market.locale, "currency": market.currency,
        "paper": PaperSize(market.paper).value,
    }  # fmt: skip
