"""The set-up forms (program, market, dealer), used by their dialogs and by the guided set-up.

Each form says what is wrong while the person types (the same checks the
services make, so OK is only offered for what will be accepted), and hands
back plain values for the service call.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from dealerapp.db.enums import PaperSize
from dealerapp.errors import InputError
from dealerapp.services.addresses import check_address, looks_like_email, regions
from dealerapp.services.countries import countries, defaults_for, is_locale
from dealerapp.services.dealers import DealerDetails, DealerView
from dealerapp.services.images import MAX_LOGO_BYTES, check_logo
from dealerapp.services.market_setup import MarketView
from dealerapp.services.money import is_currency
from dealerapp.services.programs import ProgramView, suggested_code


class SetupForm(QWidget):
    """A form whose `changed` fires on every edit; `problems()` lists what blocks saving."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

    def line(self, label: str, name: str, placeholder: str = "") -> QLineEdit:
        """A text field; `label` and `placeholder` come translated from the form."""
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self.changed)
        self.form.addRow(label, edit)
        return edit

    def problems(self) -> list[str]:
        return []


# -- programs ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProgramValues:
    code: str
    name: str
    oem: str
    planned_units: int | None
    aliases: list[str]
    status_codes: str | None


class ProgramForm(SetupForm):
    def __init__(self, code_sets: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = self.line(
            self.tr("Name *"), "programName", self.tr("e.g. Chevrolet Corvette Z06")
        )
        self.code = self.line(
            self.tr("Code *"), "programCode", self.tr("a short code staff type, e.g. Z06")
        )
        self.oem = self.line(
            self.tr("Manufacturer (OEM) *"), "programOem", self.tr("e.g. GM, BMW, Ford")
        )
        self.planned = QSpinBox()
        self.planned.setObjectName("programPlanned")
        self.planned.setRange(0, 10_000_000)
        self.planned.setSingleStep(100)
        self.planned.setSpecialValueText(self.tr("not known"))
        self.planned.setGroupSeparatorShown(True)
        self.planned.valueChanged.connect(self.changed)
        self.form.addRow(self.tr("Planned run"), self.planned)
        self.aliases = self.line(
            self.tr("Other names in memos"), "programAliases",
            self.tr("separated by semicolons: Z06; C8 Z06"),
        )  # fmt: skip
        hint = QLabel(
            self.tr("Plurals and possessives (Z06s, the Z06's) are understood without these.")
        )
        hint.setObjectName("formHint")
        hint.setWordWrap(True)
        self.form.addRow("", hint)
        self.codes = QComboBox()
        self.codes.setObjectName("programCodes")
        self.codes.addItem(self.tr("none yet"), None)
        for code_set in code_sets:
            self.codes.addItem(
                self.tr("{codes} order status codes").format(codes=code_set), code_set
            )
        self.codes.currentIndexChanged.connect(self.changed)
        self.form.addRow(self.tr("Order status codes"), self.codes)
        self._code_typed = False
        self.code.textEdited.connect(lambda _text: setattr(self, "_code_typed", True))
        self.name.textChanged.connect(self._suggest)

    def _suggest(self, name: str) -> None:
        if not self._code_typed and self.code.isEnabled():
            self.code.setText(suggested_code(name))
        lowered = name.lower()
        if self.codes.currentData() is None:
            for maker, code_set in (("bmw", "BMW"), ("chevrolet", "GM"), ("cadillac", "GM"),
                                    ("gm", "GM"), ("corvette", "GM")):  # fmt: skip
                index = self.codes.findData(code_set)
                if maker in lowered.split() and index >= 0:
                    self.codes.setCurrentIndex(index)
                    break
        if not self.oem.text() and "chevrolet" in lowered.split():
            self.oem.setText("GM")

    def suggest(self, *, name: str, code: str, oem: str) -> None:
        """Start from what a memo named ("Chevrolet Corvette Z06": Z06, GM)."""
        self.name.setText(name)
        self.code.setText(code)
        self.oem.setText(oem)
        index = self.codes.findData(oem)
        if index >= 0:
            self.codes.setCurrentIndex(index)

    def load(self, view: ProgramView) -> None:
        self.name.setText(view.name)
        self.code.setText(view.code)
        self.code.setEnabled(False)
        self.oem.setText(view.oem)
        self.planned.setValue(view.planned_units or 0)
        self.aliases.setText("; ".join(view.aliases))
        index = self.codes.findData(view.status_codes)
        self.codes.setCurrentIndex(max(index, 0))

    def values(self) -> ProgramValues:
        aliases = [a.strip() for a in self.aliases.text().split(";") if a.strip()]
        return ProgramValues(
            self.code.text().strip(), self.name.text().strip(), self.oem.text().strip(),
            self.planned.value() or None, aliases, self.codes.currentData(),
        )  # fmt: skip

    def problems(self) -> list[str]:
        missing = [label for edit, label in (
            (self.name, self.tr("name")), (self.code, self.tr("code")), (self.oem, self.tr("OEM")),
        ) if not edit.text().strip()]  # fmt: skip
        if not missing:
            return []
        return [self.tr("Still needed: {fields}.").format(fields=", ".join(missing))]


# -- markets -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class MarketValues:
    code: str
    name: str
    language: str
    locale: str
    currency: str
    paper: PaperSize


class MarketForm(SetupForm):
    def __init__(self, taken: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.taken = taken
        self.country = QComboBox()
        self.country.setObjectName("marketCountry")
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country.addItem("", None)
        for code, name in countries():
            self.country.addItem(f"{name} ({code})", code)
        completer = self.country.completer()
        if completer is not None:
            # "germ" finds "Germany (DE)", and so does "(DE".
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.country.currentIndexChanged.connect(self._country_chosen)
        self.form.addRow(self.tr("Country *"), self.country)
        self.name = self.line(self.tr("Name *"), "marketName")
        self.language = self.line(
            self.tr("Language *"), "marketLanguage", self.tr("e.g. en, de, fr")
        )
        self.locale_field = self.line(
            self.tr("Locale *"), "marketLocale", self.tr("dates and money, e.g. de_CH")
        )
        self.currency = self.line(self.tr("Currency *"), "marketCurrency", self.tr("e.g. USD, EUR"))
        self.paper = QComboBox()
        self.paper.setObjectName("marketPaper")
        self.paper.addItem(self.tr("US Letter"), PaperSize.LETTER)
        self.paper.addItem("A4", PaperSize.A4)
        self.paper.currentIndexChanged.connect(self.changed)
        self.form.addRow(self.tr("Paper for letters"), self.paper)
        self.note = QLabel(self.tr("Filled in from CLDR for the country; change what differs."))
        self.note.setObjectName("formHint")
        self.note.setWordWrap(True)  # longer in other languages, and with the languages spoken
        self.form.addRow("", self.note)

    def choose_country(self, code: str) -> None:
        index = self.country.findData(code.upper())
        if index >= 0:
            self.country.setCurrentIndex(index)

    def _country_chosen(self, _index: int) -> None:
        code = self.country.currentData()
        if code is not None and self.country.isEnabled():
            defaults = defaults_for(code)
            self.name.setText(defaults.name)
            self.language.setText(defaults.language)
            self.locale_field.setText(defaults.locale)
            self.currency.setText(defaults.currency)
            self.paper.setCurrentIndex(self.paper.findData(defaults.paper))
            others = [lang for lang in defaults.languages[1:] if len(lang) == 2]
            self.note.setText(
                self.tr(
                    "Filled in from CLDR for the country; change what differs. Also spoken "
                    "there: {languages}."
                ).format(languages=", ".join(others))
                if others
                else self.tr("Filled in from CLDR for the country; change what differs.")
            )
        self.changed.emit()

    def load(self, view: MarketView) -> None:
        self.choose_country(view.code)
        self.country.setEnabled(False)
        self.name.setText(view.name)
        self.language.setText(view.language)
        self.locale_field.setText(view.locale)
        self.currency.setText(view.currency)
        self.paper.setCurrentIndex(self.paper.findData(view.paper))

    def values(self) -> MarketValues:
        return MarketValues(
            self.country.currentData() or "", self.name.text().strip(),
            self.language.text().strip(), self.locale_field.text().strip(),
            self.currency.text().strip().upper(), self.paper.currentData(),
        )  # fmt: skip

    def problems(self) -> list[str]:
        code = self.country.currentData()
        if code is None:
            return [self.tr("Choose the country of the market.")]
        found = []
        if self.country.isEnabled() and code in self.taken:
            found.append(self.tr("There is a market for {code} already.").format(code=code))
        if not self.name.text().strip():
            found.append(self.tr("The market needs a name."))
        if not is_locale(self.locale_field.text().strip().replace("-", "_")):
            found.append(self.tr("{locale} is not a locale (en_US, de_DE, …).").format(
                locale=repr(self.locale_field.text())))  # fmt: skip
        if not is_currency(self.currency.text().strip().upper()):
            found.append(self.tr("{currency} is not a currency code (USD, EUR, …).").format(
                currency=repr(self.currency.text())))  # fmt: skip
        return found


# -- dealers -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class DealerValues:
    code: str
    market: str
    details: DealerDetails
    logo: tuple[bytes, str] | None
    logo_changed: bool
    ours: bool


class DealerForm(SetupForm):
    """`markets` is (code, name, paper) of each market the dealer may be in."""

    def __init__(
        self, markets: list[tuple[str, str, PaperSize]], taken: set[str],
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.taken = {code.upper() for code in taken}
        self.name = self.line(self.tr("Name *"), "dealerName", self.tr("e.g. Lakeside Chevrolet"))
        self.market = QComboBox()
        self.market.setObjectName("dealerMarket")
        self.papers: dict[str, PaperSize] = {}
        self.set_markets(markets)
        self.market.currentIndexChanged.connect(self._market_chosen)
        self.form.addRow(self.tr("Market *"), self.market)
        self.code = self.line(self.tr("Dealer code *"), "dealerCode", self.tr("e.g. US-LAK"))
        self.street = self.line(self.tr("Street *"), "dealerStreet")
        self.city = self.line(self.tr("City *"), "dealerCity")
        self.region = QComboBox()
        self.region.setObjectName("dealerRegion")
        self.region.setEditable(True)
        self.region.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.region.editTextChanged.connect(self.changed)
        self.form.addRow(self.tr("State or region"), self.region)
        self.postal = self.line(self.tr("Postal code *"), "dealerPostal")
        self.phone = self.line(self.tr("Phone"), "dealerPhone")
        self.email = self.line(self.tr("E-mail"), "dealerEmail")
        self.signatory = self.line(
            self.tr("Signed by *"), "dealerSignatory", self.tr("who signs its letters")
        )
        self.title = self.line(
            self.tr("Their title"), "dealerSignatoryTitle", self.tr("e.g. General Sales Manager")
        )
        self.paper = QLabel()
        self.paper.setObjectName("dealerPaper")
        self.form.addRow(self.tr("Paper"), self.paper)
        logo_row = QHBoxLayout()
        self.logo_preview = QLabel(self.tr("no logo"))
        self.logo_preview.setObjectName("dealerLogo")
        self.logo_preview.setMinimumHeight(44)
        choose = QPushButton(self.tr("Choose a logo…"))
        choose.setObjectName("chooseLogo")
        choose.clicked.connect(self.choose_logo)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: self.set_logo(None, changed=True))
        logo_row.addWidget(self.logo_preview, 1)
        logo_row.addWidget(choose)
        logo_row.addWidget(remove)
        self.form.addRow(self.tr("Logo"), logo_row)
        self.ours = QCheckBox(self.tr("One of our rooftops (uses this database)"))
        self.ours.setObjectName("dealerOurs")
        self.ours.setChecked(True)
        self.form.addRow("", self.ours)
        self.logo: tuple[bytes, str] | None = None
        self.logo_problem = ""
        self.logo_changed = False
        self._code_typed = False
        self.code.textEdited.connect(lambda _text: setattr(self, "_code_typed", True))
        self.name.textChanged.connect(lambda _text: self._suggest())
        self._market_chosen()

    def set_markets(self, markets: list[tuple[str, str, PaperSize]]) -> None:
        self.market.blockSignals(True)
        self.market.clear()
        for code, name, paper in markets:
            self.market.addItem(f"{name} ({code})", code)
            self.papers[code] = paper
        self.market.blockSignals(False)
        if hasattr(self, "region"):
            self._market_chosen()

    def _suggest(self) -> None:
        if self._code_typed or not self.code.isEnabled():
            return
        words = re.findall(r"[A-Za-z]+", self.name.text())
        market = self.market.currentData() or ""
        if words and market:
            self.code.setText(f"{market}-{words[0][:3].upper()}")

    def _market_chosen(self, *_args: object) -> None:
        market = self.market.currentData()
        typed = self.region.currentText()
        self.region.clear()
        self.region.addItem("")
        for code, name in regions(market) if market else ():
            self.region.addItem(f"{code} — {name}", code)
        self.region.setEditText(typed)
        paper = self.papers.get(market) if market else None
        papers = {
            PaperSize.LETTER: self.tr("US Letter (from the market)"),
            PaperSize.A4: self.tr("A4 (from the market)"),
        }
        self.paper.setText(papers.get(paper, "") if paper else "")
        self._suggest()
        self.changed.emit()

    def choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the dealer's logo"), str(Path.home()),
            self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp)"),
        )  # fmt: skip
        if name:
            self.load_logo_file(Path(name))

    def load_logo_file(self, path: Path) -> None:
        try:
            size = path.stat().st_size
            if size > MAX_LOGO_BYTES:
                raise InputError(
                    self.tr("{file}: {size} MB is too big for a logo (at most 2 MB)").format(
                        file=path.name, size=f"{size / 1_048_576:.1f}")
                )  # fmt: skip
            data = path.read_bytes()
            check_logo(data, path.name)
        except OSError as exc:
            self.logo_problem = self.tr("{file}: cannot be read ({reason}).").format(
                file=path.name, reason=exc.strerror
            )
        except InputError as exc:
            self.logo_problem = f"{exc}."
        else:
            self.logo_problem = ""
            self.set_logo((data, path.name), changed=True)
            return
        self.changed.emit()

    def set_logo(self, logo: tuple[bytes, str] | None, *, changed: bool) -> None:
        self.logo = logo
        self.logo_changed = self.logo_changed or changed
        if logo is None:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("no logo"))
        else:
            pixmap = QPixmap()
            pixmap.loadFromData(logo[0])
            self.logo_preview.setPixmap(
                pixmap.scaledToHeight(40, Qt.TransformationMode.SmoothTransformation)
            )
        self.changed.emit()

    def load(self, view: DealerView, logo: bytes | None) -> None:
        index = self.market.findData(view.market)
        self.market.setCurrentIndex(max(index, 0))
        self.code.setText(view.code)
        self.code.setEnabled(False)
        self.name.setText(view.name)
        self.street.setText(view.street)
        self.city.setText(view.city)
        self.region.setEditText(view.region or "")
        self.postal.setText(view.postal_code)
        self.phone.setText(view.phone or "")
        self.email.setText(view.email or "")
        self.signatory.setText(view.signatory_name)
        self.title.setText(view.signatory_title or "")
        self.ours.setChecked(view.ours)
        self.set_logo((logo, "logo") if logo else None, changed=False)
        self.logo_changed = False

    def region_text(self) -> str:
        data = self.region.currentData()
        text = self.region.currentText().strip()
        if data and self.region.itemText(self.region.currentIndex()) == text:
            return str(data)
        return text.split(" — ")[0].strip()

    def values(self) -> DealerValues:
        details = DealerDetails(
            name=self.name.text(), street=self.street.text(), city=self.city.text(),
            region=self.region_text(), postal_code=self.postal.text(), phone=self.phone.text(),
            email=self.email.text(), signatory_name=self.signatory.text(),
            signatory_title=self.title.text(),
        )  # fmt: skip
        return DealerValues(
            self.code.text().strip(), self.market.currentData() or "", details, self.logo,
            self.logo_changed, self.ours.isChecked(),
        )  # fmt: skip

    def problems(self) -> list[str]:
        found = []
        if self.market.currentData() is None:
            found.append(self.tr("Add a market first (Setup > Markets)."))
        missing = [label for edit, label in (
            (self.name, self.tr("name")), (self.code, self.tr("code")),
            (self.street, self.tr("street")), (self.city, self.tr("city")),
            (self.postal, self.tr("postal code")), (self.signatory, self.tr("who signs")),
        ) if not edit.text().strip()]  # fmt: skip
        if missing:
            found.append(self.tr("Still needed: {fields}.").format(fields=", ".join(missing)))
        code = self.code.text().strip()
        if code and self.code.isEnabled() and code.upper() in self.taken:
            found.append(self.tr("The code {code} is taken by another dealer.").format(code=code))
        email = self.email.text().strip()
        if email and not looks_like_email(email):
            found.append(self.tr("{email} is not an e-mail address.").format(email=repr(email)))
        market = self.market.currentData()
        if market and self.postal.text().strip():
            check = check_address(
                market, street=self.street.text(), city=self.city.text(),
                region=self.region_text() or None, postal_code=self.postal.text().strip(),
            )  # fmt: skip
            found += [problem[0].upper() + problem[1:] + "." for problem in check.problems]
        if self.logo_problem:
            found.append(self.logo_problem)
        return found
