"""Reading memo files: every supported type from real files on disk, and every bad file refused."""

from __future__ import annotations

import io
import os
from datetime import date, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest
from msgforge import Message
from pypdf import PdfWriter

from dealerapp.memos.readers import MAX_BYTES, MemoReadError, read_bytes, read_file, read_pasted

SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "memos"
SEED_PDF = SEEDS / "bmw-ag-production-end.pdf"
HEADER = "From: BMW NA Product Planning\nDate: 21 July 2011\n\n"


def refused(path: Path) -> str:
    """The message read_file gives for a file it refuses."""
    with pytest.raises(MemoReadError) as caught:
        read_file(path)
    return str(caught.value)


def email_message(**headers: str) -> EmailMessage:
    message = EmailMessage()
    for name, value in headers.items():
        message[name] = value
    return message


def pdf_bytes(writer: PdfWriter) -> bytes:
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


# --- plain text ---------------------------------------------------------------------------


def test_utf8_text_with_header_lines(tmp_path: Path) -> None:
    path = tmp_path / "memo.txt"
    path.write_text(HEADER + "Café – no more 1Ms for the US.\n", encoding="utf-8")
    document = read_file(path)
    assert document.text.endswith("Café – no more 1Ms for the US.")
    assert document.sender == "BMW NA Product Planning"
    assert document.received_on == date(2011, 7, 21)
    assert document.file_name == "memo.txt"
    assert document.media_type == "text/plain"
    assert document.content == path.read_bytes()


def test_cp1252_text_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes(b"From: BMW NA\r\nDate: 21 July 2011\r\n\r\nCaf\xe9 \x96 1M\r\n")
    document = read_file(path)
    assert document.text.endswith("Café – 1M")
    assert "\r" not in document.text
    assert document.sender == "BMW NA"
    assert document.received_on == date(2011, 7, 21)


def test_latin1_text_is_decoded(tmp_path: Path) -> None:
    # 0x81 is undefined in cp1252: only Latin-1 reads this file.
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"From: BMW AG\nDate: 12 September 2011\n\nD\xe9j\xe0 \x81 \xbd 1M\n")
    document = read_file(path)
    assert document.text.endswith("Déjà \x81 ½ 1M")
    assert document.sender == "BMW AG"
    assert document.received_on == date(2011, 9, 12)


# --- e-mail -------------------------------------------------------------------------------


def test_eml_multipart_alternative_prefers_plain(tmp_path: Path) -> None:
    message = email_message(
        From="BMW NA Product Planning <allocation@bmwna.example.com>",
        Date="Thu, 21 Jul 2011 16:42:00 -0400",
        Subject="1M allocations filled",
    )
    message.set_content("All US allocations have been filled.")
    message.add_alternative("<p>HTML version of the memo</p>", subtype="html")
    path = tmp_path / "memo.eml"
    path.write_bytes(bytes(message))
    document = read_file(path)
    assert document.text == "All US allocations have been filled."
    assert document.sender == "BMW NA Product Planning <allocation@bmwna.example.com>"
    assert document.received_on == date(2011, 7, 21)
    assert document.subject == "1M allocations filled"
    assert document.media_type == "message/rfc822"


def test_eml_html_only_becomes_text(tmp_path: Path) -> None:
    message = email_message(
        From="BMW NA <a@bmwna.example.com>", Date="Fri, 8 Jul 2011 09:00:00 -0400"
    )
    message.set_content(
        "<html><head><title>Memo</title><style>p { color: red }</style>"
        "<script>alert('x')</script></head><body>"
        "<p>Dear <b>Partner</b>,</p><p>Your allocation is increased by 2 units.</p>"
        "</body></html>",
        subtype="html",
    )
    path = tmp_path / "html.eml"
    path.write_bytes(bytes(message))
    document = read_file(path)
    assert document.text == "Dear Partner,\n\nYour allocation is increased by 2 units."
    assert "<" not in document.text
    for dropped in ("alert", "color", "Memo"):
        assert dropped not in document.text
    assert document.received_on == date(2011, 7, 8)


def test_eml_without_from_and_date_is_refused(tmp_path: Path) -> None:
    message = email_message(Subject="no headers")
    message.set_content("All US allocations have been filled.")
    path = tmp_path / "headless.eml"
    path.write_bytes(bytes(message))
    message_text = refused(path)
    assert "headless.eml" in message_text
    assert "no From or Date header" in message_text


def test_seed_eml_reads_its_plain_part() -> None:
    document = read_file(SEEDS / "bmwna-us-allocation-filled.eml")
    assert "All US allocations of the 1 Series M Coupe have been filled." in document.text
    assert "<p>" not in document.text
    assert document.received_on == date(2011, 7, 21)


# --- PDF ----------------------------------------------------------------------------------


def test_seed_pdf_reads_text_and_date() -> None:
    document = read_file(SEED_PDF)
    assert "Production of the BMW 1 Series M Coupe ends in December 2011." in document.text
    assert document.received_on == date(2011, 9, 12)
    assert document.sender == "BMW AG, Sales and Marketing BMW M (VM-M)"
    assert document.media_type == "application/pdf"


