"""Fuzz the memo readers and parser the way `dealerapp memo import FILE` drives them.

Each input is saved under a memo-like file name, read with
dealerapp.memos.readers.read_file, then imported with
dealerapp.memos.store.import_memo (which parses it with the vocabulary of the
demo database, as `memo parse` does with a database present) in a unit of work
that is rolled back, and the parsed memo is turned into the CLI's JSON.

    .venv/bin/python fuzz/fuzz_memos.py --budget 10000
"""

from __future__ import annotations

import base64
import json
import quopri
import random
import re
from collections import Counter
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from harness import REPO, Case, fuzz, parse_arguments
from hypothesis import strategies as st
from msgforge import Message
from mutate import mutate

from dealerapp.config import resolve_database
from dealerapp.db.database import Database
from dealerapp.memos.readers import read_file
from dealerapp.memos.store import import_memo
from dealerapp.services.demo import load_demo

SEEDS = REPO / "seeds" / "memos"
CORPUS = REPO / "tests" / "memos" / "corpus"

SUFFIXES = (".txt", ".eml", ".msg", ".pdf")
ODD_SUFFIXES = (
    ".md", ".text", "", ".TXT", ".Eml", ".PDF", ".MSG", ".docx", ".html", ".htm", ".rtf", ".csv",
)  # fmt: skip
BASE_NAMES = (
    "memo", "BMW NA memo 21.07.2011", "mémo allocation", "allocation-update", "x",
    "Re_ Fwd_ 1M allocation (2)", "メモ", "memo.final",
)  # fmt: skip

# Dates the header readers meet; the last ones are the kind an e-mail parser chokes on.
DATES = (
    "Thu, 21 Jul 2011 09:30:00 -0400", "21 July 2011", "July 8, 2011", "2011-07-21",
    "21.07.2011", "07/21/2011", "yesterday", "next Friday", "Thu, 21 Jul 2011",
    "Mon, 32 Jan 2011 00:00:00 +0000", "Thu, 21 Jul 10000 09:30:00 +0000",
    "Thu, 21 Jul 99999999999 09:30:00 -0400", "Thu, 21 Jul 2011 09:30:00 -99999999999999",
    "Thu, 21 Jul 2011 99:99:99 +0000", "in 99999999999 days", "0", "", "  ", "\x00",
    "Fri, 31 Dec 9999 23:59:59 -2359", "Sat, 1 Jan 0001 00:00:00 +2359",
    "=?utf-8?b?MjEgSnVseSAyMDEx?=",
)  # fmt: skip
SENDERS = (
    "BMW NA Product Planning", "BMW AG <allocation@bmw.example.com>", "press@autonews.example.com",
    "BMW (UK) Ltd", "=?utf-8?q?BMW_Vertrieb_Deutschland?=", "\"Unclosed <a@b", "", "<>", "@",
    "=?bogus?x?abc?=", "BMW Group Canada <allocation@bmwgroup.example.ca>",
)  # fmt: skip
CHARSETS = (
    "utf-8", "us-ascii", "iso-8859-1", "windows-1252", "utf-16", "utf-7", "x-unknown", "",
    'utf-8"', "big5", "shift_jis", "koi8-r", "utf-32", "cp65001", "unicode-1-1-utf-7",
)  # fmt: skip
ENCODINGS = ("7bit", "8bit", "base64", "quoted-printable", "binary", "x-uuencode", "garbage", "")
TEXT_ENCODINGS = ("utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16", "ascii")
TOKENS = (
    b"From: ", b"Date: ", b"Subject: ", b"\r\n", b"\n\n", b"Content-Type: multipart/mixed; "
    b'boundary="b"\n', b"--b\n", b"--b--\n", b"charset=", b"=?utf-8?b?", b"?=",
    b"Content-Transfer-Encoding: base64\n", b"obj", b"endobj", b"stream\n", b"endstream",
    b"/Length 999999", b"xref", b"trailer", b"<<", b">>", b"/Filter /FlateDecode",
    b"/Encrypt 1 0 R", b"%%EOF", b"(", b")", b"\\", b"/Kids [2 0 R]", b"BT", b"ET", b"Tj",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"%PDF-1.4\n", b"<html><body>", b"<script>",
    b"&#99999999;", b"\xef\xbb\xbf", b"\x00", b"\xff\xfe",
)  # fmt: skip


