"""One waitlist entry as a small HTML page for the detail pane; every value escaped."""

from __future__ import annotations

from html import escape

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
    refundable = "refundable" if detail.refundable else "not refundable"
    return (
        f"<h3>{escape(detail.customer)}</h3>"
        f"<p>{escape(detail.address).replace(chr(10), '<br>')}<br>"
        f"{escape(detail.email)} {escape(detail.phone)}</p>"
        f"{flag_line}<table>"
        + row("Entry", detail.id)
        + row("Dealer", detail.dealer)
        + row("Market", detail.market)
        + row("Program", detail.program)
        + row("Status", detail.status)
        + row("Position", detail.position)
        + row("Joined", detail.joined_on)
        + row(
            "Deposit",
            f"{detail.deposit}, {detail.deposit_method or 'method not noted'}, {refundable}",
        )
        + row("Paid on", detail.deposit_date)
        + row("Refunded on", detail.refunded_on)
        + row("Refund terms", detail.deposit_terms)
        + row("Specification", detail.specification)
        + row("Notes", detail.notes)
        + f"</table><p><b>Position history</b></p><ul>{moves or '<li>none</li>'}</ul>"
    )
