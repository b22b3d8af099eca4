"""Importing a memo: the original bytes, its text and its directives, stored once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.db.base import utcnow
from dealerapp.db.enums import Confidence, DirectiveKind, MemoState
from dealerapp.errors import InputError
from dealerapp.memos.extract import Extracted
from dealerapp.memos.known import vocabulary_for
from dealerapp.memos.parse import ParsedMemo, parse_document, parse_text
from dealerapp.memos.readers import MemoDocument, MemoReadError
from dealerapp.memos.vehicles import untracked_vehicles
from dealerapp.memos.vocabulary import Vocabulary
from dealerapp.services import audit
from dealerapp.services.changes import Changed


class DuplicateMemo(InputError):
    """The same file was imported before."""


@dataclass(frozen=True)
class ImportResult:
    memo_id: int
    parsed: ParsedMemo
    changes: frozenset[Changed] = frozenset({Changed.MEMOS})


class NamesNothing(InputError):
    """A text that names no program, market, dealer or car: probably not a memo at all."""


def import_memo(
    session: Session, document: MemoDocument, *, actor: str | None = None, anyway: bool = False
) -> ImportResult:
    """Store the memo and what was read from it; the same bytes twice are refused.

    A text that names nothing dealerapp knows (pasted by mistake, the wrong file) is
    refused unless `anyway`: once stored it would wait in "imported" for ever.
    """
    earlier = session.scalars(select(m.Memo).where(m.Memo.sha256 == document.sha256)).first()
    if earlier is not None:
        raise DuplicateMemo(
            f"{document.file_name}: this file was already imported as memo {earlier.id} "
            f"({earlier.file_name}, {earlier.imported_at:%d %B %Y}, {earlier.state.value})"
        )
    actor = actor or audit.current_actor(session)
    vocabulary = vocabulary_for(session)
    parsed = parse_document(document, vocabulary)
    if not anyway and not parsed.directives and names_nothing(document.text, vocabulary):
        raise NamesNothing(
            f"{document.file_name}: the text names no program, market or dealer dealerapp "
            "knows, and no car; it does not look like a memo. Nothing was stored"
        )
    memo = m.Memo(
        file_name=document.file_name,
        media_type=document.media_type,
        content=document.content,
        sha256=document.sha256,
        text=document.text,
        subject=document.subject,
        sender=document.sender,
        received_on=document.received_on,
        confidence=parsed.confidence,
        state=MemoState.IMPORTED,
        imported_by=actor,
        may_matter=[sentence.as_json() for sentence in parsed.may_matter],
    )
    session.add(memo)
    session.flush()
    ids = _ids(session)
    for ordinal, directive in enumerate(parsed.directives, start=1):
        _refuse_absurd(document.file_name, ordinal, directive)
        session.add(_row(memo.id, ordinal, directive, ids))
    session.flush()
    audit.record(
        session,
        action="memo.import",
        entity="memos",
        entity_id=memo.id,
        summary=(
            f"Imported memo {memo.id} ({document.file_name}): {parsed.confidence.value}, "
            f"{len(parsed.directives)} directive(s)"
        ),
        actor=actor,
        after={"sha256": memo.sha256, "directives": [d.as_json() for d in parsed.directives]},
    )
    return ImportResult(memo.id, parsed)


def names_nothing(text: str, vocabulary: Vocabulary) -> bool:
    named = (*vocabulary.programs, *vocabulary.markets, *vocabulary.dealers)
    if any(pattern.pattern.search(text) for pattern in named):
        return False
    return not untracked_vehicles(text, vocabulary)


def delete_memo(session: Session, memo_id: int, *, reason: str, actor: str | None = None) -> str:
    """Remove a memo that was never applied (junk pasted, the wrong file): audited, with why.

    Its text is not kept in the audit row: a file picked by mistake may hold customers'
    names and addresses.
    """
    memo = session.get(m.Memo, memo_id)
    if memo is None:
        raise InputError(f"no memo {memo_id}")
    if not reason.strip():
        raise InputError("say why the memo is deleted (--reason); nothing was changed")
    if memo.state is not MemoState.IMPORTED or memo.applied_at is not None:
        raise InputError(
            f"memo {memo_id} is {memo.state.value}: only a memo that was never applied can be "
            "deleted (what an applied one changed stays explained by it); nothing was changed"
        )
    actor = actor or audit.current_actor(session)
    summary = f"Deleted memo {memo.id} ({memo.file_name}): {reason.strip()}"
    before = {"file_name": memo.file_name, "sender": memo.sender, "subject": memo.subject,
              "sha256": memo.sha256, "imported_at": memo.imported_at.isoformat(),
              "imported_by": memo.imported_by}  # fmt: skip
    session.delete(memo)
    session.flush()
    audit.record(
        session, action="memo.delete", entity="memos", entity_id=memo_id, summary=summary,
        actor=actor, before=before, after={"reason": reason.strip()},
    )  # fmt: skip
    return summary


@dataclass(frozen=True)
class _Ids:
    markets: dict[str, int]
    programs: dict[str, int]
    dealers: dict[str, int]


def _ids(session: Session) -> _Ids:
    return _Ids(
        dict(session.execute(select(m.Market.code, m.Market.id)).all()),
        dict(session.execute(select(m.Program.code, m.Program.id)).all()),
        dict(session.execute(select(m.Dealer.code, m.Dealer.id)).all()),
    )


# More units or weeks than any allocation or production run has: a misreading, not a directive.
MAX_QUANTITY = 1_000_000


def _refuse_absurd(file_name: str, ordinal: int, directive: Extracted) -> None:
    for label, value in (("units", directive.units), ("from", directive.from_units),
                         ("to", directive.to_units), ("weeks", directive.weeks)):  # fmt: skip
        if value is not None and abs(value) > MAX_QUANTITY:
            raise MemoReadError(
                f"{file_name}: directive {ordinal} reads {value:,} {label}, more than any "
                "allocation; check the memo's text (nothing was imported)"
            )


def _row(memo_id: int, ordinal: int, directive: Extracted, ids: _Ids) -> m.Directive:
    return m.Directive(
        memo_id=memo_id,
        ordinal=ordinal,
        kind=directive.kind,
        confidence=directive.confidence,
        market_id=ids.markets.get(directive.market) if directive.market else None,
        program_id=ids.programs.get(directive.program) if directive.program else None,
        dealer_id=ids.dealers.get(directive.dealer) if directive.dealer else None,
        units=directive.units,
        from_units=directive.from_units,
        to_units=directive.to_units,
        on_date=directive.on_date,
        weeks=directive.weeks,
        evidence_start=directive.start,
        evidence_end=directive.end,
        excluded=False,
        extracted=directive.as_json(),
    )


def reread_memo(session: Session, memo_id: int, *, actor: str | None = None) -> ImportResult:
    """Read a stored memo again with what the database knows now (a program just added).

    Only a memo that is not applied: its directives are replaced by the new reading, and
    a person's corrections to the old ones are named in the audit row.
    """
    memo = session.get(m.Memo, memo_id)
    if memo is None:
        raise InputError(f"no memo {memo_id}")
    if memo.state is MemoState.APPLIED:
        raise InputError(f"memo {memo_id} is applied; revert it before reading it again")
    actor = actor or audit.current_actor(session)
    before = [d.extracted for d in memo.directives]
    corrected = sum(1 for d in memo.directives if d.corrected_at is not None)
    parsed = parse_text(memo.text, vocabulary_for(session), sender=memo.sender,
                        received_on=memo.received_on, subject=memo.subject)  # fmt: skip
    memo.directives.clear()
    session.flush()
    ids = _ids(session)
    for ordinal, directive in enumerate(parsed.directives, start=1):
        _refuse_absurd(memo.file_name, ordinal, directive)
        session.add(_row(memo.id, ordinal, directive, ids))
    memo.confidence = parsed.confidence
    memo.may_matter = [sentence.as_json() for sentence in parsed.may_matter]
    session.flush()
    session.expire(memo, ["directives"])
    summary = (f"Read memo {memo.id} ({memo.file_name}) again: {len(before)} -> "
               f"{len(parsed.directives)} directive(s), {parsed.confidence.value}")  # fmt: skip
    if corrected:
        summary += f"; {corrected} corrected directive(s) replaced"
    audit.record(session, action="memo.reread", entity="memos", entity_id=memo.id,
                 summary=summary, actor=actor, before={"directives": before},
                 after={"directives": [d.as_json() for d in parsed.directives]})  # fmt: skip
    return ImportResult(memo.id, parsed)


_EDITABLE = ("market", "program", "dealer", "units", "from", "to", "date", "weeks")


def correct_directive(
    session: Session,
    *,
    memo_id: int,
    ordinal: int,
    exclude: bool | None = None,
    actor: str | None = None,
    **fields: Any,
) -> m.Directive:
    """A person fixes what the reader got wrong; the reader's version stays in `extracted`."""
    memo = session.get(m.Memo, memo_id)
    if memo is None:
        raise InputError(f"no memo {memo_id}")
    if memo.state is MemoState.APPLIED:
        raise InputError(f"memo {memo_id} is applied; revert it before correcting it")
    directive = session.scalars(
        select(m.Directive).where(m.Directive.memo_id == memo_id, m.Directive.ordinal == ordinal)
    ).first()
    if directive is None:
        raise InputError(f"memo {memo_id} has no directive {ordinal}")
    unknown = set(fields) - set(_EDITABLE)
    if unknown:
        raise InputError(f"cannot correct {', '.join(sorted(unknown))}")
    before = _describe(session, directive)
    ids = _ids(session)
    for name, value in fields.items():
        _set_field(directive, name, value, ids)
    if exclude is not None:
        directive.excluded = exclude
    directive.corrected_by = actor or audit.current_actor(session)
    directive.corrected_at = utcnow()
    session.flush()
    audit.record(
        session,
        action="memo.correct",
        entity="directives",
        entity_id=directive.id,
        summary=f"Corrected directive {ordinal} of memo {memo_id}",
        actor=directive.corrected_by,
        before=before,
        after=_describe(session, directive),
    )
    return directive