# Font, document-info and filter entries from plain to wrong: what pypdf must survive.
PDF_FONTS = (
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    b"<< /Type /Font /Subtype /TrueType /BaseFont /Arial /FirstChar 0 /LastChar 0 "
    b"/Widths [] >>",
    b"<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /ToUnicode 1 0 R >>",
    b"<< /Type /Font /Subtype /Type1 /Encoding << /Differences [0 /a 1 /b 99999999 /c] >> >>",
    b"42", b"[ ]", b"<< >>",
)  # fmt: skip
PDF_INFOS = (
    b"<< /Author (BMW AG) /Title (Memo) >>", b"<< /Author 42 >>", b"<< /Author [1 2] >>",
    b"<< /Author <FEFF0042004D0057> >>", b"<< /Author << /A 1 >> >>", b"[1 2 3]", b"7", None,
    b"(just a string)", b"<< /Author (\\376\\377\\000B\\000M) /CreationDate (D:99999999) >>",
)  # fmt: skip
PDF_FILTERS = (
    b"", b"", b"/Filter /LZWDecode", b"/Filter /ASCII85Decode", b"/Filter /DCTDecode",
    b"/Filter [/FlateDecode /Bogus]", b"/Filter /FlateDecode /DecodeParms << /Predictor 12 >>",
)  # fmt: skip


class _Rollback(Exception):
    """Ends the unit of work without committing, so no input changes the next one's database."""


def _sentences() -> list[str]:
    """Every sentence of the sample memos: the words the parser is built for."""
    found: list[str] = []
    for path in sorted([*SEEDS.glob("*.txt"), *CORPUS.glob("*.txt"), *CORPUS.glob("*.md")]):
        text = path.read_text(encoding="utf-8")
        found.extend(s.strip() for s in re.split(r"(?<=[.!?:])\s+|\n\n", text) if s.strip())
    return found


SENTENCES = _sentences()
NUMBER_WORDS = (
    "two", "twenty-five", "a dozen", "one hundred and twelve", "9999999999999999999999",
    "-5", "1,000", "1.5", "half", "zero", "eleven hundred", "½", "١٢", "²", "10e9",
)  # fmt: skip


def _swap_numbers(sentence: str, rng: random.Random) -> str:
    return re.sub(r"\b\d+\b", lambda _m: rng.choice(NUMBER_WORDS), sentence)


def _pdf_string(text: str) -> bytes:
    raw = text.encode("latin-1", "replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def build_pdf(
    pages: Sequence[Sequence[str]],
    *,
    compress: bool = False,
    filter_name: bytes = b"",
    length_fudge: int = 0,
    font: bytes = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    info: bytes | None = b"<< /Author (BMW AG) /Title (Memo) >>",
    encrypt: bool = False,
    xref_fudge: int = 0,
    kids_extra: bytes = b"",
    count: int | None = None,
) -> bytes:
    """A small PDF with a real text layer, written by hand so any part of it can be wrong."""
    import zlib

    objects: list[bytes] = []
    page_ids = [3 + 2 * i for i in range(len(pages))]
    font_id = 3 + 2 * len(pages)
    info_id = font_id + 1
    encrypt_id = font_id + 2
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = b" ".join(b"%d 0 R" % i for i in page_ids) + kids_extra
    total = len(pages) if count is None else count
    objects.append(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, total))
    for index, lines in enumerate(pages):
        ops = [b"BT /F1 11 Tf 72 720 Td 14 TL"]
        ops.extend(_pdf_string(line) + b" Tj T*" for line in lines)
        ops.append(b"ET")
        stream = b"\n".join(ops)
        if compress:
            stream = zlib.compress(stream)
        filters = filter_name or (b"/Filter /FlateDecode" if compress else b"")
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
            % (font_id, page_ids[index] + 1)
        )
        objects.append(
            b"<< /Length %d %s >>\nstream\n%s\nendstream"
            % (len(stream) + length_fudge, filters, stream)
        )
    objects.append(font)
    objects.append(info if info is not None else b"null")
    if encrypt:
        objects.append(
            b"<< /Filter /Standard /V 1 /R 2 /O (0123456789abcdef0123456789abcdef) "
            b"/U (0123456789abcdef0123456789abcdef) /P -4 >>"
        )
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out) + xref_fudge)
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    trailer = b"/Size %d /Root 1 0 R /Info %d 0 R" % (len(objects) + 1, info_id)
    if encrypt:
        trailer += b" /Encrypt %d 0 R /ID [<00112233445566778899aabbccddeeff> <00>]" % encrypt_id
    out += b"trailer\n<< %s >>\nstartxref\n%d\n%%%%EOF\n" % (trailer, xref)
    return bytes(out)


