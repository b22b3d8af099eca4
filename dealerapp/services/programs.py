"""Programs a dealership sells by allocation: add, edit, retire, bring back, delete an unused one.

A program with history (entries, ledger rows, memos that name it, market
states) is never deleted: retiring it keeps every row and only stops new
customers and new units. Each change is one audit row; set-up is a manager's
job once roles are in force.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.db.base import utcnow
from dealerapp.db.enums import EntryStatus, StaffRole
from dealerapp.errors import InputError
from dealerapp.services import audit, staff
from dealerapp.services.changes import Changed

_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ._/-]{0,31}")
SETUP_CHANGES = frozenset({Changed.MARKETS, Changed.LEDGER, Changed.ENTRIES, Changed.MEMOS})


class _Unset:
    """Marks an argument of edit_program that was not given (None means 'clear it')."""


UNSET = _Unset()


@dataclass(frozen=True)
class ProgramView:
    id: int
    code: str
    name: str
    oem: str
    planned_units: int | None
    aliases: tuple[str, ...]
    status_codes: str | None
    retired_at: datetime | None
    waiting: int = 0
    entries: int = 0
    ledger_rows: int = 0
    memos: int = 0

    @property
    def retired(self) -> bool:
        return self.retired_at is not None

    @property
    def has_history(self) -> bool:
        return bool(self.entries or self.ledger_rows or self.memos)

    @property
    def label(self) -> str:
        return f"{self.name} ({self.code})"


@dataclass(frozen=True)
class ProgramResult:
    summary: str
    program: ProgramView
    warning: str | None = None
    changes: frozenset[Changed] = field(default=SETUP_CHANGES)


def suggested_code(name: str) -> str:
    """A code for a program called `name`: the word with a digit ('Corvette Z06' -> 'Z06'),
    else the last word ('Ford GT' -> 'GT')."""
    words: list[str] = re.findall(r"[A-Za-z0-9]+", name)
    with_digit = [w for w in words if any(c.isdigit() for c in w)]
    if with_digit:
        return with_digit[-1].upper()[:12]
    return words[-1].upper()[:12] if words else ""


def code_sets(session: Session) -> tuple[str, ...]:
    """The OEM order-status code sets the database holds (BMW, GM, and any staff added)."""
    return tuple(
        session.scalars(select(m.OrderStatusCode.oem).distinct().order_by(m.OrderStatusCode.oem))
    )


def list_programs(session: Session, *, include_retired: bool = True) -> list[ProgramView]:
    query = select(m.Program).order_by(m.Program.retired_at.is_not(None), m.Program.code)
    if not include_retired:
        query = query.where(m.Program.retired_at.is_(None))
    programs = list(session.scalars(query))
    aliases: dict[int, list[str]] = {}
    for program_id, alias in session.execute(
        select(m.ProgramAlias.program_id, m.ProgramAlias.alias).order_by(m.ProgramAlias.id)
    ):
        aliases.setdefault(program_id, []).append(alias)
    e = m.WaitlistEntry
    entries = dict(session.execute(select(e.program_id, func.count()).group_by(e.program_id)).all())
    waiting = dict(
        session.execute(
            select(e.program_id, func.count())
            .where(e.status == EntryStatus.WAITING)
            .group_by(e.program_id)
        ).all()
    )
    ledger = dict(
        session.execute(
            select(m.AllocationEvent.program_id, func.count()).group_by(
                m.AllocationEvent.program_id
            )
        ).all()
    )
    memos = dict(
        session.execute(
            select(m.Directive.program_id, func.count(func.distinct(m.Directive.memo_id)))
            .where(m.Directive.program_id.is_not(None))
            .group_by(m.Directive.program_id)
        ).all()
    )
    return [
        ProgramView(
            p.id,
            p.code,
            p.name,
            p.oem,
            p.planned_units,
            tuple(aliases.get(p.id, ())),
            p.status_codes,
            p.retired_at,
            waiting.get(p.id, 0),
            entries.get(p.id, 0),
            ledger.get(p.id, 0),
            memos.get(p.id, 0),
        )
        for p in programs
    ]


def program_view(session: Session, program_id: int) -> ProgramView:
    return next(p for p in list_programs(session) if p.id == program_id)


def find(session: Session, code: str) -> m.Program:
    """A program by its code or one of its aliases, retired or not."""
    text = code.strip().casefold()
    for program in session.scalars(select(m.Program)):
        names = [program.code, *(a.alias for a in program.aliases)]
        if any(name.casefold() == text for name in names):
            return program
    raise InputError(f"no program {code!r}")


def add_program(
    session: Session,
    code: str,
    *,
    name: str,
    oem: str,
    planned_units: int | None = None,
    aliases: Sequence[str] = (),
    status_codes: str | None = None,
    actor: str | None = None,
) -> ProgramResult:
    staff.require(session, StaffRole.MANAGER, "Setting up a program")
    code = _valid_code(code)
    owner = _owner_of(session, code, None)
    if owner is not None:
        raise InputError(f"a program already answers to {code!r}: {owner}")
    program = m.Program(
        code=code,
        name=_required(name, "name"),
        oem=_required(oem, "OEM"),
        planned_units=_planned(planned_units),
        status_codes=_code_set(session, status_codes),
    )
    program.aliases = [m.ProgramAlias(alias=a) for a in _aliases(session, aliases, program, None)]
    session.add(program)
    session.flush()
    view = program_view(session, program.id)
    summary = f"Added the program {view.label}, {view.oem}" + _described(view)
    audit.record(
        session, action="program.add", entity="programs", entity_id=program.id, summary=summary,
        actor=actor, after=_snapshot(view),
    )  # fmt: skip
    return ProgramResult(summary, view)


def edit_program(
    session: Session,
    code: str,
    *,
    name: str | _Unset = UNSET,
    oem: str | _Unset = UNSET,
    planned_units: int | _Unset | None = UNSET,
    aliases: Sequence[str] | _Unset = UNSET,
    status_codes: str | _Unset | None = UNSET,
    actor: str | None = None,
) -> ProgramResult:
    """Change what is given; `aliases` replaces the whole list."""
    staff.require(session, StaffRole.MANAGER, "Changing a program")
    program = find(session, code)
    before = program_view(session, program.id)
    if not isinstance(name, _Unset):
        program.name = _required(name, "name")
    if not isinstance(oem, _Unset):
        program.oem = _required(oem, "OEM")
    if not isinstance(planned_units, _Unset):
        program.planned_units = _planned(planned_units)
    if not isinstance(status_codes, _Unset):
        code_set = _code_set(session, status_codes)
        _refuse_if_ordered(session, program, code_set)
        program.status_codes = code_set
    if not isinstance(aliases, _Unset):
        wanted = _aliases(session, aliases, program, program.id)
        keep = {a.alias.casefold(): a for a in program.aliases}
        program.aliases = [keep.get(a.casefold()) or m.ProgramAlias(alias=a) for a in wanted]
    session.flush()
    after = program_view(session, program.id)
    changed = _changes(before, after)
    if not changed:
        return ProgramResult(f"{after.label}: nothing to change", after)
    summary = f"Changed the program {after.label}: {'; '.join(changed)}"
    audit.record(
        session, action="program.edit", entity="programs", entity_id=program.id, summary=summary,
        actor=actor, before=_snapshot(before), after=_snapshot(after),
    )  # fmt: skip
    return ProgramResult(summary, after)


def retire_program(
    session: Session, code: str, *, retire: bool = True, actor: str | None = None
) -> ProgramResult:
    """Retire (or bring back) a program; a retired one keeps its history and takes no new work."""
    staff.require(session, StaffRole.MANAGER, "Retiring a program" if retire else
                  "Bringing back a program")  # fmt: skip
    program = find(session, code)
    before = program_view(session, program.id)
    if retire == before.retired:
        state = "already retired" if retire else "not retired"
        return ProgramResult(f"{before.label} is {state}", before)
    program.retired_at = utcnow() if retire else None
    session.flush()
    after = program_view(session, program.id)
    warning = None
    if retire:
        summary = f"Retired the program {after.label}: it takes no new customers or units"
        if after.waiting:
            warning = (
                f"{after.waiting} customer(s) are still waiting for the {after.code}; they stay "
                "on the waitlist and still need to be told"
            )
            summary += f" ({after.waiting} customer(s) still waiting)"
    else:
        summary = f"Brought back the program {after.label}"
    audit.record(
        session, action="program.retire" if retire else "program.reinstate", entity="programs",
        entity_id=program.id, summary=summary, actor=actor,
        before={"retired": before.retired}, after={"retired": after.retired},
    )  # fmt: skip
    return ProgramResult(summary, after, warning)


def delete_program(session: Session, code: str, *, actor: str | None = None) -> ProgramResult:
    """Delete a program set up by mistake; one with any history can only be retired."""
    staff.require(session, StaffRole.MANAGER, "Deleting a program")
    program = find(session, code)
    view = program_view(session, program.id)
    states = session.scalar(
        select(func.count())
        .select_from(m.MarketProgramState)
        .where(m.MarketProgramState.program_id == program.id)
    )
    if view.has_history or states:
        held = ", ".join(
            f"{n} {what}"
            for n, what in ((view.entries, "waitlist entries"), (view.ledger_rows, "ledger rows"),
                            (view.memos, "memos"), (states, "market states"))
            if n
        )  # fmt: skip
        raise InputError(
            f"the program {view.label} has {held}; a program with history is retired, never deleted"
        )
    session.delete(program)
    session.flush()
    summary = f"Deleted the program {view.label}, which had no history"
    audit.record(
        session, action="program.delete", entity="programs", entity_id=view.id, summary=summary,
        actor=actor, before=_snapshot(view),
    )  # fmt: skip
    return ProgramResult(summary, view)


# -- checks ------------------------------------------------------------------------------------


def _valid_code(code: str) -> str:
    text = (code or "").strip()
    if not _CODE.fullmatch(text):
        raise InputError(
            f"{code!r} is not a program code: use up to 32 letters, digits, spaces, dots or "
            "dashes, starting with a letter or digit (e.g. 1M, Z06)"
        )
    return text


def _required(value: str, what: str) -> str:
    text = (value or "").strip()
    if not text:
        raise InputError(f"a program needs its {what}")
    if len(text) > (64 if what == "OEM" else 200):
        raise InputError(f"the program's {what} is too long ({len(text)} characters)")
    return text


def _planned(units: int | None) -> int | None:
    if units is None:
        return None
    if units < 0 or units > 10_000_000:
        raise InputError(f"the planned run must be a number of cars, not {units}")
    return units


def _code_set(session: Session, wanted: str | None) -> str | None:
    if wanted is None or not wanted.strip():
        return None
    sets = code_sets(session)
    for known in sets:
        if known.casefold() == wanted.strip().casefold():
            return known
    raise InputError(
        f"there are no {wanted.strip()!r} order status codes (known: {', '.join(sets)}; "
        "add codes under Orders > Status codes)"
    )


def _refuse_if_ordered(session: Session, program: m.Program, wanted: str | None) -> None:
    if wanted == program.status_codes:
        return
    orders = session.scalar(
        select(func.count())
        .select_from(m.Order)
        .join(m.WaitlistEntry, m.WaitlistEntry.id == m.Order.entry_id)
        .where(m.WaitlistEntry.program_id == program.id)
    )
    if orders:
        raise InputError(
            f"{orders} order(s) of the {program.code} follow {program.status_codes} status "
            "codes; the code set cannot change under them"
        )


def _owner_of(session: Session, name: str, exclude_id: int | None) -> str | None:
    """Which other program already answers to `name` (as code, name or alias), described."""
    folded = name.casefold()
    for program in session.scalars(select(m.Program)):
        if program.id == exclude_id:
            continue
        if folded in (program.code.casefold(), program.name.casefold()):
            return f"{program.name} ({program.code})"
        for alias in program.aliases:
            if alias.alias.casefold() == folded:
                return f"{program.name} ({program.code}), as an alias"
    return None


def _aliases(
    session: Session, aliases: Iterable[str], program: m.Program, program_id: int | None
) -> list[str]:
    wanted: list[str] = []
    seen = {program.code.casefold()}
    for raw in aliases:
        alias = (raw or "").strip()
        if not alias or alias.casefold() in seen:
            continue
        if len(alias) > 200:
            raise InputError(f"the alias {alias[:40]!r}… is too long")
        owner = _owner_of(session, alias, program_id)
        if owner is not None:
            raise InputError(f"the alias {alias!r} already belongs to the program {owner}")
        seen.add(alias.casefold())
        wanted.append(alias)
    return wanted


def _described(view: ProgramView) -> str:
    parts = []
    if view.planned_units is not None:
        parts.append(f"planned run {view.planned_units:,}")
    if view.aliases:
        parts.append("also called " + ", ".join(view.aliases))
    parts.append(f"{view.status_codes} order codes" if view.status_codes else "no order codes yet")
    return " (" + "; ".join(parts) + ")"


def _snapshot(view: ProgramView) -> dict[str, object]:
    return {
        "code": view.code, "name": view.name, "oem": view.oem, "planned": view.planned_units,
        "aliases": list(view.aliases), "status_codes": view.status_codes,
        "retired": view.retired,
    }  # fmt: skip


def _changes(before: ProgramView, after: ProgramView) -> list[str]:
    old, new = _snapshot(before), _snapshot(after)
    return [f"{key} {old[key]!r} -> {new[key]!r}" for key in new if old[key] != new[key]]
