"""The few words a letter takes from data, in the letter's language: greetings, closings,
how a deposit was paid, an entry's status, an order's stage.

Everything else a letter says is in its template, one file per language (resources/letters/
and its de/, fr/, it/ folders), where a dealer can read and change it.
"""

from __future__ import annotations

from dataclasses import dataclass

from babel import Locale, UnknownLocaleError

from dealerapp.db.enums import DepositMethod, OrderStage

# The languages the shipped letters are written in; English is the one every letter has.
LETTER_LANGUAGES = ("en", "de", "fr", "it")

_MALE = {"mr", "herr", "m", "monsieur", "sig", "signor", "sr", "sir"}
_FEMALE = {"ms", "mrs", "miss", "frau", "mme", "madame", "mlle", "sig.ra", "sigra", "signora",
           "sra"}  # fmt: skip
_DOCTOR = {"dr", "dott", "doct", "prof"}


@dataclass(frozen=True)
class Addressee:
    title: str | None
    family_name: str
    display_name: str
    company_only: bool


def _gender(title: str | None) -> str | None:
    word = (title or "").strip().lower().rstrip(".")
    if word in _MALE:
        return "m"
    if word in _FEMALE or word.replace(".", "") in _FEMALE:
        return "f"
    return None


def _doctor(title: str | None) -> bool:
    return (title or "").strip().lower().rstrip(".") in _DOCTOR


def salutation(language: str, who: Addressee) -> str:
    """The greeting, without its comma: "Sehr geehrter Herr Schröder", "Madame"."""
    gender, family = _gender(who.title), who.family_name
    if language == "de":
        if who.company_only:
            return "Sehr geehrte Damen und Herren"
        if gender == "m":
            return f"Sehr geehrter Herr {family}"
        if gender == "f":
            return f"Sehr geehrte Frau {family}"
        return f"Guten Tag Dr. {family}" if _doctor(who.title) else f"Guten Tag {who.display_name}"
    if language == "fr":
        if gender == "m":
            return "Monsieur"
        if gender == "f":
            return "Madame"
        return "Madame, Monsieur"
    if language == "it":
        if who.company_only:
            return "Gentili Signore e Signori"
        if gender == "m":
            return f"Egregio Signor {family}"
        if gender == "f":
            return f"Gentile Signora {family}"
        return f"Gentile Dott. {family}" if _doctor(who.title) else f"Gentile {who.display_name}"
    if who.company_only:
        return "Dear Sir or Madam"
    english = {"m": "Mr", "f": "Ms"}.get(gender or "", "Dr" if _doctor(who.title) else "")
    return f"Dear {english} {family}" if english else f"Dear {who.display_name}"


def closing(language: str, greeting: str, country: str) -> str:
    if language == "de":
        return "Mit freundlichen Grüßen"
    if language == "fr":
        # The French formula repeats the greeting: "…, Madame, l'expression de …"
        return (
            f"Nous vous prions d’agréer, {greeting}, l’expression de nos salutations distinguées."
        )
    if language == "it":
        return "Cordiali saluti"
    return "Sincerely" if country == "US" else "Yours sincerely"


_METHODS = {
    "en": {DepositMethod.CASH: "cash", DepositMethod.CARD: "card",
           DepositMethod.BANK_TRANSFER: "bank transfer", DepositMethod.CHEQUE: "cheque"},
    "de": {DepositMethod.CASH: "bar", DepositMethod.CARD: "Karte",
           DepositMethod.BANK_TRANSFER: "Überweisung", DepositMethod.CHEQUE: "Scheck"},
    "fr": {DepositMethod.CASH: "espèces", DepositMethod.CARD: "carte",
           DepositMethod.BANK_TRANSFER: "virement", DepositMethod.CHEQUE: "chèque"},
    "it": {DepositMethod.CASH: "contanti", DepositMethod.CARD: "carta",
           DepositMethod.BANK_TRANSFER: "bonifico", DepositMethod.CHEQUE: "assegno"},
}  # fmt: skip
_REFUND_BY = {
    "en": {DepositMethod.CASH: "in cash", DepositMethod.CARD: "to your card",
           DepositMethod.BANK_TRANSFER: "by bank transfer", DepositMethod.CHEQUE: "by cheque"},
    "de": {DepositMethod.CASH: "in bar", DepositMethod.CARD: "auf Ihre Karte",
           DepositMethod.BANK_TRANSFER: "per Überweisung", DepositMethod.CHEQUE: "per Scheck"},
    "fr": {DepositMethod.CASH: "en espèces", DepositMethod.CARD: "sur votre carte",
           DepositMethod.BANK_TRANSFER: "par virement", DepositMethod.CHEQUE: "par chèque"},
    "it": {DepositMethod.CASH: "in contanti", DepositMethod.CARD: "sulla Sua carta",
           DepositMethod.BANK_TRANSFER: "con bonifico", DepositMethod.CHEQUE: "con assegno"},
}  # fmt: skip


