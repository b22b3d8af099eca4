"""Splitting memo text into sentences, each with its character offsets in the stored text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dealerapp.memos.readers.headers import is_header_block, is_header_line, is_label_line

# Words ending in a dot that do not end a sentence.
_ABBREVIATIONS = {
    "u.s", "u.k", "u.s.a", "e.g", "i.e", "mr", "mrs", "ms", "dr", "no", "st", "inc", "ltd",
    "co", "corp", "approx", "etc", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "a.m", "p.m", "ca", "nr", "ref", "dept", "gmbh",
}  # fmt: skip
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*(?:[-•*–]|\d+[.)])\s)")
_LIST_MARKER = re.compile(r"^(?:[-•*–]|\d+[.)])$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    is_header: bool = False


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    for block_start, block_end, header in _blocks(text):
        if header:
            _add(sentences, text, block_start, block_end, header=True)
            continue
        block = text[block_start:block_end]
        piece_start = block_start
        for match in _BOUNDARY.finditer(block):
            cut = block_start + match.start()
            word = _last_word(text[piece_start:cut])
            if word.lower().rstrip(".") in _ABBREVIATIONS or _is_initial(word):
                continue
            end = block_start + match.end()
            _add(sentences, text, piece_start, end)
            piece_start = end
        _add(sentences, text, piece_start, block_end)
    return sentences


def _blocks(text: str) -> list[tuple[int, int, bool]]:
    """Paragraphs and list items, and whether each is a header line ("From: ...")."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _PARAGRAPH.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    result: list[tuple[int, int, bool]] = []
    for span_start, span_end in spans:
        result.extend(_split_header_lines(text, span_start, span_end))
    return result


def _split_header_lines(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """A block whose lines include a From:/Date:/To: run (as PDFs run them together):
    the run's lines become header blocks, what stands before and after stays text."""
    lines: list[tuple[int, int]] = []
    offset = start
    for line in text[start:end].split("\n"):
        lines.append((offset, offset + len(line)))
        offset += len(line) + 1
    header = [is_label_line(text[a:b].strip()) for a, b in lines]
    runs: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        if header[index]:
            stop = index
            while stop < len(lines) and header[stop]:
                stop += 1
            if is_header_block([text[a:b] for a, b in lines[index:stop]]):
                runs.append((index, stop))
            index = stop
        else:
            index += 1
    if not runs:
        single = "\n" not in text[start:end].strip()
        return [(start, end, single and is_header_line(text[start:end].strip()))]
    pieces: list[tuple[int, int, bool]] = []
    cursor = 0
    for first, stop in runs:
        if first > cursor:
            pieces.append((lines[cursor][0], lines[first - 1][1], False))
        pieces.extend((a, b, True) for a, b in lines[first:stop])
        cursor = stop
    if cursor < len(lines):
        pieces.append((lines[cursor][0], lines[-1][1], False))
    return pieces


def _add(sentences: list[Sentence], text: str, start: int, end: int, header: bool = False) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped or _LIST_MARKER.match(stripped):
        return
    real_start = start + len(piece) - len(piece.lstrip())
    real_end = real_start + len(stripped)
    sentences.append(Sentence(real_start, real_end, text[real_start:real_end], header))


def _last_word(piece: str) -> str:
    words = piece.split()
    return words[-1] if words else ""


def _is_initial(word: str) -> bool:
    """A single capital and a dot ("J." in "J. Walsh") does not end a sentence."""
    return len(word) == 2 and word[0].isupper() and word.endswith(".")
