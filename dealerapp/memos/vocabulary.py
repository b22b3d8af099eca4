"""The words the memo reader knows: markets, programs, dealers, official senders, rumor and denial.

Markets, official senders and confidence words come from
resources/memos/vocabulary.toml; programs and dealers from the database when
there is one (with the file's programs as the fallback).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from dealerapp.errors import InputError
from dealerapp.paths import resources_dir


@dataclass(frozen=True)
class NamedPattern:
    key: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Vocabulary:
    markets: tuple[NamedPattern, ...]
    programs: tuple[NamedPattern, ...]
    dealers: tuple[NamedPattern, ...]
    official_senders: tuple[str, ...]
    rumor: re.Pattern[str]
    denial: re.Pattern[str]
    market_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Every name each program answers to (code -> names), so the database's aliases add to
    # the shipped ones instead of replacing them.
    program_names: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def with_database(
        self, programs: Mapping[str, Iterable[str]], dealers: Mapping[str, str]
    ) -> Vocabulary:
        """This vocabulary plus the programs (code -> aliases) and dealers (code -> name) given."""
        names = dict(self.program_names)
        for code, aliases in programs.items():
            names[code] = tuple(dict.fromkeys([*names.get(code, ()), code, *aliases]))
        merged = tuple(NamedPattern(code, _program_words(words)) for code, words in names.items())
        dealer_patterns = tuple(
            NamedPattern(code, _dealer_pattern(code, name)) for code, name in dealers.items()
        )
        return Vocabulary(
            self.markets, merged, dealer_patterns, self.official_senders, self.rumor,
            self.denial, self.market_names, names,
        )  # fmt: skip


def _alternatives(words: Iterable[str], *, case_sensitive: bool) -> str:
    # Longest first, so "1 Series M Coupe" wins over "1 Series M"; word edges
    # that also work next to dots and brackets ("U.S.", "BMW (UK)").
    ordered = sorted({w for w in words if w}, key=len, reverse=True)
    body = "|".join(re.escape(w) for w in ordered)
    pattern = rf"(?<![\w-])(?:{body})(?![\w-])"
    return pattern if case_sensitive else f"(?i:{pattern})"


def _words(words: Iterable[str], *, case_sensitive: bool) -> re.Pattern[str]:
    return re.compile(_alternatives(words, case_sensitive=case_sensitive))


# "1Ms", "Z06s", "the 1M's", "the Coupes'": memos use a program's name in plural and
# possessive forms that nobody types in as aliases.
_INFLECTION = r"(?:['’]s|s['’]|es|s|['’])?"


def _program_words(words: Iterable[str]) -> re.Pattern[str]:
    ordered = sorted({w for w in words if w}, key=len, reverse=True)
    # A one-letter name with an "s" would be every "Ms" and "Ss" in the text.
    inflected = "|".join(re.escape(w) + (_INFLECTION if len(w) > 1 else "") for w in ordered)
    return re.compile(rf"(?i:(?<![\w-])(?:{inflected})(?![\w-]))")


def _dealer_pattern(code: str, name: str) -> re.Pattern[str]:
    code_part = rf"(?<![\w-]){re.escape(code)}(?![\w-])"
    name_part = rf"(?<![\w-]){re.escape(name)}(?![\w-])"
    return re.compile(rf"{code_part}|(?i:{name_part})")


@lru_cache(maxsize=1)
def base_vocabulary() -> Vocabulary:
    path = resources_dir() / "memos" / "vocabulary.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"{path}: the memo vocabulary cannot be read ({exc})") from exc
    try:
        markets: list[NamedPattern] = []
        names: dict[str, tuple[str, ...]] = {}
        for code, entry in data["markets"].items():
            if len(code) != 2 or code != code.upper():
                raise InputError(f"{path}: market {code!r} is not an ISO 3166 alpha-2 code")
            names[code] = tuple(entry["names"])
            parts = [_alternatives(entry["names"], case_sensitive=False)]
            if entry["codes"]:
                parts.append(_alternatives(entry["codes"], case_sensitive=True))
            markets.append(NamedPattern(code, re.compile("|".join(parts))))
        program_names = {
            code: tuple([code, *entry["names"]]) for code, entry in data["programs"].items()
        }
        programs = tuple(
            NamedPattern(code, _program_words(words)) for code, words in program_names.items()
        )
        confidence = data["confidence"]
        return Vocabulary(
            markets=tuple(markets),
            programs=programs,
            dealers=(),
            official_senders=tuple(data["senders"]["official"]),
            rumor=_words(confidence["rumor"], case_sensitive=False),
            denial=_words(confidence["denial"], case_sensitive=False),
            market_names=names,
            program_names=program_names,
        )
    except (KeyError, TypeError) as exc:
        raise InputError(f"{path}: the memo vocabulary is missing {exc}") from exc
