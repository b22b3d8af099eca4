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
    """The customers a file adds: rows sharing any key with an earlier row are one customer.

    A customer is identified by the row number of the first row that named them.
    """

    def __init__(self) -> None:
        self._seen: tuple[dict[str, int], dict[str, int], dict[str, int]] = ({}, {}, {})

    def identify_rows(self, rows: list[int], keys: IdentityKeys, first_row: int) -> dict[int, int]:
        """Each row's customer (by row index), the rows taken in the file's order."""
        # identify() written out, for a hundred thousand rows without a call each
        seen_refs, seen_emails, seen_names = self._seen
        refs, emails, names = keys.refs, keys.emails, keys.names
        customers: dict[int, int] = {}
        for index in rows:
            ref, email, name = refs[index], emails[index], names[index]
            customer = (
                (ref and seen_refs.get(ref)) or (email and seen_emails.get(email))
                or (name and seen_names.get(name)) or first_row + index
            )  # fmt: skip
            if ref:
                seen_refs.setdefault(ref, customer)
            if email:
                seen_emails.setdefault(email, customer)
            if name:
                seen_names.setdefault(name, customer)
            customers[index] = customer
        return customers

    def identify(self, ref: str, email: str, name: str, number: int) -> int:
        refs, emails, names = self._seen
        customer = (
            (ref and refs.get(ref)) or (email and emails.get(email))
            or (name and names.get(name)) or number
        )  # fmt: skip
        # Every key of the row now leads to its customer, so a later row sharing only
        # this row's other key is the same customer too.
        if ref:
            refs.setdefault(ref, customer)
        if email:
            emails.setdefault(email, customer)
        if name:
            names.setdefault(name, customer)
        return customer
