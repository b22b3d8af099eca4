"""Lists the window offers in its filters and dialogs: programs, markets, dealers."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from dealerapp.db import models as m


@dataclass(frozen=True)
class DealerChoice:
    id: int
    code: str
    name: str
    market: str
    currency: str
    # The dealer's own country: where its customers live, unless told otherwise.
    country: str = ""

    @property
    def label(self) -> str:
        return f"{self.name} ({self.code})"


@dataclass(frozen=True)
class Choices:
    programs: tuple[str, ...]  # every program, for filters over history
    markets: tuple[tuple[str, str], ...]  # code, name
    dealers: tuple[DealerChoice, ...]
    # The programs that take new customers (not retired).
    open_programs: tuple[str, ...] = ()


def choices(session: Session) -> Choices:
    programs = tuple(session.scalars(select(m.Program.code).order_by(m.Program.code)))
    open_programs = tuple(
        session.scalars(
            select(m.Program.code).where(m.Program.retired_at.is_(None)).order_by(m.Program.code)
        )
    )
    markets = tuple(
        (code, name)
        for code, name in session.execute(
            select(m.Market.code, m.Market.name).order_by(m.Market.code)
        )
    )
    dealers = tuple(
        DealerChoice(dealer_id, code, name, market, currency, country)
        for dealer_id, code, name, market, currency, country in session.execute(
            select(
                m.Dealer.id,
                m.Dealer.code,
                m.Dealer.name,
                m.Market.code,
                m.Market.currency,
                m.Dealer.country,
            )
            .join(m.Market, m.Market.id == m.Dealer.market_id)
            .order_by(m.Market.code, m.Dealer.name)
        )
    )
    return Choices(programs, markets, dealers, open_programs)
