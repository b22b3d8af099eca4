"""Finding the waitlist rows a person asks for among a million without looking at each.

Filtering by calling a test on every row costs 0.5 s at 1,000,000 entries, on every
key press. Built once per load, off the UI thread: the rows of each program, market,
dealer and flag, and one text of every row's words, searched with bytes.find (C speed);
a change of filter then touches only the rows that match.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

R = TypeVar("R")


class RowFilter(Generic[R]):
    def __init__(
        self, rows: Sequence[R], keys: dict[str, Callable[[R], str]], words: Callable[[R], str]
    ) -> None:
        self.rows = rows
        self._by: dict[str, dict[str, list[int]]] = {}
        for name, key in keys.items():
            groups: dict[str, list[int]] = defaultdict(list)
            for index, row in enumerate(rows):
                groups[key(row)].append(index)
            self._by[name] = dict(groups)
        # Every row's words, one per line, as UTF-8 (one name in Japanese would make a str
        # of four bytes a letter, and its search four times slower), and where each row's
        # line starts.
        texts = [words(row) for row in rows]
        self._texts = texts
        encoded = [text.encode("utf-8") for text in texts]
        self._starts: list[int] = []
        position = 0
        for line in encoded:
            self._starts.append(position)
            position += len(line) + 1
        self._blob = b"\n".join(encoded)

    def matching(self, text: str = "", **wanted: str | None) -> list[R] | None:
        """The rows with every wanted key (None: any) and the text among their words, in
        their order; None when nothing is asked (every row)."""
        found = [self._by[name].get(value, []) for name, value in wanted.items() if value]
        if text:
            found.append(self._rows_with(text))
        if not found:
            return None
        # Every list is in row order: walk the shortest, look the others up.
        found.sort(key=len)
        rows = self.rows
        if len(found) == 1:
            return [rows[i] for i in found[0]]
        others = [set(indices) for indices in found[1:]]
        return [rows[i] for i in found[0] if all(i in other for other in others)]

    def _rows_with(self, text: str) -> list[int]:
        if "\n" in text:
            return []
        blob, starts, texts = self._blob, self._starts, self._texts
        needle = text.encode("utf-8")
        # A lookup per hit is cheap for rare words; for common ones ("a", a market's
        # name) one test per row costs less, so past a share of the rows it switches.
        enough = len(starts) // 16 + 64
        hits: list[int] = []
        find = blob.find
        position = find(needle)
        while position != -1:
            row = bisect_right(starts, position) - 1
            hits.append(row)
            if len(hits) > enough:
                rest = row + 1
                hits.extend(i for i in range(rest, len(texts)) if text in texts[i])
                return hits
            # On to the next row: one hit per row is enough.
            following = starts[row + 1] if row + 1 < len(starts) else len(blob)
            position = find(needle, following)
        return hits
