"""Dealers: add and edit everything a letterhead needs, and which rooftops are ours.

The address is checked as the post of the dealer's country expects it (a US
dealer needs its state, a German postal code has five digits); the logo must
be an image Qt can print, at most 2 MB. The paper size comes from the market.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.db.enums import PaperSize, StaffRole
from dealerapp.errors import InputError
from dealerapp.services import audit, lookup, staff
from dealerapp.services.addresses import check_address, looks_like_email
from dealerapp.services.changes import Changed
from dealerapp.services.images import check_logo

_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,31}")
_TEXT_FIELDS = {
    "name": 200, "street": 200, "city": 100, "region": 100, "postal_code": 20, "phone": 40,
    "email": 200, "signatory_name": 200, "signatory_title": 200,
}  # fmt: skip
_REQUIRED = {
    "name": "name", "street": "street", "city": "city", "postal_code": "postal code",
    "signatory_name": "signatory (who signs its letters)",
}  # fmt: skip


class _Keep:
    """An argument of edit_dealer that was not given."""


KEEP = _Keep()


@dataclass(frozen=True)
class DealerView:
    id: int
    code: str
    name: str
    market: str
    market_name: str
    street: str
    city: str
    region: str | None
    postal_code: str
    country: str
    phone: str | None
    email: str | None
    signatory_name: str
    signatory_title: str | None
    has_logo: bool
    paper: PaperSize
    ours: bool
    active: bool
    entries: int = 0

    @property
    def label(self) -> str:
        return f"{self.name} ({self.code})"


@dataclass(frozen=True)
class DealerResult:
    summary: str
    dealer: DealerView
    changes: frozenset[Changed] = field(default=frozenset({Changed.MARKETS, Changed.ENTRIES}))


@dataclass(frozen=True)
class DealerDetails:
    """What a person types for a dealer; None is 'not given'."""

    name: str | None = None
    street: str | None = None
    city: str | None = None
    region: str | None = None
    postal_code: str | None = None
    phone: str | None = None
    email: str | None = None
    signatory_name: str | None = None
    signatory_title: str | None = None

    def given(self) -> dict[str, str | None]:
        return {key: value for key, value in vars(self).items() if value is not None}


def list_dealers(session: Session, *, ours_only: bool = False) -> list[DealerView]:
    entries = dict(
        session.execute(
            select(m.WaitlistEntry.dealer_id, func.count()).group_by(m.WaitlistEntry.dealer_id)
        ).all()
    )
    query = (
        select(m.Dealer, m.Market)
        .join(m.Market, m.Market.id == m.Dealer.market_id)
        .order_by(m.Dealer.ours.desc(), m.Market.code, m.Dealer.name)
    )
    if ours_only:
        query = query.where(m.Dealer.ours.is_(True))
    return [_view(dealer, market, entries.get(dealer.id, 0)) for dealer, market in
            session.execute(query)]  # fmt: skip


def dealer_view(session: Session, code: str) -> DealerView:
    dealer = lookup.dealer(session, code)
    market = session.get_one(m.Market, dealer.market_id)
    count = session.scalar(select(func.count()).where(m.WaitlistEntry.dealer_id == dealer.id))
    return _view(dealer, market, count or 0)


def logo_of(session: Session, code: str) -> bytes | None:
    return lookup.dealer(session, code).logo_image


def add_dealer(
    session: Session,
    code: str,
    *,
    market: str,
    details: DealerDetails,
    logo: tuple[bytes, str] | None = None,
    ours: bool = True,
    actor: str | None = None,
) -> DealerResult:
    """A new dealer in an existing market; `logo` is (the file's bytes, its name)."""
    staff.require(session, StaffRole.MANAGER, "Adding a dealer")
    code = _valid_code(code)
    clash = session.scalars(
        select(m.Dealer).where(func.upper(m.Dealer.code) == code.upper())
    ).first()
    if clash is not None:
        raise InputError(f"the dealer code {code!r} is already {clash.name}'s")
    found_market = lookup.market(session, market)
    values = _checked(details.given(), found_market.code, required=True)
    dealer = m.Dealer(
        code=code, market_id=found_market.id, country=found_market.code, ours=ours,
        active=True, logo_image=check_logo(*logo) if logo else None, **values,
    )  # fmt: skip
    session.add(dealer)
    session.flush()
    view = _view(dealer, found_market, 0)
    summary = f"Added the dealer {view.label} in {found_market.name}" + (
        "" if ours else " (another dealer of the group)"
    )
    audit.record(
        session, action="dealer.add", entity="dealers", entity_id=dealer.id, summary=summary,
        actor=actor, after=_snapshot(dealer),
    )  # fmt: skip
    return DealerResult(summary, view)


def edit_dealer(
    session: Session,
    code: str,
    *,
    details: DealerDetails = DealerDetails(),
    market: str | None = None,
    logo: tuple[bytes, str] | _Keep | None = KEEP,
    ours: bool | None = None,
    active: bool | None = None,
    actor: str | None = None,
) -> DealerResult:
    """Change what is given; `logo=None` removes the logo."""
    staff.require(session, StaffRole.MANAGER, "Changing a dealer")
    dealer = lookup.dealer(session, code)
    before = _snapshot(dealer)
    found_market = session.get_one(m.Market, dealer.market_id)
    if market is not None and market.strip().upper() != found_market.code:
        found_market = _move(session, dealer, market)
    current = {key: getattr(dealer, key) for key in _TEXT_FIELDS}
    values = _checked({**current, **details.given()}, found_market.code, required=True)
    for key, value in values.items():
        setattr(dealer, key, value)
    dealer.country = found_market.code
    if not isinstance(logo, _Keep):
        dealer.logo_image = check_logo(*logo) if logo else None
    if ours is not None:
        dealer.ours = ours
    if active is not None:
        dealer.active = active
    session.flush()
    after = _snapshot(dealer)
    changed = [key for key in after if after[key] != before[key]]
    view = dealer_view(session, dealer.code)
    if not changed:
        return DealerResult(f"{view.label}: nothing to change", view)
    summary = f"Changed the dealer {view.label}: {', '.join(k.replace('_', ' ') for k in changed)}"
    audit.record(
        session, action="dealer.edit", entity="dealers", entity_id=dealer.id, summary=summary,
        actor=actor, before=before, after=after,
    )  # fmt: skip
    return DealerResult(summary, view)


def _move(session: Session, dealer: m.Dealer, market: str) -> m.Market:
    """A dealer changes market only while nothing in the ledger or the queues ties it."""
    target = lookup.market(session, market)
    rows = session.scalar(
        select(func.count()).where(m.AllocationEvent.dealer_id == dealer.id)
    ) or 0  # fmt: skip
    entries = session.scalar(
        select(func.count()).where(m.WaitlistEntry.dealer_id == dealer.id)
    ) or 0  # fmt: skip
    if rows or entries:
        raise InputError(
            f"{dealer.name} ({dealer.code}) has {rows} ledger row(s) and {entries} waitlist "
            f"entries in its market; it cannot move to {target.code}. Add a new dealer there."
        )
    dealer.market_id = target.id
    return target


def _valid_code(code: str) -> str:
    text = (code or "").strip()
    if not _CODE.fullmatch(text):
        raise InputError(
            f"{code!r} is not a dealer code: up to 32 letters, digits, dots or dashes (e.g. US-LAK)"
        )
    return text


def _checked(raw: dict[str, Any], country: str, *, required: bool) -> dict[str, str | None]:
    values: dict[str, str | None] = {}
    for key, limit in _TEXT_FIELDS.items():
        text = (raw.get(key) or "").strip()
        if len(text) > limit:
            raise InputError(f"the dealer's {key.replace('_', ' ')} is too long (at most {limit})")
        values[key] = text or None
    missing = [label for key, label in _REQUIRED.items() if not values[key]]
    if required and missing:
        raise InputError(f"a dealer's letters need its {', '.join(missing)}")
    email = values["email"]
    if email and not looks_like_email(email):
        raise InputError(f"{email!r} is not an e-mail address")
    check = check_address(
        country, street=values["street"], city=values["city"], region=values["region"],
        postal_code=values["postal_code"],
    )  # fmt: skip
    if check.problems:
        raise InputError("; ".join(check.problems))
    values["region"] = check.region
    return values


def _view(dealer: m.Dealer, market: m.Market, entries: int) -> DealerView:
    return DealerView(
        dealer.id, dealer.code, dealer.name, market.code, market.name, dealer.street,
        dealer.city, dealer.region, dealer.postal_code, dealer.country, dealer.phone,
        dealer.email, dealer.signatory_name, dealer.signatory_title,
        dealer.logo_image is not None, PaperSize(market.paper), dealer.ours, dealer.active,
        entries,
    )  # fmt: skip


def _snapshot(dealer: m.Dealer) -> dict[str, Any]:
    values: dict[str, Any] = {key: getattr(dealer, key) for key in _TEXT_FIELDS}
    values.update(
        code=dealer.code, market_id=dealer.market_id, ours=dealer.ours, active=dealer.active,
        logo=len(dealer.logo_image) if dealer.logo_image else 0,
    )  # fmt: skip
    return values
