"""Setting up a dealership from nothing: programs, markets, dealers, with every refusal in words."""

from __future__ import annotations

import re
import struct
import zlib
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.db.database import Database
from dealerapp.db.enums import PaperSize, StaffRole
from dealerapp.errors import InputError, NotAllowedError
from dealerapp.services import allocation, audit, dealers, market_setup, programs, staff
from dealerapp.services.countries import countries, defaults_for
from dealerapp.services.dashboard import dashboard
from dealerapp.services.dealers import DealerDetails
from dealerapp.services.images import check_logo
from dealerapp.services.setup_overview import setup_steps
from dealerapp.services.waitlist import NewCustomer, add_entry

LAKESIDE = DealerDetails(
    name="Lakeside Chevrolet", street="1200 Lake Shore Drive", city="Chicago", region="Illinois",
    postal_code="60610", phone="(312) 555-0199", email="sales@lakeside.example.com",
    signatory_name="Dana Whitfield", signatory_title="General Sales Manager",
)  # fmt: skip


def png(width: int = 4, height: int = 2) -> bytes:
    """A real, tiny PNG file."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))  # fmt: skip


def refused(words: str) -> pytest.RaisesExc[InputError]:
    return pytest.raises(InputError, match=re.escape(words))


def count(session: Session, model: type[m.Base]) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def set_up_z06(session: Session) -> None:
    market_setup.add_market(session, "us")
    programs.add_program(
        session, "Z06", name="Chevrolet Corvette Z06", oem="GM", planned_units=None,
        aliases=["Corvette Z06"], status_codes="gm",
    )  # fmt: skip
    dealers.add_dealer(session, "US-LAK", market="US", details=LAKESIDE)


def test_a_dealership_starts_from_an_empty_database(db: Database) -> None:
    with db.unit_of_work() as session:
        set_up_z06(session)
        allocation.grant(session, program="Z06", units=3, reason="First allocation",
                         dealer="US-LAK")  # fmt: skip
        for name in ("Ames", "Brook", "Cole", "Dunn", "Ellis"):
            add_entry(session, dealer="US-LAK", program=None, customer=NewCustomer(name))
    with db.reading() as session:
        market = session.scalars(select(m.Market)).one()
        shown = (market.code, market.name, market.language, market.locale, market.currency)
        assert shown == ("US", "United States", "en", "en_US", "USD")
        assert market.paper == PaperSize.LETTER
        program = session.scalars(select(m.Program)).one()
        assert (program.code, program.status_codes, program.retired_at) == ("Z06", "GM", None)
        dealer = session.scalars(select(m.Dealer)).one()
        assert (dealer.region, dealer.country, dealer.ours) == ("IL", "US", True)
        actions = session.scalars(select(m.AuditEntry.action).order_by(m.AuditEntry.id)).all()
        assert actions[:4] == ["market.add", "program.add", "dealer.add", "allocation.grant"]
        assert count(session, m.WaitlistEntry) == 5


def test_market_defaults_come_from_cldr_and_can_be_overridden(db: Database) -> None:
    assert len(countries()) == 249
    swiss = defaults_for("CH")
    assert (swiss.language, swiss.locale, swiss.currency, swiss.paper) == (
        "de", "de_CH", "CHF", PaperSize.A4,
    )  # fmt: skip
    with db.unit_of_work() as session:
        result = market_setup.add_market(session, "CH", language="fr")
        assert (result.market.language, result.market.locale) == ("fr", "fr_CH")
        market_setup.add_market(session, "JP", currency="usd", paper="letter")
        edited = market_setup.edit_market(session, "JP", name="Japan (importer)")
        assert "name 'Japan' -> 'Japan (importer)'" in edited.summary
    with db.reading() as session:
        japan = session.scalars(select(m.Market).where(m.Market.code == "JP")).one()
        assert (japan.currency, japan.paper, japan.name) == ("USD", "letter", "Japan (importer)")


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("UK", "'UK' is not an ISO 3166 country code (United Kingdom is GB)"),
        ("XX", "'XX' is not an ISO 3166 country code"),
        ("EU", "'EU' is not an ISO 3166 country code"),
        ("Germany", "'Germany' is not an ISO 3166 country code (Germany is DE)"),
    ],
)
def test_a_market_code_that_is_not_iso_is_refused(db: Database, code: str, words: str) -> None:
    with refused(words), db.unit_of_work() as session:
        market_setup.add_market(session, code)
    with db.reading() as session:
        assert count(session, m.Market) == 0


def test_bad_market_fields_and_a_second_market_are_refused(db: Database) -> None:
    with db.unit_of_work() as session:
        market_setup.add_market(session, "DE")
    for kwargs, words in (
        ({"code": "DE"}, "the market Germany (DE) already exists"),
        ({"code": "AT", "currency": "EURO"}, "'EURO' is not an ISO 4217 currency code"),
        ({"code": "AT", "locale": "de_XX_YY"}, "'de_XX_YY' is not a locale"),
        ({"code": "AT", "language": "klingon"}, "'klingon' is not a language code"),
        ({"code": "AT", "paper": "a5"}, "'a5' is not a paper size"),
    ):
        with refused(words), db.unit_of_work() as session:
            market_setup.add_market(session, **kwargs)  # type: ignore[arg-type]
    with db.reading() as session:
        assert count(session, m.Market) == 1


def test_program_codes_and_aliases_belong_to_one_program(db: Database) -> None:
    with db.unit_of_work() as session:
        set_up_z06(session)
    refusals = (
        ({"code": "Z06", "name": "x", "oem": "GM"}, "a program already answers to 'Z06'"),
        ({"code": "corvette z06", "name": "x", "oem": "GM"}, "already answers to 'corvette z06'"),
        ({"code": "GT", "name": "Ford GT", "oem": "Ford", "aliases": ["Corvette Z06"]},
         "the alias 'Corvette Z06' already belongs to the program Chevrolet Corvette Z06 (Z06)"),
        ({"code": "GT", "name": "Ford GT", "oem": "Ford", "status_codes": "ford"},
         "there are no 'ford' order status codes"),
        ({"code": "", "name": "x", "oem": "Ford"}, "is not a program code"),
        ({"code": "GT", "name": " ", "oem": "Ford"}, "a program needs its name"),
        ({"code": "GT", "name": "Ford GT", "oem": "Ford", "planned_units": -1},
         "the planned run must be a number of cars"),
    )  # fmt: skip
    for kwargs, words in refusals:
        with refused(words), db.unit_of_work() as session:
            programs.add_program(session, **kwargs)  # type: ignore[arg-type]
    with db.reading() as session:
        assert count(session, m.Program) == 1
        assert count(session, m.ProgramAlias) == 1


def test_editing_a_program_replaces_its_aliases_and_is_audited(db: Database) -> None:
    with db.unit_of_work() as session:
        set_up_z06(session)
        result = programs.edit_program(
            session, "corvette z06", planned_units=1200, aliases=["Z06 Corvette", "C8 Z06"]
        )
        assert "planned None -> 1200" in result.summary
        unchanged = programs.edit_program(session, "Z06", name="Chevrolet Corvette Z06")
        assert unchanged.summary.endswith("nothing to change")
    with db.reading() as session:
        view = programs.list_programs(session)[0]
        assert view.aliases == ("Z06 Corvette", "C8 Z06")
        assert view.planned_units == 1200
        edits = session.scalars(select(m.AuditEntry).where(m.AuditEntry.action == "program.edit"))
        assert len(edits.all()) == 1


def test_retiring_keeps_history_and_stops_new_work(db: Database) -> None:
    with db.unit_of_work() as session:
        set_up_z06(session)
        allocation.grant(session, program="Z06", units=1, reason="first", dealer="US-LAK")
        for name in ("Ames", "Brook"):
            add_entry(session, dealer="US-LAK", program="Z06", customer=NewCustomer(name))
        result = programs.retire_program(session, "Z06")
        assert result.warning is not None and result.warning.startswith("2 customer(s)")
    for work in (
        lambda s: add_entry(s, dealer="US-LAK", program="Z06", customer=NewCustomer("Cole")),
        lambda s: allocation.grant(s, program="Z06", units=1, reason="more", dealer="US-LAK"),
    ):
        with pytest.raises(InputError, match="is retired"), db.unit_of_work() as session:
            work(session)
    with pytest.raises(InputError, match="a program with history is retired, never deleted"), \
            db.unit_of_work() as session:  # fmt: skip
        programs.delete_program(session, "Z06")
    with db.unit_of_work() as session:
        # A cut still corrects a retired program's ledger; bringing it back reopens it.
        allocation.cut(session, program="Z06", units=1, reason="returned", dealer="US-LAK")
        programs.retire_program(session, "Z06", retire=False)
        add_entry(session, dealer="US-LAK", program="Z06", customer=NewCustomer("Cole"))
        assert count(session, m.WaitlistEntry) == 3


def test_a_program_without_history_can_be_deleted(db: Database) -> None:
    with db.unit_of_work() as session:
        programs.add_program(session, "Z6", name="Corvette Z6 (typo)", oem="GM")
        programs.delete_program(session, "Z6")
    with db.reading() as session:
        assert count(session, m.Program) == 0
        assert session.scalars(select(m.AuditEntry.action)).all() == [
            "program.add", "program.delete",
        ]  # fmt: skip


def test_dealer_addresses_are_checked_as_the_post_expects(db: Database) -> None:
    with db.unit_of_work() as session:
        market_setup.add_market(session, "US")
        market_setup.add_market(session, "DE")
    refusals = (
        ("US", {"region": None}, "an address in US needs its state (such as AL, AK, AS)"),
        ("US", {"region": "Bavaria"}, "'Bavaria' is not a state of US"),
        ("US", {"postal_code": "6061"}, "'6061' is not a postal code of US"),
        ("DE", {"postal_code": "8078", "region": None}, "'8078' is not a postal code of DE"),
        ("US", {"email": "sales at lakeside"}, "'sales at lakeside' is not an e-mail address"),
        ("US", {"street": "", "signatory_name": None},
         "a dealer's letters need its street, signatory (who signs its letters)"),
    )  # fmt: skip
    for market, changes, words in refusals:
        details = DealerDetails(**{**vars(LAKESIDE), **changes})
        with refused(words), db.unit_of_work() as session:
            dealers.add_dealer(session, "X-1", market=market, details=details)
    with db.unit_of_work() as session:
        dealers.add_dealer(session, "US-LAK", market="US", details=LAKESIDE)
        with pytest.raises(InputError, match="the dealer code 'us-lak' is already Lakeside"):
            dealers.add_dealer(session, "us-lak", market="US", details=LAKESIDE)


def test_logos_must_be_images_of_at_most_2_mb(db: Database, tmp_path: Path) -> None:
    assert check_logo(png(), "logo.png").startswith(b"\x89PNG")
    for data, words in (
        (b"%PDF-1.7\n...", "letters.pdf: not an image dealerapp can print"),
        (b"", "letters.pdf: the file is empty"),
        (png()[:20], "the PNG image is damaged"),
        (b"\xff\xd8\xff" + b"\x00" * (2 * 1024 * 1024), "MB is too big for a logo"),
    ):
        with refused(words):
            check_logo(data, "letters.pdf")
    with db.unit_of_work() as session:
        market_setup.add_market(session, "US")
        dealers.add_dealer(session, "US-LAK", market="US", details=LAKESIDE,
                           logo=(png(), "logo.png"))  # fmt: skip
        assert dealers.logo_of(session, "US-LAK") == png()
        with refused("spec.xlsx: not an image"):
            dealers.edit_dealer(session, "US-LAK", logo=(b"PK\x03\x04", "spec.xlsx"))
        result = dealers.edit_dealer(session, "US-LAK", logo=None, ours=False)
        assert result.summary == "Changed the dealer Lakeside Chevrolet (US-LAK): ours, logo"
        assert result.dealer.has_logo is False


def test_a_dealer_moves_market_only_while_nothing_ties_it(db: Database) -> None:
    with db.unit_of_work() as session:
        set_up_z06(session)
        market_setup.add_market(session, "CA")
        toronto = DealerDetails(street="1 Yonge Street", city="Toronto", region="ON",
                                postal_code="M5E 1E5")  # fmt: skip
        moved = dealers.edit_dealer(session, "US-LAK", market="CA", details=toronto)
        assert moved.dealer.market == "CA" and moved.dealer.country == "CA"
        allocation.grant(session, program="Z06", units=1, reason="first", dealer="US-LAK")
        with pytest.raises(InputError, match="has 1 ledger row"):
            dealers.edit_dealer(session, "US-LAK", market="US", details=LAKESIDE)


# On the shared server the database login is the user, whatever the desk chooses.
@pytest.mark.sqlite_only
def test_set_up_is_a_managers_job_once_roles_are_in_force(db: Database) -> None:
    audit.choose_actor("boss")
    try:
        with db.unit_of_work() as session:
            staff.save_staff(session, "boss", "The Boss", StaffRole.ADMIN)
            staff.save_staff(session, "ann", "Ann Advisor", StaffRole.ADVISOR)
        audit.choose_actor("ann")
        with pytest.raises(NotAllowedError, match="Adding a market needs a manager"), \
                db.unit_of_work() as session:  # fmt: skip
            market_setup.add_market(session, "US")
    finally:
        audit.choose_actor(None)
    with db.reading() as session:
        assert count(session, m.Market) == 0


def test_the_dashboard_says_what_the_set_up_still_needs(db: Database) -> None:
    with db.unit_of_work() as session:
        set_up_z06(session)
        allocation.grant(session, program="Z06", units=3, reason="First allocation",
                         dealer="US-LAK")  # fmt: skip
    with db.reading() as session:
        assert [step.done for step in setup_steps(session)] == [True, True, True, False]
        assert [a.text for a in dashboard(session).actions] == [
            "Set-up not finished: your customers still to do (Setup page)"
        ]
    with db.unit_of_work() as session:
        add_entry(session, dealer="US-LAK", program=None, customer=NewCustomer("Ames"))
    with db.reading() as session:
        assert all(step.done for step in setup_steps(session))
        assert dashboard(session).actions == []