def add_directive(
    session: Session,
    *,
    memo_id: int,
    kind: DirectiveKind | str,
    confidence: Confidence | str,
    evidence: tuple[int, int] | None = None,
    actor: str | None = None,
    **fields: Any,
) -> m.Directive:
    """A directive a person read in the memo and the reader did not: kept with the memo like
    a correction (`extracted` says a person added it), one audit row."""
    memo = session.get(m.Memo, memo_id)
    if memo is None:
        raise InputError(f"no memo {memo_id}")
    if memo.state is MemoState.APPLIED:
        raise InputError(f"memo {memo_id} is applied; revert it before adding to it")
    try:
        kind = DirectiveKind(kind)
        confidence = Confidence(confidence)
    except ValueError as exc:
        raise InputError(f"cannot add this directive: {exc}") from None
    unknown = set(fields) - set(_EDITABLE)
    if unknown:
        raise InputError(f"a directive has no {', '.join(sorted(unknown))}")
    start, end = evidence or (0, 0)
    if not 0 <= start <= end <= len(memo.text):
        raise InputError(f"memo {memo_id} has no text at {start}-{end}")
    actor = actor or audit.current_actor(session)
    ordinal = max((d.ordinal for d in memo.directives), default=0) + 1
    directive = m.Directive(
        memo_id=memo.id, ordinal=ordinal, kind=kind, confidence=confidence,
        evidence_start=start, evidence_end=end, excluded=False,
        extracted={"added_by": actor, "kind": kind.value, "evidence": memo.text[start:end]},
        corrected_by=actor, corrected_at=utcnow(),
    )  # fmt: skip
    ids = _ids(session)
    for name, value in fields.items():
        _set_field(directive, name, value, ids)
    _require_fields(directive, fields)
    session.add(directive)
    session.flush()
    session.expire(memo, ["directives"])
    audit.record(
        session, action="memo.add_directive", entity="directives", entity_id=directive.id,
        summary=f"Added directive {ordinal} ({kind.value}) to memo {memo_id} by hand",
        actor=actor, after=_describe(session, directive),
    )  # fmt: skip
    return directive


