"""Spreadsheets for the import fuzzers: tables drawn per column meaning, written as CSV or XLSX.

A column headed like an importer's field gets cells shaped like that field
(dates in every notation staff use, amounts with both decimal marks, dealer
codes the database knows and does not), so most rows get past the first
check and reach the deeper ones; other columns get any text at all.
"""

from __future__ import annotations

import csv
import io
import random
import re
import zipfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, Literal

from harness import Case
from hypothesis import strategies as st
from mutate import mutate

from dealerapp.db.database import Database
from dealerapp.errors import DealerAppError
from dealerapp.exchange.mapping import ColumnMap, Field, guess_mapping
from dealerapp.exchange.report import ImportRefused, ImportReport
from dealerapp.exchange.sheets import Sheet, read_sheet

Cell = str | int | float | bool | date | datetime | time | timedelta | None
Table = tuple[list[str], list[list[Cell]]]
Importer = Callable[..., ImportReport]
Quoting = Literal[0, 1, 2, 3]

BASE_NAMES = (
    "waitlist",
    "Kundenliste März",
    "export (3)",
    "OEM portal status",
    "dealers 2011",
    "x",
)
SHEET_SUFFIXES = (".csv", ".xlsx")
ODD_SUFFIXES = (".txt", ".xls", ".ods", ".xlsm", ".CSV", ".XLSX", ".tsv", ".json", "")
NASTY_TEXT = (
    "", " ", "=HYPERLINK(\"http://x\",\"y\")", "'=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r",
    "O'Brien", "Müller & Söhne", "<b>Smith</b> & Sons", "\"quoted\"", "a,b;c\td", "\x00",
    "\u202eevil", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "null", "None", "NaN", "#N/A", "#DIV/0!", "ß", "İ", "ﬁ",
    "x" * 300, "y" * 40_000, "\n\n", "\ufeff", "'", "''", "'-", "\\", "%s%n", "${x}", "{{ 7*7 }}",
)  # fmt: skip
DATE_TEXTS = (
    "2011-03-22", "22.03.2011", "03/22/2011", "22/03/2011", "3/4/11", "2011-03-22T10:00",
    "2011-03-22 10:00:00", "31/02/2011", "2011-13-01", "99.99.9999", "0000-00-00", "2011-3-2",
    "22 March 2011", "40625", "9999-12-31", "0001-01-01", "2999-01-01", "10000-01-01",
    "2011-03-22garbage", "1/1/1", "00/00/00", "12/31/99999", "٢٠١١-٠٣-٢٢", "2011-03-22\x00",
)  # fmt: skip
AMOUNT_TEXTS = (
    "5000", "5,000.00", "$5000", "5.000,00 €", "5 000", "-5", "0", "0.001", "1e5", "NaN",
    "Infinity", "5,00,000", "9" * 30, "9" * 400, ".5", ",", "1.2.3", "5000 JPY", "€",
    "1,234,567.891", "٣٤", "²", "0,5",
)  # fmt: skip
BOOL_TEXTS = ("true", "false", "yes", "no", "Y", "n", "1", "0", "x", "ja", "oui", "maybe", "2")
STATUS_TEXTS = (
    "waiting", "assigned", "ordered", "delivered", "cancelled", "refunded", "Waiting", "WAITING",
    "unservable", "open", " waiting ", "ordered\n",
)  # fmt: skip
METHOD_TEXTS = (
    "card", "bank_transfer", "bank transfer", "Wire", "check", "cheque", "cash", "credit card",
    "bitcoin", "CARD", "debit_card",
)  # fmt: skip
CURRENCY_TEXTS = ("USD", "EUR", "AUD", "JPY", "usd", "GBP", "XXX", "€", "US$", "BTC", "KWD", "")
COUNTRY_TEXTS = ("US", "DE", "de", "GB", "UK", "USA", "Germany", "1A", "ÄÖ", "", "XX")
LANGUAGE_TEXTS = ("en", "de", "fr", "EN", "english", "de_DE", "x" * 40, "")
POSITION_TEXTS = ("1", "2", "10", "0", "-1", "1.5", "²", "٣", "99999999999999999999999", "first")
EMAIL_TEXTS = (
    "a@b.co", "sbrown@example.org", "no-at-sign", "a@b", "@", "a@@b.c", "a b@c.d",
    "FLEET.SMITH@EXAMPLE.ORG",
)  # fmt: skip
WEEK_TEXTS = ("2011-18", "2011W18", "2011-W18", "2011-99", "18/2011", "KW18", "2011-00", "٢٠١١-١٨")
VIN_TEXTS = (
    "WBSUR9C50BV594042", "WBSUR9C5XBV593156", "wbsur9c50bv594042", "WBS UR9C50 BV594042",
    "WBSUR9C51BV594042", "WBSUR9C50BV59404", "WBSUR9C50BV5940421", "WBSIR9C50BV594042",
    "ＷＢＳＵＲ９Ｃ５０ＢＶ５９４０４２", "WBSUR9C50BV59404ß",
)  # fmt: skip
CODE_TEXTS = ("037", "37", "087", "150", "155", "196", "000", "0", "999", "abc", "037.0", "١٥٠")

