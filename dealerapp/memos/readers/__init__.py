"""Turning a memo file (or pasted text) into text, sender and date; refusing what cannot be read."""

from dealerapp.memos.readers.base import MAX_BYTES, MemoDocument, MemoReadError
from dealerapp.memos.readers.dispatch import read_bytes, read_file, read_pasted

__all__ = ["MAX_BYTES", "MemoDocument", "MemoReadError", "read_bytes", "read_file", "read_pasted"]
