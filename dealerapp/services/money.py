"""Money as integer minor units, with each currency's own number of decimals (yen have none)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from functools import lru_cache

from babel.numbers import format_currency, get_currency_precision
from babel.numbers import is_currency as _babel_is_currency

from dealerapp.errors import InputError


@lru_cache(maxsize=256)
def is_currency(code: str) -> bool:
    """An ISO 4217 code Babel knows (USD, EUR, JPY)."""
    return len(code) == 3 and bool(_babel_is_currency(code.upper()))


@lru_cache(maxsize=64)
def decimals_of(currency: str) -> int:
    return int(get_currency_precision(currency.upper()))


def to_minor(amount: str | Decimal | int, currency: str) -> int:
    """'5000.00' USD -> 500000; refuses amounts finer than the currency allows."""
    try:
        value = Decimal(str(amount).strip().replace(",", ""))
    except InvalidOperation as exc:
        raise InputError(f"{amount!r} is not an amount of money") from exc
    scaled = value.scaleb(decimals_of(currency))
    if scaled != scaled.to_integral_value():
        raise InputError(f"{amount} {currency} has more decimals than {currency} allows")
    return int(scaled)


def from_minor(minor: int, currency: str) -> Decimal:
    return Decimal(minor).scaleb(-decimals_of(currency))


def format_money(minor: int, currency: str, locale: str = "en_US") -> str:
    return str(format_currency(from_minor(minor, currency), currency, locale=locale))
