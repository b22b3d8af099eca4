"""Holding Python's cycle collector off while many small acyclic objects are made.

Reading 100,000 rows, or building a row object for each, allocates millions of
lists, tuples and dates. Every few hundred allocations set off the cyclic
garbage collector, and its full passes walk every object still alive, so the
work grows with the size of the file. Nothing made here forms a cycle (each
object is freed by its reference count), so it has nothing to find; it runs
again, as usual, once the work is done.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
