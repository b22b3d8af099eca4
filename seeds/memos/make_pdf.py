#!/usr/bin/env python3
"""Build bmw-ag-production-end.pdf: a one-page BMW AG memo with a real text layer.

Needs fpdf2, which is NOT a dealerapp dependency; run it from a separate venv:

    python3 -m venv /tmp/pdfvenv && /tmp/pdfvenv/bin/pip install fpdf2
    /tmp/pdfvenv/bin/python make_pdf.py

Check the text layer with:  pdftotext -layout bmw-ag-production-end.pdf -
"""

from __future__ import annotations

import datetime as dt
import os

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
TARGET = os.path.join(HERE, "bmw-ag-production-end.pdf")

HEADER = [
    ("To", "National Sales Companies and Importers, BMW M models"),
    ("From", "BMW AG, Sales and Marketing BMW M (VM-M)"),
    ("Date", "12 September 2011"),
    ("Reference", "VM-M/2011-09-014"),
    ("Subject", "BMW 1 Series M Coupe: end of production and European delivery schedule"),
]

PARAGRAPHS = [
    "Dear colleagues,",
    "We would like to inform you about the remaining production of the BMW 1 Series M Coupe (E82, "
    "\"1M\") and about the delivery schedule for the European markets.",
    "1. End of production. Production of the BMW 1 Series M Coupe ends in December 2011. The production "
    "run will not be extended. The planned total volume of approximately 2,500 units remains unchanged.",
    "2. Delivery delay in Europe. Because of a supplier shortage affecting the final production weeks, "
    "deliveries to customers in the European markets are delayed by six weeks. Vehicles with an agreed "
    "delivery date in October or November 2011 will be delivered six weeks later than confirmed. "
    "Markets outside Europe are not affected.",
    "Please inform your dealer network accordingly, and ask dealers to tell the customers concerned about "
    "the revised delivery dates. Press reports of an increase in 1M production do not reflect the "
    "position of BMW AG.",
    "Kind regards,",
    "BMW AG\nSales and Marketing BMW M",
]

FOOTER = ("BMW AG - internal memo for national sales companies and importers - "
          "distribution to dealers permitted - page 1 of 1")


def build() -> None:
    pdf = FPDF(format="A4")
    pdf.set_title("BMW 1 Series M Coupe: end of production and European delivery schedule")
    pdf.set_author("BMW AG, Sales and Marketing BMW M")
    pdf.set_subject("1M end of production, delivery delay Europe")
    pdf.set_creation_date(dt.datetime(2011, 9, 12, 9, 30, tzinfo=dt.timezone.utc))
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    pdf.set_margins(25, 20, 20)
    pdf.set_xy(25, 20)

    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 9, "BMW AG", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, "Sales and Marketing BMW M", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "80788 Munich, Germany", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 8, "MEMO", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for label, value in HEADER:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(28, 6, f"{label}:")
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 6, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.line(25, pdf.get_y(), 190, pdf.get_y())
    pdf.ln(5)
    pdf.set_font("Helvetica", "", 11)
    for para in PARAGRAPHS:
        pdf.multi_cell(0, 6, para, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.set_auto_page_break(auto=False)
    pdf.set_y(-22)
    pdf.set_font("Helvetica", "I", 8)
    pdf.cell(0, 5, FOOTER, align="C")
    pdf.output(TARGET)


if __name__ == "__main__":
    build()
    print(TARGET)
