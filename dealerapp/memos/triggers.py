"""The trigger reader: directives from trigger words and what stands around them in the clause.

An event is found by a trigger (a verb or noun of resources/memos/triggers.toml,
matched by lemma) and its arguments are filled from the same clause: markets,
numbers of units, weeks, the vehicle. Cues decide what the claim is worth
(NegEx/ConText): a negated trigger gives nothing; a hedged or reported one is a
rumor, and a hedged closure is dropped, because a wrong closure tells real
customers they will not get their car. Sentences with a trigger and a vehicle
or market that give no directive are kept as "may matter" for a person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import pairwise
from typing import Any

from dealerapp.db.enums import Confidence, DirectiveKind
from dealerapp.memos.extract import Extracted, MemoContext, any_of
from dealerapp.memos.lemmas import Token, tokenize
from dealerapp.memos.lexicon import LanguageLexicon, Match, lexicon
from dealerapp.memos.places import find_places
from dealerapp.memos.quantities import find_date
from dealerapp.memos.sentences import Sentence
from dealerapp.memos.vehicles import VehicleSpan, vehicle_spans
from dealerapp.memos.vocabulary import Vocabulary

CLOSURES = {DirectiveKind.MARKET_CLOSED, DirectiveKind.ALLOCATIONS_FILLED}
# Never read from a hedge: each tells customers that something is over.
NEVER_HEDGED = CLOSURES | {DirectiveKind.ORDER_BANK_CLOSE}
_AFTER_NEGATION = {"deny", "dementieren", "démentir", "untrue", "false", "unchanged",
                   "unverändert", "inchangé", "faux", "falsch"}  # fmt: skip
_TO_WORDS = {"to", "auf", "à", "total"}
# Kinds that carry a date when the clause gives one.
_DATED = {DirectiveKind.PRODUCTION_END, DirectiveKind.PRODUCTION_START,
          DirectiveKind.ORDER_BANK_CLOSE}  # fmt: skip
_PER_VEHICLE = {
    DirectiveKind.MARKET_CLOSED, DirectiveKind.PRODUCTION_END, DirectiveKind.PRODUCTION_START,
    DirectiveKind.ORDER_BANK_CLOSE, DirectiveKind.DELAY,
}  # fmt: skip
_MADE_WORDS = {"build", "make", "produce", "assemble", "plant", "factory", "bauen", "werk",
               "produzieren", "produire", "usine", "fabriquer"}  # fmt: skip
_MARKET_WORDS = {"market", "markt", "marché"}
_TEMPORARY = {"temporary", "temporarily", "pause", "vorübergehend", "temporaire",
              "temporairement"}  # fmt: skip
_MAKER_WORDS = {"maker", "automaker", "carmaker", "manufacturer", "brand", "company", "firm",
                "hersteller", "autobauer", "marke", "constructeur", "marque", "firme"}  # fmt: skip
_VOLUME_CUES = {
    "limit", "limited", "total", "run", "only", "just", "series", "limitiert", "limitieren",
    "circulation", "production", "out",
    "insgesamt", "auflage", "nur", "limité", "limitée", "tirage", "seulement", "série",
}  # fmt: skip
_YEAR_WORDS = {"year", "jahr", "modelljahr", "année", "an", "my"}
_TIME_WORDS = {
    "year", "quarter", "spring", "summer", "autumn", "fall", "winter", "q1", "q2", "q3", "q4",
    "jahr", "quartal", "frühjahr", "sommer", "herbst", "année", "an", "trimestre", "printemps",
    "été", "automne", "hiver", "until", "bis", "jusqu",
}  # fmt: skip
_CONTRACTIONS = {"won't": "will", "can't": "can", "shan't": "shall", "ain't": "is"}
_ELISION = re.compile(r"^(?P<head>[a-zA-Z]{1,3})['’](?P<rest>\w.*)$")
_FRENCH_ELIDED = {"n": "ne", "l": "le", "d": "de", "qu": "que", "s": "se", "j": "je", "c": "ce"}
_CURRENCY = {"$", "€", "£", "¥", "us$", "chf", "usd", "eur", "gbp", "aud", "cad", "fr"}
_FROM_WORDS = {"from", "instead", "rather", "than", "previously", "originally", "statt",
               "anstatt", "bisher", "lieu", "contre", "initialement"}  # fmt: skip
_CLAUSE_PUNCTUATION = {";", ":", "–", "—", "(", ")"}
# After a comma these start a new clause: a negation or hedge before them stays behind.
_COORDINATION = {
    "and", "or", "but", "while", "whereas", "although", "though", "however", "yet", "because",
    "since", "so", "und", "oder", "aber", "doch", "während", "da", "als", "weil", "denn",
    "sodass", "et", "ou", "mais", "tandis", "car", "puisque", "donc",
    # relative clauses: ", which could …", ", von dem andere … träumen können"
    # (German articles are left out: ", das eigene Kontingent … anzuheben" goes on the clause)
    "which", "who", "whom", "whose", "where", "denen", "von", "qui", "dont", "où",
}  # fmt: skip
_PLACE_PREPOSITIONS = {
    "in", "for", "to", "from", "into", "out", "of", "für", "nach", "aus", "auf", "pour", "en",
    "au", "aux", "du", "de", "dans", "vers",
}  # fmt: skip
_WEEK_WORDS = {
    "week": 1, "weeks": 1, "woche": 1, "wochen": 1, "semaine": 1, "semaines": 1, "month": 4,
    "months": 4, "monat": 4, "monate": 4, "monaten": 4, "mois": 4,
}  # fmt: skip
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
           "jul", "aug", "sep", "sept", "oct", "nov", "dec", "januar", "februar", "märz",
           "juni", "juli", "oktober", "dezember", "janvier", "février", "mars", "avril", "mai",
           "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}  # fmt: skip


@dataclass(frozen=True)
class Mentions:
    """What a sentence names, by token index."""

    places: list[tuple[int, str | None]]  # (token index, market code or None for a region)
    vehicles: list[tuple[int, VehicleSpan]]
    counts: list[tuple[int, int]]  # (token index, units)
    vehicle_tokens: set[int] = field(default_factory=set)
    dealers: bool = False  # the sentence names one of the database's dealers


@dataclass(frozen=True)
class MayMatter:
    """A sentence with a trigger and a vehicle or market that gave no directive."""

    start: int
    end: int
    text: str
    kind: DirectiveKind
    market: str | None
    program: str | None
    vehicle: str | None
    units: int | None

    def as_json(self) -> dict[str, object]:
        return {
            "start": self.start, "end": self.end, "kind": self.kind.value,
            "market": self.market, "program": self.program, "vehicle": self.vehicle,
            "units": self.units,
        }  # fmt: skip

    @classmethod
    def from_json(cls, raw: dict[str, Any], text: str) -> MayMatter:
        start, end = int(raw["start"]), int(raw["end"])
        return cls(
            start, end, text[start:end], DirectiveKind(raw["kind"]), raw.get("market"),
            raw.get("program"), raw.get("vehicle"), raw.get("units"),
        )  # fmt: skip


@dataclass(frozen=True)
class Hedged:
    """What the sentence's hedges reach, for the whole-phrase rules, whose closures go through
    the same ConText pass ("and Australia may be next")."""

    markets: frozenset[str] = frozenset()
    everywhere: bool = False  # every clause is hedged, or the sentence asks
    states_nothing: bool = False  # a one-clause question, or a condition in every clause


@dataclass
class TriggerReading:
    directives: list[Extracted] = field(default_factory=list)
    may_matter: list[MayMatter] = field(default_factory=list)
    hedged: Hedged = field(default_factory=Hedged)


def read_sentence(
    sentence: Sentence,
    context: MemoContext,
    vocabulary: Vocabulary,
    lang: str,
    memo_vehicle: VehicleSpan | None,
    cars: list[VehicleSpan] | None = None,
) -> TriggerReading:
    """One sentence's directives; `cars` are its vehicle mentions when the caller has them."""
    words = lexicon(lang)
    tokens = sentence_tokens(sentence.text, lang)
    reading = TriggerReading()
    if not tokens:
        return reading
    if cars is None:
        cars = vehicle_spans(sentence.text, vocabulary)
    mentions = _mentions(sentence.text, tokens, vocabulary, words, cars)
    clauses = _clauses(tokens, words)
    asks = sentence.text.rstrip().endswith("?")
    reading.hedged = _hedged_clauses(words, tokens, clauses, mentions.places, asks)
    # A question states nothing; in "production will be 2,000, so what is the holdup?" only
    # its own clause asks.
    asked_from = clauses[-1][0] if asks else len(tokens)
    hearsay = _hearsay(words, tokens)
    confirmed = not hearsay and bool(words.cue_matches("confirmed", tokens, 0, len(tokens)))
    for first, last in clauses:
        if first >= asked_from:
            continue
        conditional = _conditional_scope(words, tokens, first, last)
        found: dict[DirectiveKind, Match] = {}
        for index in range(first, last):
            for kind, match in words.triggers_at(tokens, index):
                if match.last < last and kind not in found and match.first not in conditional:
                    found[kind] = match
        sold_out = found.get(DirectiveKind.ORDER_BANK_CLOSE)
        filled = found.get(DirectiveKind.ALLOCATIONS_FILLED)
        if sold_out and filled and set(sold_out.words) & set(filled.words):
            # "the 300 units sold out": the allocation filled, not the order bank closing
            del found[DirectiveKind.ORDER_BANK_CLOSE]
        if not found:
            continue
        clause = _Clause(tokens, first, last, mentions, words, context, memo_vehicle)
        for kind, match in found.items():
            if _negated(words, tokens, first, match, found):
                continue
            hedging = _hedged(words, tokens, first, last, match)
            hedged = hedging and not confirmed
            built = clause.build(kind, match)
            if not built:
                if clause.relevant():
                    reading.may_matter.append(clause.may_matter(sentence, kind))
                continue
            confidence = Confidence.RUMOR if (hedged or hearsay) else Confidence.OFFICIAL
            hedge_at = [hit.first for hit in _hedges(words, tokens, first, last)]
            for fields in built:
                actual = DirectiveKind(str(fields.pop("kind", kind)))
                place = fields.pop("place", None)
                if actual in NEVER_HEDGED and hedging and _covers(hedge_at, match, place):
                    # Never a closure from "may" or "could": shown, not read.
                    reading.may_matter.append(clause.may_matter(sentence, actual))
                    continue
                worth = confidence
                if actual in NEVER_HEDGED:  # a hedge that reached it dropped it above
                    worth = Confidence.RUMOR if hearsay else Confidence.OFFICIAL
                reading.directives.append(
                    Extracted(
                        actual,
                        worth,
                        sentence.start,
                        sentence.end,
                        sentence.text,
                        **fields,  # type: ignore[arg-type]
                    )
                )
    reading.directives = _without_overlaps(reading.directives)
    return reading


