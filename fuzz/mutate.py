"""Plain random mutation of seed files: the classic byte-level moves, plus format tokens.

Structure-blind mutation finds what the generators' authors did not think of:
a length field off by one, a truncated stream, two files spliced together.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence

# Bytes that mean something to some parser: NUL, high bit, line ends, quotes,
# separators, brackets, escapes.
INTERESTING_BYTES = (
    b"\x00", b"\xff", b"\x7f", b"\x80", b"\n", b"\r", b'"', b"'", b",", b";", b"\t",
    b"<", b">", b"(", b")", b"%", b"\\", b"=", b"{", b"}", b"\xc3", b"\xe2\x80",
)  # fmt: skip
INTERESTING_NUMBERS = (
    b"0", b"-1", b"1", b"255", b"256", b"65535", b"65536", b"2147483647", b"2147483648",
    b"4294967296", b"-2147483649", b"99999999999999999999", b"1e308", b"1e999", b"NaN",
    b"0.000001", b"9" * 60,
)  # fmt: skip
_NUMBER = re.compile(rb"\d+")


def _span(data: bytes, rng: random.Random) -> tuple[int, int]:
    start = rng.randrange(len(data) + 1)
    length = min(len(data) - start, rng.choice((1, 2, 4, 8, 16, 64, 256, 4096)))
    return start, start + rng.randint(0, max(0, length))


def flip_bit(data: bytes, rng: random.Random, _tokens: Sequence[bytes]) -> bytes:
    if not data:
        return data
    index = rng.randrange(len(data))
    return data[:index] + bytes([data[index] ^ (1 << rng.randrange(8))]) + data[index + 1 :]


def set_byte(data: bytes, rng: random.Random, _tokens: Sequence[bytes]) -> bytes:
    if not data:
        return rng.choice(INTERESTING_BYTES)
    index = rng.randrange(len(data))
    value = rng.choice(INTERESTING_BYTES) if rng.random() < 0.6 else bytes([rng.randrange(256)])
    return data[:index] + value + data[index + 1 :]


def delete_chunk(data: bytes, rng: random.Random, _tokens: Sequence[bytes]) -> bytes:
    start, end = _span(data, rng)
    return data[:start] + data[end:]


def duplicate_chunk(data: bytes, rng: random.Random, _tokens: Sequence[bytes]) -> bytes:
    start, end = _span(data, rng)
    # Now and then many copies: the big-input paths (limits, quadratic loops) need them.
    times = rng.choice((1, 1, 1, 2, 10, 1000))
    return data[:end] + data[start:end] * times + data[end:]


def insert_random(data: bytes, rng: random.Random, _tokens: Sequence[bytes]) -> bytes:
    index = rng.randrange(len(data) + 1)
    junk = bytes(rng.randrange(256) for _ in range(rng.choice((1, 3, 16, 100))))
    return data[:index] + junk + data[index:]


def insert_token(data: bytes, rng: random.Random, tokens: Sequence[bytes]) -> bytes:
    if not tokens:
        return insert_random(data, rng, tokens)
    index = rng.randrange(len(data) + 1)
    return data[:index] + rng.choice(tokens) + data[index:]


def truncate(data: bytes, rng: random.Random, _tokens: Sequence[bytes]) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def swap_chunks(data: bytes, rng: random.Random, _tokens: Sequence[bytes]) -> bytes:
    first, second = sorted((_span(data, rng), _span(data, rng)))
    if first[1] > second[0]:
        return data
    return (
        data[: first[0]]
        + data[second[0] : second[1]]
        + data[first[1] : second[0]]
        + data[first[0] : first[1]]
        + data[second[1] :]
    )


def replace_number(data: bytes, rng: random.Random, _tokens: Sequence[bytes]) -> bytes:
    """A number in the file (a length, an offset, a day) becomes an edge value."""
    numbers = list(_NUMBER.finditer(data[:200_000]))
    if not numbers:
        return insert_token(data, rng, INTERESTING_NUMBERS)
    found = rng.choice(numbers)
    return data[: found.start()] + rng.choice(INTERESTING_NUMBERS) + data[found.end() :]


MUTATIONS: tuple[Callable[[bytes, random.Random, Sequence[bytes]], bytes], ...] = (
    flip_bit, set_byte, delete_chunk, duplicate_chunk, insert_random, insert_token,
    insert_token, truncate, swap_chunks, replace_number, replace_number,
)  # fmt: skip


def mutate(
    data: bytes,
    rng: random.Random,
    *,
    tokens: Sequence[bytes] = (),
    donors: Sequence[bytes] = (),
    rounds: int | None = None,
) -> bytes:
    """A few stacked mutations of `data`; sometimes spliced with another seed first."""
    if donors and rng.random() < 0.15:
        donor = rng.choice(donors)
        data = data[: rng.randrange(len(data) + 1)] + donor[rng.randrange(len(donor) + 1) :]
    for _ in range(rounds or rng.choice((1, 1, 2, 3, 5, 8))):
        data = rng.choice(MUTATIONS)(data, rng, tokens)
    return data
