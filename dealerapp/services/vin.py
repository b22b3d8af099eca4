"""Vehicle identification numbers: 17 characters, and in North America a check digit."""

from __future__ import annotations

import re

# ISO 3779 transliteration and the position weights of 49 CFR 565 (North America).
_VALUES = {
    **{str(digit): digit for digit in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_SHAPE = re.compile(r"[A-HJ-NPR-Z0-9]{17}")
NORTH_AMERICA = frozenset({"US", "CA", "MX"})


class VinError(ValueError):
    """A VIN that cannot be right; the message says why."""


def check_digit(vin: str) -> str:
    total = sum(_VALUES[char] * weight for char, weight in zip(vin, _WEIGHTS, strict=True))
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def normalise_vin(raw: str, market: str | None = None) -> str:
    """The VIN in capitals without spaces; refused when its shape or check digit is wrong.

    Every vehicle sold in North America carries a check digit in position 9,
    so for a US, Canadian or Mexican dealer a wrong one means a typing error.
    """
    vin = re.sub(r"[\s-]", "", raw).upper()
    if len(vin) != 17:
        raise VinError(f"a VIN has 17 characters, {vin!r} has {len(vin)}")
    if not _SHAPE.fullmatch(vin):
        bad = sorted({char for char in vin if char not in _VALUES})
        raise VinError(f"{vin} holds {', '.join(bad)}, which no VIN uses (I, O and Q never appear)")
    if market is not None and market.upper() in NORTH_AMERICA:
        expected = check_digit(vin)
        if vin[8] != expected:
            raise VinError(f"{vin}: check digit (9th character) is {vin[8]}, should be {expected}")
    return vin