# -- tokens, clauses and mentions ----------------------------------------------------------


@lru_cache(maxsize=256)
def sentence_tokens(text: str, lang: str) -> tuple[Token, ...]:
    return tuple(_expanded(tokenize(text, lang), lang))


def _expanded(tokens: Sequence[Token], lang: str) -> list[Token]:
    """ "won't" as "will not", "isn't" as "is not", "n'est" as "ne est": cue words apart."""
    result: list[Token] = []
    for token in tokens:
        lower = token.lower.replace("’", "'")
        if lang == "en" and lower.endswith("n't"):
            head = _CONTRACTIONS.get(lower, lower[:-3])
            result.append(Token(head, token.start, token.end, head, head))
            result.append(Token("not", token.start, token.end, "not", "not"))
            continue
        elided = _ELISION.match(token.text) if lang == "fr" else None
        if elided and elided.group("head").lower() in _FRENCH_ELIDED:
            head = _FRENCH_ELIDED[elided.group("head").lower()]
            rest = elided.group("rest")
            split = token.start + len(elided.group("head")) + 1
            result.append(Token(head, token.start, split, head, head))
            result.extend(_moved(t, split) for t in tokenize(rest, lang))
            continue
        result.append(token)
    return result


def _moved(token: Token, offset: int) -> Token:
    return Token(token.text, token.start + offset, token.end + offset, token.lower, token.lemma,
                 token.number)  # fmt: skip


