"""Why an entry has its flag, worded in the window's language from the service's facts.

The services word the same sentence in English for the command line and the
logs (servability.explain); the window words it itself, so a German desk reads
"Platz 3 bei Bay Area BMW; keine freien Fahrzeuge; …".
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from dealerapp.services.entries import EntryRow
from dealerapp.services.servability import MarketStop
from dealerapp.ui.language import current_language


def explain_row(row: EntryRow) -> str:
    """The entry's flag explained, as the detail pane and the Flag tooltip show it."""
    if not row.flag or row.context is None or row.position is None:
        return ""
    dealer = row.context.dealers[row.dealer_id]
    program = row.context.programs[row.program_id]
    stop = row.context.stops.get((dealer.market_id, row.program_id))
    where = QCoreApplication.translate("FlagWords", "Position {position} at {dealer}").format(
        position=row.position, dealer=dealer.name
    )
    units = _units(row.available)
    if row.flag == "covered":
        return QCoreApplication.translate(
            "FlagWords", "{where}; {units}, so a unit is there for this customer."
        ).format(where=where, units=units)
    ahead = (
        QCoreApplication.translate("FlagWords", "{units}, all for customers ahead").format(
            units=units
        )
        if row.available > 0
        else units
    )
    if row.flag == "unservable" and stop is not None:
        return f"{where}; {ahead}; {_stop(stop)}."
    return QCoreApplication.translate(
        "FlagWords", "{where}; {ahead}; more {program} units may still come to the {market} market."
    ).format(where=where, ahead=ahead, program=program, market=dealer.market_code)


def _units(available: int) -> str:
    if available <= 0:
        return QCoreApplication.translate("FlagWords", "no unassigned units")
    if available == 1:
        return QCoreApplication.translate("FlagWords", "1 unassigned unit")
    return QCoreApplication.translate("FlagWords", "{count} unassigned units").format(
        count=available
    )


def _stop(stop: MarketStop) -> str:
    source = _source(stop)
    if stop.filled:
        return QCoreApplication.translate(
            "FlagWords", "{market} allocations were declared filled {source}"
        ).format(market=stop.market, source=source)
    return QCoreApplication.translate(
        "FlagWords", "no more {program} will be built for {market}, as declared {source}"
    ).format(program=stop.program, market=stop.market, source=source)


def _source(stop: MarketStop) -> str:
    day = _day(stop.day) if stop.day else ""
    if stop.by_memo:
        if not day:
            return (
                QCoreApplication.translate("FlagWords", "by a memo from {sender}").format(
                    sender=stop.sender
                )
                if stop.sender
                else QCoreApplication.translate("FlagWords", "by a memo")
            )
        said = QCoreApplication.translate("FlagWords", "by the memo of {day}").format(day=day)
        return f"{said} ({stop.sender})" if stop.sender else said
    said = QCoreApplication.translate("FlagWords", "on {day}").format(day=day) if day else ""
    return f"{said} ({stop.reason})" if stop.reason else said


def _day(day: date) -> str:
    from babel.dates import format_date  # CLDR's dates load when a date is written

    return str(format_date(day, "d MMMM y", locale=current_language()))
