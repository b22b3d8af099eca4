"""Finding programs, markets, dealers and entries by what a person types, with clear refusals."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.errors import InputError


def program(session: Session, code: str | None, *, new_work: bool = False) -> m.Program:
    """The program with this code or alias; with no code, the only program still sold.

    With `new_work` (a new customer, new units) a retired program is refused.
    """
    found: m.Program | None
    if code is None:
        found = _only_program(session)
    else:
        found = session.scalars(
            select(m.Program).where(func.lower(m.Program.code) == code.strip().lower())
        ).first()
        if found is None:
            found = session.scalars(
                select(m.Program)
                .join(m.ProgramAlias)
                .where(func.lower(m.ProgramAlias.alias) == code.strip().lower())
            ).first()
        if found is None:
            raise InputError(f"no program {code!r}")
    if new_work and found.retired_at is not None:
        raise InputError(
            f"the program {found.name} ({found.code}) is retired: it takes no new customers or "
            f"units; bring it back first (Setup > Programs, or 'dealerapp program reinstate "
            f"{found.code}')"
        )
    return found


def _only_program(session: Session) -> m.Program:
    active = session.scalars(select(m.Program).where(m.Program.retired_at.is_(None)).limit(2))
    programs = active.all() or session.scalars(select(m.Program).limit(2)).all()
    if len(programs) == 1:
        return programs[0]
    if not programs:
        raise InputError("there is no program in the database yet (add one: Setup > Programs, "
                         "or 'dealerapp program add')")  # fmt: skip
    raise InputError("there is more than one program; name one with --program")


def market(session: Session, code: str) -> m.Market:
    found = session.scalars(select(m.Market).where(m.Market.code == code.strip().upper())).first()
    if found is None:
        raise InputError(f"no market {code!r} (markets are ISO country codes such as US, DE, GB)")
    return found


def dealer(session: Session, code: str) -> m.Dealer:
    found = session.scalars(select(m.Dealer).where(m.Dealer.code == code.strip())).first()
    if found is None:
        found = session.scalars(
            select(m.Dealer).where(func.upper(m.Dealer.code) == code.strip().upper())
        ).first()
    if found is None:
        raise InputError(f"no dealer {code!r}")
    return found


def entry(session: Session, entry_id: int) -> m.WaitlistEntry:
    found = session.get(m.WaitlistEntry, entry_id)
    if found is None:
        raise InputError(f"no waitlist entry {entry_id}")
    return found
