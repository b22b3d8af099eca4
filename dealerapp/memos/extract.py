"""From sentences to directives: each kind has patterns; negation, denial and hearsay are checked.

When unsure, no directive: a wrong `market_closed` would tell real customers
they will not get their car. Every directive keeps the offsets of the
sentence it came from.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date

from dealerapp.db.enums import Confidence, DirectiveKind
from dealerapp.memos.quantities import DayOrPeriod, find_date, normalise, to_int
from dealerapp.memos.sentences import Sentence
from dealerapp.memos.vocabulary import NamedPattern, Vocabulary

N = r"(\d[\d,]*)"
UNITS = r"(?:units?|cars?|vehicles?|examples?|coupes?|1ms?|allocations?)"
# "from the planned 2500 cars to 5000", "from about 2500 to around 5000 units"
FROM_TO = rf"(?:[a-z]+ ){{0,3}}?{N}(?: [a-z]+)? to (?:[a-z]+ ){{0,2}}?{N}"
# "increased to 6000 from 2500"
TO_FROM = rf"(?:[a-z]+ ){{0,2}}?{N}(?: [a-z]+)? from (?:[a-z]+ ){{0,2}}?{N}"


@dataclass(frozen=True)
class Extracted:
    kind: DirectiveKind
    confidence: Confidence
    start: int
    end: int
    evidence: str
    market: str | None = None
    program: str | None = None
    dealer: str | None = None
    units: int | None = None
    from_units: int | None = None
    to_units: int | None = None
    on_date: date | None = None
    weeks: int | None = None
    # The vehicle as the memo names it, tracked by a program or not ("Corvette Z06").
    vehicle: str | None = None

    def as_json(self) -> dict[str, object]:
        return {
            "kind": self.kind.value,
            "market": self.market,
            "program": self.program,
            "vehicle": self.vehicle,
            "dealer": self.dealer,
            "units": self.units,
            "from": self.from_units,
            "to": self.to_units,
            "date": self.on_date.isoformat() if self.on_date else None,
            "weeks": self.weeks,
            "confidence": self.confidence.value,
            "evidence": self.evidence,
        }


@dataclass(frozen=True)
class MemoContext:
    """What the whole memo says, for sentences that do not repeat it."""

    memo_date: date | None
    market: str | None
    program: str | None
    dealer: str | None


@dataclass(frozen=True)
class Clause:
    """A sentence being read: its original text and offsets, its normalised form, its mentions."""

    sentence: Sentence
    text: str
    markets: tuple[str, ...]
    programs: tuple[str, ...]
    dealers: tuple[str, ...]
    # Where each market is named in `text`, for sentences that give each its own number.
    market_spans: tuple[tuple[int, str], ...] = ()


_UNIONS: dict[int, tuple[tuple[NamedPattern, ...], re.Pattern[str]]] = {}


def any_of(patterns: tuple[NamedPattern, ...]) -> re.Pattern[str]:
    """One pattern for a whole list, so a sentence that names none of 1,000 dealers is
    passed over in one search instead of a thousand. Kept by identity: hashing a thousand
    patterns for every sentence would cost more than it saves."""
    known = _UNIONS.get(id(patterns))
    if known is not None and known[0] is patterns:
        return known[1]
    union = re.compile(
        "|".join(f"(?:{named.pattern.pattern})" for named in patterns) if patterns else r"(?!)"
    )
    if len(_UNIONS) > 64:
        _UNIONS.clear()
    _UNIONS[id(patterns)] = (patterns, union)
    return union


def _mentions(patterns: tuple[NamedPattern, ...], text: str) -> tuple[str, ...]:
    if not any_of(patterns).search(text):
        return ()
    found: list[tuple[int, str]] = []
    for named in patterns:
        match = named.pattern.search(text)
        if match:
            found.append((match.start(), named.key))
    return tuple(key for _start, key in sorted(found))


def read_clause(sentence: Sentence, vocabulary: Vocabulary) -> Clause:
    text = normalise(sentence.text)
    spans = sorted(
        (match.start(), named.key)
        for named in vocabulary.markets
        for match in named.pattern.finditer(text)
    )
    return Clause(
        sentence,
        text,
        _mentions(vocabulary.markets, sentence.text),
        _mentions(vocabulary.programs, sentence.text),
        _mentions(vocabulary.dealers, sentence.text),
        tuple(spans),
    )


# Each rule: a kind, its patterns (on the lowercased normalised sentence), and a builder.
# Gaps between key words are bounded ({0,300}?, not *?): an unbounded lazy gap twice in
# one pattern backtracks in cubic time on a sentence built for it.
Builder = Callable[[re.Match[str], Clause, MemoContext], Iterator[dict[str, object]]]


@dataclass(frozen=True)
class Rule:
    kind: DirectiveKind
    patterns: tuple[re.Pattern[str], ...]
    build: Builder


def _rx(*patterns: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in patterns)


def _markets(clause: Clause, context: MemoContext, *, required: bool) -> tuple[str | None, ...]:
    if clause.markets:
        return clause.markets
    if context.market:
        return (context.market,)
    return () if required else (None,)


def _program(clause: Clause, context: MemoContext) -> str | None:
    return clause.programs[0] if clause.programs else context.program


def _build_market(
    match: re.Match[str], clause: Clause, context: MemoContext
) -> Iterator[dict[str, object]]:
    program = _program(clause, context)
    if program is None:
        return
    for market in _markets(clause, context, required=True):
        yield {"market": market, "program": program}


def _build_volume(
    match: re.Match[str], clause: Clause, context: MemoContext
) -> Iterator[dict[str, object]]:
    program = _program(clause, context)
    numbers = re.search(rf"from {FROM_TO}", match.group(0))
    reverse = re.search(rf"to {TO_FROM}", match.group(0))
    if program is None or (numbers is None and reverse is None):
        return
    if numbers is not None:
        low, high = to_int(numbers.group(1)), to_int(numbers.group(2))
    else:
        assert reverse is not None
        high, low = to_int(reverse.group(1)), to_int(reverse.group(2))
    if low == high or min(low, high) < 10:
        return
    yield {"program": program, "from_units": low, "to_units": high}


_UNIT_COUNT = re.compile(rf"\b(?P<n>{N}) {UNITS}")


def _build_market_allocation(
    match: re.Match[str], clause: Clause, context: MemoContext
) -> Iterator[dict[str, object]]:
    """One market and its number; "Japan receives 150 units and Switzerland 60 units" gives
    each its own; "Italy and France receive 90 units each" gives both the same."""
    program = _program(clause, context)
    if program is None or clause.dealers:
        return
    spans = list(dict((key, start) for start, key in clause.market_spans).items())
    if not spans:
        if context.market:
            yield {"market": context.market, "program": program, "units": to_int(match.group("n"))}
        return
    spans.sort(key=lambda item: item[1])
    waiting: list[str] = []
    for index, (market, start) in enumerate(spans):
        end = spans[index + 1][1] if index + 1 < len(spans) else len(clause.text)
        waiting.append(market)
        number = _UNIT_COUNT.search(clause.text.lower(), start, end)
        if number:
            for named in waiting:
                yield {"market": named, "program": program, "units": to_int(number.group("n"))}
            waiting = []


_DOWN = re.compile(r"\b(?:reduc|cut|decreas|lower|withdr|remov|taken back|fewer|less)")


def _build_dealer_change(
    match: re.Match[str], clause: Clause, context: MemoContext
) -> Iterator[dict[str, object]]:
    program = _program(clause, context)
    if "transfer" in match.group(0):
        # "one unit is transferred from A to B": A gives, B gets, same sentence.
        if program is None or len(clause.dealers) != 2:
            return
        units = to_int(match.group("n"))
        giver, taker = clause.dealers
        yield {"dealer": giver, "program": program, "units": -units}
        yield {"dealer": taker, "program": program, "units": units}
        return
    dealers = clause.dealers or ((context.dealer,) if context.dealer else ())
    if program is None or len(dealers) != 1:
        return
    units = to_int(match.group("n"))
    if units == 0:
        return
    sign = -1 if _DOWN.search(match.group(0)) else 1
    yield {"dealer": dealers[0], "program": program, "units": sign * units}


def _dated(*, end_of_period: bool, market_required: bool) -> Builder:
    def build(
        match: re.Match[str], clause: Clause, context: MemoContext
    ) -> Iterator[dict[str, object]]:
        program = _program(clause, context)
        found = find_date(clause.text, context.memo_date, after=match.end())
        if program is None:
            return
        if found is None and not market_required:
            return
        day = _pick(found, end_of_period)
        markets = _markets(clause, context, required=market_required) if market_required else (
            clause.markets or (None,)
        )  # fmt: skip
        for market in markets:
            yield {"market": market, "program": program, "on_date": day}

    return build


def _pick(found: DayOrPeriod | None, end_of_period: bool) -> date | None:
    if found is None:
        return None
    return found.last if end_of_period else found.first


def _build_delay(
    match: re.Match[str], clause: Clause, context: MemoContext
) -> Iterator[dict[str, object]]:
    # A delay may hit every model (a closed port); then it names no program.
    program = _program(clause, context)
    weeks_text = match.groupdict().get("weeks")
    weeks = to_int(weeks_text) if weeks_text else None
    day = None
    if weeks is None:
        found = find_date(clause.text, context.memo_date)
        if found is None:
            return
        day = found.first
    for market in clause.markets or (None,):
        yield {"market": market, "program": program, "weeks": weeks, "on_date": day}


RULES: tuple[Rule, ...] = (
    Rule(
        DirectiveKind.MARKET_CLOSED,
        _rx(
            r"\bno (?:more|further|additional)\b[^;]{0,300}?\b(?:produced|built|made|manufactured|"
            r"available|sold|offered)\b[^;]{0,300}?\bfor\b",
            r"\bwill no longer be (?:produced|built|made|available|offered|sold)\b",
            r"\bproduction\b[^;]{0,300}?\bfor (?:the )?[^;]{0,300}?\b(?:has|have) (?:now )?"
            r"(?:ended|stopped|ceased)\b",
            r"\b(?:market|markets) (?:is|are|has been|have been|will be) (?:now )?closed\b",
            r"\b(?:is|are|has been|have been) discontinued (?:for|in)\b",
        ),
        _build_market,
    ),
    Rule(
        DirectiveKind.ALLOCATIONS_FILLED,
        _rx(
            r"\ball\b[^;]{0,40}?\ballocations?\b[^;]{0,40}?\b(?:have|has|had) (?:now )?"
            r"(?:all )?been (?:filled|fully (?:allocated|subscribed)|exhausted|used up|taken up)",
            r"\ballocations?\b[^;]{0,30}?\b(?:is|are|was|were) (?:now )?(?:all )?"
            r"(?:filled|full|exhausted|fully (?:allocated|subscribed))\b",
            r"\ballocations?\b[^;]{0,30}?\b(?:have|has|had) (?:now )?(?:all )?been "
            r"(?:filled|fully allocated|exhausted)\b",
            r"\b(?:all|every) (?:available |remaining )?(?:units?|cars?|vehicles?)\b[^;]{0,40}?"
            r"\b(?:have|has) (?:now )?been (?:allocated|assigned|spoken for)\b",
            r"\bfully allocated\b",
        ),
        _build_market,
    ),
    Rule(
        DirectiveKind.PRODUCTION_VOLUME,
        _rx(
            rf"\b(?:production|output|run|volume|build)\b[^;]{{0,300}}?\bfrom {FROM_TO}",
            r"\b(?:double|doubling|triple|increase|increasing|raise|raising|boost|lift|expand|cut|"
            rf"reduce|reducing)\w*\b[^;]{{0,300}}?\bfrom {FROM_TO}",
            rf"\b(?:production|output|run|volume)\b[^;]{{0,300}}?\bto {TO_FROM}",
        ),
        _build_volume,
    ),
    Rule(
        DirectiveKind.MARKET_ALLOCATION,
        _rx(
            r"\b(?:market|country|importer|nsc)\b[^;]{0,40}?\b(?:only |just )?(?:received|"
            r"receives|will receive|gets|got|will get|"
            r"(?:has|have|was|were|is|are) (?:been )?(?:allocated|given))"
            rf"\b(?: only| just| a total of| an allocation of| a share of)? (?P<n>{N}) {UNITS}",
            r"\b(?:market|country)'?s? (?:allocation|share)\b[^;]{0,20}?\b(?:is|was|will be|of|"
            rf"stands at|totals?)\b(?: only| just)? (?P<n>{N}) {UNITS}",
            rf"\b(?P<n>{N}) {UNITS} (?:have been |were |are |will be )?(?:allocated|assigned) "
            r"to (?:the )?\w+(?: \w+)? market\b",
            r"\b(?:receives?|received|will receive|gets|got|will get|"
            r"(?:has|have) been (?:allocated|given)|(?:is|are|was|were) (?:allocated|given))\b"
            r"(?: only| just| a total of)? "
            rf"(?P<n>{N}) {UNITS}",
            r"\b(?:allocation|share)\b[^;]{0,60}?\b(?:has been |was |is |have been )?(?:set at|"
            r"fixed at|confirmed at|grown to|risen to|increased to|raised to|cut to|reduced to|is|"
            rf"was|of|stands at|totals?)\b(?: only| just| reportedly)? (?P<n>{N}) {UNITS}",
            r"\b(?:allocation|share)\b[^;]{0,60}?\b(?:has|have) (?:reportedly |now )?(?:grown|"
            rf"risen|increased|been raised|been cut|been reduced) to (?P<n>{N}) {UNITS}",
        ),
        _build_market_allocation,
    ),
    Rule(
        DirectiveKind.DEALER_ALLOCATION_CHANGE,
        _rx(
            r"\b(?:allocation|allotment)\b[^;]{0,60}?\b(?:increased|raised|reduced|cut|decreased|"
            r"lowered|adjusted|topped up)\b[^;]{0,30}?"
            rf"\bby (?P<n>{N}) (?:additional |more )?{UNITS}",
            r"\b(?:increase|raise|reduce|cut|decrease|lower)\w*\b[^;]{0,60}?\ballocation\b[^;]{0,30}?"
            rf"\bby (?P<n>{N}) {UNITS}",
            rf"\b(?P<n>{N}) (?:additional|extra|more|further) {UNITS}\b[^;]{{0,40}}?\b"
            r"(?:allocated|assigned|added|granted) to\b",
            rf"\b(?P<n>{N}) {UNITS}\b[^;]{{0,40}}?\b(?:withdrawn|removed|taken back) from\b",
            rf"\b(?P<n>{N}) (?:[a-z0-9]+ )?{UNITS} (?:is|are|will be|has been|have been) "
            r"transferred from\b",
            r"\b(?:receives|will receive|gets|will get|is granted|has been granted|is given)\b "
            rf"(?P<n>{N}) (?:additional|extra|more|further) {UNITS}",
        ),
        _build_dealer_change,
    ),
    Rule(
        DirectiveKind.ORDER_BANK_CLOSE,
        _rx(
            r"\border ?bank\b[^;]{0,300}?"
            r"\b(?:closes|will close|is closing|shall close|will be closed|"
            r"closing date|shuts|will shut|to close)\b",
            r"\b(?:orders|order requests) (?:must|need to|have to|should) be (?:placed|submitted|"
            r"received|entered) (?:by|before|no later than)\b",
            r"\blast (?:day|date) (?:for|to) (?:place |submit |enter )?orders\b",
        ),
        _dated(end_of_period=False, market_required=True),
    ),
    Rule(
        DirectiveKind.PRODUCTION_END,
        _rx(
            r"\bproduction\b[^;]{0,300}?"
            r"\b(?:will )?(?:end|ends|ended|ending|cease|ceases|stop|stops|"
            r"conclude|concludes|finish|finishes|runs? out|winds? down)\b",
            r"\bnot (?:be )?(?:extend|extended|extending)\b[^;]{0,300}?\bbeyond\b",
            r"\b(?:end|close) of production\b",
            r"\blast (?:units?|cars?|vehicles?|coupes?)\b[^;]{0,30}?\bwill (?:be )?"
            r"(?:built|produced|roll)",
        ),
        _dated(end_of_period=True, market_required=False),
    ),
    Rule(
        DirectiveKind.PRODUCTION_START,
        _rx(
            r"\bproduction\b[^;]{0,300}?\b(?:starts|will start|to start|begins|will begin|to begin|"
            r"commences|will commence|gets underway|kicks off)\b",
            r"\bstart of production\b",
            r"\benter(?:s|ing)? production\b",
        ),
        _dated(end_of_period=False, market_required=False),
    ),
    Rule(
        DirectiveKind.DELAY,
        _rx(
            r"\b(?:delayed|postponed|pushed back|held up|set back|slip|slips|slipped)\b"
            r"[^;]{0,300}?\bby "
            r"(?:about |around |up to )?(?P<weeks>\d+) weeks?\b",
            r"\b(?P<weeks>\d+)[- ]weeks? delay\b",
            r"\bdelay of (?:about |around |up to )?(?P<weeks>\d+) weeks?\b",
            r"\b(?:delayed|postponed|pushed back)\b[^;]{0,300}?\buntil\b",
        ),
        _build_delay,
    ),
)


def extract(clause: Clause, context: MemoContext, vocabulary: Vocabulary) -> list[Extracted]:
    """Every directive one sentence states, in the fixed order of kinds."""
    lowered = clause.text.lower()
    results: list[Extracted] = []
    confidence = Confidence.RUMOR if vocabulary.rumor.search(clause.sentence.text) else (
        Confidence.OFFICIAL
    )  # fmt: skip
    for rule in RULES:
        for pattern in rule.patterns:
            match = pattern.search(lowered)
            if match is None:
                continue
            if _denied(lowered, match, vocabulary):
                break
            for fields in rule.build(match, clause, context):
                results.append(
                    Extracted(
                        rule.kind, confidence, clause.sentence.start, clause.sentence.end,
                        clause.sentence.text, **fields,  # type: ignore[arg-type]
                    )
                )  # fmt: skip
            break
    return _distinct(results)


_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas|although)\s+|;\s+|:\s+|\s+-\s+")


def _denied(sentence: str, match: re.Match[str], vocabulary: Vocabulary) -> bool:
    """A denial or negation in the clause that matched, outside the matched words themselves
    ("not extended beyond" is the production-end rule; "there is no change, and dealers were
    told that no more will be built" denies only its first clause)."""
    clause_start, clause_end = 0, len(sentence)
    for cut in _CLAUSE_BREAK.finditer(sentence):
        if cut.end() <= match.start():
            clause_start = cut.end()
        elif cut.start() >= match.end():
            clause_end = cut.start()
            break
    clause = sentence[clause_start:clause_end]
    inner_start, inner_end = match.start() - clause_start, match.end() - clause_start
    rest = clause[:inner_start] + " " + clause[inner_end:]
    return vocabulary.denial.search(rest) is not None or _negated_before(clause, inner_start)


_NEGATION_BEFORE = re.compile(r"\b(?:not|never|no)\s+(?:\w+\s+){0,2}$")


def _negated_before(clause: str, start: int) -> bool:
    return bool(_NEGATION_BEFORE.search(clause[:start])) and not clause[start:].startswith("no ")


def _distinct(results: list[Extracted]) -> list[Extracted]:
    seen: set[tuple[object, ...]] = set()
    unique: list[Extracted] = []
    for item in results:
        key = (item.kind, item.market, item.program, item.dealer, item.units, item.on_date)
        if key not in seen:
            seen.add(key)
            unique.append(item)
    return unique


def with_confidence(item: Extracted, confidence: Confidence) -> Extracted:
    return replace(item, confidence=confidence)