def _clauses(tokens: Sequence[Token], words: LanguageLexicon) -> list[tuple[int, int]]:
    """Clause spans (first, last exclusive): cut at ; : dashes, at a terminator ("but",
    "however", "aber", "mais") and at a comma before "and", "or", "while"."""
    terminators = {phrase[0] for phrase in words.cues["terminator"] if len(phrase) == 1}
    cuts = [0]
    for index, token in enumerate(tokens):
        if token.text in _CLAUSE_PUNCTUATION:
            cuts.append(index + 1)
        elif token.lemma in terminators and index > cuts[-1]:
            cuts.append(index)
        elif (token.text == "," and index + 1 < len(tokens)
              and tokens[index + 1].lower in _COORDINATION):  # fmt: skip
            cuts.append(index + 1)
    cuts.append(len(tokens))
    return [(a, b) for a, b in pairwise(cuts) if b > a]


def _token_at(tokens: Sequence[Token], offset: int) -> int:
    for index, token in enumerate(tokens):
        if token.end > offset:
            return index
    return len(tokens) - 1


def _mentions(
    text: str,
    tokens: Sequence[Token],
    vocabulary: Vocabulary,
    words: LanguageLexicon,
    cars: list[VehicleSpan],
) -> Mentions:
    vehicles = [(_token_at(tokens, span.start), span) for span in cars]
    vehicle_tokens = {
        index
        for _first, span in vehicles
        for index, token in enumerate(tokens)
        if span.start <= token.start < span.end
    }
    places = [
        (_token_at(tokens, place.start), place.code)
        for place in find_places(text, vocabulary)
        if not (place.adjective and _describes(tokens, _token_at(tokens, place.start), words))
    ]
    place_tokens = {index for index, _code in places}
    counts = []
    for index, token in enumerate(tokens):
        count = token.count
        if count is None or index in vehicle_tokens or index in place_tokens:
            continue
        if _is_count(tokens, index, words, vehicle_tokens):
            counts.append((index, count))
    dealers = any_of(vocabulary.dealers).search(text) is not None
    return Mentions(places, vehicles, counts, vehicle_tokens, dealers)


