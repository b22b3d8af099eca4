"""Addresses laid out the way each country's post expects, from Google's address data."""

from __future__ import annotations

import pytest

from dealerapp.services.addresses import PostalAddress, address_lines, not_emails, one_line


@pytest.mark.parametrize(
    ("address", "envelope"),
    [
        (PostalAddress("Maria O'Brien", "7305 Forest Drive", None, "Menlo Park", "CA", "94025",
                       "US"),
         ("Maria O'Brien", "7305 Forest Drive", "MENLO PARK, CA 94025")),
        (PostalAddress("Hans Schröder", "Goethestraße 114", None, "Stuttgart",
                       "Baden-Württemberg", "70173", "DE"),
         ("Hans Schröder", "Goethestraße 114", "70173 STUTTGART")),
        (PostalAddress("Anna Keller", "Zürichbergstrasse 33", None, "Zug", "ZG", "6300", "CH"),
         ("Anna Keller", "Zürichbergstrasse 33", "CH-6300 Zug")),
        (PostalAddress("Tom Smith", "92 Park Avenue", "Flat 2", "London", "Greater London",
                       "SW3 2AS", "GB"),
         ("Tom Smith", "92 Park Avenue", "Flat 2", "LONDON", "SW3 2AS")),
        (PostalAddress("Kenji Sato", "5-10-10 Meguro", None, "Meguro-ku", "Tokyo", "153-0063",
                       "JP"),
         ("Kenji Sato", "5-10-10 Meguro, Meguro-ku, TOKYO", "153-0063")),
    ],
)  # fmt: skip
def test_each_country_in_its_own_order(address: PostalAddress, envelope: tuple[str, ...]) -> None:
    assert address_lines(address, sender_country=address.country, envelope=True) == envelope
    # Nothing the customer gave is lost but what the post leaves out (a German state).
    joined = " ".join(address_lines(address)).lower()
    for part in (address.street, address.street2, address.city, address.postal_code):
        if part:
            assert part.lower() in joined


def test_abroad_the_country_is_named_in_the_senders_language() -> None:
    address = PostalAddress("Anna Keller", "Zürichbergstrasse 33", None, "Zug", "ZG", "6300", "CH")
    assert (
        address_lines(address, sender_country="DE", envelope=True, sender_locale="de_DE")[-1]
        == "SCHWEIZ"
    )
    assert address_lines(address, sender_country="FR", sender_locale="fr_FR")[-1] == "Suisse"


def test_a_letterhead_line_and_an_address_with_gaps() -> None:
    dealer = PostalAddress("", "2600 El Camino Real", None, "Redwood City", "CA", "94061", "US")
    assert one_line(dealer) == "Redwood City, CA 94061"
    no_state = PostalAddress("Ada", "1 Main St", None, "Springfield", None, None, "US")
    assert address_lines(no_state)[-1] == "Springfield"


def test_a_column_of_e_mails_is_checked_in_one_pass_and_each_bad_one_is_named() -> None:
    good = {f"person{number}@example.org" for number in range(2000)}
    assert not_emails(good) == set()
    bad = {"not-an-email", "two@@example.org", "no-dot@example", "spaced out@example.org"}
    assert not_emails(good | bad) == bad
    # A cell with a line break in it holds two addresses, and is not one.
    assert not_emails(good | {"a@example.org\nb@example.org"}) == {"a@example.org\nb@example.org"}
    assert not_emails(set()) == set()
