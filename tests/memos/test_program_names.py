"""The memo reader knows a program by its code, name and aliases, in plural and possessive too."""

from __future__ import annotations

from dealerapp.db.database import Database
from dealerapp.db.enums import DirectiveKind
from dealerapp.memos.known import vocabulary_for
from dealerapp.memos.parse import parse_text
from dealerapp.services import market_setup, programs

# The seed article's own sentence (../shared/domain/source-article-1m-allocation.txt).
ARTICLE = (
    "In fact BMWNA sent a memo to dealers just yesterday notifying them that no more 1Ms will "
    "be produced for the US and that all allocations have been filled at this point."
)


def kinds(db: Database, text: str) -> list[tuple[str, str | None, str | None]]:
    with db.reading() as session:
        parsed = parse_text(text, vocabulary_for(session), sender="BMW NA Product Planning")
    return [(d.kind.value, d.market, d.program) for d in parsed.directives]


def test_the_seed_articles_plural_is_read_in_the_demo_database(demo_db: Database) -> None:
    assert kinds(demo_db, ARTICLE) == [
        (DirectiveKind.MARKET_CLOSED.value, "US", "1M"),
        (DirectiveKind.ALLOCATIONS_FILLED.value, "US", "1M"),
    ]


def test_possessives_and_plurals_of_a_new_program_need_no_alias(db: Database) -> None:
    with db.unit_of_work() as session:
        market_setup.add_market(session, "US")
        programs.add_program(session, "Z06", name="Chevrolet Corvette Z06", oem="GM")
    plural = "No more Z06s will be produced for the US market."
    possessive = "The Z06's allocations for the US have been filled."
    assert kinds(db, plural) == [(DirectiveKind.MARKET_CLOSED.value, "US", "Z06")]
    assert kinds(db, possessive) == [(DirectiveKind.ALLOCATIONS_FILLED.value, "US", "Z06")]
    # A longer word that merely starts with the code is not the program.
    assert kinds(db, "No more Z06x will be produced for the US market.") == []