def _describes(tokens: Sequence[Token], index: int, words: LanguageLexicon) -> bool:
    """ "the Japanese supercar", "la supercar japonaise", "constructeurs allemands": where the
    car or its maker comes from, not a market."""
    near = [tokens[j] for j in (index - 1, index + 1, index + 2) if 0 <= j < len(tokens)]
    return any(words.is_unit(t) or t.lemma in _MAKER_WORDS for t in near)


def _is_count(
    tokens: Sequence[Token], index: int, words: LanguageLexicon, vehicle_tokens: set[int]
) -> bool:
    token = tokens[index]
    count = token.count or 0
    before = tokens[index - 1] if index else None
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if before is not None and (before.lower in _CURRENCY or before.lower in _MONTHS
                               or before.text in {"#", "No", "no.", "/"}):  # fmt: skip
        return False
    bridged = tokens[index + 2] if index + 2 < len(tokens) else None
    if (after is not None and after.lower in {"of", "de", "d", "des"} and bridged is not None
            and words.is_not_count(bridged)):  # fmt: skip
        return False  # "two million of dollars", "deux millions de francs"
    if after is not None and (words.is_not_count(after) or after.lower in _MONTHS
                              or after.lower in _WEEK_WORDS or after.text in {"%", "/", ":"}
                              or after.lower in _CURRENCY):  # fmt: skip
        return False
    dashed = after is not None and after.text in {"-", "–"} and index + 2 < len(tokens)
    if dashed and (tokens[index + 2].lower in _WEEK_WORDS
                   or words.is_not_count(tokens[index + 2])):  # fmt: skip
        return False  # "a 6-week delay", "a 700-hp engine"
    looks_like_year = 1900 <= count <= 2100 and "," not in token.text and "." not in token.text
    following = tokens[index + 2] if index + 2 < len(tokens) else None
    if after is not None and following is not None and following.lemma in _YEAR_WORDS:
        return False  # "the 2011 model year", "2024 MY"
    if looks_like_year:
        # "2026 Chevrolet Corvette Z06" is a model year; "2,026 cars" or "2026 units" a count.
        return after is not None and words.is_unit(after)
    return count >= 1


