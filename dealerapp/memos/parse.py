"""A memo's text to its sender, date, confidence and directives: the pipeline in one call."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from dealerapp.db.enums import Confidence, DirectiveKind
from dealerapp.memos.extract import Clause, Extracted, MemoContext, read_clause
from dealerapp.memos.extract import extract as extract_sentence
from dealerapp.memos.lemmas import detect_language
from dealerapp.memos.places import find_places
from dealerapp.memos.readers import MemoDocument
from dealerapp.memos.sentences import split_sentences
from dealerapp.memos.triggers import (
    CLOSURES,
    NEVER_HEDGED,
    MayMatter,
    read_sentence,
)
from dealerapp.memos.vehicles import VehicleSpan, vehicle_spans
from dealerapp.memos.vocabulary import Vocabulary


@dataclass(frozen=True)
class ParsedMemo:
    sender: str | None
    received_on: date | None
    confidence: Confidence
    directives: tuple[Extracted, ...]
    # Sentences with a trigger and a vehicle or market that gave no directive: a person
    # reads them ("may matter: read these").
    may_matter: tuple[MayMatter, ...] = ()
    language: str = "en"

    def as_json(self) -> dict[str, object]:
        return {
            "sender": self.sender,
            "date": self.received_on.isoformat() if self.received_on else None,
            "confidence": self.confidence.value,
            "directives": [d.as_json() for d in self.directives],
        }

    def report_json(self) -> dict[str, object]:
        """What `memo parse --json` prints: the reading, its language and what may matter."""
        return {
            **self.as_json(),
            "language": self.language,
            "may_matter": [
                {"kind": m.kind.value, "market": m.market, "program": m.program,
                 "vehicle": m.vehicle, "units": m.units, "evidence": m.text}
                for m in self.may_matter
            ],
        }  # fmt: skip


def parse_document(document: MemoDocument, vocabulary: Vocabulary) -> ParsedMemo:
    return parse_text(
        document.text,
        vocabulary,
        sender=document.sender,
        received_on=document.received_on,
        subject=document.subject,
    )


def parse_text(
    text: str,
    vocabulary: Vocabulary,
    *,
    sender: str | None = None,
    received_on: date | None = None,
    subject: str | None = None,
) -> ParsedMemo:
    sentences = split_sentences(text)
    clauses = [read_clause(s, vocabulary) for s in sentences]
    body = [c for c in clauses if not c.sentence.is_header]
    # Without a From: line, the letterhead says who wrote it.
    author = sender or " ".join(c.sentence.text for c in clauses[:2])
    context = MemoContext(
        memo_date=received_on,
        market=_memo_market(author, body, vocabulary),
        program=_only({p for c in clauses for p in c.programs} | _in(subject, vocabulary)),
        dealer=_only({d for c in clauses for d in c.dealers}),
    )
    language = detect_language(" ".join(c.sentence.text for c in body))
    # Each sentence's cars, found once: the memo's one car, the reader and the rules use them.
    cars = {c.sentence.start: vehicle_spans(c.sentence.text, vocabulary) for c in body}
    memo_vehicle = _memo_vehicle([span for spans in cars.values() for span in spans])
    directives: list[Extracted] = []
    may_matter: list[MayMatter] = []
    for clause in body:
        # The whole-phrase rules read memo-style statements to the last detail (dates,
        # dealers, transfers); the trigger reader generalises to prose they were not
        # written for. Where both read a kind in one sentence, the rules' reading stands.
        sentence = clause.sentence
        spans = cars[sentence.start]
        general = read_sentence(sentence, context, vocabulary, language, memo_vehicle, spans)
        hedged = general.hedged
        precise = [
            d for d in extract_sentence(clause, context, vocabulary)
            if not (d.kind in CLOSURES and (d.market in hedged.markets or hedged.everywhere))
        ] if not hedged.states_nothing else []  # fmt: skip
        known = {d.kind for d in precise}
        # A memo that says the same thing twice ("retire la GT-R du marché … ne sera plus
        # proposée") gives it once.
        said = {(d.kind, d.market, d.program, d.vehicle) for d in directives}
        found = precise + [
            d for d in general.directives
            if d.kind not in known
            and not (d.kind in NEVER_HEDGED and (d.kind, d.market, d.program, d.vehicle) in said)
        ]  # fmt: skip
        directives.extend(_with_vehicle(d, spans, memo_vehicle) for d in found)
        if not found:
            may_matter.extend(general.may_matter[:1])
    directives = _without_restated_closures(directives)
    official_sender = _is_official(author, vocabulary)
    if any(d.confidence is Confidence.OFFICIAL for d in directives):
        confidence = Confidence.OFFICIAL
    elif directives:
        confidence = Confidence.RUMOR
    else:
        # Saying nothing that changes data, a memo is as official as whoever sent it.
        confidence = Confidence.OFFICIAL if official_sender else Confidence.RUMOR
    return ParsedMemo(
        sender, received_on, confidence, tuple(directives), tuple(may_matter), language
    )


def _memo_vehicle(spans: list[VehicleSpan]) -> VehicleSpan | None:
    """The one vehicle a memo is about, for sentences that say "it" or "the car"."""
    names = {span.program or span.name.casefold() for span in spans}
    return spans[0] if len(names) == 1 else None


def _with_vehicle(
    directive: Extracted, spans: list[VehicleSpan], memo_vehicle: VehicleSpan | None
) -> Extracted:
    if directive.vehicle is not None or directive.program is None:
        return directive
    named = [span for span in spans if span.program == directive.program]
    if named:
        return replace(directive, vehicle=named[0].name)
    if memo_vehicle is not None and memo_vehicle.program == directive.program:
        return replace(directive, vehicle=memo_vehicle.name)
    return replace(directive, vehicle=directive.program)


def _only(values: set[str]) -> str | None:
    return next(iter(values)) if len(values) == 1 else None


def _in(subject: str | None, vocabulary: Vocabulary) -> set[str]:
    if not subject:
        return set()
    return {p.key for p in vocabulary.programs if p.pattern.search(subject)}


def _memo_market(sender: str | None, body: list[Clause], vocabulary: Vocabulary) -> str | None:
    """The sender's market (BMW NA -> US), else the one market the memo talks about."""
    if sender:
        from_sender = {m.key for m in vocabulary.markets if m.pattern.search(sender)}
        if len(from_sender) == 1:
            return from_sender.pop()
    named = {m for clause in body for m in clause.markets}
    if not named:  # a market the shipped vocabulary does not list ("Mexico")
        named = {
            place.code
            for clause in body
            for place in find_places(clause.sentence.text, vocabulary)
            if place.code is not None and not place.adjective
        }
    return _only(named)


def _is_official(sender: str | None, vocabulary: Vocabulary) -> bool:
    if not sender:
        return False
    lowered = sender.lower()
    return any(word.lower() in lowered for word in vocabulary.official_senders)


def _without_restated_closures(directives: list[Extracted]) -> list[Extracted]:
    """ "Production for the US is not extended beyond the 2011 model year" in a memo that
    closes the US market says the closure again; it is not the end of production
    everywhere, and applying it as one would tell other markets' customers something false.
    """
    closed = {(d.market, d.program) for d in directives if d.kind is DirectiveKind.MARKET_CLOSED}
    return [
        d for d in directives
        if not (d.kind is DirectiveKind.PRODUCTION_END and d.market is not None
                and (d.market, d.program) in closed)
    ]  # fmt: skip
