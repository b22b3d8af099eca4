"""The trigger lexicon (resources/memos/triggers.toml), lemmatised once per language."""

from __future__ import annotations

import tomllib
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from dealerapp.db.enums import DirectiveKind
from dealerapp.errors import InputError
from dealerapp.memos.lemmas import LANGUAGES, Token, lemma, same_word, stem
from dealerapp.paths import resources_dir

# A phrase's words may have this many other words between them.
MAX_GAP = 2
# "..." in a phrase: this many ("all allocations of the 2026 Corvette Z06 have been filled").
LONG_GAP = 10
CUE_KINDS = (
    "negation", "hedge", "approximation", "conditional", "hearsay", "attribution", "confirmed",
    "terminator",
)  # fmt: skip

Phrase = tuple[str, ...]


@dataclass(frozen=True)
class Match:
    first: int
    last: int  # inclusive token indexes
    words: tuple[int, ...] = ()  # the indexes of the phrase's own words


@dataclass(frozen=True)
class LanguageLexicon:
    lang: str
    triggers: dict[str, tuple[tuple[DirectiveKind, Phrase], ...]]  # by first word's key
    cues: dict[str, tuple[Phrase, ...]]
    units: frozenset[str]
    not_counts: frozenset[str]

    def triggers_at(
        self, tokens: Sequence[Token], index: int
    ) -> Iterator[tuple[DirectiveKind, Match]]:
        token = tokens[index]
        seen: set[tuple[DirectiveKind, Phrase]] = set()
        for key in _keys(token, self.lang):
            for kind, phrase in self.triggers.get(key, ()):
                if (kind, phrase) in seen:
                    continue
                seen.add((kind, phrase))
                found = match_phrase(tokens, index, phrase, self.lang)
                if found is not None:
                    yield kind, found

    def cue_matches(self, cue: str, tokens: Sequence[Token], first: int, last: int) -> list[Match]:
        """Every place in tokens[first:last] where a cue of this kind stands."""
        by_first = self._cue_index()[cue]
        found = []
        for index in range(first, last):
            token = tokens[index]
            phrases = by_first.get(token.lower, ()) + (
                by_first.get(token.lemma, ()) if token.lemma != token.lower else ()
            )
            for phrase in phrases:
                # A cue is its words side by side: "in case", never "in some cases".
                hit = match_phrase(tokens, index, phrase, self.lang, limit=last, max_gap=0)
                if hit is not None:
                    found.append(hit)
                    break
        return found

    def _cue_index(self) -> dict[str, dict[str, tuple[Phrase, ...]]]:
        return _cue_index(self.lang)

    def is_unit(self, token: Token) -> bool:
        return _any_key(token, self.lang, self.units)

    def is_not_count(self, token: Token) -> bool:
        return _any_key(token, self.lang, self.not_counts)


def _keys(token: Token, lang: str) -> set[str]:
    keys = {token.lower, token.lemma}
    if lang != "en":
        keys.add(stem(token.lemma, lang))
    return keys


def _any_key(token: Token, lang: str, words: frozenset[str]) -> bool:
    return bool(_keys(token, lang) & words)


def match_phrase(
    tokens: Sequence[Token],
    index: int,
    phrase: Phrase,
    lang: str,
    *,
    limit: int | None = None,
    max_gap: int = MAX_GAP,
) -> Match | None:
    """The phrase starting at tokens[index]: its words in order, at most MAX_GAP others
    between two of them; "*" is exactly one word."""
    stop = len(tokens) if limit is None else limit
    if not same_word(tokens[index], phrase[0], lang):
        return None
    position = index
    own = [index]
    gap = max_gap
    for word in phrase[1:]:
        if word == "*":
            position += 1
            if position >= stop:
                return None
            own.append(position)
            continue
        if word == "...":
            gap = LONG_GAP
            continue
        for step in range(1, gap + 2):
            candidate = position + step
            if candidate >= stop:
                return None
            if same_word(tokens[candidate], word, lang):
                position = candidate
                own.append(position)
                break
        else:
            return None
        gap = max_gap
    return Match(index, position, tuple(own))


def _lemmatised(entry: str, lang: str) -> Phrase:
    return tuple(
        word if word in ("*", "...") or word.startswith("=") else lemma(word, lang)
        for word in entry.split()
    )


@lru_cache(maxsize=len(LANGUAGES))
def lexicon(lang: str) -> LanguageLexicon:
    path = resources_dir() / "memos" / "triggers.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        triggers: dict[str, list[tuple[DirectiveKind, Phrase]]] = defaultdict(list)
        for kind_name, by_language in data["kinds"].items():
            try:
                kind = DirectiveKind(kind_name)
            except ValueError:
                raise InputError(f"{path}: {kind_name!r} is not a directive kind") from None
            for entry in by_language.get(lang, []):
                phrase = _lemmatised(entry, lang)
                first = phrase[0].lstrip("=")
                for key in {first, stem(first, lang) if lang != "en" else first}:
                    triggers[key].append((kind, phrase))
        # Cues as written, not lemmatised: "serait" and "aurait" hedge where "être" and
        # "avoir" do not; a cue meant for every form is written as its lemma.
        cues = {
            cue: tuple(tuple(entry.lower().split()) for entry in data["cues"][cue].get(lang, []))
            for cue in CUE_KINDS
        }

        def words(section: str) -> frozenset[str]:
            found: set[str] = set()
            for entry in data[section].get(lang, []):
                found |= {entry.lower(), lemma(entry, lang)}
                if lang != "en":
                    found.add(stem(lemma(entry, lang), lang))
            return frozenset(found)

        return LanguageLexicon(
            lang,
            {key: tuple(value) for key, value in triggers.items()},
            cues,
            words("units"),
            words("not_counts"),
        )
    except (OSError, tomllib.TOMLDecodeError, KeyError, AttributeError) as exc:
        raise InputError(f"{path}: the trigger lexicon cannot be read ({exc})") from exc


@lru_cache(maxsize=len(LANGUAGES))
def _cue_index(lang: str) -> dict[str, dict[str, tuple[Phrase, ...]]]:
    """Cue phrases by their first word, so a sentence is read once, not once per cue."""
    index: dict[str, dict[str, tuple[Phrase, ...]]] = {}
    for cue, phrases in lexicon(lang).cues.items():
        by_first: dict[str, list[Phrase]] = defaultdict(list)
        for phrase in phrases:
            by_first[phrase[0]].append(phrase)
        index[cue] = {word: tuple(found) for word, found in by_first.items()}
    return index