def _covers(hedge_at: list[int], match: Match, place: object) -> bool:
    """Does the hedge reach this market? A hedge before the trigger hedges the whole claim;
    one after it only the markets named after it ("closes at year end in the UK and very
    probably in Europe": the UK stands)."""
    if not hedge_at or not isinstance(place, int):
        return True
    return any(at < match.first or at < place for at in hedge_at)


def _conditional_scope(
    words: LanguageLexicon, tokens: Sequence[Token], first: int, last: int
) -> set[int]:
    """The words a condition covers: from "if" to the next comma ("If the name rings a bell,
    it's from the headlines it made when FCA closed the order books" states the closure)."""
    covered: set[int] = set()
    for hit in words.cue_matches("conditional", tokens, first, last):
        end = next((i for i in range(hit.last + 1, last) if tokens[i].text == ","), last)
        covered |= set(range(hit.first, end))
    return covered


def _hearsay(words: LanguageLexicon, tokens: Sequence[Token]) -> bool:
    """Reported, not stated: "reportedly", "sources say", "according to a dealer"; but
    "according to BMW", "Porsche said" speak for the maker."""
    found = words.cue_matches("hearsay", tokens, 0, len(tokens))
    if not found:
        return False
    sources = set(words.cues["attribution"])
    for hit in found:
        phrase = tuple(t.lower for t in tokens[hit.first : hit.last + 1])
        if phrase not in sources:
            return True  # "reportedly", "serait": hearsay whoever is named after it
        following = tokens[hit.last + 1 : hit.last + 4]
        if not any(t.text[:1].isupper() and t.lower not in {"a", "an", "the"} for t in following):
            return True
        if any(t.lower in {"sources", "source", "reports", "insiders", "rumors", "rumours",
                           "forum", "dealers", "dealer"} for t in following):  # fmt: skip
            return True
    return False


def _negated(
    words: LanguageLexicon,
    tokens: Sequence[Token],
    first: int,
    match: Match,
    found: dict[DirectiveKind, Match],
) -> bool:
    """A negation cue before the trigger in its clause, outside every trigger's own words
    ("will not be sold in the UK" is the closure's trigger, not its negation)."""
    inside = {i for m in found.values() for i in m.words}
    # "ne sera plus proposée": "ne" belongs to the trigger's own "plus".
    if any(tokens[i].lower in {"plus", "pas", "jamais"} for i in match.words):
        inside |= {i for i in range(first, match.first) if tokens[i].lower in {"ne", "n"}}
    window = max(first, match.first - 6)
    # Before the trigger, or between its words ("allocations ... have not been filled").
    for hit in words.cue_matches("negation", tokens, window, match.last):
        bound = " ".join(t.lower for t in tokens[hit.first + 1 : hit.first + 3])
        if bound in {"more than", "mehr als", "plus de", "less than"}:
            continue  # "no more than 200 units": a ceiling, not a denial
        if not any(i in inside for i in range(hit.first, hit.last + 1)):
            return True
    # "... is not true", "was denied", "remains unchanged" after the trigger.
    after = words.cue_matches("negation", tokens, match.last + 1, min(len(tokens), match.last + 6))
    return any(tokens[hit.first].lemma in _AFTER_NEGATION for hit in after)


def _hedged(
    words: LanguageLexicon, tokens: Sequence[Token], first: int, last: int, match: Match
) -> bool:
    if words.cue_matches("approximation", tokens, max(first, match.first - 3), match.first):
        return True  # "almost sold out" is not sold out; "nearly 100,000 orders" is no hedge
    return any(
        not (match.first <= hit.first <= match.last) for hit in _hedges(words, tokens, first, last)
    )


def _hedges(words: LanguageLexicon, tokens: Sequence[Token], first: int, last: int) -> list[Match]:
    # "back in May": the month, not the modal, once a sentence is under way.
    return [
        hit for hit in words.cue_matches("hedge", tokens, first, last)
        if not (hit.first > 0 and tokens[hit.first].text == "May")
    ]  # fmt: skip


# -- arguments --------------------------------------------------------------------------------


