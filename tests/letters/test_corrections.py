"""Nobody is left believing something false: a revert after letters were sent owes corrections.

The loop on the demo: the US memo applied, the 129 unservable customers told
by letter, the memo reverted. Each is then owed a correction (in `letters
owed`, the dashboard and the Letters page's recipients); the correction
letter says what the first one said, what is true now, and apologises; once
sent, nobody is owed anything; applied again, nobody is told twice.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from dealerapp.cli.main import main
from dealerapp.db import models as m
from dealerapp.db.database import Database
from dealerapp.letters.batch import write_letters
from dealerapp.memos import apply as memo_apply
from dealerapp.memos import consequences
from dealerapp.memos.readers import read_file
from dealerapp.memos.store import import_memo
from dealerapp.services.dashboard import dashboard
from dealerapp.services.letters_log import recipients
from dealerapp.services.letters_owed import CORRECTION_LETTER, UNSERVABLE_LETTER, letters_owed
from dealerapp.services.servability import Servability

MEMO = Path(__file__).resolve().parents[2] / "seeds" / "memos" / "bmwna-us-allocation-filled.txt"


def _text(page: object) -> str:
    raw = page.extract_text()  # type: ignore[attr-defined]
    return " ".join(unicodedata.normalize("NFKC", raw).split())


def _apply_us_memo(db: Database) -> int:
    with db.unit_of_work() as session:
        memo_id = import_memo(session, read_file(MEMO)).memo_id
        memo_apply.apply(session, memo_id)
    return memo_id


def _tell(db: Database, template: str, out: Path) -> int:
    with db.unit_of_work() as session:
        info_audience = "correction" if template == CORRECTION_LETTER else "unservable"
        ids = recipients(
            session, reason=info_audience, template=template, audience=info_audience,
            not_notified=True,
        )  # fmt: skip
        write_letters(session, template=template, entry_ids=ids, out=out, mark_sent=True)
    return len(ids)


def test_a_revert_after_letters_owes_each_told_customer_a_correction(
    demo_db: Database, tmp_path: Path
) -> None:
    memo_id = _apply_us_memo(demo_db)
    with demo_db.reading() as session:
        owed = letters_owed(session)
        assert len(owed) == 129 and {o.letter for o in owed} == {UNSERVABLE_LETTER}
        assert all(o.told is None for o in owed)
    assert _tell(demo_db, UNSERVABLE_LETTER, tmp_path / "told.pdf") == 129
    with demo_db.reading() as session:
        assert letters_owed(session) == []
    # The question before the revert names who was told.
    with demo_db.unit_of_work() as session:
        ahead = consequences.of_revert(session, memo_id)
    assert ahead.moves == {"unservable to pending": 129}
    assert ahead.already_told == 129
    assert ahead.owed == {CORRECTION_LETTER: 129}
    assert "129 of them were already told by letter where they stood" in ahead.sentences()
    with demo_db.unit_of_work() as session:
        memo_apply.revert(session, memo_id)
    with demo_db.reading() as session:
        owed = letters_owed(session)
        assert len(owed) == 129 and all(o.is_correction for o in owed)
        assert {(o.told.flag if o.told else None, o.now) for o in owed} == {
            ("unservable", "pending")
        }
        us = next(row for row in dashboard(session).markets if row.code == "US")
        assert us.letters_owed == 129
        actions = dashboard(session).actions
        assert actions[0].text.startswith("129 customer(s) owed a correction")
        assert "told they cannot be served" in actions[0].text
        assert (actions[0].page, actions[0].template) == ("Letters", "correction")
        assert len(actions[0].entry_ids) == 129
        # No unservable letter goes to anyone now: they are all pending again.
        assert recipients(
            session, reason="unservable", template=UNSERVABLE_LETTER,
            status=Servability.UNSERVABLE, not_notified=True,
        ) == []  # fmt: skip
    out = tmp_path / "corrections.pdf"
    assert _tell(demo_db, CORRECTION_LETTER, out) == 129
    first = _text(PdfReader(out).pages[0])
    assert "A correction about your BMW 1 Series M Coupe reservation" in first
    assert "we wrote to you that we would not be able to deliver" in first
    assert "That is no longer the case, and we are sorry" in first
    assert "Your reservation stands, at number" in first
    assert "stays with your reservation" in first
    # The staff explanation is not what the customer reads.
    assert "unassigned unit" not in first
    with demo_db.reading() as session:
        assert letters_owed(session) == []
        flags = set(session.scalars(select(m.LetterSent.flag)))
        assert flags == {"unservable", "pending"}
    # Applied again, it is news again: they were last told they are waiting.
    with demo_db.unit_of_work() as session:
        memo_apply.apply(session, memo_id)
    with demo_db.reading() as session:
        owed = letters_owed(session)
        assert len(owed) == 129 and {o.letter for o in owed} == {UNSERVABLE_LETTER}
        assert {o.told.flag for o in owed if o.told} == {"pending"}


def test_letters_that_do_not_say_where_one_stands_log_no_flag(
    demo_db: Database, tmp_path: Path
) -> None:
    with demo_db.unit_of_work() as session:
        ids = recipients(session, reason="deposit", template="deposit_receipt")[:3]
        write_letters(
            session, template="deposit_receipt", entry_ids=ids, out=tmp_path / "r.pdf",
            mark_sent=True,
        )  # fmt: skip
        ids = recipients(
            session, reason="position", template="position_update", audience="waiting"
        )[:3]  # fmt: skip
        write_letters(
            session, template="position_update", entry_ids=ids, out=tmp_path / "p.pdf",
            mark_sent=True,
        )  # fmt: skip
    with demo_db.reading() as session:
        logged = {
            (template, flag)
            for template, flag in session.execute(select(m.LetterSent.template, m.LetterSent.flag))
        }
    assert ("deposit_receipt", None) in logged
    assert {flag for template, flag in logged if template == "position_update"} <= {
        "covered", "pending"
    }  # fmt: skip
    assert None not in {flag for template, flag in logged if template == "position_update"}


def test_letters_owed_on_the_command_line(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    memo_id = _apply_us_memo(demo_db)
    _tell(demo_db, UNSERVABLE_LETTER, tmp_path / "told.pdf")
    url = demo_db.location.url
    assert main(["--db", url, "letters", "owed"]) == 0
    assert "Nobody is owed a letter." in capsys.readouterr().out
    assert main(["--db", url, "memo", "revert", str(memo_id)]) == 0
    out = capsys.readouterr().out
    assert "129 customer(s) went from unservable to pending" in out
    assert "129 of these customers were already told by letter" in out
    assert "Letters now owed: 129 'correction'" in out
    assert main(["--db", url, "letters", "owed", "--json"]) == 0
    owed = json.loads(capsys.readouterr().out)
    assert len(owed) == 129
    first = owed[0]
    assert set(first) >= {
        "customer", "entry_id", "market", "dealer", "told", "told_on", "now", "letter"
    }  # fmt: skip
    assert (first["market"], first["told"], first["now"], first["letter"]) == (
        "US", "unservable", "pending", "correction"
    )  # fmt: skip
    assert main(["--db", url, "letters", "owed", "--market", "DE"]) == 0
    assert "Nobody is owed a letter." in capsys.readouterr().out
