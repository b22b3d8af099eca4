"""A memo's text to its sender, date, confidence and directives: the pipeline in one call."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dealerapp.db.enums import Confidence
from dealerapp.memos.extract import Extracted, MemoContext, read_clause
from dealerapp.memos.extract import extract as extract_sentence
from dealerapp.memos.readers import MemoDocument
from dealerapp.memos.sentences import split_sentences
from dealerapp.memos.vocabulary import Vocabulary


@dataclass(frozen=True)
class ParsedMemo:
    sender: str | None
    received_on: date | None
    confidence: Confidence
    directives: tuple[Extracted, ...]

    def as_json(self) -> dict[str, object]:
        return {
            "sender": self.sender,
            "date": self.received_on.isoformat() if self.received_on else None,
            "confidence": self.confidence.value,
            "directives": [d.as_json() for d in self.directives],
        }


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
    directives: list[Extracted] = []
    for clause in body:
        directives.extend(extract_sentence(clause, context, vocabulary))
    official_sender = _is_official(author, vocabulary)
    if any(d.confidence is Confidence.OFFICIAL for d in directives):
        confidence = Confidence.OFFICIAL
    elif directives:
        confidence = Confidence.RUMOR
    else:
        # Saying nothing that changes data, a memo is as official as whoever sent it.
        confidence = Confidence.OFFICIAL if official_sender else Confidence.RUMOR
    return ParsedMemo(sender, received_on, confidence, tuple(directives))


def _only(values: set[str]) -> str | None:
    return next(iter(values)) if len(values) == 1 else None


def _in(subject: str | None, vocabulary: Vocabulary) -> set[str]:
    if not subject:
        return set()
    return {p.key for p in vocabulary.programs if p.pattern.search(subject)}


def _memo_market(sender: str | None, body: list, vocabulary: Vocabulary) -> str | None:  # type: ignore[type-arg]
    """The sender's market (BMW NA -> US), else the one market the memo talks about."""
    if sender:
        from_sender = {m.key for m in vocabulary.markets if m.pattern.search(sender)}
        if len(from_sender) == 1:
            return from_sender.pop()
    return _only({m for clause in body for m in clause.markets})


def _is_official(sender: str | None, vocabulary: Vocabulary) -> bool:
    if not sender:
        return False
    lowered = sender.lower()
    return any(word.lower() in lowered for word in vocabulary.official_senders)