@dataclass
class _Clause:
    tokens: Sequence[Token]
    first: int
    last: int
    mentions: Mentions
    words: LanguageLexicon
    context: MemoContext
    memo_vehicle: VehicleSpan | None

    def _inside(self, index: int) -> bool:
        return self.first <= index < self.last

    def places(self) -> list[tuple[int, str | None]]:
        return [(i, code) for i, code in self.mentions.places if self._inside(i)]

    def markets(self) -> list[tuple[int, str]]:
        return [(i, code) for i, code in self.places() if code is not None]

    def counts(self) -> list[tuple[int, int]]:
        return [(i, n) for i, n in self.mentions.counts if self._inside(i)]

    def vehicle(self) -> VehicleSpan | None:
        inside = [span for i, span in self.mentions.vehicles if self._inside(i)]
        anywhere = [span for _i, span in self.mentions.vehicles]
        found = inside or anywhere
        return found[0] if found else self.memo_vehicle

    def program(self) -> str | None:
        vehicle = self.vehicle()
        if vehicle is not None and vehicle.program is not None:
            return vehicle.program
        return self.context.program if vehicle is None or vehicle is self.memo_vehicle else None

    def relevant(self) -> bool:
        return bool(self.markets()) or any(self._inside(i) for i, _s in self.mentions.vehicles)

    def base(self) -> dict[str, object]:
        vehicle = self.vehicle()
        return {"program": self.program(), "vehicle": vehicle.name if vehicle else None}

    def build(self, kind: DirectiveKind, match: Match) -> list[dict[str, object]]:
        if kind in CLOSURES and self.vehicle() is None and self.context.program is None:
            # A closure about no car the memo names: read for a person, never as a directive.
            return []
        builders = {
            DirectiveKind.MARKET_ALLOCATION: self._allocation,
            DirectiveKind.PRODUCTION_VOLUME: self._volume,
            DirectiveKind.MARKET_CLOSED: self._closed,
            DirectiveKind.ALLOCATIONS_FILLED: self._filled,
            DirectiveKind.ORDER_BANK_CLOSE: self._per_market,
            DirectiveKind.PRODUCTION_END: self._production_end,
            DirectiveKind.PRODUCTION_START: self._plain,
            DirectiveKind.DELAY: self._delay,
        }
        builder = builders.get(kind)
        built = builder(match) if builder else []
        others = self.other_vehicles()
        if kind in _PER_VEHICLE and others and built:
            # "the Corvette and the Camaro will disappear from Europe": each car its own.
            built += [
                {**fields, "program": span.program, "vehicle": span.name}
                for span in others for fields in built
            ]  # fmt: skip
        if kind in _DATED and built:
            day = self.day(end_of_period=kind is DirectiveKind.PRODUCTION_END)
            built = [{"on_date": day, **fields} for fields in built]
        return built

    def day(self, *, end_of_period: bool) -> date | None:
        """The clause's date ("endet im Dezember 2011": the month's last day for an end)."""
        tokens = self.tokens[self.first : self.last]
        if not tokens:
            return None
        text = " ".join(token.text for token in tokens)
        found = find_date(text, self.context.memo_date)
        if found is None:
            return None
        return found.last if end_of_period else found.first

    def other_vehicles(self) -> list[VehicleSpan]:
        """The cars this clause names after its first, each once."""
        # Programs only: a make and a capitalised word may be a publication ("Ford Authority").
        inside = [span for i, span in self.mentions.vehicles
                  if self._inside(i) and span.program is not None]  # fmt: skip
        seen = {(inside[0].program or inside[0].name.casefold())} if inside else set()
        others = []
        for span in inside[1:]:
            key = span.program or span.name.casefold()
            if key not in seen and not any(key in s or s in key for s in map(str, seen)):
                seen.add(key)
                others.append(span)
        return others

    def _allocation(self, match: Match) -> list[dict[str, object]]:
        places = [(i, code) for i, code in self.places() if not self._made_in(i)]
        counts = self._final_counts()
        if not counts or not any(code for _i, code in places) or self.mentions.dealers:
            return []  # a dealer's units are the whole-phrase rules' to read
        base = self.base()
        return [
            {**base, "market": code, "units": units}
            for code, units in _pair(places, counts, self.tokens)
        ]

    def _made_in(self, place: int) -> bool:
        """ "built in the US", "in seinem französischen Werk": where it is made, not sent."""
        near = {t.lemma for t in self.tokens[max(self.first, place - 3) : place + 2]}
        return bool(near & _MADE_WORDS)

    def _final_counts(self) -> list[tuple[int, int]]:
        """Counts, without the old figure of "from 70 to 110" / "von 70 auf 110"."""
        counts = self.counts()
        return [
            (i, n) for i, n in counts
            if not (i > 0 and self.tokens[i - 1].lower in {"from", "von"}
                    and any(0 < j - i <= 4 for j, _n in counts))
        ]  # fmt: skip

    def _volume(self, match: Match) -> list[dict[str, object]]:
        counts = [(i, n) for i, n in self.counts() if n >= 2 and self._strong(i)]
        if self.markets():
            # Units for a market are an allocation; a total beside them is the run.
            places = [(i, code) for i, code in self.places() if not self._made_in(i)]
            paired = {units for _code, units in _pair(places, self._final_counts(), self.tokens)}
            counts = [(i, n) for i, n in counts if n not in paired and self._cued(i)]
        if not counts:
            return []
        before: int | None = None
        after: int | None = None
        for index, units in counts:
            window = {t.lower for t in self.tokens[max(self.first, index - 3) : index]}
            if window & _FROM_WORDS and before is None:
                before = units
            elif after is None or window & _TO_WORDS:
                after = units
        if after is None:
            return []
        return [{**self.base(), "market": None, "from_units": before, "to_units": after}]

    def _strong(self, index: int) -> bool:
        """A count of cars: "500 units", "500 Corvettes", "limited to 500", "a total of 500"."""
        following = self.tokens[index + 1 : index + 4]
        if any(self.words.is_unit(t) for t in following[:2]) or any(
            index + step in self.mentions.vehicle_tokens for step in (1, 2, 3)
        ):
            return True
        leading = {t.lemma for t in self.tokens[max(self.first, index - 3) : index]}
        return bool(leading & (_VOLUME_CUES | _FROM_WORDS))

    def _cued(self, index: int) -> bool:
        leading = {t.lemma for t in self.tokens[max(self.first, index - 3) : index]}
        return bool(leading & _VOLUME_CUES)

    def _closed(self, match: Match) -> list[dict[str, object]]:
        # Only a market the clause names: "pulled from the European market" or "retire la
        # GT-R du marché" is shown as a sentence that may matter, never read as a closure.
        return [{**self.base(), "market": code, "place": i} for i, code in self.markets()]

    def _filled(self, match: Match) -> list[dict[str, object]]:
        markets = self.markets()
        if markets:
            return [{**self.base(), "market": code, "place": i} for i, code in markets]
        if self.context.market and not self.places():
            return [{**self.base(), "market": self.context.market}]
        return []

    def _per_market(self, match: Match) -> list[dict[str, object]]:
        markets = self.markets()
        if markets:
            return [{**self.base(), "market": code} for _i, code in markets]
        if any(code is None for _i, code in self.places()):
            return [{**self.base(), "market": None}]
        return [{**self.base(), "market": self.context.market}]

    def _production_end(self, match: Match) -> list[dict[str, object]]:
        if {t.lemma for t in self.tokens[self.first : self.last]} & _TEMPORARY:
            # "a temporary stop on the production": a delay, not the end
            return [{**item, "kind": DirectiveKind.DELAY, "weeks": None}
                    for item in self._plain(match)]  # fmt: skip
        # "dropped in Canada", "discontinued for the US": the end of one market.
        bound = [
            (i, code) for i, code in self.markets()
            if 0 < i - match.last <= 4
            and {t.lower for t in self.tokens[match.last + 1 : i]} & _PLACE_PREPOSITIONS
        ]  # fmt: skip
        if bound:
            return [{**self.base(), "market": code, "kind": DirectiveKind.MARKET_CLOSED,
                     "place": i} for i, code in bound]  # fmt: skip
        return self._plain(match)

    def _plain(self, match: Match) -> list[dict[str, object]]:
        return [{**self.base(), "market": None}]

    def _delay(self, match: Match) -> list[dict[str, object]]:
        weeks = None
        for index in range(self.first, self.last - 1):
            token, unit = self.tokens[index], self.tokens[index + 1]
            if unit.lower in _WEEK_WORDS:
                amount = token.count if token.count is not None else (
                    1 if token.lower in {"a", "one", "un", "une", "ein", "einen"} else None
                )  # fmt: skip
                if amount is not None:
                    weeks = amount * _WEEK_WORDS[unit.lower]
                    break
        when = any(
            t.lower in _TIME_WORDS or t.lower in _MONTHS or (t.count and 2000 <= t.count <= 2100)
            for t in self.tokens[self.first : self.last]
        )
        verb = self.tokens[match.first].lower != self.tokens[match.first].lemma
        if weeks is None and not when and not verb:
            return []  # "the delay is caused by a strike": the delay itself is said elsewhere
        codes: list[str | None] = [code for _i, code in self.markets()] or [None]
        return [{**self.base(), "market": code, "weeks": weeks} for code in codes]

    def may_matter(self, sentence: Sentence, kind: DirectiveKind) -> MayMatter:
        markets = self.markets()
        counts = self.counts()
        vehicle = self.vehicle()
        return MayMatter(
            sentence.start, sentence.end, sentence.text, kind,
            markets[0][1] if markets else None, self.program(),
            vehicle.name if vehicle else None, counts[0][1] if counts else None,
        )  # fmt: skip