# Bits of XLSX XML that make a reader work hard: far cells, odd types, big indices.
XLSX_TOKENS = (
    b'<c r="XFD1048576"><v>1</v></c>', b'<row r="1048576">', b'<dimension ref="A1:XFD1048576"/>',
    b'<c r="Z50000" t="s"><v>0</v></c>', b't="e"', b't="b"', b't="d"', b't="str"',
    b't="inlineStr"', b"<v>99999999</v>", b"<v>-1</v>", b"<v>1e308</v>", b"<v>NaN</v>",
    b"&#0;", b"]]>", b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>', b"&a;", b"<si><t>x</t></si>",
    b' s="9999"', b"<f>1/0</f>",
)  # fmt: skip
CSV_TOKENS = (
    b'"',
    b'""',
    b",",
    b";",
    b"\t",
    b"\r\n",
    b"\n",
    b"\x00",
    b"\xef\xbb\xbf",
    b"'=",
    b"\r",
)


class Rollback(Exception):
    """Ends a unit of work without committing, so no input changes the next one's database."""


@dataclass(frozen=True)
class ImporterSpec:
    label: str
    fields: tuple[Field, ...]
    run: Importer
    kinds: dict[str, str]


def _header_variants(field: Field) -> list[str]:
    names = list(field.names())
    return (
        names
        + [n.upper() for n in names]
        + [f" {n}* " for n in names]
        + [n.replace(" ", "_") for n in names]
    )


def header_strategy(fields: Sequence[Field]) -> st.SearchStrategy[tuple[str, str]]:
    """A header and the kind of cells under it ("text" for a header no field claims)."""
    known = st.sampled_from(list(fields)).flatmap(
        lambda field: st.sampled_from(_header_variants(field)).map(lambda h: (h, field.key))
    )
    unknown = st.one_of(st.text(max_size=30), st.sampled_from(("", "Column1", "Unnamed: 3")))
    return st.one_of(known, known, known, unknown.map(lambda h: (h, "text")))