def build_eml(
    headers: Sequence[tuple[str, str]],
    body: str,
    *,
    html: bool,
    charset: str,
    encoding: str,
    nesting: int,
    boundary: str = "b1",
) -> bytes:
    """An e-mail written by hand: headers, body and MIME nesting all as drawn, right or wrong."""
    codec = charset if _known_codec(charset) else "utf-8"
    raw = body.encode(codec, "replace")
    if encoding == "base64":
        payload = base64.encodebytes(raw)
    elif encoding == "quoted-printable":
        payload = quopri.encodestring(raw)
    else:
        payload = raw
    kind = "text/html" if html else "text/plain"
    part = (
        f'Content-Type: {kind}; charset="{charset}"\nContent-Transfer-Encoding: {encoding}\n\n'
    ).encode() + payload
    for level in range(nesting):
        mark = f"{boundary}{level}".encode()
        part = (
            b'Content-Type: multipart/mixed; boundary="'
            + mark
            + b'"\n\n--'
            + mark
            + b"\n"
            + part
            + b"\n--"
            + mark
            + b"--\n"
        )
    head = "".join(f"{name}: {value}\n" for name, value in headers).encode("utf-8", "replace")
    return head + b"MIME-Version: 1.0\n" + part


def _known_codec(name: str) -> bool:
    import codecs

    try:
        codecs.lookup(name)
    except (LookupError, ValueError):
        return False
    return True


def _html(sentences: Sequence[str], tags: Sequence[str]) -> str:
    parts = ["<html><head><title>t</title><style>p{}</style></head><body>"]
    for index, sentence in enumerate(sentences):
        tag = tags[index % len(tags)] if tags else "p"
        parts.append(f"<{tag}>{sentence}</{tag}>")
    return "".join(parts)


def _msg_bytes(
    subject: str, text: str, html: str, sender: tuple[str, str], sent: datetime | None
) -> bytes:
    message = Message(
        subject=subject,
        text_body=text,
        html_body=html,
        sender=sender,
        to=[("sales@baybmw.example.com", "Bay Area BMW")],
        sent=sent or False,
    )
    return bytes(message.as_bytes())


