"""Which column of a spreadsheet holds which field: guessed from the headers, then confirmed.

Staff spreadsheets call the same thing "E-mail", "Email address", "Mail" or
"Courriel";
the guess compares headers with each field's usual names, ignoring case,
spaces and punctuation, and a person can change any choice before the import.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from dealerapp.errors import InputError


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    required: bool = False
    synonyms: tuple[str, ...] = ()
    help: str = ""

    def names(self) -> tuple[str, ...]:
        return (self.key, self.label, *self.synonyms)


# Column index per field key; a field with no column is absent.
ColumnMap = dict[str, int]


def _norm(text: str) -> str:
    # "Straße", "strasse" and "Händler", "Handler" are one heading each.
    plain = unicodedata.normalize("NFKD", text.casefold())
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in plain if not unicodedata.combining(c)))


def guess_mapping(headers: tuple[str, ...], fields: tuple[Field, ...]) -> ColumnMap:
    """Each field's column: an exact name first, then a header that starts with a name."""
    normalised = [_norm(header) for header in headers]
    taken: set[int] = set()
    mapping: ColumnMap = {}
    for exact in (True, False):
        for field in fields:
            if field.key in mapping:
                continue
            for name in (_norm(name) for name in field.names()):
                column = next(
                    (
                        index
                        for index, header in enumerate(normalised)
                        if index not in taken
                        and header
                        and (header == name if exact else header.startswith(name) and len(name) > 3)
                    ),
                    None,
                )
                if column is not None:
                    mapping[field.key] = column
                    taken.add(column)
                    break
    return mapping


def mapping_from_names(
    headers: tuple[str, ...], fields: tuple[Field, ...], chosen: Mapping[str, str]
) -> ColumnMap:
    """The guess, overridden by `field=column header` choices (the CLI's --map)."""
    mapping = guess_mapping(headers, fields)
    keys = {field.key for field in fields}
    for key, header in chosen.items():
        if key not in keys:
            raise InputError(f"--map: no field {key!r} (fields: {', '.join(sorted(keys))})")
        if header == "":
            mapping.pop(key, None)
            continue
        try:
            mapping[key] = headers.index(header)
        except ValueError:
            raise InputError(
                f"--map {key}={header}: the file has no column {header!r} "
                f"(columns: {', '.join(headers)})"
            ) from None
    return mapping


def missing_required(mapping: ColumnMap, fields: tuple[Field, ...]) -> list[Field]:
    return [field for field in fields if field.required and field.key not in mapping]


def describe(mapping: ColumnMap, headers: tuple[str, ...], fields: tuple[Field, ...]) -> list[str]:
    """'Family name  <-  Surname' lines, for the CLI and the preview."""
    lines = []
    for field in fields:
        column = mapping.get(field.key)
        source = f"column {headers[column]!r}" if column is not None else "(not in the file)"
        lines.append(f"{field.label:<22} <- {source}")
    return lines