# What each kind needs before it can be applied, as the reader's own directives do.
_NEEDS = {
    DirectiveKind.MARKET_CLOSED: ("market", "program"),
    DirectiveKind.ALLOCATIONS_FILLED: ("market", "program"),
    DirectiveKind.MARKET_ALLOCATION: ("market", "program", "units"),
    DirectiveKind.DEALER_ALLOCATION_CHANGE: ("dealer", "program", "units"),
    DirectiveKind.PRODUCTION_VOLUME: ("program", "to"),
    DirectiveKind.ORDER_BANK_CLOSE: ("market",),
    DirectiveKind.PRODUCTION_END: (),
    DirectiveKind.PRODUCTION_START: (),
    DirectiveKind.DELAY: (),
}


def fields_needed(kind: DirectiveKind) -> tuple[str, ...]:
    return _NEEDS[kind]


def _require_fields(directive: m.Directive, fields: dict[str, Any]) -> None:
    missing = [name for name in _NEEDS[directive.kind] if fields.get(name) in (None, "")]
    if missing:
        raise InputError(
            f"a {directive.kind.value.replace('_', ' ')} needs its {', '.join(missing)}"
        )


def _set_field(directive: m.Directive, name: str, value: Any, ids: _Ids) -> None:
    if name in ("market", "program", "dealer"):
        table = {"market": ids.markets, "program": ids.programs, "dealer": ids.dealers}[name]
        code = None if value in (None, "") else str(value)
        if code is not None and name == "market":
            code = code.upper()
        if code is not None and code not in table:
            raise InputError(f"no {name} {value!r}")
        setattr(directive, f"{name}_id", table[code] if code else None)
    elif name in ("units", "from", "to", "weeks"):
        attribute = {"from": "from_units", "to": "to_units"}.get(name, name)
        setattr(directive, attribute, None if value is None else int(value))
    elif name == "date":
        directive.on_date = value if value is None or isinstance(value, date) else (
            date.fromisoformat(str(value))
        )  # fmt: skip


def _describe(session: Session, directive: m.Directive) -> dict[str, Any]:
    def code(model: type[m.Market] | type[m.Program] | type[m.Dealer], key: int | None) -> Any:
        row = session.get(model, key) if key else None
        return getattr(row, "code", None)

    return {
        "kind": directive.kind.value,
        "excluded": directive.excluded,
        "market": code(m.Market, directive.market_id),
        "program": code(m.Program, directive.program_id),
        "dealer": code(m.Dealer, directive.dealer_id),
        "units": directive.units,
        "from": directive.from_units,
        "to": directive.to_units,
        "date": directive.on_date.isoformat() if directive.on_date else None,
        "weeks": directive.weeks,
    }
