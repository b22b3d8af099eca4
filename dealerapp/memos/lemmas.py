"""Words of a memo sentence as tokens: the word, its lemma, and the number it writes if any.

Lemmas come from simplemma (MIT), whose data ships in the wheel: nothing is
downloaded when a memo is read. Its German tables take about 2 s to load, so a
language is loaded only when a memo in it is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import simplemma
from text_to_num import text2num

LANGUAGES = ("en", "de", "fr")

_TOKEN = re.compile(
    r"\d[\d.,]*(?:st|nd|rd|th|e|er|ème)\b"  # ordinals: "10,000th", "500e": never a count
    r"|\d{1,3}(?:(?:[.,’'\u202f\u00a0]|(?<=\d) (?=\d{3}\b))\d{3})+(?!\w)"  # 2,500 2.500 2 500
    r"|\d+(?:[.,]\d+)?(?!\w)"
    r"|\w+(?:[-’']\w+)*"  # words, and names with digits: Z06s, GT3, F-150
    r"|[^\w\s]"
)
_STOPWORDS = {
    "en": {"the", "and", "of", "to", "is", "are", "will", "for", "with", "be", "has", "have"},
    "de": {"der", "die", "das", "und", "ist", "sind", "wird", "werden", "für", "mit", "nicht",
           "auf", "den", "dem", "ein", "eine"},
    "fr": {"le", "la", "les", "et", "est", "sont", "sera", "pour", "avec", "des", "une", "du",
           "ne", "pas", "aux"},
}  # fmt: skip
_NUMBER_WORDS = {
    "en": frozenset((
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety", "hundred", "thousand", "million", "millions", "dozen",
    )),
    "de": frozenset((
        "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf",
        "zwölf", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig",
        "neunzig", "hundert", "tausend", "einhundert", "eintausend", "million", "millionen",
    )),
    "fr": frozenset((
        "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
        "treize", "quatorze", "quinze", "seize", "vingt", "trente", "quarante", "cinquante",
        "soixante", "cent", "cents", "mille", "million", "millions",
    )),
}  # fmt: skip
_FRENCH_ENDINGS = re.compile(r"(?:ées|ée|és|é|ent|er|es|e|s)$")
_GERMAN_ENDINGS = re.compile(r"(?:ungen|ung|en|er|es|e|t|s)$")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    lower: str
    lemma: str
    number: float | None = None

    @property
    def count(self) -> int | None:
        """The number as a count of units, when it is a whole number."""
        if self.number is None or self.number != int(self.number):
            return None
        return int(self.number)


def detect_language(text: str) -> str:
    words = re.findall(r"[^\W\d_]+", text.lower())[:2000]
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] > scores["en"] else "en"


@lru_cache(maxsize=50_000)
def lemma(word: str, lang: str) -> str:
    if not word[:1].isalpha():
        return word.lower()
    found = simplemma.lemmatize(word, lang=lang)
    return found.lower()


@lru_cache(maxsize=50_000)
def stem(word: str, lang: str) -> str:
    """A lemma without the inflections simplemma leaves ("attribué" and "attribuer")."""
    if lang == "fr":
        return _FRENCH_ENDINGS.sub("", word)
    if lang == "de":
        return _GERMAN_ENDINGS.sub("", word)
    return word


def same_word(token: Token, word: str, lang: str) -> bool:
    if word.startswith("="):  # "=ended": this form only, not every form of "end"
        return token.lower == word[1:]
    if token.lower == word or token.lemma == word:
        return True
    if lang == "en":
        return False
    a, b = stem(token.lemma, lang), stem(word, lang)
    return len(a) >= 4 and a == b


def tokenize(text: str, lang: str) -> list[Token]:
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        raw = match.group(0)
        lower = raw.lower()
        number = _number(raw, lang) if raw[0].isdigit() else None
        tokens.append(Token(raw, match.start(), match.end(), lower, lemma(raw, lang), number))
    return _number_words(tokens, lang)


def _number(raw: str, lang: str) -> float | None:
    try:
        return _parsed_number(raw)
    except ValueError:  # "²", "٣": digits of a kind no memo counts in
        return None


def _parsed_number(raw: str) -> float:
    grouped = re.fullmatch(r"\d{1,3}(?:[.,’'\u202f\u00a0 ]\d{3})+", raw)
    if grouped:
        return float(re.sub(r"\D", "", raw))
    if "," in raw or "." in raw:
        whole, _, part = raw.replace(",", ".").partition(".")
        # "1.5" in English, "1,5" elsewhere: a decimal; never a count.
        return float(f"{whole}.{part}")
    return float(raw)


def _number_words(tokens: list[Token], lang: str) -> list[Token]:
    """ "forty", "two hundred", "zweitausendfünfhundert", "deux cents" as numbers."""
    words = _NUMBER_WORDS[lang]
    result: list[Token] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if not _is_number_word(token.lower, words, lang):
            result.append(token)
            index += 1
            continue
        stop = index + 1
        while stop < len(tokens) and (
            _is_number_word(tokens[stop].lower, words, lang)
            or (tokens[stop].lower in {"and", "und", "et", "-"} and stop + 1 < len(tokens)
                and _is_number_word(tokens[stop + 1].lower, words, lang))
        ):  # fmt: skip
            stop += 1
        phrase = " ".join(t.lower for t in tokens[index:stop] if t.lower != "-")
        value = _words_value(phrase, lang)
        first, last = tokens[index], tokens[stop - 1]
        if value is None:
            result.extend(tokens[index:stop])
        else:
            result.append(Token(phrase, first.start, last.end, phrase, phrase, float(value)))
        index = stop
    return result


def _is_number_word(word: str, words: frozenset[str], lang: str) -> bool:
    if word in words:
        return True
    # German writes numbers as one word: "zweitausendfünfhundert".
    return lang == "de" and len(word) > 6 and any(word.endswith(w) for w in ("hundert", "tausend"))


def _words_value(phrase: str, lang: str) -> int | None:
    if phrase == "dozen":
        return 12
    try:
        return int(text2num(phrase, lang))
    except ValueError:
        return None
