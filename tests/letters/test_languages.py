"""Letters in the customer's language, from salutation to closing, read back from the PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from dealerapp.cli.main import main
from dealerapp.db.database import Database
from dealerapp.db.enums import MarketEventKind
from dealerapp.letters.batch import compose_letters, write_letters
from dealerapp.services import markets
from dealerapp.services.letter_data import letter_data
from dealerapp.services.letters_log import recipients
from dealerapp.services.servability import Servability


def _pages(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def _letters(db: Database, template: str, market: str, out: Path) -> list[str]:
    with db.unit_of_work() as session:
        audience = "unservable" if template == "unservable_refund" else "waiting"
        ids = recipients(
            session, reason=template, template=template, audience=audience, market=market,
            status=Servability.UNSERVABLE if audience == "unservable" else None,
        )  # fmt: skip
        assert ids, f"nobody in {market}"
        write_letters(session, template=template, entry_ids=ids, out=out)
    return _pages(out)


EXPECTED = {
    # market: (salutations, a body sentence, the closing)
    "DE": (("Sehr geehrter Herr ", "Sehr geehrte Frau "), "unserer Warteliste für den",
           "Mit freundlichen Grüßen"),
    "FR": (("Monsieur,", "Madame,"), "de notre liste d’attente pour la",
           "Nous vous prions d’agréer, "),
    "IT": (("Egregio Signor ", "Gentile Signora "), "della nostra lista d’attesa per la",
           "Cordiali saluti"),
}  # fmt: skip


@pytest.mark.parametrize("market", sorted(EXPECTED))
def test_each_customer_reads_their_own_language_from_salutation_to_closing(
    demo_db: Database, tmp_path: Path, market: str
) -> None:
    salutations, body, closing = EXPECTED[market]
    pages = _letters(demo_db, "position_update", market, tmp_path / f"{market}.pdf")
    for page in pages:
        assert any(greeting in page for greeting in salutations), page
        assert body in page, page
        assert closing in page, page
        assert "Dear " not in page and "Yours sincerely" not in page


def test_a_german_woman_is_greeted_as_one_and_french_dates_read_french(
    demo_db: Database, tmp_path: Path
) -> None:
    german = _letters(demo_db, "position_update", "DE", tmp_path / "de.pdf")
    assert any("Sehr geehrte Frau " in page for page in german)
    french = _letters(demo_db, "position_update", "FR", tmp_path / "fr.pdf")
    assert all((", le " in page and "décembre" in page) or ", le " in page for page in french)


def test_the_cannot_be_served_letter_in_german_says_why_and_how_the_deposit_comes_back(
    demo_db: Database, tmp_path: Path
) -> None:
    with demo_db.unit_of_work() as session:
        markets.change_state(
            session, MarketEventKind.FILL, market="DE", program=None, reason="BMW AG memo"
        )
    pages = _letters(demo_db, "unservable_refund", "DE", tmp_path / "de-unservable.pdf")
    for page in pages:
        assert "leider müssen wir Ihnen mitteilen" in page
        assert "für unseren Markt inzwischen zugeteilt" in page
        assert "erstatten wir Ihnen in voller Höhe" in page
        assert "Mit freundlichen Grüßen" in page


def test_a_language_without_letters_falls_back_and_says_so(demo_db: Database) -> None:
    with demo_db.reading() as session:
        ids = recipients(
            session, reason="position", template="position_update", audience="waiting",
            market="JP",
        )  # fmt: skip
        letters = compose_letters(session, "position_update", ids)
    assert letters and all(letter.data.language == "en" for letter in letters)
    assert all(letter.data.fell_back and letter.data.wanted_language == "ja" for letter in letters)
    assert all("Dear " in letter.html for letter in letters)
    # Dates then follow the letter's language, not Japanese.
    assert all("年" not in letter.data.today for letter in letters)


def test_a_french_speaking_customer_in_canada_gets_french_with_canadian_money(
    demo_db: Database,
) -> None:
    with demo_db.reading() as session:
        ids = recipients(
            session, reason="deposit", template="deposit_receipt", market="CA"
        )  # fmt: skip
        data = letter_data(session, ids, languages=frozenset({"en", "fr"}))
    french = [d for d in data if d.customer.language == "fr"]
    english = [d for d in data if d.customer.language == "en"]
    assert french and english
    assert all(d.language == "fr" and d.locale == "fr_CA" for d in french)
    assert all(d.deposit.amount.endswith("$") for d in french if d.deposit.held)
    assert all(d.language == "en" and d.deposit.amount.startswith("$") for d in english
               if d.deposit.held)  # fmt: skip


def test_the_command_line_chooses_or_overrides_the_language(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = demo_db.location.url
    out = tmp_path / "de-in-english.pdf"
    assert main(["--db", url, "letters", "render", "--template", "position_update",
                 "--market", "DE", "--language", "en", "--out", str(out)]) == 0  # fmt: skip
    assert all("Dear " in page for page in _pages(out))
    assert main(["--db", url, "letters", "render", "--template", "position_update",
                 "--market", "JP", "--out", str(tmp_path / "jp.pdf")]) == 0  # fmt: skip
    said = capsys.readouterr().out
    assert "customer(s) speaking 'ja' got the letter in the market's language or English" in said
    nowhere = str(tmp_path / "x.pdf")
    code = main(["--db", url, "letters", "render", "--template", "position_update",
                 "--market", "DE", "--language", "ja", "--out", nowhere])  # fmt: skip
    assert code == 1
    assert "is not written in 'ja' (it is in: de, en, fr, it)" in capsys.readouterr().err
    assert main(["--db", url, "letters", "templates", "--language", "it"]) == 0
    assert "position_update" in capsys.readouterr().out


def test_the_address_sits_where_each_country_s_window_envelope_shows_it(
    demo_db: Database,
) -> None:
    with demo_db.reading() as session:
        french = recipients(session, reason="position", template="position_update",
                            audience="waiting", market="FR")[:1]  # fmt: skip
        german = recipients(session, reason="position", template="position_update",
                            audience="waiting", market="DE")[:1]  # fmt: skip
        (fr,) = compose_letters(session, "position_update", french)
        (de,) = compose_letters(session, "position_update", german)
    # NF Z 10-011: the address on the right; DIN 5008: on the left, in A4's window.
    assert "margin-left:221px" in fr.html and "margin-left:0px" in de.html
    assert fr.data.dealer.country == "FR" and de.data.paper.value == "a4"
