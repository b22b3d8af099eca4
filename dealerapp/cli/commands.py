"""Which module runs each command, and the line `dealerapp --help` shows for it.

Kept apart from the command modules, with no imports, so that `dealerapp --help` and
the parsing of one command import only that command's module: importing all of them
(and with the letters Qt) made every call wait two seconds before doing anything.
"""

from __future__ import annotations

# command -> (module in dealerapp.cli, one line of help), in the order --help lists them
COMMANDS: dict[str, tuple[str, str]] = {
    "db": ("db_commands", "create, upgrade and inspect the database"),
    "backup": ("backup_commands", "back up the SQLite database (safe while the window is open)"),
    "restore": (
        "backup_commands",
        "replace the database with a backup (checked first; the replaced one is kept)",
    ),
    "demo": ("demo_commands", "load the demo data or generate a large test database"),
    "flags": ("flags_commands", "who is covered, pending or unservable, and why (waiting entries)"),
    "program": ("program_commands", "set up the vehicles you sell by allocation"),
    "market": ("market_commands", "add markets; close a market, declare it filled, reopen it"),
    "allocation": ("ledger_commands", "grant, cut or transfer allocated units"),
    "letters": ("letters_commands", "customer letters: templates, PDF, the log"),
    "memo": ("memo_commands", "read, import, preview, apply and revert memos"),
    "orders": ("orders_commands", "follow ordered units from order to delivery"),
    "dealers": ("dealers_commands", "add, edit, list or import dealers"),
    "waitlist": ("waitlist_commands", "add, move, assign, cancel, refund, deliver"),
    "staff": ("staff_commands", "staff users and roles (advisor, manager, admin)"),
    "audit": ("staff_commands", "the audit log: who changed what, and when"),
    "customer": ("customer_commands", "a customer's data: export or erase"),
}


def summary(command: str) -> str:
    return COMMANDS[command][1]
