"""Bounds on what a letter template may ask for: time, and the size of what it multiplies.

A template is code a person wrote, and Jinja2's sandbox keeps it away from
files and Python's insides but not from running long: two nested loops over
big ranges, or a string multiplied by a thousand million, would freeze the
window. Rendering gets a deadline checked on every line of template code
(a trace function only for frames of compiled templates), and the sandbox's
operators refuse results too large for any letter.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

from jinja2.exceptions import SecurityError, TemplateRuntimeError
from jinja2.sandbox import SandboxedEnvironment

RENDER_SECONDS = 3.0
MAX_REPEAT = 10_000  # characters or items a template may make by multiplying
MAX_POWER = 64


class LetterSandbox(SandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        # Filters that pad or wrap to a width do it in C, past any deadline: bound the width.
        for name in ("center", "indent", "wordwrap", "truncate"):
            self.filters[name] = _bounded_width(self.filters[name])

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int | float) and abs(right) > MAX_POWER:
            raise SecurityError(f"a power of {right} is more than a letter needs")
        if operator == "*":
            for sequence, times in ((left, right), (right, left)):
                sized = isinstance(sequence, str | list | tuple) and isinstance(times, int)
                if sized and len(sequence) * times > MAX_REPEAT:
                    raise SecurityError("that repeats text more than any letter needs")
        return super().call_binop(context, operator, left, right)


class _OutOfTime(TemplateRuntimeError):
    pass


@contextmanager
def deadline(seconds: float = RENDER_SECONDS) -> Iterator[None]:
    """Raise a template error from the template's own code once `seconds` have passed."""
    until = time.monotonic() + seconds

    def in_template(frame: FrameType, event: str, _arg: Any) -> Any:
        if event == "line" and time.monotonic() > until:
            raise _OutOfTime(f"it ran for more than {seconds:g} seconds (a loop without end?)")
        return in_template

    def on_call(frame: FrameType, _event: str, _arg: Any) -> Any:
        # Every Python call made while rendering passes here too (Jinja2's helpers,
        # filters), so work they do in a long loop is stopped as well.
        if time.monotonic() > until:
            raise _OutOfTime(f"it ran for more than {seconds:g} seconds (a loop without end?)")
        name = frame.f_code.co_filename
        return in_template if name == "<template>" or name.endswith(".html") else None

    previous = sys.gettrace()
    sys.settrace(on_call)
    try:
        yield
    finally:
        sys.settrace(previous)


def _bounded_width(original: Any) -> Any:
    def bounded(*args: Any, **kwargs: Any) -> Any:
        for value in (*args[1:], *kwargs.values()):
            if isinstance(value, int) and not isinstance(value, bool) and value > MAX_REPEAT:
                raise SecurityError(f"a width of {value:,} is more than any letter needs")
        return original(*args, **kwargs)

    # Jinja2 passes the environment or context to filters marked so; keep the marks.
    for mark in ("jinja_pass_arg",):
        if hasattr(original, mark):
            setattr(bounded, mark, getattr(original, mark))
    return bounded
