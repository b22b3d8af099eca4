"""How far a dealership's set-up has come, and everything the Setup page lists."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, select
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


def setup_steps(session: Session) -> tuple[SetupStep, ...]:
    """The four steps of the guided set-up, each done or not, from a few one-row queries."""

    def any_row(query: Select[int]) -> bool:
        return session.scalar(query.limit(1)) is not None

    return (
        SetupStep(
            "dealer", "Your dealership", any_row(select(m.Dealer.id).where(m.Dealer.ours.is_(True)))
        ),
        SetupStep(
            "program",
            "The car you sell by allocation",
            any_row(select(m.Program.id).where(m.Program.retired_at.is_(None))),
        ),
        SetupStep(
            "allocation",
            "Its allocation",
            any_row(select(m.AllocationEvent.id).where(m.AllocationEvent.dealer_id.is_not(None))),
        ),
        SetupStep("customers", "Your customers", any_row(select(m.WaitlistEntry.id))),
    )


def setup_overview(session: Session) -> SetupOverview:
    return SetupOverview(
        list_programs(session),
        list_markets(session),
        list_dealers(session),
        code_sets(session),
        setup_steps(session),
    )
