"""Vehicles a memo names that no program tracks, so a person can start tracking one.

A make from resources/memos/vehicles.toml followed by model words ("Chevrolet
Corvette Z06", "Porsche 911 GT3 RS"), or a known model name on its own
("Corvette Z06"), is a vehicle; one that none of the database's programs
answers to is reported. Nothing is written from it: the memo view offers to
create the program, and a person confirms.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from dealerapp.errors import InputError
from dealerapp.memos.vocabulary import Vocabulary
from dealerapp.paths import resources_dir
from dealerapp.services.programs import suggested_code

# A model word: capitalised, or with a digit ("Z06", "911", "GT3", "E-Ray", "F-150", "Coupé").
_MODEL_WORD = r"(?:[A-Z0-9]\w*(?:-\w+)*)"


# Who sent and received it ("From: Ford Allocation Desk") names departments, not cars.
_HEADERS = re.compile(r"^(?:from|to|cc|bcc|sender|reply-to)\s*:.*$", re.IGNORECASE | re.MULTILINE)


_LINE_BREAK = re.compile(r"(?<=\S)[ \t]*\n[ \t]*(?=\S)")


@dataclass(frozen=True)
class VehicleMention:
    name: str  # as the memo first writes it, make included where it has one
    make: str
    oem: str
    code: str  # a suggested program code
    count: int


@dataclass(frozen=True)
class _Catalog:
    makes: dict[str, str]  # make -> group that allocates it (the OEM)
    models: dict[str, str]  # model -> make
    # Words after a make that name a company, a place or a department, not a car.
    not_models: frozenset[str]
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def _catalog() -> _Catalog:
    path = resources_dir() / "memos" / "vehicles.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        makes, models = dict(data["makes"]), dict(data["models"])
        not_models = frozenset(word.casefold() for word in data["not_models"]["words"].split())
    except (OSError, tomllib.TOMLDecodeError, KeyError) as exc:
        raise InputError(f"{path}: the vehicle list cannot be read ({exc})") from exc
    names = sorted({*makes, *models}, key=len, reverse=True)
    heads = "|".join(re.escape(name) for name in names)
    pattern = re.compile(
        rf"(?<![\w-])(?P<head>{heads})(?P<rest>(?:[ \u00a0]+{_MODEL_WORD}){{0,3}})"
    )
    return _Catalog(makes, models, not_models, pattern)


@dataclass(frozen=True)
class VehicleSpan:
    start: int
    end: int
    name: str
    program: str | None  # the program that answers to it, if one does


def vehicle_spans(text: str, vocabulary: Vocabulary) -> list[VehicleSpan]:
    """Every place `text` names a vehicle: a program (with its inflections) or a car the
    catalog knows, in text order; a program wins where both match."""
    spans = [
        VehicleSpan(match.start(), match.end(), _program_name(match.group(0), named.key,
                                                              vocabulary), named.key)
        for named in vocabulary.programs
        for match in named.pattern.finditer(text)
    ]  # fmt: skip
    for start, end, name, _make, _is_model in _catalog_matches(text, vocabulary):
        if not any(s.start < end and start < s.end for s in spans):
            spans.append(VehicleSpan(start, end, name, None))
    return sorted(spans, key=lambda span: span.start)


def _program_name(found: str, code: str, vocabulary: Vocabulary) -> str:
    """ "1Ms", "the Z06's", "1M Coupes" -> the name as the program knows it."""
    names = {n.casefold(): n for n in vocabulary.program_names.get(code, (code,))}
    for candidate in (found, re.sub(r"(?:['’]s|s['’]|['’])$", "", found), found[:-1],
                      found[:-2]):  # fmt: skip
        if candidate.casefold() in names:
            return candidate
    return found


def _catalog_matches(
    text: str, vocabulary: Vocabulary
) -> Iterator[tuple[int, int, str, str, bool]]:
    """(start, end, name, make, named by its model alone) for each car the catalog knows."""
    catalog = _catalog()
    for match in catalog.pattern.finditer(text):
        head = match.group("head")
        words: list[str] = []
        end = match.end("head")
        rest_start = match.start("rest")
        for word_match in re.finditer(r"\S+", match.group("rest")):
            word = word_match.group(0)
            if (word.casefold() in catalog.not_models or word in catalog.makes
                    or _is_market(word, vocabulary)):  # fmt: skip
                break
            words.append(word)
            end = rest_start + word_match.end()
        if words:
            words[-1] = _singular(words[-1], catalog)
        is_model = head in catalog.models
        if not is_model and (not words or (len(words) == 1 and len(words[0]) == 1)):
            continue  # a make alone ("BMW dealers", "BMW M GmbH") is not a car
        make = catalog.models[head] if is_model else head
        yield match.start(), end, " ".join([head, *words]), make, is_model


def untracked_vehicles(text: str, vocabulary: Vocabulary) -> list[VehicleMention]:
    """The vehicles `text` names that no program in `vocabulary` answers to, first named first."""
    catalog = _catalog()
    first: dict[str, VehicleMention] = {}
    counts: Counter[str] = Counter()
    # One line per paragraph, so a name wrapped at the end of a line is read whole.
    body = _LINE_BREAK.sub(" ", _HEADERS.sub("", text))
    for _start, _end, name, make, is_model in _catalog_matches(body, vocabulary):
        known = (*vocabulary.programs, *vocabulary.dealers)
        if any(named.pattern.search(name) for named in known):
            continue  # a program here, or a dealer ("BMW Mont-Royal")
        key = name.casefold()
        counts[key] += 1
        if key not in first:
            model = name if is_model else name[len(make) :].strip()
            oem = catalog.makes.get(make, make)
            first[key] = VehicleMention(name, make, oem, suggested_code(model), 0)
    mentions = [replace(mention, count=counts[key]) for key, mention in first.items()]
    return _without_parts(mentions)


def _singular(word: str, catalog: _Catalog) -> str:
    """'Z06s', 'Z06's', 'Mustangs' -> the model's own name; other words as they are."""
    bare = re.sub(r"(?:['’]s|s['’]|['’])$", "", word)
    if bare != word:
        return bare
    if word.endswith("s") and len(word) > 2:
        stem = word[:-1]
        if any(c.isdigit() for c in stem) or stem in catalog.models:
            return stem
    return word


def _is_market(word: str, vocabulary: Vocabulary) -> bool:
    return any(named.pattern.fullmatch(word) for named in vocabulary.markets)


def _without_parts(mentions: list[VehicleMention]) -> list[VehicleMention]:
    """ "Corvette Z06" once "Chevrolet Corvette Z06" is there: the same car, counted once."""
    kept: dict[str, VehicleMention] = {}
    for mention in mentions:
        folded = mention.name.casefold()
        longer = next(
            (other for other in mentions
             if folded in other.name.casefold() and len(other.name) > len(mention.name)),
            None,
        )  # fmt: skip
        target = longer or mention
        earlier = kept.get(target.name)
        extra = mention.count if longer is not None else 0
        kept[target.name] = replace(target, count=(earlier.count if earlier else target.count)
                                    + extra)  # fmt: skip
    return list(kept.values())
