"""What every reader returns, and the one error every reader raises."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

from dealerapp.errors import InputError

MAX_BYTES = 25 * 1024 * 1024


class MemoReadError(InputError):
    """The file is not a memo dealerapp can read; the message says what and where."""


@dataclass(frozen=True)
class MemoDocument:
    """A memo as read: the original bytes, the text to understand, and what the headers said."""

    file_name: str
    media_type: str
    content: bytes
    text: str
    sender: str | None = None
    received_on: date | None = None
    subject: str | None = None
    notes: tuple[str, ...] = field(default=())

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()