def _american(text: str, country: str) -> str:
    return text.replace("cheque", "check") if country == "US" else text


def method_word(language: str, method: DepositMethod | None, country: str) -> str:
    if method is None:
        return ""
    return _american(_METHODS.get(language, _METHODS["en"]).get(method, ""), country)


def refund_by(language: str, method: DepositMethod | None, country: str) -> str:
    if method is None:
        return ""
    return _american(_REFUND_BY.get(language, _REFUND_BY["en"]).get(method, ""), country)


_STATUS = {
    "de": {"waiting": "auf der Warteliste", "assigned": "zugeteilt", "ordered": "bestellt",
           "delivered": "ausgeliefert", "cancelled": "storniert", "refunded": "erstattet"},
    "fr": {"waiting": "en liste d'attente", "assigned": "attribuée", "ordered": "commandée",
           "delivered": "livrée", "cancelled": "annulée", "refunded": "remboursée"},
    "it": {"waiting": "in lista d'attesa", "assigned": "assegnata", "ordered": "ordinata",
           "delivered": "consegnata", "cancelled": "annullata", "refunded": "rimborsata"},
}  # fmt: skip
_STAGES = {
    "en": {OrderStage.ENTERED: "entered", OrderStage.SCHEDULED: "scheduled",
           OrderStage.IN_PRODUCTION: "in production", OrderStage.BUILT: "built",
           OrderStage.IN_TRANSIT: "in transit", OrderStage.AT_DEALER: "at our showroom",
           OrderStage.DELIVERED: "delivered", OrderStage.CANCELLED: "cancelled",
           OrderStage.HOLD: "on hold"},
    "de": {OrderStage.ENTERED: "erfasst", OrderStage.SCHEDULED: "eingeplant",
           OrderStage.IN_PRODUCTION: "in Produktion", OrderStage.BUILT: "gebaut",
           OrderStage.IN_TRANSIT: "unterwegs", OrderStage.AT_DEALER: "bei uns eingetroffen",
           OrderStage.DELIVERED: "ausgeliefert", OrderStage.CANCELLED: "storniert",
           OrderStage.HOLD: "angehalten"},
    "fr": {OrderStage.ENTERED: "enregistrée", OrderStage.SCHEDULED: "planifiée",
           OrderStage.IN_PRODUCTION: "en production", OrderStage.BUILT: "construite",
           OrderStage.IN_TRANSIT: "en route", OrderStage.AT_DEALER: "arrivée chez nous",
           OrderStage.DELIVERED: "livrée", OrderStage.CANCELLED: "annulée",
           OrderStage.HOLD: "suspendue"},
    "it": {OrderStage.ENTERED: "registrata", OrderStage.SCHEDULED: "pianificata",
           OrderStage.IN_PRODUCTION: "in produzione", OrderStage.BUILT: "costruita",
           OrderStage.IN_TRANSIT: "in viaggio", OrderStage.AT_DEALER: "arrivata da noi",
           OrderStage.DELIVERED: "consegnata", OrderStage.CANCELLED: "annullata",
           OrderStage.HOLD: "sospesa"},
}  # fmt: skip


def status_word(language: str, status: str) -> str:
    return _STATUS.get(language, {}).get(status, status)


def stage_word(language: str, stage: OrderStage) -> str:
    return _STAGES.get(language, _STAGES["en"])[stage]


def letter_locale(language: str, market_locale: str) -> str:
    """Dates and money in the letter's language and the market's country: fr_CA, de_CH."""
    if market_locale.split("_")[0] == language:
        return market_locale
    country = market_locale.split("_")[1] if "_" in market_locale else ""
    for candidate in (f"{language}_{country}", language):
        try:
            Locale.parse(candidate)
        except (UnknownLocaleError, ValueError):
            continue
        return candidate
    return market_locale


def choose_language(
    available: frozenset[str], override: str | None, customer: str | None, market_locale: str
) -> str:
    """The customer's language, else the market's, else English: whichever has the letter."""
    for wanted in (override, customer, market_locale.split("_")[0]):
        if wanted and wanted in available:
            return wanted
    return "en"