def test_pdf_without_text_layer_is_called_a_scan(tmp_path: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    path = tmp_path / "scanned.pdf"
    path.write_bytes(pdf_bytes(writer))
    message = refused(path)
    assert "scanned.pdf" in message
    assert "no text layer" in message
    assert "scan" in message


def test_encrypted_pdf_is_refused(tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=SEED_PDF)
    writer.encrypt("secret")
    path = tmp_path / "locked.pdf"
    path.write_bytes(pdf_bytes(writer))
    message = refused(path)
    assert "locked.pdf" in message
    assert "encrypted" in message


@pytest.mark.parametrize(
    "content",
    [SEED_PDF.read_bytes()[: len(SEED_PDF.read_bytes()) // 2], b"%PDF-1.4 garbage"],
    ids=["cut-in-half", "garbage"],
)
def test_damaged_pdf_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "damaged.pdf"
    path.write_bytes(content)
    message = refused(path)
    assert message.startswith("damaged.pdf:")
    assert "damaged" in message.removeprefix("damaged.pdf:")


# --- Outlook ------------------------------------------------------------------------------


def test_msg_with_text_body(tmp_path: Path) -> None:
    path = tmp_path / "increase.msg"
    Message(
        subject="1M allocation increase",
        text_body="The 1M allocation of Bay Area BMW is increased by 2 units.",
        sender=("allocation@bmwna.example.com", "BMW NA"),
        to=[("sales@baybmw.example.com", "Bay Area BMW")],
        sent=datetime(2011, 7, 8, 10, 0),
    ).save(path)
    document = read_file(path)
    assert document.text == "The 1M allocation of Bay Area BMW is increased by 2 units."
    assert document.subject == "1M allocation increase"
    assert document.sender is not None and "allocation@bmwna.example.com" in document.sender
    assert document.received_on == date(2011, 7, 8)
    assert document.media_type == "application/vnd.ms-outlook"


def test_msg_with_html_body_only(tmp_path: Path) -> None:
    path = tmp_path / "html.msg"
    Message(
        subject="1M memo",
        html_body="<p>All US allocations have been <b>filled</b>.</p><p>Thank you.</p>",
        sender=("allocation@bmwna.example.com", "BMW NA"),
        to=["dealers@example.com"],
    ).save(path)
    document = read_file(path)
    assert "All US allocations have been filled." in document.text
    assert "Thank you." in document.text
    assert "<" not in document.text
    assert document.subject == "1M memo"


def test_msg_named_txt_is_read_as_outlook(tmp_path: Path) -> None:
    path = tmp_path / "renamed.txt"
    Message(subject="s", text_body="Body of the memo.", sender="x@example.com").save(path)
    assert read_file(path).media_type == "application/vnd.ms-outlook"


# --- bad files ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.txt", b"", "the file is empty"),
        ("blank.txt", b"  \r\n\t \n ", "the file is empty"),
        ("garbage.txt", os.urandom(2048) + b"\x00\x00" + os.urandom(2048), "not text"),
        ("letter.docx", b"PK\x03\x04 word document", ".txt, .eml, .msg or .pdf"),
        ("empty.eml", b"", "the file is empty"),
    ],
)
def test_bad_files_are_refused_naming_the_file(
    tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    message = refused(path)
    assert message.startswith(f"{name}:")
    assert expected in message


def test_unknown_type_lists_the_accepted_ones(tmp_path: Path) -> None:
    path = tmp_path / "memo.docx"
    path.write_bytes(b"PK\x03\x04")
    message = refused(path)
    assert ".docx" in message
    for accepted in (".txt", ".eml", ".msg", ".pdf", "paste"):
        assert accepted in message


def test_file_over_25_mb_is_refused_by_its_size(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as sparse:
        sparse.truncate(26 * 1024 * 1024)
    message = refused(path)
    assert message.startswith("huge.txt:")
    assert "26.0 MB" in message and "25 MB" in message


def test_read_bytes_refuses_too_much_and_names_it() -> None:
    with pytest.raises(MemoReadError, match=r"^big\.txt: .*25 MB"):
        read_bytes(b"a" * (MAX_BYTES + 1), "big.txt")


def test_missing_file_is_one_message(tmp_path: Path) -> None:
    message = refused(tmp_path / "gone.txt")
    assert "gone.txt" in message and "cannot be read" in message


# --- pasted text --------------------------------------------------------------------------


def test_pasted_text_is_read_with_its_headers() -> None:
    document = read_pasted("From: Motoring News\nDate: 22 July 2011\n\nBMW will double 1M output.")
    assert document.file_name == "pasted text"
    assert document.sender == "Motoring News"
    assert document.received_on == date(2011, 7, 22)
    assert document.text.endswith("BMW will double 1M output.")
    assert document.content == document.text.encode("utf-8")


@pytest.mark.parametrize("text", ["", "   ", "\n\t\n"])
def test_empty_pasted_text_is_refused(text: str) -> None:
    with pytest.raises(MemoReadError, match="pasted text is empty"):
        read_pasted(text)
