"""Spreadsheets in and out: waitlists, dealer lists and the OEM portal's order status files."""