def cell_pools(pools: dict[str, Sequence[Cell]]) -> dict[str, st.SearchStrategy[Cell]]:
    """A cell strategy per kind: the kind's values, typed values for XLSX, and any text."""
    typed_dates = st.one_of(
        st.dates(min_value=date(1900, 1, 1), max_value=date(9999, 12, 31)),
        st.datetimes(min_value=datetime(1900, 1, 1)),
        st.dates(min_value=date(2009, 1, 1), max_value=date(2013, 1, 1)).map(
            lambda d: d.strftime(
                random.Random(d.toordinal()).choice(("%d.%m.%Y", "%m/%d/%Y", "%Y-%m-%d"))
            )
        ),
    )
    anything = st.one_of(
        st.text(max_size=40),
        st.sampled_from(NASTY_TEXT),
        st.integers(),
        st.floats(),
        st.booleans(),
        st.none(),
    )
    result: dict[str, st.SearchStrategy[Cell]] = {}
    for kind, values in pools.items():
        options: list[st.SearchStrategy[Cell]] = [st.sampled_from(list(values))] * 4
        if kind == "date":
            options.append(typed_dates)
        if kind in ("amount", "position"):
            options.append(st.one_of(st.integers(-10, 10**22), st.floats(allow_nan=True)))
        options.append(anything)
        result[kind] = st.one_of(*options)
    return result