def _seed_files() -> list[tuple[str, bytes]]:
    files = [
        (path.name, path.read_bytes())
        for path in sorted(SEEDS.iterdir())
        if path.suffix in (".txt", ".eml", ".pdf")
    ]
    files.extend((path.name, path.read_bytes()) for path in sorted(CORPUS.glob("*.txt"))[:20])
    rng = random.Random(7)
    for index in range(4):
        chosen = rng.sample(SENTENCES, 4)
        files.append(
            (
                f"seed-{index}.msg",
                _msg_bytes(
                    "1M allocation",
                    " ".join(chosen),
                    _html(chosen, ["p", "div"]) if index % 2 else "",
                    ("a@bmwna.example.com", "BMW NA"),
                    datetime(2011, 7, 8, 10, 0),
                ),
            )
        )
        files.append((f"seed-{index}.pdf", build_pdf([chosen[:2], chosen[2:]], compress=index > 1)))
        headers = [
            ("From", "BMW NA <a@bmwna.example.com>"),
            ("Date", DATES[0]),
            ("Subject", "1M allocation"),
        ]
        files.append(
            (
                f"seed-{index}.eml",
                build_eml(
                    headers,
                    " ".join(chosen),
                    html=index % 2 == 1,
                    charset="utf-8",
                    encoding=ENCODINGS[index],
                    nesting=index % 3,
                ),
            )
        )
    return files


def _name(base: str, suffix: str) -> str:
    return base + suffix


names = st.sampled_from(BASE_NAMES)
sentence = st.one_of(
    st.sampled_from(SENTENCES),
    st.sampled_from(SENTENCES).map(lambda s: _swap_numbers(s, random.Random(len(s)))),
    st.text(max_size=200),
    st.text(alphabet=st.characters(codec="latin-1"), max_size=80),
)
body = st.lists(sentence, min_size=0, max_size=25)


@st.composite
def text_memos(draw: st.DrawFn) -> Case:
    lines: list[str] = []
    for _ in range(draw(st.integers(0, 4))):
        label = draw(st.sampled_from(("From", "Date", "Sent", "Subject", "Re", "To", "Cc", "From")))
        value = draw(
            st.sampled_from(DATES) if label in ("Date", "Sent") else st.sampled_from(SENDERS)
        )
        lines.append(f"{label}: {value}")
    lines.append("")
    lines.extend(draw(body))
    joiner = draw(st.sampled_from(("\n", "\r\n", "\r", " ", "\n\n")))
    # Rarely a memo near the size limit: the parser's time per byte matters there.
    text = joiner.join(lines) * draw(st.sampled_from((1,) * 40 + (2, 50, 400, 3000)))
    encoding = draw(st.sampled_from(TEXT_ENCODINGS))
    data = text.encode(encoding, "replace")
    suffix = draw(st.sampled_from((".txt", ".txt", ".md", "", *ODD_SUFFIXES)))
    return Case(_name(draw(names), suffix), data, f"hypothesis:text:{encoding}")


@st.composite
def eml_memos(draw: st.DrawFn) -> Case:
    headers = []
    for label in draw(
        st.lists(st.sampled_from(("From", "Date", "Subject", "To", "Cc")), max_size=6)
    ):
        pool = DATES if label == "Date" else SENDERS
        headers.append((label, draw(st.one_of(st.sampled_from(pool), st.text(max_size=40)))))
    html = draw(st.booleans())
    chosen = draw(body)
    tags = draw(
        st.lists(st.sampled_from(("p", "br", "div", "script", "li", "td", "b", "x")), max_size=5)
    )
    text = _html(chosen, tags) if html else "\n".join(chosen)
    nesting = draw(st.sampled_from((0, 0, 1, 2, 3, 60, 400)))
    data = build_eml(
        headers,
        text,
        html=html,
        charset=draw(st.sampled_from(CHARSETS)),
        encoding=draw(st.sampled_from(ENCODINGS)),
        nesting=nesting,
    )
    suffix = draw(st.sampled_from((".eml", ".eml", ".eml", *ODD_SUFFIXES)))
    return Case(_name(draw(names), suffix), data, "hypothesis:eml")


