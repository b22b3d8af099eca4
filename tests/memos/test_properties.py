"""Whatever text comes in, the reader answers without an exception; evidence lies in the text."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from dealerapp.memos.parse import parse_text
from dealerapp.memos.readers import MemoReadError, read_bytes
from tests.memos.vocabulary_fixture import demo_vocabulary

# Words that steer the text into the reader's patterns, mixed with anything at all.
MEMO_WORDS = st.sampled_from(
    [
        "no more", "1Ms", "1M", "will be produced", "for the US", "US", "Australia", "market",
        "all allocations have been filled", "allocation", "increased by", "2 units", "Bay Area BMW",
        "order bank closes on", "15 March", "production", "ends in", "December 2011", "starts in",
        "delayed by", "six weeks", "from 2,500 to 5,000", "double", "reportedly", "not",
        "no change",
        "denied", ".", ",", "\n", "\n\n", "From: BMW NA", "Date: 21 July 2011", "U.S.", "1.", "-",
        "received only", "125 cars", "transferred from", "to", "US-BAY", "US-HUD", "unit",
    ]
)  # fmt: skip
TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(MEMO_WORDS, st.text(max_size=8)), max_size=60).map(" ".join),
)


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, day=st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2040, 12, 31))))
def test_any_text_parses_and_evidence_lies_in_it(text: str, day: date | None) -> None:
    parsed = parse_text(text, demo_vocabulary(), received_on=day)
    for directive in parsed.directives:
        assert 0 <= directive.start <= directive.end <= len(text)
        assert text[directive.start : directive.end] == directive.evidence
        assert directive.evidence.strip() == directive.evidence
    assert parsed.confidence.value in ("official", "rumor")


@settings(max_examples=200, deadline=None)
@given(content=st.binary(max_size=2000), suffix=st.sampled_from([".txt", ".eml", ".pdf", ".msg"]))
def test_any_bytes_are_read_or_refused_with_a_message(content: bytes, suffix: str) -> None:
    name = f"memo{suffix}"
    try:
        document = read_bytes(content, name)
    except MemoReadError as refused:
        assert name in str(refused)
    else:
        assert document.text.strip()
