"""Where a memo sentence names a market: country names from CLDR (English, German, French),
adjectives and demonyms from resources/memos/demonyms.toml, and the shipped vocabulary's forms.

A region ("Europe", "North America") is found too, so that it is not mistaken for a
country it contains, and names no market.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale

from dealerapp.errors import InputError
from dealerapp.memos.vocabulary import Vocabulary
from dealerapp.paths import resources_dir

_EDGE_BEFORE = r"(?<![\w-])"
_EDGE_AFTER = r"(?![\w-])"


@dataclass(frozen=True)
class Place:
    start: int
    end: int
    code: str | None  # None: a region, not one market
    adjective: bool = False  # "Japanese", "allemands": maybe the car's or the maker's origin


@dataclass(frozen=True)
class _Gazetteer:
    pattern: re.Pattern[str]
    exact: dict[str, str | None]  # case-sensitive names (CLDR)
    folded: dict[str, str | None]  # case-insensitive names
    prefixes: tuple[tuple[str, str | None], ...]
    adjectives: frozenset[str]  # demonyms and adjectives, folded


def find_places(text: str, vocabulary: Vocabulary) -> list[Place]:
    gazetteer = _gazetteer(tuple(sorted(vocabulary.market_names.items())))
    found: list[Place] = []
    for match in gazetteer.pattern.finditer(text):
        word = match.group(0)
        if word in gazetteer.exact:
            code = gazetteer.exact[word]
        elif word.casefold() in gazetteer.folded:
            code = gazetteer.folded[word.casefold()]
        else:
            folded = word.casefold()
            code = next((c for prefix, c in gazetteer.prefixes if folded.startswith(prefix)), None)
        adjective = word.casefold() in gazetteer.adjectives or (
            word not in gazetteer.exact and word.casefold() not in gazetteer.folded
        )
        found.append(Place(match.start(), match.end(), code, adjective))
    return found


@lru_cache(maxsize=4)
def _gazetteer(shipped: tuple[tuple[str, tuple[str, ...]], ...]) -> _Gazetteer:
    path = resources_dir() / "memos" / "demonyms.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"{path}: the market names cannot be read ({exc})") from exc
    exact: dict[str, str | None] = {}
    for language in ("en", "de", "fr"):
        for code, name in Locale(language).territories.items():
            if len(code) == 2 and code.isalpha() and len(name) > 3:
                exact.setdefault(name, code)
    folded: dict[str, str | None] = {}
    prefixes: list[tuple[str, str | None]] = []
    alternatives: list[str] = [re.escape(name) for name in exact]

    def add(word: str, code: str | None) -> None:
        if word.isupper() and len(word) <= 3:  # "US", "UK", "EU": never "us" or "eu"
            exact[word] = code
            alternatives.append(re.escape(word))
        elif word.endswith("*"):
            prefixes.append((word[:-1].casefold(), code))
            alternatives.append(f"(?i:{re.escape(word[:-1])}\\w*)")
        else:
            folded[word.casefold()] = code
            alternatives.append(f"(?i:{re.escape(word)})")

    for code, names in shipped:
        for name in names:
            add(name, code)
    adjectives: set[str] = set()
    for language in ("en", "de", "fr"):
        for code, names in data.get(language, {}).items():
            for name in names:
                add(name, code)
                if name[:1].isupper() and name.endswith(("an", "ese", "ish", "ch", "ss")):
                    adjectives.add(name.casefold())  # "American", "Japanese", "Swiss"
    for word in data["regions"]["words"]:
        add(word, None)
        exact.pop(word, None)
    # Longest first, so that "North America" wins over "America" where both match.
    alternatives.sort(key=len, reverse=True)
    pattern = re.compile(f"{_EDGE_BEFORE}(?:{'|'.join(alternatives)}){_EDGE_AFTER}")
    prefixes.sort(key=lambda item: len(item[0]), reverse=True)
    return _Gazetteer(pattern, exact, folded, tuple(prefixes), frozenset(adjectives))