@st.composite
def tables(
    draw: st.DrawFn,
    fields: Sequence[Field],
    cells: dict[str, st.SearchStrategy[Cell]],
) -> Table:
    columns = draw(st.lists(header_strategy(fields), min_size=1, max_size=len(fields) + 4))
    headers = [header for header, _ in columns]
    kinds = [kind for _, kind in columns]
    count = draw(st.sampled_from((0, 1, 1, 2, 2, 3, 3, 5, 5, 8, 8, 20, 20, 40)))
    rows: list[list[Cell]] = []
    for _ in range(count):
        row = [draw(cells.get(kind, cells["text"])) for kind in kinds]
        ragged = draw(st.sampled_from((0,) * 8 + (-1, 1, -3)))
        if ragged < 0:
            row = row[:ragged]
        elif ragged > 0:
            row.append(draw(cells["text"]))
        rows.append(row)
    # Now and then a long file: the paths that only big imports take (caches, bulk writes).
    if rows and draw(st.integers(0, 40)) == 0:
        rows = (rows * (2000 // len(rows) + 1))[:2000]
    return headers, rows


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, datetime | date | time):
        return cell.isoformat()
    return str(cell)


def to_csv(
    table: Table,
    *,
    delimiter: str = ",",
    quoting: Quoting = csv.QUOTE_MINIMAL,
    line_end: str = "\r\n",
    encoding: str = "utf-8",
    raw: bool = False,
    keep_nul: bool = True,
) -> bytes:
    """The table as CSV; `raw` joins cells without any quoting, as a careless export would.

    Without `keep_nul`, NUL characters are dropped: one anywhere near the top makes
    the reader refuse the whole file, which would hide everything behind it.
    """
    headers, rows = table
    records = [headers, *([_text(c) for c in row] for row in rows)]
    if not keep_nul:
        records = [[cell.replace("\x00", "") for cell in record] for record in records]
    if raw:
        text = line_end.join(delimiter.join(record) for record in records)
    else:
        out = io.StringIO()
        writer = csv.writer(
            out, delimiter=delimiter, quoting=quoting, lineterminator=line_end, escapechar="\\"
        )
        writer.writerows(records)
        text = out.getvalue()
    return text.encode(encoding, "replace")


_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xlsx_value(cell: Cell, typed: bool) -> Cell:
    if isinstance(cell, str):
        return _ILLEGAL_XML.sub("", cell)[:32767]
    if isinstance(cell, float) and cell != cell:  # Excel has no NaN; openpyxl writes it badly
        return "NaN"
    if isinstance(cell, int) and not isinstance(cell, bool) and abs(cell) > 10**15:
        return str(cell)
    if not typed:
        return _text(cell)
    return cell


def to_xlsx(table: Table, *, typed: bool = True, empty_first_sheet: bool = False) -> bytes:
    """The table as an XLSX workbook written by openpyxl (typed cells: numbers, dates, bools)."""
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

    workbook = Workbook()
    sheet = workbook.create_sheet("Data") if empty_first_sheet else workbook.active
    assert isinstance(sheet, Worksheet)
    headers, rows = table
    records: list[Sequence[Cell]] = [headers, *rows]
    for record in records:
        sheet.append([_xlsx_value(cell, typed) for cell in record])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def mutate_xlsx(data: bytes, rng: random.Random) -> bytes:
    """A member of the zip changed (or dropped), the zip written again: a damaged workbook."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = {info.filename: archive.read(info) for info in archive.infolist()}
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError):
        return mutate(data, rng, tokens=XLSX_TOKENS)
    if not members:
        return data
    names = sorted(members)
    sheets = [name for name in names if "worksheets/sheet" in name] or names
    target = rng.choice(sheets) if rng.random() < 0.6 else rng.choice(names)
    move = rng.random()
    if move < 0.1:
        del members[target]
    elif move < 0.35:
        members[target] = _xml_tweak(members[target], rng)
    else:
        members[target] = mutate(members[target], rng, tokens=XLSX_TOKENS)
    out = io.BytesIO()
    method = zipfile.ZIP_STORED if rng.random() < 0.3 else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(out, "w", method) as archive:
        for name, body in members.items():
            archive.writestr(name, body)
    return out.getvalue()


def _xml_tweak(xml: bytes, rng: random.Random) -> bytes:
    """Change one cell reference, type or value the way a broken writer would."""
    choices: list[tuple[bytes, Callable[[re.Match[bytes]], bytes]]] = [
        (
            rb'r="([A-Z]+)(\d+)"',
            lambda _m: (
                b'r="%s%d"'
                % (
                    rng.choice((b"A", b"Z", b"AA", b"XFD", b"ZZZZ")),
                    rng.choice((1, 2, 999, 65536, 1048577, 0)),
                )
            ),
        ),
        (
            rb'ref="[^"]*"',
            lambda _m: rng.choice((b'ref="A1:XFD1048576"', b'ref="A1"', b'ref="ZZ9:A1"')),
        ),
        (
            rb't="\w+"',
            lambda _m: rng.choice((b't="e"', b't="b"', b't="d"', b't="str"', b't="n"', b't="s"')),
        ),
        (
            rb"<v>[^<]*</v>",
            lambda _m: rng.choice(
                (
                    b"<v>99999999</v>",
                    b"<v>-1</v>",
                    b"<v>abc</v>",
                    b"<v>1e400</v>",
                    b"<v></v>",
                    b"<v>2958466</v>",
                )
            ),
        ),
    ]
    pattern, replace = rng.choice(choices)
    found = list(re.finditer(pattern, xml))
    if not found:
        return mutate(xml, rng, tokens=XLSX_TOKENS)
    hit = rng.choice(found)
    return xml[: hit.start()] + replace(hit) + xml[hit.end() :]


def serialize(draw: st.DrawFn, table: Table) -> tuple[str, bytes, str]:
    """The file's suffix, bytes and a label for the summary, all drawn."""
    form = draw(st.sampled_from(("csv",) * 6 + ("xlsx",) * 3 + ("xlsx-mutated",)))
    if form == "csv":
        data = to_csv(
            table,
            delimiter=draw(st.sampled_from((",", ",", ";", "\t", "|"))),
            quoting=draw(st.sampled_from((csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC))),
            line_end=draw(st.sampled_from(("\r\n", "\n", "\r"))),
            encoding=draw(
                st.sampled_from(("utf-8",) * 5 + ("utf-8-sig", "cp1252", "latin-1", "utf-16"))
            ),
            raw=draw(st.booleans()) and draw(st.booleans()),
            keep_nul=draw(st.integers(0, 4)) == 0,
        )
        suffix = ".csv"
    else:
        data = to_xlsx(
            table, typed=draw(st.booleans()), empty_first_sheet=draw(st.integers(0, 9)) == 0
        )
        if form == "xlsx-mutated":
            data = mutate_xlsx(data, draw(st.randoms(use_true_random=False)))
        suffix = ".xlsx"
    if draw(st.integers(0, 12)) == 0:
        suffix = draw(st.sampled_from(ODD_SUFFIXES))
    return suffix, data, form


def sheet_options(draw: st.DrawFn, databases: Sequence[str]) -> tuple[tuple[str, Any], ...]:
    return (
        ("db", draw(st.sampled_from(tuple(databases)))),
        # The import dialog lets a person map any column to any field; now and then do so.
        ("random_mapping", draw(st.integers(0, 4)) == 0),
        ("mapping_seed", draw(st.integers(0, 2**31))),
        ("valid_only", draw(st.booleans())),
        ("keep_separate", draw(st.sampled_from(("none", "none", "duplicates", "all")))),
    )


def random_options(rng: random.Random, databases: Sequence[str]) -> tuple[tuple[str, Any], ...]:
    return (
        ("db", rng.choice(tuple(databases))),
        ("random_mapping", rng.random() < 0.2),
        ("mapping_seed", rng.randrange(2**31)),
        ("valid_only", rng.random() < 0.5),
        ("keep_separate", rng.choice(("none", "none", "duplicates", "all"))),
    )


def mutate_sheet_seed(name: str, data: bytes, rng: random.Random, donors: Sequence[bytes]) -> bytes:
    if name.endswith(".xlsx"):
        return mutate_xlsx(data, rng) if rng.random() < 0.8 else mutate(data, rng)
    return mutate(data, rng, tokens=CSV_TOKENS, donors=donors)


def seed_files(name: str, table: Table) -> list[tuple[str, bytes]]:
    """One table as the files staff would really send: CSV, European CSV, XLSX."""
    return [
        (f"{name}.csv", to_csv(table)),
        (f"{name}-eu.csv", to_csv(table, delimiter=";", encoding="cp1252")),
        (f"{name}.xlsx", to_xlsx(table)),
        (f"{name}-text.xlsx", to_xlsx(table, typed=False)),
    ]


def read_csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def run_importers(
    path: Path,
    case: Case,
    stats: Counter[str],
    databases: dict[str, Database],
    importers: Sequence[ImporterSpec],
) -> None:
    """read_sheet, then each importer in preview and (rolled back) apply, as the dialog does."""
    sheet = read_sheet(path)
    stats["sheets read"] += 1
    stats["rows read"] += len(sheet.rows)
    database = databases[case.option("db")]
    rng = random.Random(case.option("mapping_seed"))
    for spec in importers:
        mapping = _mapping(sheet, spec.fields, case.option("random_mapping"), rng)
        options: dict[str, Any] = {}
        with database.reading() as session:
            report = spec.run(session, sheet, mapping, **options)
        stats[f"{spec.label} previews"] += 1
        stats[f"{spec.label} valid rows"] += report.valid
        stats[f"{spec.label} problems"] += len(report.problems)
        if spec.label == "waitlist":
            keep = case.option("keep_separate")
            if keep == "all":
                options["keep_separate"] = True
            elif keep == "duplicates":
                options["keep_separate"] = frozenset(d.row for d in report.duplicates)
        try:
            with database.unit_of_work() as session:
                applied = spec.run(
                    session,
                    sheet,
                    mapping,
                    apply=True,
                    valid_only=case.option("valid_only"),
                    **options,
                )
                stats[f"{spec.label} applied (rolled back)"] += 1
                stats[f"{spec.label} rows written"] += applied.written
                raise Rollback
        except Rollback:
            pass
        except ImportRefused as refused:
            # All-or-nothing refusing the file is the expected answer to bad rows.
            stats[f"{spec.label} apply refused"] += 1
            if case.name not in str(refused):
                raise
        except DealerAppError:
            stats[f"{spec.label} apply other refusal"] += 1
            raise


def _mapping(
    sheet: Sheet, fields: tuple[Field, ...], randomly: bool, rng: random.Random
) -> ColumnMap:
    if not randomly or not sheet.headers:
        return guess_mapping(sheet.headers, fields)
    return {field.key: rng.randrange(len(sheet.headers)) for field in fields if rng.random() < 0.7}