@st.composite
def pdf_memos(draw: st.DrawFn) -> Case:
    pages = draw(st.lists(st.lists(sentence, max_size=12), min_size=0, max_size=4))
    font = draw(st.sampled_from(PDF_FONTS))
    info = draw(st.sampled_from(PDF_INFOS))
    data = build_pdf(
        pages,
        compress=draw(st.booleans()),
        filter_name=draw(st.sampled_from(PDF_FILTERS)),
        length_fudge=draw(st.sampled_from((0, 0, 0, -1, 1, 10**9, -(10**6)))),
        font=font,
        info=info,
        encrypt=draw(st.booleans()) and draw(st.booleans()),
        xref_fudge=draw(st.sampled_from((0, 0, 0, 3, -5, 10**6))),
        kids_extra=draw(st.sampled_from((b"", b"", b" 2 0 R", b" 1 0 R", b" 99 0 R", b" (x)"))),
        count=draw(st.sampled_from((None, None, 0, -1, 10**9))),
    )
    suffix = draw(st.sampled_from((".pdf", ".pdf", ".pdf", *ODD_SUFFIXES)))
    return Case(_name(draw(names), suffix), data, "hypothesis:pdf")


@st.composite
def msg_memos(draw: st.DrawFn) -> Case:
    safe = st.text(alphabet=st.characters(codec="utf-8"), max_size=60)
    chosen = draw(body)
    text = "\n".join(chosen) if draw(st.booleans()) else ""
    html = _html(chosen, ["p"]) if draw(st.booleans()) else ""
    sent = draw(st.one_of(st.none(), st.datetimes(min_value=datetime(1601, 1, 2))))
    try:
        data = _msg_bytes(draw(safe), text, html, (draw(safe), draw(safe)), sent)
    except (ValueError, OverflowError):  # msgforge refuses some values; still a file to try
        data = _msg_bytes("x", text[:100], "", ("a@b.c", "A"), None)
    if draw(st.booleans()):
        data = mutate(data, draw(st.randoms(use_true_random=False)), tokens=TOKENS, rounds=2)
    suffix = draw(st.sampled_from((".msg", ".msg", ".msg", *ODD_SUFFIXES)))
    return Case(_name(draw(names), suffix), data, "hypothesis:msg")


class MemoTarget:
    name = "memos"
    text_input = False

    def setup(self, workdir: Path) -> None:
        workdir.mkdir(parents=True, exist_ok=True)
        self.db = Database.open(resolve_database(str(workdir / "demo.sqlite3")))
        with self.db.unit_of_work() as session:
            load_demo(session)
        self.seeds = _seed_files()
        self.seed_bytes = [data for _, data in self.seeds]

    def after_fork(self) -> None:
        # The parent's pooled SQLite connections must not be shared with the child.
        self.db.engine.dispose(close=False)

    def run(self, path: Path, case: Case, stats: Counter[str]) -> None:
        document = read_file(path)
        stats[f"read as {document.media_type}"] += 1
        try:
            with self.db.unit_of_work() as session:
                result = import_memo(session, document, anyway=True)
                json.dumps(result.parsed.as_json(), ensure_ascii=False)
                stats["directives"] += len(result.parsed.directives)
                stats[f"confidence {result.parsed.confidence.value}"] += 1
                raise _Rollback
        except _Rollback:
            pass

    def names_input(self, case: Case, message: str) -> bool:
        return case.name in message

    def strategy(self) -> st.SearchStrategy[Case]:
        mutated = st.builds(
            self._mutant_from, st.randoms(use_true_random=False), st.sampled_from(self.seeds)
        )
        return st.one_of(text_memos(), eml_memos(), pdf_memos(), msg_memos(), mutated)

    def _mutant_from(self, rng: random.Random, seed: tuple[str, bytes]) -> Case:
        name, data = seed
        data = mutate(data, rng, tokens=TOKENS, donors=self.seed_bytes)
        suffix = Path(name).suffix
        if rng.random() < 0.1:
            suffix = rng.choice((*SUFFIXES, *ODD_SUFFIXES))
        return Case(_name(rng.choice(BASE_NAMES), suffix), data, f"mutation:{Path(name).suffix}")

    def mutant(self, rng: random.Random) -> Case:
        return self._mutant_from(rng, rng.choice(self.seeds))


if __name__ == "__main__":
    fuzz(MemoTarget(), parse_arguments(__doc__ or ""))
