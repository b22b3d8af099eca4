"""Which rows of a waitlist import name a customer already known, or one an earlier row named.

Two records are the same customer when they share a customer reference, an
e-mail address (any case), or a name and postal code (ignoring case, spaces
and punctuation), tried in that order. Each kind of key is computed down the
whole column, over its distinct texts, and looked up as a plain string in a
dict of its own: a 100,000-row file is matched without a tuple built and
hashed for every key of every row.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.db.models.waitlist import customer_display_name

REF = "the same customer reference"
EMAIL = "the same e-mail"
NAME = "the same name and postal code"
REASONS = (REF, EMAIL, NAME)

_NOT_WORD = re.compile(r"\W")

Known = tuple[int, str]  # a customer's id and how they are named on screen


def _folded(text: str) -> str:
    folded = text.casefold()
    # Most names are one word already; isalnum() is the same test as \w, minus "_".
    return folded if folded.isalnum() else _NOT_WORD.sub("", folded)


@dataclass(frozen=True)
class IdentityKeys:
    """Each row's reference, e-mail and name-and-postal-code key ("" where it has none)."""

    refs: list[str]
    emails: list[str]
    names: list[str]

    @classmethod
    def of(
        cls,
        refs: Sequence[str],
        emails: Sequence[str],
        givens: Sequence[str],
        families: Sequence[str],
        companies: Sequence[str],
        postals: Sequence[str],
    ) -> IdentityKeys:
        """From stripped cell texts ("" where empty); a company stands in for a family name."""
        fold = {text: _folded(text) for text in _distinct(givens, families, companies, postals)}
        fold[""] = ""
        if "" in families:
            families = [family or company for family, company in zip(families, companies,
                                                                      strict=True)]  # fmt: skip
        firsts = list(map(fold.__getitem__, givens))
        lasts = list(map(fold.__getitem__, families))
        codes = list(map(fold.__getitem__, postals))
        names = list(map("|".join, zip(firsts, lasts, codes, strict=True)))
        # A name key needs a postal code and some name: the rows short of either, if any.
        if "" in codes or ("" in firsts and "" in lasts):
            for index, (first, last, code) in enumerate(zip(firsts, lasts, codes, strict=True)):
                if not code or not (first or last):
                    names[index] = ""
        return cls(list(refs), list(map(str.casefold, emails)), names)

    def row(self, index: int) -> tuple[str, str, str]:
        return self.refs[index], self.emails[index], self.names[index]


def _distinct(*columns: Iterable[str]) -> set[str]:
    texts: set[str] = set()
    for column in columns:
        texts.update(column)
    return texts


def _keys_of(
    ref: str | None, email: str | None, given: str | None, family: str | None,
    company: str | None, postal: str | None,
) -> tuple[str, str, str]:  # fmt: skip
    keys = IdentityKeys.of(
        [(ref or "").strip()], [(email or "").strip()], [given or ""], [family or ""],
        [company or ""], [postal or ""],
    )  # fmt: skip
    return keys.row(0)


@dataclass
class KnownCustomers:
    """The database's customers (not erased) by each kind of key; the oldest wins a shared key."""

    by_reason: tuple[dict[str, Known], dict[str, Known], dict[str, Known]] = field(
        default_factory=lambda: ({}, {}, {})
    )

    @classmethod
    def load(cls, session: Session) -> KnownCustomers:
        known = cls()
        c = m.Customer
        for row in session.execute(
            select(c.id, c.ref, c.email, c.given_name, c.family_name, c.company, c.postal_code)
            .where(c.erased_at.is_(None))
            .order_by(c.id)
        ):
            customer_id, ref, email, given, family, company, postal = row
            shown = customer_display_name(given, family, company)
            keys = _keys_of(ref, email, given, family, company, postal)
            for found, key in zip(known.by_reason, keys, strict=True):
                if key:
                    found.setdefault(key, (customer_id, shown))
        return known

    def __bool__(self) -> bool:
        return any(self.by_reason)

    def match(self, keys: tuple[str, str, str]) -> tuple[str, Known] | None:
        """The first kind of key (reference, e-mail, name) that names a known customer."""
        for reason, found, key in zip(REASONS, self.by_reason, keys, strict=True):
            if key:
                customer = found.get(key)
                if customer is not None:
                    return reason, customer
        return None

    def owner_of_reference(self, ref: str) -> Known | None:
        return self.by_reason[0].get(ref) if ref else None


class NewCustomers:
    """The customers a file adds. A row is an earlier row's customer when it has the same
    reference; or the same e-mail, and no other reference; or the same name and postal code,
    and no other reference or e-mail. Two references (or two e-mails) are two people, even
    with one name in one town: nobody reviews these matches, so they never guess.

    A customer is identified by the row number of the first row that named them.
    """

    def __init__(self) -> None:
        self._by_ref: dict[str, int] = {}
        self._by_email: dict[str, int] = {}
        self._by_name: dict[str, int] = {}
        self._ref_of: dict[int, str] = {}
        self._email_of: dict[int, str] = {}

    def identify_rows(self, rows: list[int], keys: IdentityKeys, first_row: int) -> dict[int, int]:
        """Each row's customer (by row index), the rows taken in the file's order."""
        by_ref, by_email, by_name = self._by_ref, self._by_email, self._by_name
        ref_of, email_of = self._ref_of, self._email_of
        refs, emails, names = keys.refs, keys.emails, keys.names
        customers: dict[int, int] = {}
        for index in rows:
            ref, email, name = refs[index], emails[index], names[index]
            customer = by_ref.get(ref) if ref else None
            if customer is None and email:
                found = by_email.get(email)
                if found is not None and (not ref or ref_of.get(found, ref) == ref):
                    customer = found
            if customer is None and name:
                found = by_name.get(name)
                if (
                    found is not None
                    and (not ref or ref_of.get(found, ref) == ref)
                    and (not email or email_of.get(found, email) == email)
                ):
                    customer = found
            if customer is None:
                customer = first_row + index
            # Every key of the row now leads to its customer, so a later row sharing only
            # this row's other key is the same customer too.
            if ref:
                by_ref.setdefault(ref, customer)
                ref_of.setdefault(customer, ref)
            if email:
                by_email.setdefault(email, customer)
                email_of.setdefault(customer, email)
            if name:
                by_name.setdefault(name, customer)
            customers[index] = customer
        return customers
