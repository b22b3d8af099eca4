"""Nothing silently missed: sentences that may matter are kept with the memo, and a person adds
the directive the reader did not read, from one of them or from anywhere."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from dealerapp.db import models as m
from dealerapp.db.database import Database
from dealerapp.errors import InputError
from dealerapp.memos import apply as memo_apply
from dealerapp.memos.queries import directive_choices, memo_detail
from dealerapp.memos.readers import read_pasted
from dealerapp.memos.store import add_directive, import_memo

TEXT = (
    "From: BMW Canada Product Management\n\n"
    "The 1M allocation for Canada is being reviewed by BMW. Dealers will hear more soon."
)


def imported(db: Database) -> int:
    with db.unit_of_work() as session:
        return import_memo(session, read_pasted(TEXT, "review.txt")).memo_id


def test_a_sentence_that_may_matter_is_kept_with_the_memo(demo_db: Database) -> None:
    memo_id = imported(demo_db)
    with demo_db.reading() as session:
        detail = memo_detail(session, memo_id)
    assert detail.directives == ()
    (sentence,) = detail.may_matter
    assert sentence.text == "The 1M allocation for Canada is being reviewed by BMW."
    assert detail.text[sentence.start : sentence.end] == sentence.text
    assert (sentence.kind.value, sentence.market, sentence.program) == (
        "market_allocation", "CA", "1M",
    )  # fmt: skip


def test_a_person_adds_the_directive_from_that_sentence(demo_db: Database) -> None:
    memo_id = imported(demo_db)
    with demo_db.reading() as session:
        (sentence,) = memo_detail(session, memo_id).may_matter
        choices = directive_choices(session)
    assert ("CA", "Canada") in choices.markets and ("1M", "BMW 1 Series M Coupe") in [
        (code, name) for code, name in choices.programs
    ]
    with demo_db.unit_of_work() as session:
        add_directive(
            session, memo_id=memo_id, kind="market_allocation", confidence="official",
            evidence=(sentence.start, sentence.end), market="CA", program="1M", units=20,
        )  # fmt: skip
    with demo_db.reading() as session:
        detail = memo_detail(session, memo_id)
        plan = memo_apply.preview(session, memo_id)
        audit = session.scalars(select(m.AuditEntry).order_by(m.AuditEntry.id.desc())).first()
    (added,) = detail.directives
    assert (added.kind, added.market, added.program, added.units) == (
        "market_allocation", "CA", "1M", 20,
    )  # fmt: skip
    assert added.added_by_hand and added.evidence_start == sentence.start
    assert plan.writes == ["Cut 100 1M unit(s) from the CA national share: 120 -> 20"]
    assert audit is not None and audit.action == "memo.add_directive"


def test_what_a_directive_needs_is_asked_for(demo_db: Database) -> None:
    memo_id = imported(demo_db)
    with demo_db.unit_of_work() as session, pytest.raises(InputError, match="needs its units"):
        add_directive(session, memo_id=memo_id, kind="market_allocation",
                      confidence="official", market="CA", program="1M")  # fmt: skip
    with demo_db.unit_of_work() as session, pytest.raises(InputError, match="no market 'XX'"):
        add_directive(session, memo_id=memo_id, kind="market_closed", confidence="official",
                      market="XX", program="1M")  # fmt: skip
    with demo_db.reading() as session:
        assert memo_detail(session, memo_id).directives == ()
