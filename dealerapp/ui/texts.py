"""Texts the window shows that live in data rather than in calls: the tables' column
headers and their explanations (RowTableModel translates them in the "Column" context).

Qt's lupdate finds a text only in a literal tr() or QT_TRANSLATE_NOOP() call; the columns
are built from plain strings, so they are marked here for it. tests/ui/test_language.py
fails when a table gains a column that is not listed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

COLUMN_TEXTS = (
    QT_TRANSLATE_NOOP("Column", "Dealer"),
    QT_TRANSLATE_NOOP("Column", "Market"),
    QT_TRANSLATE_NOOP("Column", "Alloc."),
    QT_TRANSLATE_NOOP("Column", "Units allocated (the sum of the ledger)"),
    QT_TRANSLATE_NOOP("Column", "Assigned"),
    QT_TRANSLATE_NOOP("Column", "Units held by assigned, ordered or delivered entries"),
    QT_TRANSLATE_NOOP("Column", "Free"),
    QT_TRANSLATE_NOOP("Column", "Units not yet assigned"),
    QT_TRANSLATE_NOOP("Column", "Waiting"),
    QT_TRANSLATE_NOOP("Column", "Customers waiting"),
    QT_TRANSLATE_NOOP("Column", "Covered"),
    QT_TRANSLATE_NOOP("Column", "Waiting customers a unit is there for"),
    QT_TRANSLATE_NOOP("Column", "Pending"),
    QT_TRANSLATE_NOOP("Column", "Waiting customers with no unit yet; more may come"),
    QT_TRANSLATE_NOOP("Column", "Unserv."),
    QT_TRANSLATE_NOOP("Column", "Waiting customers who cannot be served"),
    QT_TRANSLATE_NOOP("Column", "Letters"),
    QT_TRANSLATE_NOOP(
        "Column", "Letters owed: unservable customers not yet told, and corrections owed"
    ),
    QT_TRANSLATE_NOOP("Column", "State"),
    QT_TRANSLATE_NOOP("Column", "Share"),
    QT_TRANSLATE_NOOP("Column", "The market's national share of the program"),
    QT_TRANSLATE_NOOP("Column", "When"),
    QT_TRANSLATE_NOOP("Column", "For"),
    QT_TRANSLATE_NOOP("Column", "Units"),
    QT_TRANSLATE_NOOP("Column", "Kind"),
    QT_TRANSLATE_NOOP("Column", "Month"),
    QT_TRANSLATE_NOOP("Column", "Source"),
    QT_TRANSLATE_NOOP("Column", "By"),
    QT_TRANSLATE_NOOP("Column", "Reason"),
    QT_TRANSLATE_NOOP("Column", "Who"),
    QT_TRANSLATE_NOOP("Column", "What"),
    QT_TRANSLATE_NOOP("Column", "Summary"),
    QT_TRANSLATE_NOOP("Column", "Date"),
    QT_TRANSLATE_NOOP("Column", "Sender"),
    QT_TRANSLATE_NOOP("Column", "Confidence"),
    QT_TRANSLATE_NOOP("Column", "Memo"),
    QT_TRANSLATE_NOOP("Column", "Subject"),
    QT_TRANSLATE_NOOP("Column", "Directives"),
    QT_TRANSLATE_NOOP("Column", "File"),
    QT_TRANSLATE_NOOP("Column", "Order"),
    QT_TRANSLATE_NOOP("Column", "Customer"),
    QT_TRANSLATE_NOOP("Column", "Program"),
    QT_TRANSLATE_NOOP("Column", "Code"),
    QT_TRANSLATE_NOOP("Column", "Stage"),
    QT_TRANSLATE_NOOP("Column", "Since"),
    QT_TRANSLATE_NOOP("Column", "Week"),
    QT_TRANSLATE_NOOP("Column", "VIN"),
    QT_TRANSLATE_NOOP("Column", "ETA"),
    QT_TRANSLATE_NOOP("Column", "Status"),
    QT_TRANSLATE_NOOP("Column", "Name"),
    QT_TRANSLATE_NOOP("Column", "OEM"),
    QT_TRANSLATE_NOOP("Column", "Planned run"),
    QT_TRANSLATE_NOOP("Column", "Order codes"),
    QT_TRANSLATE_NOOP("Column", "Also called in memos"),
    QT_TRANSLATE_NOOP("Column", "Language"),
    QT_TRANSLATE_NOOP("Column", "Locale"),
    QT_TRANSLATE_NOOP("Column", "Currency"),
    QT_TRANSLATE_NOOP("Column", "Paper"),
    QT_TRANSLATE_NOOP("Column", "Dealers"),
    QT_TRANSLATE_NOOP("Column", "National share"),
    QT_TRANSLATE_NOOP("Column", "City"),
    QT_TRANSLATE_NOOP("Column", "Signed by"),
    QT_TRANSLATE_NOOP("Column", "Logo"),
    QT_TRANSLATE_NOOP("Column", "Ours"),
    QT_TRANSLATE_NOOP(
        "Column", "Ours: a rooftop that uses this database; group: another dealer of the group"
    ),
    QT_TRANSLATE_NOOP("Column", "Entries"),
    QT_TRANSLATE_NOOP("Column", "Position"),
    QT_TRANSLATE_NOOP("Column", "Joined"),
    QT_TRANSLATE_NOOP("Column", "Flag"),
    QT_TRANSLATE_NOOP("Column", "Told"),
    QT_TRANSLATE_NOOP("Column", "When the customer was last sent a letter"),
    QT_TRANSLATE_NOOP("Column", "Deposit"),
    QT_TRANSLATE_NOOP("Column", "Specification"),
    QT_TRANSLATE_NOOP("Column", "Now"),
    QT_TRANSLATE_NOOP("Column", "Would be"),
)

# Values shown in tables that come from data as codes: flags, statuses, market states,
# a memo's confidence and state. Shown translated ("Value" context); filters and colours
# still use the codes.
VALUE_TEXTS = (
    QT_TRANSLATE_NOOP("Value", "covered"),
    QT_TRANSLATE_NOOP("Value", "pending"),
    QT_TRANSLATE_NOOP("Value", "unservable"),
    QT_TRANSLATE_NOOP("Value", "waiting"),
    QT_TRANSLATE_NOOP("Value", "assigned"),
    QT_TRANSLATE_NOOP("Value", "ordered"),
    QT_TRANSLATE_NOOP("Value", "delivered"),
    QT_TRANSLATE_NOOP("Value", "cancelled"),
    QT_TRANSLATE_NOOP("Value", "refunded"),
    QT_TRANSLATE_NOOP("Value", "open"),
    QT_TRANSLATE_NOOP("Value", "closed"),
    QT_TRANSLATE_NOOP("Value", "filled"),
    QT_TRANSLATE_NOOP("Value", "closed and filled"),
    QT_TRANSLATE_NOOP("Value", "official"),
    QT_TRANSLATE_NOOP("Value", "rumor"),
    QT_TRANSLATE_NOOP("Value", "imported"),
    QT_TRANSLATE_NOOP("Value", "applied"),
    QT_TRANSLATE_NOOP("Value", "reverted"),
    QT_TRANSLATE_NOOP("Value", "dismissed"),
)
