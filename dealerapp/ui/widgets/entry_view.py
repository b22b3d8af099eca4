"""One waitlist entry as a small HTML page for the detail pane; every value escaped."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from dealerapp.services.entries import EntryDetail


def render_entry(detail: EntryDetail, flag: str, explanation: str) -> str:
    def row(label: str, value: object) -> str:
        text = "" if value is None else str(value)
        return f"<tr><td><b>{escape(label)}</b></td><td>{escape(text)}</td></tr>"

    moves = "".join(
        f"<li>{escape(m.at.strftime('%Y-%m-%d'))}: "
        f"{escape(str(m.from_position or '—'))} → {escape(str(m.to_position or '—'))} "
        f"— {escape(m.reason)} <i>({escape(m.author)})</i></li>"
        for m in detail.moves
    )
    flag_line = f"<p><b>{escape(flag)}</b>: {escape(explanation)}</p>" if flag else ""
    refundable = (
        QCoreApplication.translate("EntryView", "refundable")
        if detail.refundable
        else QCoreApplication.translate("EntryView", "not refundable")
    )
    method = detail.deposit_method or QCoreApplication.translate("EntryView", "method not noted")
    none = "<li>" + QCoreApplication.translate("EntryView", "none") + "</li>"
    return (
        f"<h3>{escape(detail.customer)}</h3>"
        f"<p>{escape(detail.address).replace(chr(10), '<br>')}<br>"
        f"{escape(detail.email)} {escape(detail.phone)}</p>"
        f"{flag_line}<table>"
        + row(QCoreApplication.translate("EntryView", "Entry"), detail.id)
        + row(QCoreApplication.translate("EntryView", "Dealer"), detail.dealer)
        + row(QCoreApplication.translate("EntryView", "Market"), detail.market)
        + row(QCoreApplication.translate("EntryView", "Program"), detail.program)
        + row(QCoreApplication.translate("EntryView", "Status"), detail.status)
        + row(QCoreApplication.translate("EntryView", "Position"), detail.position)
        + row(QCoreApplication.translate("EntryView", "Joined"), detail.joined_on)
        + row(
            QCoreApplication.translate("EntryView", "Deposit"),
            f"{detail.deposit}, {method}, {refundable}",
        )
        + row(QCoreApplication.translate("EntryView", "Paid on"), detail.deposit_date)
        + row(QCoreApplication.translate("EntryView", "Refunded on"), detail.refunded_on)
        + row(QCoreApplication.translate("EntryView", "Refund terms"), detail.deposit_terms)
        + row(QCoreApplication.translate("EntryView", "Specification"), detail.specification)
        + row(QCoreApplication.translate("EntryView", "Notes"), detail.notes)
        + "</table><p><b>"
        + QCoreApplication.translate("EntryView", "Position history")
        + f"</b></p><ul>{moves or none}</ul>"
    )
