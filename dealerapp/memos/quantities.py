"""Numbers and dates in memo sentences: "2,500", "two thousand", "15 March", "next Friday"."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from text_to_num import alpha2digit

_FIXED_WORDS = (
    (re.compile(r"\ba dozen\b", re.I), "12"),
    (re.compile(r"\ba couple of\b", re.I), "2"),
    (re.compile(r"\b(?:a single|an additional|one additional|an extra|one extra)\b", re.I),
     "1 additional"),
    (re.compile(r"\b(?:a|one) further\b", re.I), "1 further"),
)  # fmt: skip
_THOUSANDS = re.compile(r"(?<=\d)[,\u2009\u202f'](?=\d{3}\b)")


def normalise(sentence: str) -> str:
    """The sentence with number words as digits, one space, straight quotes; for matching only."""
    text = sentence.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
    for pattern, digits in _FIXED_WORDS:
        text = pattern.sub(digits, text)
    text = alpha2digit(text, "en", threshold=0)
    text = _THOUSANDS.sub("", text)
    return re.sub(r"\s+", " ", text).strip()


def to_int(raw: str) -> int:
    return int(raw.replace(",", "").split(".")[0])


def _month_names() -> dict[str, int]:
    """Month names in the memo languages, from CLDR ("Juli", "juillet", "luglio"), and the
    English abbreviations."""
    from babel import Locale

    names: dict[str, int] = {}
    for number in range(1, 13):
        names[calendar.month_name[number].lower()] = number
        names[calendar.month_abbr[number].lower()] = number
    # Other languages' months written out only: their abbreviations include English words
    # ("set", "ago", "mag"), and "set 25 units" must not become 25 September.
    for language in ("de", "fr", "it"):
        for number, name in Locale(language).months["format"]["wide"].items():
            names[name.lower()] = number
    return names


_MONTH_NUMBERS = _month_names()
# Longest first, so "juillet" is not read as "juil".
_MONTHS = "|".join(re.escape(name) for name in sorted(_MONTH_NUMBERS, key=len, reverse=True))
_DAY_MONTH = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s+(?:of\s+|de\s+)?({_MONTHS})\.?(?:,?\s+(\d{{4}}))?\b",
    re.I,
)
# "3.8.2011", "03.08.2011": day first, as German, French and Italian write it.
_DOTTED = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
_MONTH_DAY = re.compile(
    rf"\b({_MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", re.I
)
_MONTH_YEAR = re.compile(rf"\b({_MONTHS})\.?\s+(\d{{4}})\b", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_YEAR = re.compile(
    r"\b(?:in|beyond|after|until|till|through|by|of|end of|during|im|bis|nach|über|en|"
    r"après|jusqu'en|fin|nel|entro|dopo|oltre)\s+(?:the\s+|das\s+|l'année\s+)?"
    r"(?:(?:\d{4}\s+)?model\s+year\s+)?(20\d{2}|19\d{2})\b",
    re.I,
)
_RELATIVE = re.compile(
    r"\b(?:(?:next|this|coming)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month)"
    r"|in\s+\d+\s+(?:days?|weeks?|months?)"
    r"|(?:the\s+)?end\s+of\s+(?:this|the|next)\s+(?:month|week|year)"
    r"|tomorrow|today|tonight)\b",
    re.I,
)  # fmt: skip


@dataclass(frozen=True)
class DayOrPeriod:
    """A date found in a sentence; a month or year alone is a period with a first and last day."""

    first: date
    last: date


def find_date(
    sentence: str, memo_date: date | None, *, after: int | None = None
) -> DayOrPeriod | None:
    """The first date in the (normalised) sentence, resolved against the memo's date.

    With `after`, a date following that position wins ("opens on 1 December and
    closes on 15 January": the closing date); a bare year right there counts
    ("not extended beyond| 2011").
    """
    if after is not None:
        following = find_date("in " + sentence[after:].lstrip(), memo_date)
        if following is not None:
            return following
    found: list[tuple[int, DayOrPeriod]] = []
    for match in _ISO.finditer(sentence):
        day = _safe_date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if day:
            found.append((match.start(), DayOrPeriod(day, day)))
    for match in _DOTTED.finditer(sentence):
        day = _safe_date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        if day:
            found.append((match.start(), DayOrPeriod(day, day)))
    for match in _DAY_MONTH.finditer(sentence):
        day = _with_year(int(match.group(1)), match.group(2), match.group(3), memo_date)
        if day:
            found.append((match.start(), DayOrPeriod(day, day)))
    for match in _MONTH_DAY.finditer(sentence):
        day = _with_year(int(match.group(2)), match.group(1), match.group(3), memo_date)
        if day:
            found.append((match.start(), DayOrPeriod(day, day)))
    taken = {start for start, _ in found}
    for match in _MONTH_YEAR.finditer(sentence):
        if any(abs(match.start() - s) < 4 for s in taken):
            continue
        month, year = _month_number(match.group(1)), int(match.group(2))
        last = calendar.monthrange(year, month)[1]
        found.append((match.start(), DayOrPeriod(date(year, month, 1), date(year, month, last))))
    if not found:
        for match in _YEAR.finditer(sentence):
            year = int(match.group(1))
            found.append((match.start(1), DayOrPeriod(date(year, 1, 1), date(year, 12, 31))))
    if not found:
        relative = _RELATIVE.search(sentence)
        if relative and memo_date:
            resolved = _relative(relative.group(0), memo_date)
            if resolved:
                found.append((relative.start(), resolved))
    if not found:
        return None
    return min(found, key=lambda item: item[0])[1]


def _month_number(name: str) -> int:
    return _MONTH_NUMBERS[name.lower().rstrip(".")]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _with_year(day: int, month_name: str, year: str | None, memo_date: date | None) -> date | None:
    month = _month_number(month_name)
    if year:
        return _safe_date(int(year), month, day)
    if memo_date is None:
        return None
    candidate = _safe_date(memo_date.year, month, day)
    if candidate and candidate < memo_date:
        candidate = _safe_date(memo_date.year + 1, month, day)
    return candidate


def _relative(phrase: str, memo_date: date) -> DayOrPeriod | None:
    lowered = phrase.lower()
    end_of = re.match(r"(?:the\s+)?end\s+of\s+(this|the|next)\s+(month|week|year)", lowered)
    if end_of:
        which, unit = end_of.groups()
        if unit == "month":
            year, month = memo_date.year, memo_date.month + (1 if which == "next" else 0)
            if month > 12:
                year, month = year + 1, 1
            day = date(year, month, calendar.monthrange(year, month)[1])
        elif unit == "year":
            day = date(memo_date.year + (1 if which == "next" else 0), 12, 31)
        else:
            day = memo_date + timedelta(
                days=(6 - memo_date.weekday()) + (7 if which == "next" else 0)
            )
        return DayOrPeriod(day, day)
    import dateparser  # heavy; only for relative dates ("next Friday")

    base = datetime.combine(memo_date, datetime.min.time())
    parsed = dateparser.parse(
        lowered.replace("coming ", "next "),
        languages=["en"],
        settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future"},
    )
    if parsed is None:
        return None
    return DayOrPeriod(parsed.date(), parsed.date())
