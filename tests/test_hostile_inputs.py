"""What the fuzzers (fuzz/) found, kept as tests: each input is refused in words, never a crash."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from dealerapp.db import models as m
from dealerapp.db.database import Database
from dealerapp.errors import InputError
from dealerapp.exchange.mapping import guess_mapping
from dealerapp.exchange.sheets import read_sheet
from dealerapp.exchange.waitlist_import import FIELDS, import_waitlist
from dealerapp.letters.templates import LetterTemplateError, render
from dealerapp.memos.readers import MemoReadError, read_bytes, read_pasted
from dealerapp.memos.store import import_memo


def small_workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Dealer", "Family name"])
    sheet.append(["US-BAY", "Byrne"])
    book.save(path)
    return path


def rewrite_sheet(path: Path, old: bytes, new: bytes) -> None:
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    name = "xl/worksheets/sheet1.xml"
    assert old in parts[name]
    parts[name] = parts[name].replace(old, new)
    with zipfile.ZipFile(path, "w") as archive:
        for part, data in parts.items():
            archive.writestr(part, data)


def test_a_cell_at_the_end_of_the_sheet_is_refused_before_calamine_lays_it_out(
    tmp_path: Path,
) -> None:
    # calamine would ask for 17 thousand million cells and abort the whole process.
    path = small_workbook(tmp_path / "far.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert sheet is not None
    sheet.cell(row=1_048_576, column=16_384, value="stray")
    book.save(path)
    with pytest.raises(InputError, match=r"far\.xlsx: a sheet spans 1,048,576 rows and 16,384"):
        read_sheet(path)


def test_a_far_cell_whose_reference_is_not_its_first_attribute_is_refused_too(
    tmp_path: Path,
) -> None:
    # The quick extent check looks for `<c r="`; a reference after another attribute must
    # send the file down the slow, exact path rather than slip past it.
    path = small_workbook(tmp_path / "reordered.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert sheet is not None
    sheet.cell(row=1_048_576, column=16_384, value="stray")
    book.save(path)
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml")
    far = re.search(rb'<c r="XFD1048576"([^>]*)>', xml)
    assert far is not None and far.group(1)  # openpyxl writes a type after the reference
    rewrite_sheet(path, far.group(0), b"<c" + far.group(1) + b' r="XFD1048576">')
    with pytest.raises(InputError, match=r"reordered\.xlsx: a sheet spans 1,048,576 rows"):
        read_sheet(path)


def test_a_cell_claiming_an_impossible_row_is_refused(tmp_path: Path) -> None:
    path = small_workbook(tmp_path / "damaged.xlsx")
    rewrite_sheet(path, b'r="B2"', b'r="B99999999999999999999"')
    with pytest.raises(InputError, match=r"damaged\.xlsx: the cell B99999999999999999999 lies far"):
        read_sheet(path)


def test_absurd_positions_amounts_and_borrowed_references(
    demo_db: Database, tmp_path: Path
) -> None:
    with demo_db.reading() as session:
        known_ref = session.scalar(select(m.Customer.ref).where(m.Customer.ref.is_not(None)))
    path = tmp_path / "odd.csv"
    path.write_text(
        "Customer ref,Dealer,Family name,Position,Deposit\n"
        "NEW-1,US-BAY,Huge,99999999999999999999,0\n"
        "NEW-2,US-BAY,Rich,,99999999999999999999999\n"
        f"{known_ref},US-BAY,Someone Else,,0\n",
        encoding="utf-8",
    )
    sheet = read_sheet(path)
    with demo_db.reading() as session:
        count_before = session.scalar(select(func.count()).select_from(m.Customer))
    with demo_db.unit_of_work() as session:
        report = import_waitlist(
            session, sheet, guess_mapping(sheet.headers, FIELDS), keep_separate=True
        )
    texts = [problem.text() for problem in report.problems]
    assert texts[0].startswith("row 2, Position: '99999999999999999999' is not a position")
    assert texts[1] == "row 3, Deposit: '99999999999999999999999' is more than any deposit"
    assert texts[2].startswith(f"row 4, Customer ref: {known_ref!r} is customer")
    with demo_db.reading() as session:
        assert session.scalar(select(func.count()).select_from(m.Customer)) == count_before


@pytest.mark.parametrize(
    ("content", "name"),
    [
        (b"From:<", "odd.eml"),  # IndexError inside the e-mail header parser
        (b"From:M\nDate:9999999999 Jul 1 9:0\n\nBody", "odd.eml"),  # OverflowError
        (b"startxref9999999999999999999\n%", "odd.pdf"),  # OverflowError in pypdf
        (
            b"%PDF-1.4\n1 0 obj << /Length 1000000166 >> stream\nx\nendstream endobj\n"
            b"trailer << /Root 1 0 R >>\n%%EOF",
            "odd.pdf",
        ),
    ],
)
def test_damaged_memo_files_are_refused_by_name(content: bytes, name: str) -> None:
    try:
        document = read_bytes(content, name)
    except MemoReadError as refused:
        assert name in str(refused)
    else:  # read, with whatever could be made of it: also fine, as long as it did not crash
        assert document.file_name == name


def test_an_overlong_memo_and_an_absurd_quantity_are_refused(demo_db: Database) -> None:
    with pytest.raises(MemoReadError, match="longer than any memo"):
        read_pasted("The 1M allocation is filled. " * 20_000)
    document = read_pasted(
        "BMW of North America\nDate: July 21, 2011\n\n"
        "The Australia allocation of the 1M has grown to 9999999999999999999 cars."
    )
    with (
        pytest.raises(MemoReadError, match="more than any allocation"),
        demo_db.unit_of_work() as s,
    ):
        import_memo(s, document)


@pytest.mark.parametrize(
    ("source", "found"),
    [
        ("{{ -customer.display_name }}", "line 1: bad operand"),
        ("{{ 1 // 0 }}", "line 1: integer division or modulo by zero"),
        ("{% macro m() %}{{ m() }}{% endmacro %}\n{{ m() }}", "calls itself without end"),
        ("{% for i in range(10**9) %}{% endfor %}", "Range too big"),
    ],
)
def test_a_template_that_fails_while_rendering_names_the_letter(source: str, found: str) -> None:
    context = {"customer": {"display_name": "Ada"}}
    with pytest.raises(LetterTemplateError) as refused:
        render("mine", context, source=source)
    assert str(refused.value).startswith("letter 'mine'") and found in str(refused.value)


def test_half_a_character_pair_in_pasted_text_is_not_a_crash() -> None:
    document = read_pasted("The 1M allocation \udbc9 is filled.")
    assert "allocation ? is filled" in document.text


def test_a_workbook_with_a_damaged_compressed_sheet_is_refused(tmp_path: Path) -> None:
    path = small_workbook(tmp_path / "inflate.xlsx")
    data = bytearray(path.read_bytes())
    start = data.find(b"xl/worksheets/sheet1.xml") + 40  # inside the compressed sheet
    data[start : start + 16] = b"\xff" * 16
    path.write_bytes(bytes(data))
    with pytest.raises(InputError, match=r"inflate\.xlsx"):
        read_sheet(path)


@pytest.mark.parametrize(
    ("source", "found"),
    [
        (
            "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}",
            "ran for more than",
        ),
        ("{{ 'x' * 1000000000 }}", "repeats text"),
        ("{{ 9 ** 99999999 }}", "a power of"),
    ],
)
def test_a_template_that_would_run_for_ever_is_stopped(source: str, found: str) -> None:
    with pytest.raises(LetterTemplateError, match=found):
        render("mine", {}, source=source)


def test_jinja_helpers_that_write_books_are_not_there_or_stopped() -> None:
    with pytest.raises(LetterTemplateError, match="lipsum"):
        render("mine", {}, source="{{ lipsum(10**6) }}")
    with pytest.raises(LetterTemplateError, match="ran for more than"):
        render("mine", {}, source="{% for i in range(99999) %}{{ range(99999)|sum }}{% endfor %}")


def test_a_memo_built_to_make_the_patterns_backtrack_is_read(demo_db: Database) -> None:
    # "Production for " 1,000 times took 38 s before the gaps in the patterns were bounded.
    document = read_pasted("Production for " * 1000)
    with demo_db.unit_of_work() as session:
        result = import_memo(session, document, anyway=True)
    assert result.parsed.directives == ()


def test_an_outlook_message_damaged_inside_is_refused_by_name() -> None:
    # Found by fuzz/fuzz_memos.py: extract-msg reads the parts lazily and raised OleFileError.
    content = (Path(__file__).parent / "hostile" / "damaged-fat.msg").read_bytes()
    with pytest.raises(MemoReadError, match=r"odd\.msg: the Outlook message is damaged"):
        read_bytes(content, "odd.msg")


def test_padding_filters_cannot_build_a_gigabyte() -> None:
    with pytest.raises(LetterTemplateError, match="a width of 1,000,000,000"):
        render("mine", {}, source="{{ 'x'|center(10**9) }}")
    assert render("mine", {}, source="{{ 'ab'|center(6) }}") == "  ab  "