def _without_overlaps(directives: list[Extracted]) -> list[Extracted]:
    """One directive per (kind, market) in a sentence; a closure of a market wins over the
    allocation or order-bank reading of the same words."""
    seen: set[tuple[object, ...]] = set()
    kept: list[Extracted] = []
    closed = {d.market for d in directives if d.kind is DirectiveKind.MARKET_CLOSED}
    for item in directives:
        if item.kind is DirectiveKind.PRODUCTION_END and closed:
            continue
        key = (item.kind, item.market, item.units, item.vehicle)
        if key in seen:
            continue
        seen.add(key)
        kept.append(item)
    return kept


def _hedged_clauses(
    words: LanguageLexicon,
    tokens: Sequence[Token],
    clauses: list[tuple[int, int]],
    places: list[tuple[int, str | None]],
    asks: bool,
) -> Hedged:
    markets: set[str] = set()
    hedged = conditional = 0
    for first, last in clauses:
        is_conditional = bool(words.cue_matches("conditional", tokens, first, last))
        conditional += is_conditional
        if is_conditional or _hedges(words, tokens, first, last):
            hedged += 1
            markets |= {code for i, code in places if code and first <= i < last}
    if asks:  # the asking clause hedges its markets; a one-clause question states nothing
        first, last = clauses[-1]
        markets |= {code for i, code in places if code and first <= i < last}
    single_question = asks and len(clauses) == 1
    return Hedged(
        frozenset(markets),
        single_question or hedged == len(clauses),
        single_question or conditional == len(clauses),
    )


def _pair(
    places: list[tuple[int, str | None]], counts: list[tuple[int, int]], tokens: Sequence[Token]
) -> list[tuple[str | None, int]]:
    """Each market with its own number: "500 for the US and 60 for Canada" (the number just
    before the market), "Canada gets just 40" (just after), else the nearest one."""
    pairs: list[tuple[str | None, int]] = []
    taken: set[int] = set()
    starts = [index for index, _code in places]
    for place, code in places:
        free = [(i, n) for i, n in counts if i not in taken]
        before = [
            (i, n) for i, n in free
            if i < place and place - i <= 5 and not any(i < other < place for other in starts)
        ]  # fmt: skip
        after = [(i, n) for i, n in free if 0 < i - place <= 5]
        chosen = before[-1:] or after[:1] or sorted(free, key=lambda c: abs(c[0] - place))[:1]
        if not chosen and len(counts) == 1:
            chosen = counts  # "Italy and France receive 90 each"
        if chosen:
            index, units = chosen[0]
            taken.add(index)
            pairs.append((code, units))
    return pairs
