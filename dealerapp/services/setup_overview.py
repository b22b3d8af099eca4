"""How far a dealership's set-up has come, and everything the Setup page lists."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.services.dealers import DealerView, list_dealers
from dealerapp.services.market_setup import MarketView, list_markets
from dealerapp.services.programs import ProgramView, code_sets, list_programs


@dataclass(frozen=True)
class SetupStep:
    key: str
    label: str
    done: bool


@dataclass(frozen=True)
class SetupOverview:
    programs: list[ProgramView]
    markets: list[MarketView]
    dealers: list[DealerView]
    code_sets: tuple[str, ...]
    steps: tuple[SetupStep, ...]

    @property
    def finished(self) -> bool:
        return all(step.done for step in self.steps)

    @property
    def next_step(self) -> SetupStep | None:
        return next((step for step in self.steps if not step.done), None)


def setup_overview(session: Session) -> SetupOverview:
    programs = list_programs(session)
    markets = list_markets(session)
    dealers = list_dealers(session)
    allocated = session.scalar(
        select(m.AllocationEvent.id).where(m.AllocationEvent.dealer_id.is_not(None)).limit(1)
    )
    customers = session.scalar(select(m.WaitlistEntry.id).limit(1))
    steps = (
        SetupStep("dealer", "Your dealership", any(d.ours for d in dealers)),
        SetupStep(
            "program", "The car you sell by allocation", any(not p.retired for p in programs)
        ),
        SetupStep("allocation", "Its allocation", allocated is not None),
        SetupStep("customers", "Your customers", customers is not None),
    )
    return SetupOverview(programs, markets, dealers, code_sets(session), steps)
