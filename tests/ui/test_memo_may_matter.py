"""A person sees what the reader did not read, and adds it: the memo view's "may matter"
sentences and the add-a-directive dialog, driven as staff would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog
from pytestqt.qtbot import QtBot

from dealerapp.db.database import Database
from dealerapp.ui.widgets.directive_dialog import DirectiveDialog
from tests.ui.conftest import open_window, settle

MEMO = (
    "From: BMW Canada Product Management\n\n"
    "The 1M allocation for Canada is being reviewed by BMW. Dealers will hear more soon."
)


def test_a_sentence_that_may_matter_becomes_a_directive(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, demo_db, "Memos")
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: (MEMO, True))
    window.paste_memo_action.trigger()
    settle(qtbot, window)
    view = window.memos.view
    assert view.detail is not None and view.detail.directives == ()
    assert view.may_matter.isVisible()
    assert view.may_matter_list.count() == 1
    assert view.may_matter_list.item(0).text() == (
        "The 1M allocation for Canada is being reviewed by BMW."
    )
    view.may_matter_list.setCurrentRow(0)
    selected = view.text.textCursor().selectedText()
    assert selected == "The 1M allocation for Canada is being reviewed by BMW."

    seen: dict[str, object] = {}

    def fill(dialog: DirectiveDialog) -> int:
        # Filled in from what the reader found: the kind, Canada, the 1M; units are asked.
        seen.update(
            kind=dialog.chosen_kind().value,
            values=dialog.values(),
            ok=dialog.buttons.buttons()[0].isEnabled(),
            problem=dialog.problem.text(),
        )
        dialog.units.setValue(20)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(DirectiveDialog, "exec", fill)
    qtbot.mouseClick(view.add_from_sentence, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert seen == {
        "kind": "market_allocation",
        "values": {"market": "CA", "program": "1M", "units": None},
        "ok": False,
        "problem": "Still needed: units.",
    }
    directives = view.detail.directives
    assert [(d.kind, d.market, d.program, d.units, d.added_by_hand) for d in directives] == [
        ("market_allocation", "CA", "1M", 20, True)
    ]
    assert not view.may_matter.isVisible()  # its sentence has a directive now
    assert "Added a market allocation to memo" in window.statusBar().currentMessage()


def test_the_dialog_says_when_the_market_is_not_set_up(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel

    from dealerapp.db.enums import DirectiveKind
    from dealerapp.memos.queries import DirectiveChoices

    choices = DirectiveChoices([("US", "United States")], [("Z06", "Corvette Z06")], [])
    dialog = DirectiveDialog(
        choices, sentence="Canada gets 40.", kind=DirectiveKind.MARKET_ALLOCATION,
        market="CA", program="Z06", units=40,
    )  # fmt: skip
    qtbot.addWidget(dialog)
    note = dialog.findChild(QLabel, "directiveMissingMarket")
    assert note is not None and "CA, which is not a market here yet" in note.text()
    assert dialog.values() == {"market": None, "program": "Z06", "units": 40}
    assert dialog.problem.text() == "Still needed: market."
