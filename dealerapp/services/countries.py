"""ISO 3166 countries and what CLDR (through Babel) says a market there speaks and pays in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.languages import get_official_languages
from babel.numbers import get_territory_currencies

from dealerapp.db.enums import PaperSize

# CLDR names some regions that are not ISO 3166-1 countries: groupings (EU, UN, the
# eurozone, "outlying Oceania"), pseudo-regions, and codes that are only reserved.
_NOT_COUNTRIES = frozenset(
    {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "XK", "ZZ"}
)
# Where letters go on US Letter paper rather than A4 (CLDR supplemental data, paperSize).
_LETTER_PAPER = frozenset(
    {"US", "CA", "MX", "BZ", "CL", "CO", "CR", "GT", "NI", "PA", "PH", "PR", "SV", "VE"}
)
# Names people type for a country whose ISO code is not the obvious one.
_COMMON_MISTAKES = {"UK": "GB", "EN": "GB", "USA": "US", "GER": "DE", "SUI": "CH"}


@dataclass(frozen=True)
class MarketDefaults:
    code: str
    name: str
    language: str
    locale: str
    currency: str
    paper: PaperSize
    languages: tuple[str, ...]  # every official language, the default first


@lru_cache(maxsize=8)
def countries(display_language: str = "en") -> tuple[tuple[str, str], ...]:
    """(code, name) of every ISO 3166-1 alpha-2 country, sorted by name."""
    names = Locale.parse(display_language).territories
    found = [
        (code, name)
        for code, name in names.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    ]
    return tuple(sorted(found, key=lambda item: item[1].casefold()))


def is_country(code: str) -> bool:
    return code in dict(countries())


def suggestion_for(code: str) -> str:
    """A hint for a code that is not ISO 3166: ' (the United Kingdom is GB)'."""
    text = code.strip().upper()
    if text in _COMMON_MISTAKES:
        right = _COMMON_MISTAKES[text]
        return f" ({dict(countries())[right]} is {right})"
    by_name = {name.casefold(): iso for iso, name in countries()}
    if code.strip().casefold() in by_name:
        right = by_name[code.strip().casefold()]
        return f" ({code.strip()} is {right})"
    return ""


@lru_cache(maxsize=512)
def defaults_for(code: str) -> MarketDefaults:
    """Name, language, locale, currency and paper for a market in this country, from CLDR."""
    code = code.strip().upper()
    names = dict(countries())
    if code not in names:
        raise KeyError(code)
    languages = tuple(get_official_languages(code, de_facto=True)) or ("en",)
    language = languages[0]
    currencies = get_territory_currencies(code, date.today())
    currency = currencies[0] if currencies else "USD"
    return MarketDefaults(
        code=code,
        name=names[code],
        language=language,
        locale=locale_for(language, code),
        currency=currency,
        paper=PaperSize.LETTER if code in _LETTER_PAPER else PaperSize.A4,
        languages=languages,
    )


def locale_for(language: str, country: str) -> str:
    """'de' and 'CH' give 'de_CH'; a pair CLDR does not have falls back to the language."""
    try:
        return str(Locale.parse(f"{language}_{country}"))
    except (ValueError, UnknownLocaleError):
        return language


def is_locale(text: str) -> bool:
    try:
        Locale.parse(text)
    except (ValueError, TypeError, UnknownLocaleError):
        return False
    return True


def is_language(text: str) -> bool:
    return "_" not in text and "-" not in text and is_locale(text)
