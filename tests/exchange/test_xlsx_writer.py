"""The streaming XLSX writer: read back by openpyxl (cell by cell, styles included) and
by calamine (as the import reads it)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
from python_calamine import CalamineWorkbook

from dealerapp.exchange.xlsx_writer import DAY, MONEY, QUOTED, Workbook, column_name


def test_column_names() -> None:
    assert [column_name(i) for i in (0, 25, 26, 51, 52, 701, 702)] == [
        "A", "Z", "AA", "AZ", "BA", "ZZ", "AAA",
    ]  # fmt: skip


def test_every_kind_of_value_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    hostile = '=HYPERLINK("http://x","click")'
    with Workbook(path) as book:
        sheet = book.sheet("Waitlist", ("Text", "Number", "Day", "Money", "Flag"), {1: 30})
        sheet.row(["  padded  ", 42, date(2011, 3, 22), Decimal("5000.50"), True],
                  styles={2: DAY, 3: MONEY})  # fmt: skip
        sheet.row([hostile, None, datetime(2011, 3, 22, 12, 0), 1.5, False], styles={0: QUOTED})
        sheet.row(['bell\x07 and <tag> & "quotes"', "", None, None, None])
        book.add_rows("Ümlaut & <Co>", ("A",), [("x",), (None,)])
    openpyxl_book = openpyxl.load_workbook(path)
    assert openpyxl_book.sheetnames == ["Waitlist", "Ümlaut & <Co>"]
    ws = openpyxl_book["Waitlist"]
    assert ws.freeze_panes == "A2" and ws["A1"].font.b
    assert ws.column_dimensions["A"].width == 30
    assert [c.value for c in ws[2]] == [
        "  padded  ", 42, datetime(2011, 3, 22), 5000.5, True,
    ]  # fmt: skip
    assert ws["C2"].number_format == "yyyy-mm-dd" and ws["D2"].number_format == "#,##0.00"
    assert ws["A3"].value == hostile and ws["A3"].data_type == "s" and ws["A3"].quotePrefix
    assert ws["C3"].value == datetime(2011, 3, 22, 12, 0)
    assert ws["A4"].value == 'bell_x0007_ and <tag> & "quotes"'
    assert ws.max_column == 5 and ws.max_row == 4
    values = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    assert values[1][:2] == ["  padded  ", 42.0] and values[2][0] == hostile
    assert len(values) == 4 and all(len(row) == 5 for row in values)


def test_a_failed_export_leaves_nothing_open(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    try:
        with Workbook(path) as book:
            book.sheet("Waitlist", ("A",)).row(["one"])
            raise RuntimeError("the database went away")
    except RuntimeError:
        pass
    # The caller writes to a temporary name and renames only on success (files.new_files);
    # here the half-written zip is closed, not a handle left open, and can be removed.
    path.unlink()
