#!/usr/bin/env python3
"""Deterministic generator for the dealerapp demo data set (the 1M story).

Writes the CSV files next to this script:

    programs.csv, markets.csv, market_allocations.csv, dealers.csv,
    dealer_allocations.csv, customers.csv, entries.csv, orders.csv

Standard library only; every random choice comes from random.Random(2011),
so running it twice gives byte-identical files.  The script ends with a
validation pass (the allocation rule per dealer, contiguous waitlist
positions, market sums, VIN check digits) and prints a summary per market.

Usage:  python make_demo.py [output_dir]
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import sys
import unicodedata
from collections import Counter, defaultdict
from random import Random

RNG = Random(2011)
HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = dt.date(2011, 7, 20)          # the day before the BMW NA memo
JOIN_FIRST = dt.date(2010, 9, 1)
JOIN_LAST = dt.date(2011, 7, 15)
PERIODS = ["2011-03", "2011-04", "2011-05", "2011-06", "2011-07"]
PROGRAM = "1M"
USED = ("assigned", "ordered", "delivered")

# --------------------------------------------------------------------------
# programs and markets
# --------------------------------------------------------------------------
PROGRAMS = [
    dict(code="1M", name="BMW 1 Series M Coupe", oem="BMW", planned_units=2500,
         aliases="1 Series M Coupe;1 Series M;1M Coupe;1er M Coupé;BMW 1M", status_codes="BMW"),
]

MARKETS = [
    # code, name, language, locale, currency, paper
    ("US", "United States", "en", "en_US", "USD", "letter"),
    ("CA", "Canada", "en", "en_CA", "CAD", "letter"),
    ("AU", "Australia", "en", "en_AU", "AUD", "a4"),
    ("DE", "Germany", "de", "de_DE", "EUR", "a4"),
    ("GB", "United Kingdom", "en", "en_GB", "GBP", "a4"),
    ("JP", "Japan", "ja", "ja_JP", "JPY", "a4"),
    ("FR", "France", "fr", "fr_FR", "EUR", "a4"),
    ("IT", "Italy", "it", "it_IT", "EUR", "a4"),
    ("CH", "Switzerland", "de", "de_CH", "CHF", "a4"),
]
CURRENCY = {m[0]: m[4] for m in MARKETS}

# market share of the planned 2,500 (the rest goes to markets not in the demo)
MARKET_UNITS = {"US": 740, "DE": 450, "GB": 300, "JP": 150, "AU": 125,
                "CA": 120, "FR": 100, "IT": 90, "CH": 60}
NSC = {  # national sales company that hands out the dealer allocations
    "US": "BMW of North America", "CA": "BMW Group Canada",
    "AU": "BMW Group Australia", "DE": "BMW AG Vertrieb Deutschland",
    "GB": "BMW (UK) Ltd", "JP": "BMW Japan Corp.", "FR": "BMW France",
    "IT": "BMW Italia S.p.A.", "CH": "BMW (Schweiz) AG",
}

# --------------------------------------------------------------------------
# dealers: code -> address, signatory, and the waitlist plan
#   alloc   = total units in the ledger (split into monthly rows)
#   used    = entries assigned / ordered / delivered
#   waiting = waiting entries (including second entries of double-listed
#             customers)
#   gone    = cancelled + refunded entries
# --------------------------------------------------------------------------
DEALERS = [
    # --- United States (BMW NA) ----------------------------------------
    dict(code="US-BAY", market="US", name="Bay Area BMW", street="2600 El Camino Real",
         city="Redwood City", region="CA", postal_code="94061", phone="(650) 555-0100",
         email="sales@bayareabmw.example.com", signatory_name="Jennifer Walsh",
         signatory_title="General Sales Manager", alloc=14, used=14, waiting=25, gone=2),
    dict(code="US-PPL", market="US", name="Park Place BMW", street="3700 West Freeway",
         city="Fort Worth", region="TX", postal_code="76107", phone="(817) 555-0110",
         email="sales@parkplacebmw.example.com", signatory_name="Robert Hale",
         signatory_title="General Manager", alloc=12, used=10, waiting=18, gone=1),
    dict(code="US-LAK", market="US", name="Lakeshore BMW", street="640 North Clark Street",
         city="Chicago", region="IL", postal_code="60654", phone="(312) 555-0120",
         email="sales@lakeshorebmw.example.com", signatory_name="Daniel Kowalski",
         signatory_title="Sales Director", alloc=10, used=9, waiting=16, gone=1),
    dict(code="US-PAC", market="US", name="Pacific Coast BMW", street="1400 Jamboree Road",
         city="Newport Beach", region="CA", postal_code="92660", phone="(949) 555-0130",
         email="sales@pacificcoastbmw.example.com", signatory_name="Michelle Tran",
         signatory_title="General Sales Manager", alloc=13, used=10, waiting=22, gone=2),
    dict(code="US-HUD", market="US", name="Hudson River BMW", street="255 Central Avenue",
         city="White Plains", region="NY", postal_code="10606", phone="(914) 555-0140",
         email="sales@hudsonriverbmw.example.com", signatory_name="Anthony Russo",
         signatory_title="General Manager", alloc=9, used=9, waiting=12, gone=1),
    dict(code="US-PEA", market="US", name="Peachtree BMW", street="3300 Peachtree Road NE",
         city="Atlanta", region="GA", postal_code="30326", phone="(404) 555-0150",
         email="sales@peachtreebmw.example.com", signatory_name="Gregory Mitchell",
         signatory_title="General Sales Manager", alloc=8, used=5, waiting=10, gone=0),
    dict(code="US-MHI", market="US", name="Mile High BMW", street="1900 South Broadway",
         city="Denver", region="CO", postal_code="80210", phone="(303) 555-0160",
         email="sales@milehighbmw.example.com", signatory_name="Sarah Lindqvist",
         signatory_title="Sales Manager", alloc=7, used=4, waiting=8, gone=1),
    dict(code="US-EVG", market="US", name="Evergreen BMW", street="13000 NE 20th Street",
         city="Bellevue", region="WA", postal_code="98005", phone="(425) 555-0170",
         email="sales@evergreenbmw.example.com", signatory_name="Kevin Nakamura",
         signatory_title="General Sales Manager", alloc=9, used=7, waiting=14, gone=1),
    dict(code="US-BKB", market="US", name="Back Bay BMW", street="1100 Commonwealth Avenue",
         city="Boston", region="MA", postal_code="02215", phone="(617) 555-0180",
         email="sales@backbaybmw.example.com", signatory_name="Patrick Sullivan",
         signatory_title="General Manager", alloc=10, used=5, waiting=15, gone=1),
    dict(code="US-BIS", market="US", name="Biscayne BMW", street="4200 Biscayne Boulevard",
         city="Miami", region="FL", postal_code="33137", phone="(305) 555-0190",
         email="sales@biscaynebmw.example.com", signatory_name="Carlos Mendoza",
         signatory_title="General Sales Manager", alloc=8, used=7, waiting=9, gone=1),
    # --- Canada ---------------------------------------------------------
    dict(code="CA-TOR", market="CA", name="Don Valley BMW", street="1055 Eglinton Avenue East",
         city="Toronto", region="ON", postal_code="M3C 2Z5", phone="(416) 555-0100",
         email="sales@donvalleybmw.example.com", signatory_name="Mark Reynolds",
         signatory_title="General Sales Manager", alloc=9, used=7, waiting=6, gone=1),
    dict(code="CA-MTL", market="CA", name="BMW Mont-Royal", street="5500 rue Jean-Talon Ouest",
         city="Montréal", region="QC", postal_code="H4P 1T1", phone="(514) 555-0100",
         email="ventes@bmwmontroyal.example.com", signatory_name="Marie-Claude Gagnon",
         signatory_title="Directrice des ventes", alloc=7, used=5, waiting=4, gone=0),
    # --- Australia ------------------------------------------------------
    dict(code="AU-SYD", market="AU", name="Harbour City BMW", street="65 William Street",
         city="Darlinghurst", region="NSW", postal_code="2010", phone="(02) 5550 0100",
         email="sales@harbourcitybmw.example.com", signatory_name="Michael O'Donnell",
         signatory_title="Dealer Principal", alloc=10, used=9, waiting=22, gone=1),
    dict(code="AU-MEL", market="AU", name="Yarra BMW", street="250 Toorak Road",
         city="South Yarra", region="VIC", postal_code="3141", phone="(03) 7010 0100",
         email="sales@yarrabmw.example.com", signatory_name="Sarah Papadopoulos",
         signatory_title="New Car Sales Manager", alloc=9, used=9, waiting=20, gone=1),
    dict(code="AU-BNE", market="AU", name="Riverside BMW Brisbane", street="55 Breakfast Creek Road",
         city="Newstead", region="QLD", postal_code="4006", phone="(07) 5550 0100",
         email="sales@riversidebmw.example.com", signatory_name="Lachlan Ward",
         signatory_title="General Manager", alloc=6, used=5, waiting=14, gone=1),
    # --- Germany --------------------------------------------------------
    dict(code="DE-MUC", market="DE", name="Autohaus Isartal GmbH", street="Leopoldstraße 150",
         city="München", region="Bayern", postal_code="80804", phone="+49 89 5550100",
         email="verkauf@autohaus-isartal.example.de", signatory_name="Andreas Huber",
         signatory_title="Verkaufsleiter", alloc=16, used=11, waiting=5, gone=1),
    dict(code="DE-STR", market="DE", name="Autohaus Neckar Motorsport GmbH", street="Heilbronner Straße 300",
         city="Stuttgart", region="Baden-Württemberg", postal_code="70469", phone="+49 711 5550100",
         email="verkauf@neckar-motorsport.example.de", signatory_name="Stefanie Maier",
         signatory_title="Verkaufsleiterin", alloc=12, used=8, waiting=4, gone=1),
    dict(code="DE-HAM", market="DE", name="Hanse Automobile GmbH", street="Friedrich-Ebert-Damm 120",
         city="Hamburg", region="Hamburg", postal_code="22047", phone="+49 40 5550100",
         email="verkauf@hanse-automobile.example.de", signatory_name="Jörg Petersen",
         signatory_title="Geschäftsführer", alloc=10, used=7, waiting=4, gone=0),
    dict(code="DE-FRA", market="DE", name="Main Premium Cars GmbH", street="Hanauer Landstraße 200",
         city="Frankfurt am Main", region="Hessen", postal_code="60314", phone="+49 69 5550100",
         email="verkauf@main-premium.example.de", signatory_name="Claudia Wagner",
         signatory_title="Verkaufsleiterin", alloc=11, used=7, waiting=3, gone=1),
    # --- United Kingdom -------------------------------------------------
    dict(code="GB-LON", market="GB", name="Mayfair BMW", street="70 Park Lane",
         city="London", region="Greater London", postal_code="W1K 7TT", phone="+44 20 7946 0100",
         email="sales@mayfairbmw.example.co.uk", signatory_name="Oliver Pemberton",
         signatory_title="Sales Director", alloc=14, used=10, waiting=5, gone=1),
    dict(code="GB-MAN", market="GB", name="Deansgate BMW", street="300 Deansgate",
         city="Manchester", region="Greater Manchester", postal_code="M3 4FN", phone="+44 161 496 0100",
         email="sales@deansgatebmw.example.co.uk", signatory_name="Claire Whitworth",
         signatory_title="General Sales Manager", alloc=9, used=6, waiting=3, gone=1),
    dict(code="GB-BHM", market="GB", name="Edgbaston BMW", street="110 Hagley Road",
         city="Birmingham", region="West Midlands", postal_code="B16 8LB", phone="+44 121 496 0100",
         email="sales@edgbastonbmw.example.co.uk", signatory_name="Ian Doyle",
         signatory_title="Head of Business", alloc=8, used=5, waiting=3, gone=0),
    dict(code="GB-EDI", market="GB", name="Forth BMW", street="25 Lanark Road",
         city="Edinburgh", region="City of Edinburgh", postal_code="EH14 1TL", phone="+44 131 496 0100",
         email="sales@forthbmw.example.co.uk", signatory_name="Fiona Mackenzie",
         signatory_title="Sales Manager", alloc=6, used=4, waiting=1, gone=0),
    # --- Japan ----------------------------------------------------------
    dict(code="JP-TYO", market="JP", name="Tokyo West BMW", street="3-1-1 Sakurashinmachi",
         city="Setagaya-ku", region="Tokyo", postal_code="154-0015", phone="+81 3-5550-0100",
         email="sales@tokyowestbmw.example.jp", signatory_name="Hiroshi Sato",
         signatory_title="Sales Manager", alloc=10, used=7, waiting=7, gone=1),
    dict(code="JP-YOK", market="JP", name="Minato Mirai BMW", street="2-3-5 Minatomirai, Nishi-ku",
         city="Yokohama", region="Kanagawa", postal_code="220-0012", phone="+81 45-555-0100",
         email="sales@minatomiraibmw.example.jp", signatory_name="Kenji Watanabe",
         signatory_title="General Manager", alloc=6, used=4, waiting=3, gone=0),
    dict(code="JP-OSA", market="JP", name="Naniwa BMW", street="1-5-10 Minamisenba, Chuo-ku",
         city="Osaka", region="Osaka", postal_code="542-0081", phone="+81 6-5550-0100",
         email="sales@naniwabmw.example.jp", signatory_name="Takeshi Yamamoto",
         signatory_title="Sales Manager", alloc=7, used=5, waiting=4, gone=1),
    # --- France ---------------------------------------------------------
    dict(code="FR-PAR", market="FR", name="Étoile Automobiles", street="42 avenue de la Grande Armée",
         city="Paris", region="Île-de-France", postal_code="75017", phone="+33 1 55 50 01 00",
         email="ventes@etoile-automobiles.example.fr", signatory_name="Philippe Moreau",
         signatory_title="Directeur des ventes", alloc=8, used=6, waiting=5, gone=1),
    dict(code="FR-LYO", market="FR", name="Presqu'île Automobiles Lyon", street="120 cours Gambetta",
         city="Lyon", region="Rhône-Alpes", postal_code="69007", phone="+33 4 55 50 01 00",
         email="ventes@presquile-auto.example.fr", signatory_name="Céline Fournier",
         signatory_title="Directrice commerciale", alloc=5, used=3, waiting=1, gone=0),
    # --- Italy ----------------------------------------------------------
    dict(code="IT-MIL", market="IT", name="Milano Motori S.p.A.", street="Viale Certosa 200",
         city="Milano", region="MI", postal_code="20156", phone="+39 02 5550100",
         email="vendite@milanomotori.example.it", signatory_name="Alessandro Colombo",
         signatory_title="Direttore Vendite", alloc=7, used=5, waiting=2, gone=0),
    dict(code="IT-ROM", market="IT", name="Roma Nord Auto S.r.l.", street="Via Salaria 1200",
         city="Roma", region="RM", postal_code="00138", phone="+39 06 5550100",
         email="vendite@romanordauto.example.it", signatory_name="Giulia Conti",
         signatory_title="Responsabile Vendite", alloc=5, used=2, waiting=1, gone=0),
    # --- Switzerland ----------------------------------------------------
    dict(code="CH-ZRH", market="CH", name="Limmat Automobile AG", street="Badenerstrasse 600",
         city="Zürich", region="ZH", postal_code="8048", phone="+41 44 555 01 00",
         email="verkauf@limmat-automobile.example.ch", signatory_name="Reto Baumann",
         signatory_title="Verkaufsleiter", alloc=6, used=3, waiting=2, gone=0),
]
DEALER = {d["code"]: d for d in DEALERS}
for _d in DEALERS:
    _d["country"] = _d["market"]

# Ledger events beyond the monthly rows (signed units).  US-HUD's plan
# includes a cut; DE-MUC transfers one unit to DE-STR.
LEDGER_EXTRA = [
    ("US-HUD", "cut", "", -1, "Cut by BMW NA: July unit withdrawn after a June order was not placed in time", "2011-07",
     "2011-06-24T16:30:00"),
    ("DE-MUC", "transfer_out", "T1", -1, "Transfer to DE-STR (Autohaus Neckar Motorsport GmbH), agreed by BMW Vertrieb Deutschland",
     "2011-06", "2011-05-27T11:15:00"),
    ("DE-STR", "transfer_in", "T1", 1, "Transfer from DE-MUC (Autohaus Isartal GmbH), agreed by BMW Vertrieb Deutschland",
     "2011-06", "2011-05-27T11:15:00"),
]

# Customers listed with two dealers: (first dealer, second dealer)
DOUBLE_LISTED = [("US-BAY", "US-PAC"), ("US-PAC", "US-BAY"), ("US-BKB", "US-HUD"),
                 ("AU-SYD", "AU-MEL"), ("DE-MUC", "DE-STR")]

# --------------------------------------------------------------------------
# where customers live: per dealer (city, region, postal code, phone prefix)
# --------------------------------------------------------------------------
AREAS = {
    "US-BAY": [("Redwood City", "CA", "94061", "650"), ("Palo Alto", "CA", "94301", "650"),
               ("San Mateo", "CA", "94402", "650"), ("Menlo Park", "CA", "94025", "650"),
               ("Mountain View", "CA", "94040", "650"), ("San Francisco", "CA", "94123", "415")],
    "US-PPL": [("Fort Worth", "TX", "76107", "817"), ("Arlington", "TX", "76013", "817"),
               ("Southlake", "TX", "76092", "817"), ("Keller", "TX", "76248", "817"),
               ("Dallas", "TX", "75205", "214")],
    "US-LAK": [("Chicago", "IL", "60614", "312"), ("Evanston", "IL", "60201", "847"),
               ("Oak Park", "IL", "60302", "708"), ("Naperville", "IL", "60540", "630"),
               ("Winnetka", "IL", "60093", "847")],
    "US-PAC": [("Newport Beach", "CA", "92660", "949"), ("Irvine", "CA", "92618", "949"),
               ("Costa Mesa", "CA", "92627", "714"), ("Laguna Beach", "CA", "92651", "949"),
               ("Huntington Beach", "CA", "92648", "714")],
    "US-HUD": [("White Plains", "NY", "10601", "914"), ("Scarsdale", "NY", "10583", "914"),
               ("Yonkers", "NY", "10701", "914"), ("New Rochelle", "NY", "10801", "914"),
               ("Greenwich", "CT", "06830", "203")],
    "US-PEA": [("Atlanta", "GA", "30305", "404"), ("Marietta", "GA", "30062", "770"),
               ("Alpharetta", "GA", "30009", "770"), ("Decatur", "GA", "30030", "404"),
               ("Roswell", "GA", "30075", "770")],
    "US-MHI": [("Denver", "CO", "80209", "303"), ("Boulder", "CO", "80302", "303"),
               ("Littleton", "CO", "80123", "303"), ("Aurora", "CO", "80014", "303"),
               ("Englewood", "CO", "80113", "303")],
    "US-EVG": [("Bellevue", "WA", "98004", "425"), ("Seattle", "WA", "98109", "206"),
               ("Redmond", "WA", "98052", "425"), ("Kirkland", "WA", "98033", "425"),
               ("Issaquah", "WA", "98027", "425")],
    "US-BKB": [("Boston", "MA", "02116", "617"), ("Cambridge", "MA", "02138", "617"),
               ("Newton", "MA", "02459", "617"), ("Brookline", "MA", "02446", "617"),
               ("Wellesley", "MA", "02481", "781")],
    "US-BIS": [("Miami", "FL", "33137", "305"), ("Coral Gables", "FL", "33134", "305"),
               ("Miami Beach", "FL", "33139", "305"), ("Fort Lauderdale", "FL", "33301", "954"),
               ("Key Biscayne", "FL", "33149", "305")],
    "CA-TOR": [("Toronto", "ON", "M5R 3K5", "416"), ("Toronto", "ON", "M4W 1A8", "416"),
               ("Oakville", "ON", "L6J 4Z3", "905"), ("Markham", "ON", "L3R 9W7", "905"),
               ("Mississauga", "ON", "L5B 3C2", "905")],
    "CA-MTL": [("Montréal", "QC", "H3G 1Z2", "514"), ("Westmount", "QC", "H3Y 2N6", "514"),
               ("Outremont", "QC", "H2V 3R3", "514"), ("Laval", "QC", "H7T 2P5", "450"),
               ("Brossard", "QC", "J4W 3K7", "450")],
    "AU-SYD": [("Sydney", "NSW", "2000", "02"), ("Mosman", "NSW", "2088", "02"),
               ("Double Bay", "NSW", "2028", "02"), ("Chatswood", "NSW", "2067", "02"),
               ("Parramatta", "NSW", "2150", "02")],
    "AU-MEL": [("Melbourne", "VIC", "3000", "03"), ("Toorak", "VIC", "3142", "03"),
               ("South Yarra", "VIC", "3141", "03"), ("Brighton", "VIC", "3186", "03"),
               ("Hawthorn", "VIC", "3122", "03")],
    "AU-BNE": [("Brisbane", "QLD", "4000", "07"), ("New Farm", "QLD", "4005", "07"),
               ("Paddington", "QLD", "4064", "07"), ("Ascot", "QLD", "4007", "07"),
               ("Southport", "QLD", "4215", "07")],
    "DE-MUC": [("München", "Bayern", "80331", "89"), ("München", "Bayern", "81675", "89"),
               ("Starnberg", "Bayern", "82319", "8151"), ("Grünwald", "Bayern", "82031", "89"),
               ("Freising", "Bayern", "85354", "8161")],
    "DE-STR": [("Stuttgart", "Baden-Württemberg", "70173", "711"),
               ("Esslingen am Neckar", "Baden-Württemberg", "73728", "711"),
               ("Böblingen", "Baden-Württemberg", "71032", "7031"),
               ("Ludwigsburg", "Baden-Württemberg", "71638", "7141")],
    "DE-HAM": [("Hamburg", "Hamburg", "20095", "40"), ("Hamburg", "Hamburg", "22587", "40"),
               ("Norderstedt", "Schleswig-Holstein", "22846", "40"),
               ("Pinneberg", "Schleswig-Holstein", "25421", "4101")],
    "DE-FRA": [("Frankfurt am Main", "Hessen", "60322", "69"),
               ("Bad Homburg vor der Höhe", "Hessen", "61348", "6172"),
               ("Offenbach am Main", "Hessen", "63065", "69"), ("Wiesbaden", "Hessen", "65183", "611")],
    "GB-LON": [("London", "Greater London", "SW3 2AS", "20"), ("London", "Greater London", "NW3 1QE", "20"),
               ("London", "Greater London", "W8 4PT", "20"), ("Richmond", "Greater London", "TW9 1DN", "20")],
    "GB-MAN": [("Manchester", "Greater Manchester", "M2 3WQ", "161"), ("Altrincham", "Greater Manchester", "WA14 1EP", "161"),
               ("Wilmslow", "Cheshire", "SK9 1AE", "161"), ("Stockport", "Greater Manchester", "SK4 3AB", "161")],
    "GB-BHM": [("Birmingham", "West Midlands", "B15 2TT", "121"), ("Solihull", "West Midlands", "B91 3QR", "121"),
               ("Sutton Coldfield", "West Midlands", "B73 5AA", "121"), ("Leamington Spa", "Warwickshire", "CV32 4AQ", "121")],
    "GB-EDI": [("Edinburgh", "City of Edinburgh", "EH3 9QG", "131"), ("Edinburgh", "City of Edinburgh", "EH4 1AB", "131"),
               ("Musselburgh", "East Lothian", "EH21 6AA", "131"), ("Livingston", "West Lothian", "EH54 6AA", "131")],
    "JP-TYO": [("Setagaya-ku", "Tokyo", "155-0031", "3", "Kitazawa"), ("Minato-ku", "Tokyo", "106-0032", "3", "Roppongi"),
               ("Shibuya-ku", "Tokyo", "150-0001", "3", "Jingumae"), ("Meguro-ku", "Tokyo", "153-0063", "3", "Meguro")],
    "JP-YOK": [("Yokohama", "Kanagawa", "225-0002", "45", "Utsukushigaoka, Aoba-ku"),
               ("Yokohama", "Kanagawa", "231-0023", "45", "Yamashitacho, Naka-ku"),
               ("Kamakura", "Kanagawa", "248-0006", "467", "Komachi")],
    "JP-OSA": [("Osaka", "Osaka", "530-0001", "6", "Umeda, Kita-ku"), ("Osaka", "Osaka", "542-0081", "6", "Minamisenba, Chuo-ku"),
               ("Kobe", "Hyogo", "650-0021", "78", "Sannomiyacho, Chuo-ku"), ("Toyonaka", "Osaka", "560-0021", "6", "Honmachi")],
    "FR-PAR": [("Paris", "Île-de-France", "75008", "1"), ("Paris", "Île-de-France", "75016", "1"),
               ("Neuilly-sur-Seine", "Île-de-France", "92200", "1"), ("Boulogne-Billancourt", "Île-de-France", "92100", "1"),
               ("Versailles", "Île-de-France", "78000", "1")],
    "FR-LYO": [("Lyon", "Rhône-Alpes", "69006", "4"), ("Villeurbanne", "Rhône-Alpes", "69100", "4"),
               ("Écully", "Rhône-Alpes", "69130", "4"), ("Caluire-et-Cuire", "Rhône-Alpes", "69300", "4")],
    "IT-MIL": [("Milano", "MI", "20121", "02"), ("Milano", "MI", "20144", "02"), ("Monza", "MB", "20900", "039"),
               ("Bergamo", "BG", "24121", "035"), ("Como", "CO", "22100", "031")],
    "IT-ROM": [("Roma", "RM", "00197", "06"), ("Roma", "RM", "00186", "06"), ("Frascati", "RM", "00044", "06")],
    "CH-ZRH": [("Zürich", "ZH", "8008", "44"), ("Küsnacht", "ZH", "8700", "44"), ("Winterthur", "ZH", "8400", "52"),
               ("Zug", "ZG", "6300", "41")],
}
CH_FRENCH_AREAS = [("Lausanne", "VD", "1003", "21"), ("Genève", "GE", "1204", "22")]

STREETS = {
    "US": ["Oak Street", "Maple Avenue", "Park Avenue", "Elm Street", "Washington Street", "Lake Drive",
           "Hillcrest Road", "Sunset Boulevard", "Cedar Lane", "Highland Avenue", "Ridge Road", "Willow Way",
           "Forest Drive", "Main Street", "Chestnut Street", "Magnolia Drive", "Bayview Terrace", "Jefferson Avenue"],
    "CA": ["Avenue Road", "Bloor Street West", "Lakeshore Road East", "Kingsway", "Yonge Street", "Spadina Road"],
    "CA-fr": ["avenue Laurier Ouest", "rue Sherbrooke Ouest", "chemin de la Côte-Sainte-Catherine",
              "avenue Greene", "boulevard Saint-Joseph Est", "rue Saint-Denis"],
    "AU": ["Military Road", "Ocean Street", "Glenferrie Road", "Bay Street", "Kent Street", "Station Street",
           "Wharf Road", "Chapel Street", "Victoria Road", "Coronation Drive"],
    "GB": ["Queen's Road", "Church Lane", "Victoria Road", "The Crescent", "Albert Drive", "Grange Road",
           "Station Road", "Manor Way", "Park Avenue", "Highfield Road", "King's Drive", "Orchard Close"],
    "DE": ["Maximilianstraße", "Hauptstraße", "Bahnhofstraße", "Lindenstraße", "Gartenweg", "Schillerstraße",
           "Goethestraße", "Am Rosenhang", "Mozartstraße", "Kirchplatz", "Feldstraße", "Uhlandstraße"],
    "CH": ["Seestrasse", "Bahnhofstrasse", "Dufourstrasse", "Forchstrasse", "Zürichbergstrasse", "Kirchgasse"],
    "CH-fr": ["avenue de Rumine", "rue du Rhône", "chemin des Vignes", "avenue de la Gare"],
    "FR": ["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "rue Pasteur", "boulevard Gambetta",
           "avenue du Général de Gaulle", "rue des Écoles", "place de l'Église", "rue du Moulin", "allée des Tilleuls"],
    "IT": ["Via Monte Napoleone", "Corso Buenos Aires", "Via Manzoni", "Viale Parioli", "Via Appia Nuova",
           "Corso Magenta", "Via Garibaldi", "Via Roma", "Viale dei Mille"],
}

# --------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------
N = {
    "en_m": "James John Robert Michael William David Richard Joseph Thomas Christopher Daniel Matthew Anthony "
            "Mark Steven Paul Andrew Joshua Kevin Brian Ryan Jason Eric Scott Gregory Jonathan Patrick Sean "
            "Carlos Derek Tyler Brandon Raj Wei Marcus Nathan".split(),
    "en_f": "Jennifer Elizabeth Susan Jessica Sarah Karen Lisa Michelle Laura Emily Rachel Amanda Megan "
            "Stephanie Nicole Priya Maria Linda Catherine Allison".split(),
    "us_l": "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Wilson "
            "Anderson Thomas Taylor Moore Jackson Martin Lee Thompson White Harris Clark Lewis Robinson Walker "
            "Young Allen King Wright Scott Hill Green Adams Baker Nelson Carter Mitchell Roberts Turner Phillips "
            "Campbell Parker Evans Edwards Collins Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson Reed "
            "Bailey Kelly Howard Chen Nguyen Patel Kim O'Brien O'Connor Sullivan McCarthy Schmidt Novak Russo "
            "Kowalski Fitzgerald Ramirez Goldberg Hoffman Van_Dyke Smith-Jones Weiss Castillo",
    "gb_m": "Oliver Harry George Jack Charles James William Thomas Edward Henry Alistair Rupert Nigel Graham Ian "
            "Simon Stuart Richard Andrew".split(),
    "gb_f": "Charlotte Emma Sophie Olivia Victoria Harriet Fiona Claire Helen Joanna".split(),
    "gb_l": "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White "
            "Roberts Green Hall Wood Jackson Clarke Hughes Harrison Mackenzie Campbell Stewart Fraser Ferguson "
            "Patel Khan Shah Ashworth Pemberton".split(),
    "au_m": "Lachlan Bruce Mitchell Cameron Matthew Daniel Jack Liam Benjamin Nathan Luke Josh Scott Andrew".split(),
    "au_f": "Chloe Emma Jessica Kate Sarah Rebecca Lauren Amy".split(),
    "au_l": "Smith Jones Williams Brown Wilson Taylor Nguyen Kelly Ryan Murphy Papadopoulos Rossi Walker White "
            "Anderson Thompson Martin Harris Lee King Campbell Mitchell O'Brien Costa Nicholls Tran".split(),
    "de_m": "Thomas Michael Andreas Stefan Markus Christian Alexander Tobias Florian Matthias Jürgen Klaus "
            "Wolfgang Jörg Sebastian Maximilian Dirk Frank".split(),
    "de_f": "Sabine Claudia Katrin Andrea Stefanie Julia Anja Birgit Susanne Petra".split(),
    "de_l": "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer "
            "Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Weiß "
            "Huber Maier Gruber Brandt von_Rohr Vogt",
    "ch_m": "Lukas Reto Urs Beat Daniel Marco Stefan Martin Thomas Christoph".split(),
    "ch_f": "Monika Regula Nicole Barbara Daniela".split(),
    "ch_l": "Meier Keller Brunner Baumann Frei Gerber Widmer Steiner Moser Huber".split(),
    "fr_m": "Jean Pierre Philippe Nicolas François Laurent Olivier Stéphane Christophe Sébastien Julien Antoine "
            "Thierry Jean-Luc".split(),
    "fr_f": "Isabelle Nathalie Sophie Céline Valérie Hélène Camille Anne-Sophie".split(),
    "fr_l": "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre Michel "
            "Garcia David Bertrand Roux Fournier Girard Mercier Faure de_Villiers Favre Rochat Perrin",
    "qc_m": "Jean-François Marc-André Mathieu Étienne Guillaume Sylvain Luc".split(),
    "qc_f": "Geneviève Marie-Ève Julie Isabelle Nathalie".split(),
    "qc_l": "Tremblay Gagnon Roy Côté Bouchard Gauthier Morin Lavoie Fortin Gagné Pelletier Bélanger".split(),
    "it_m": "Marco Giuseppe Alessandro Andrea Luca Francesco Matteo Lorenzo Roberto Stefano Paolo Giovanni".split(),
    "it_f": "Giulia Francesca Chiara Elena Valentina Silvia".split(),
    "it_l": "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca "
            "Mancini Costa Giordano Rizzo Lombardi Moretti D'Angelo",
    "ja_m": "Hiroshi Takeshi Kenji Daisuke Akira Satoshi Kazuki Naoki Ryo Yusuke Shinji Makoto".split(),
    "ja_f": "Yoko Keiko Akiko Naomi Emi Mayumi Yuki".split(),
    "ja_l": "Tanaka Suzuki Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki "
            "Matsumoto Inoue Kimura Hayashi Shimizu Mori".split(),
}
# lists are written space-separated; "_" stands for a space inside a name
N = {k: [w.replace("_", " ") for w in (v.split() if isinstance(v, str) else v)] for k, v in N.items()}

TITLES = {  # (male, female) salutation titles in the customer's language
    "en": ("Mr", "Ms"), "de": ("Herr", "Frau"), "fr": ("M.", "Mme"), "it": ("Sig.", "Sig.ra"), "ja": ("Mr", "Ms"),
}

COMPANIES = {  # dealer -> companies on its list (family_name = company, given_name empty)
    "US-PPL": ["<b>Smith</b> & Sons"],
    "US-PAC": ["Hollister Motorsport LLC"],
    "US-LAK": ["Lakefront Collector Cars, Inc."],
    "DE-MUC": ["Müller Fahrzeugtechnik GmbH"],
    "GB-LON": ["Kensington Classic Cars Ltd"],
    "AU-SYD": ["Southern Cross Motor Holdings Pty Ltd"],
    "FR-PAR": ["Garage Lefèvre & Fils SARL"],
    "JP-TYO": ["Tanaka Shoji K.K."],
}

# --------------------------------------------------------------------------
# deposits: per dealer standard amount, methods, terms in the dealer's language
# --------------------------------------------------------------------------
DEPOSIT = {
    "US-BAY": "5000.00", "US-PPL": "2500.00", "US-LAK": "5000.00", "US-PAC": "10000.00", "US-HUD": "5000.00",
    "US-PEA": "2500.00", "US-MHI": "1000.00", "US-EVG": "5000.00", "US-BKB": "5000.00", "US-BIS": "2500.00",
    "CA-TOR": "5000.00", "CA-MTL": "5000.00", "AU-SYD": "10000.00", "AU-MEL": "5000.00", "AU-BNE": "5000.00",
    "DE-MUC": "5000.00", "DE-STR": "2500.00", "DE-HAM": "5000.00", "DE-FRA": "3000.00",
    "GB-LON": "2000.00", "GB-MAN": "1000.00", "GB-BHM": "1000.00", "GB-EDI": "1000.00",
    "JP-TYO": "500000", "JP-YOK": "300000", "JP-OSA": "300000",
    "FR-PAR": "3000.00", "FR-LYO": "2000.00", "IT-MIL": "5000.00", "IT-ROM": "3000.00", "CH-ZRH": "5000.00",
}
METHODS = {
    "US": [("card", 5), ("cheque", 3), ("bank_transfer", 2)], "CA": [("cheque", 4), ("card", 4), ("bank_transfer", 2)],
    "AU": [("bank_transfer", 6), ("card", 4)], "GB": [("card", 5), ("bank_transfer", 3), ("cheque", 2)],
    "DE": [("bank_transfer", 8), ("cash", 2)], "CH": [("bank_transfer", 8), ("cash", 2)],
    "FR": [("cheque", 5), ("bank_transfer", 5)], "IT": [("bank_transfer", 7), ("cash", 3)],
    "JP": [("bank_transfer", 6), ("cash", 4)],
}
TERMS_REFUNDABLE = {
    "en": "Fully refundable if no vehicle can be allocated; refunded within 14 days of written request.",
    "de": "Vollständig erstattungsfähig, falls kein Fahrzeug zugeteilt werden kann; Rückzahlung innerhalb von "
          "14 Tagen nach schriftlicher Anforderung.",
    "fr": "Intégralement remboursable si aucun véhicule ne peut être attribué ; remboursement sous 14 jours "
          "après demande écrite.",
    "it": "Interamente rimborsabile se nessun veicolo può essere assegnato; rimborso entro 14 giorni dalla "
          "richiesta scritta.",
}
TERMS_LOCKED = {  # used by dealers whose deposit becomes non-refundable once the car is ordered
    "en": "Refundable until the order is placed with BMW; non-refundable once the car is ordered to the "
          "customer's specification.",
    "de": "Bis zur Bestellung bei BMW erstattungsfähig; nach Bestellung des Fahrzeugs nach Kundenspezifikation "
          "nicht mehr erstattungsfähig.",
}
LOCKED_DEALERS = ("US-PPL", "AU-SYD", "DE-HAM")
TERMS_LANG = {"US": "en", "CA": "en", "AU": "en", "GB": "en", "JP": "en", "DE": "de", "CH": "de",
              "FR": "fr", "IT": "it"}

COLOURS = [("Valencia Orange Metallic", 45), ("Black Sapphire Metallic", 30), ("Alpine White", 25)]
OPTIONS = [("Navigation", 35), ("Comfort Access", 25), ("Sun roof", 20), ("Harman Kardon sound", 15),
           ("Park Distance Control", 20)]


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
def wchoice(pairs):
    total = sum(w for _, w in pairs)
    x = RNG.uniform(0, total)
    for value, w in pairs:
        x -= w
        if x <= 0:
            return value
    return pairs[-1][0]


def ascii_slug(s: str) -> str:
    s = s.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    s = s.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(c for c in s.lower() if c.isalnum() or c in ".-")


def rand_date(a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=RNG.randint(0, (b - a).days))


def iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-{w:02d}"


VIN_VALUES = {**{str(i): i for i in range(10)},
              **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
              **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check_digit(vin17: str) -> str:
    total = sum(VIN_VALUES[c] * w for c, w in zip(vin17, VIN_WEIGHTS))
    r = total % 11
    return "X" if r == 10 else str(r)


def make_vin(serial: int) -> str:
    # WBSUR9C5 (WMI + VDS), check digit, B = model year 2011, V = plant, serial
    body = f"WBSUR9C5?BV{serial:06d}"
    return body.replace("?", vin_check_digit(body.replace("?", "0")))


class Phones:
    def __init__(self):
        self.used = {d["phone"] for d in DEALERS}

    def make(self, market: str, prefix: str) -> str:
        for _ in range(1000):
            if market in ("US", "CA"):
                p = f"({prefix}) 555-01{RNG.randint(0, 99):02d}"
            elif market == "AU":
                mid = "7010" if prefix == "03" else "5550"
                p = f"({prefix}) {mid} {RNG.randint(0, 9999):04d}"
            elif market == "GB":
                p = (f"+44 20 7946 0{RNG.randint(0, 999):03d}" if prefix == "20"
                     else f"+44 {prefix} 496 0{RNG.randint(0, 999):03d}")
            elif market == "DE":
                p = f"+49 {prefix} {RNG.randint(200000, 9999999)}"
            elif market == "CH":
                p = f"+41 {prefix} {RNG.randint(200, 999)} {RNG.randint(10, 99)} {RNG.randint(10, 99)}"
            elif market == "FR":
                p = f"+33 {prefix} " + " ".join(f"{RNG.randint(10, 99)}" for _ in range(4))
            elif market == "IT":
                p = f"+39 {prefix} {RNG.randint(1000000, 9999999)}"
            elif market == "JP":
                local = 9 - len(prefix)  # 9-digit national number
                n = f"{RNG.randint(2 * 10 ** (local - 1), 10 ** local - 1)}"
                p = f"+81 {prefix}-{n[:local - 4]}-{n[local - 4:]}"
            else:
                raise ValueError(market)
            if p not in self.used:
                self.used.add(p)
                return p
        raise RuntimeError("phone space exhausted")


class Emails:
    def __init__(self):
        self.used: set[str] = set()

    def make(self, given: str, family: str, company: str) -> str:
        if company:
            local = "fleet." + ascii_slug(company.replace("<b>", "").replace("</b>", "").split()[0])
        else:
            style = RNG.randint(0, 2)
            g, f = ascii_slug(given), ascii_slug(family.replace(" ", ""))
            local = [f"{g}.{f}", f"{g[0]}{f}", f"{g}{f[0]}"][style]
        domain = RNG.choice(["example.com", "example.com", "example.org"])
        email, n = f"{local}@{domain}", 1
        while email in self.used:
            n += 1
            email = f"{local}{n}@{domain}"
        self.used.add(email)
        return email


# --------------------------------------------------------------------------
# generation
# --------------------------------------------------------------------------
def name_pools(dealer: dict) -> list[tuple[str, str]]:
    """(pool key prefix, language) choices for one customer of a dealer."""
    m = dealer["market"]
    if m == "US":
        return [("us", "en")]
    if m == "CA":
        return [("qc", "fr"), ("qc", "fr"), ("us", "en")] if dealer["code"] == "CA-MTL" else [("us", "en")]
    if m == "GB":
        return [("gb", "en")]
    if m == "AU":
        return [("au", "en")]
    if m == "DE":
        return [("de", "de")]
    if m == "CH":
        return [("ch", "de"), ("ch", "de"), ("ch", "de"), ("fr", "fr")]
    if m == "FR":
        return [("fr", "fr")]
    if m == "IT":
        return [("it", "it")]
    if m == "JP":
        return [("ja", "ja")]
    raise ValueError(m)


def given_pool(key: str, female: bool) -> list[str]:
    alias = {"us": "en", "qc": "qc"}.get(key, key)
    return N[f"{alias}_{'f' if female else 'm'}"]


def family_pool(key: str) -> list[str]:
    return N[{"us": "us_l", "qc": "qc_l"}.get(key, f"{key}_l")]


def make_person(dealer: dict, phones: Phones, emails: Emails, company: str = "") -> dict:
    m = dealer["market"]
    key, lang = RNG.choice(name_pools(dealer))
    areas = AREAS[dealer["code"]]
    if m == "CH" and lang == "fr":
        areas = CH_FRENCH_AREAS
    area = RNG.choice(areas)
    city, region, postal, prefix = area[:4]
    if company:
        title, given, family = "", "", company
    else:
        female = RNG.random() < 0.18
        given = RNG.choice(given_pool(key, female))
        family = RNG.choice(family_pool(key))
        title = TITLES[lang][1 if female else 0]
        if lang == "en" and not female and RNG.random() < 0.06:
            title = "Dr"
    # street
    if m == "JP":
        street = f"{RNG.randint(1, 5)}-{RNG.randint(1, 30)}-{RNG.randint(1, 20)} {area[4]}"
    elif m in ("US", "AU", "GB") or (m == "CA" and lang == "en"):
        no = RNG.randint(100, 9899) if m == "US" else RNG.randint(1, 240)
        street = f"{no} {RNG.choice(STREETS[m])}"
    elif m == "CA":
        street = f"{RNG.randint(100, 5999)} {RNG.choice(STREETS['CA-fr'])}"
    elif m == "FR" or (m == "CH" and lang == "fr"):
        pool = STREETS["CH-fr"] if m == "CH" else STREETS["FR"]
        street = f"{RNG.randint(1, 180)} {RNG.choice(pool)}" if m == "FR" else f"{RNG.choice(pool)} {RNG.randint(1, 80)}"
    else:  # DE, CH (de), IT: name then number
        street = f"{RNG.choice(STREETS[m])} {RNG.randint(1, 120)}"
    if m == "DE" and RNG.random() < 0.08:
        street += "a"
    phone = "" if RNG.random() < 0.07 else phones.make(m, prefix)
    email = "" if RNG.random() < 0.08 else emails.make(given, family, company)
    if not phone and not email:
        phone = phones.make(m, prefix)
    return dict(ref="", title=title, given_name=given, family_name=family, company=company, street=street,
                city=city, region=region, postal_code=postal, country=dealer["country"], email=email,
                phone=phone, language=lang)


def spec() -> str:
    parts = [wchoice(COLOURS), "6-speed manual"]
    for opt, pct in OPTIONS:
        if RNG.randint(1, 100) <= pct:
            parts.append(opt)
    return ", ".join(parts)


def split_units(total: int, n: int) -> list[int]:
    base, rest = divmod(total, n)
    units = [base] * n
    for i in RNG.sample(range(n), rest):
        units[i] += 1
    return units


def build():
    phones, emails = Phones(), Emails()

    # ---- dealer allocation ledger ----
    dealer_allocs = []
    for d in DEALERS:
        extra = sum(u for code, _kind, _group, u, *_ in LEDGER_EXTRA if code == d["code"])
        monthly = split_units(d["alloc"] - extra, len(PERIODS))
        first_month = True
        for period, units in zip(PERIODS, monthly):
            if units == 0:
                continue
            kind = "initial" if first_month else "increase"
            first_month = False
            y, mo = map(int, period.split("-"))
            rec = dt.datetime(y, mo, 1, 10, 0) - dt.timedelta(days=RNG.randint(10, 20))
            dealer_allocs.append(dict(dealer=d["code"], program=PROGRAM, units=units,
                                      kind=kind, transfer_group="",
                                      reason=f"Monthly 1M allocation {period} ({NSC[d['market']]})",
                                      period=period, recorded_at=rec.isoformat()))
        for code, kind, group, units, reason, period, rec in LEDGER_EXTRA:
            if code == d["code"]:
                dealer_allocs.append(dict(dealer=code, program=PROGRAM, units=units, kind=kind,
                                          transfer_group=group, reason=reason,
                                          period=period, recorded_at=rec))

    # ---- entries per dealer (customers attached afterwards) ----
    entries = []
    people = []          # customer dicts, in creation order
    for d in DEALERS:
        n_dup_here = sum(1 for _, second in DOUBLE_LISTED if second == d["code"])
        total = d["used"] + d["waiting"] + d["gone"] - n_dup_here
        dates = sorted(rand_date(JOIN_FIRST, JOIN_LAST) for _ in range(total))
        gone_idx = set(RNG.sample(range(total), d["gone"]))
        statuses, used_left = [], d["used"]
        for i in range(total):
            if i in gone_idx:
                statuses.append(RNG.choice(["cancelled", "refunded"]))
            elif used_left:
                statuses.append("used")
                used_left -= 1
            else:
                statuses.append("waiting")
        # split the used ones (in joining order): delivered, ordered, assigned
        n_used = d["used"]
        share_del = {"US": 0.35, "DE": 0.45, "GB": 0.4, "FR": 0.4, "IT": 0.4, "CH": 0.4}.get(d["market"], 0.25)
        n_del = round(n_used * share_del)
        n_ass = max(1, round(n_used * 0.2)) if n_used > 2 else 0
        n_ord = n_used - n_del - n_ass
        used_labels = ["delivered"] * n_del + ["ordered"] * n_ord + ["assigned"] * n_ass
        companies = list(COMPANIES.get(d["code"], []))
        company_slots = RNG.sample(range(total), len(companies))
        for i, (joined, st) in enumerate(zip(dates, statuses)):
            if st == "used":
                st = used_labels.pop(0)
            company = companies.pop() if i in company_slots and companies else ""
            person = make_person(d, phones, emails, company)
            people.append(person)
            entries.append(dict(person=person, dealer=d["code"], joined=joined, status=st))

    # ---- second entries for double-listed customers (always waiting) ----
    for first, second in DOUBLE_LISTED:
        candidates = [e for e in entries if e["dealer"] == first and e["status"] == "waiting"
                      and e["person"]["company"] == "" and not e.get("double")]
        e1 = candidates[RNG.randrange(len(candidates))]
        e1["double"] = True
        joined = min(JOIN_LAST, e1["joined"] + dt.timedelta(days=RNG.randint(3, 60)))
        entries.append(dict(person=e1["person"], dealer=second, joined=joined, status="waiting", double=True))

    # ---- customer refs in order of first joining ----
    first_join = {}
    for e in entries:
        pid = id(e["person"])
        first_join[pid] = min(first_join.get(pid, e["joined"]), e["joined"])
    order = sorted(range(len(people)), key=lambda i: (first_join[id(people[i])], i))
    for n, i in enumerate(order, 1):
        people[i]["ref"] = f"C{n:04d}"
    customers = [people[i] for i in order]

    # ---- deposits, specs, positions ----
    for e in entries:
        d = DEALER[e["dealer"]]
        m = d["market"]
        amount = DEPOSIT[e["dealer"]]
        if RNG.random() < 0.1:   # some customers paid more than the standard deposit
            amount = f"{int(float(amount)) * 2}" + ("" if m == "JP" else ".00")
        lang = TERMS_LANG[m]
        if d["code"] == "CA-MTL":
            lang = "fr"
        terms, refundable = TERMS_REFUNDABLE[lang], "true"
        if e["dealer"] in LOCKED_DEALERS:
            terms = TERMS_LOCKED[lang]
            refundable = "false" if e["status"] in ("ordered", "delivered") else "true"
        e.update(deposit_amount=amount, deposit_currency=CURRENCY[m],
                 deposit_date=min(TODAY, e["joined"] + dt.timedelta(days=RNG.choice([0, 0, 0, 1, 2, 5, 7]))),
                 deposit_method=wchoice(METHODS[m]), deposit_refundable=refundable, deposit_terms=terms,
                 specification=spec(), position="")
    by_dealer = defaultdict(list)
    for e in entries:
        by_dealer[e["dealer"]].append(e)
    for code, es in by_dealer.items():
        waiting = sorted((e for e in es if e["status"] == "waiting"),
                         key=lambda e: (e["joined"], e["person"]["ref"]))
        for pos, e in enumerate(waiting, 1):
            e["position"] = pos

    # ---- orders ----
    orders = []
    order_numbers, serial = set(), 593100
    ordered_codes = ["195", "190", "160", "155", "150", "112", "111"]
    continental = ("DE", "FR", "IT", "CH")
    for d in DEALERS:
        m = d["market"]
        overseas = m not in continental
        es = sorted((e for e in by_dealer[d["code"]] if e["status"] in ("ordered", "delivered")),
                    key=lambda e: e["joined"])
        n_ord = sum(1 for e in es if e["status"] == "ordered")
        k = 0
        for e in es:
            if e["status"] == "delivered":
                code = "196"
                first = {"US": dt.date(2011, 5, 2), "CA": dt.date(2011, 5, 16), "AU": dt.date(2011, 6, 6),
                         "JP": dt.date(2011, 6, 1)}.get(m, dt.date(2011, 4, 11))
                status_date = rand_date(first, dt.date(2011, 7, 15))
                lead = RNG.randint(42, 63) if overseas else RNG.randint(12, 24)
                prod = status_date - dt.timedelta(days=lead)
                eta = status_date
            else:
                # earlier joiners are further along
                idx = min(len(ordered_codes) - 1, int((k + RNG.random()) * len(ordered_codes) / max(1, n_ord)))
                k += 1
                code = ordered_codes[idx]
                if code == "195" and not overseas:
                    code = "190"
                window = {"111": (5, 15), "112": (3, 19), "150": (1, 8), "155": (2, 12), "160": (5, 20),
                          "190": (8, 28), "195": (10, 35)}[code]
                status_date = TODAY - dt.timedelta(days=RNG.randint(*window))
                prod = {"112": status_date + dt.timedelta(days=RNG.randint(14, 35)),
                        "150": status_date, "155": status_date - dt.timedelta(days=RNG.randint(2, 5)),
                        "160": status_date - dt.timedelta(days=RNG.randint(5, 9)),
                        "190": status_date - dt.timedelta(days=RNG.randint(10, 16)),
                        "195": status_date - dt.timedelta(days=RNG.randint(18, 28))}.get(code)
                eta = None
                if code == "190":
                    eta = status_date + dt.timedelta(days=RNG.randint(40, 55) if overseas else RNG.randint(7, 12))
                elif code == "195":
                    eta = status_date + dt.timedelta(days=RNG.randint(20, 35))
            number = RNG.randint(1_000_000, 9_999_999)
            while number in order_numbers:
                number = RNG.randint(1_000_000, 9_999_999)
            order_numbers.add(number)
            vin = "pending" if int(code) >= 155 else ""
            orders.append(dict(customer=e["person"]["ref"], dealer=d["code"], program=PROGRAM,
                               order_number=str(number), oem="BMW", status_code=code,
                               status_date=status_date.isoformat(),
                               production_week=iso_week(prod) if int(code) >= 112 else "",
                               vin=vin, eta=eta.isoformat() if eta else ""))
    # VIN serials follow the production sequence (the demo dealers see a sample of the whole run)
    for o in sorted((o for o in orders if o["vin"]), key=lambda o: (o["production_week"], o["order_number"])):
        serial += RNG.randint(1, 40)
        o["vin"] = make_vin(serial)

    return dealer_allocs, customers, entries, orders


# --------------------------------------------------------------------------
# output
# --------------------------------------------------------------------------
COLUMNS = {
    "programs.csv": ["code", "name", "oem", "planned_units", "aliases", "status_codes"],
    "markets.csv": ["code", "name", "language", "locale", "currency", "paper"],
    "market_allocations.csv": ["market", "program", "units", "reason", "recorded_at"],
    "dealers.csv": ["code", "market", "name", "street", "city", "region", "postal_code", "country", "phone",
                    "email", "signatory_name", "signatory_title"],
    "dealer_allocations.csv": ["dealer", "program", "units", "kind", "transfer_group", "reason",
                               "period", "recorded_at"],
    "customers.csv": ["ref", "title", "given_name", "family_name", "company", "street", "city", "region",
                      "postal_code", "country", "email", "phone", "language"],
    "entries.csv": ["customer", "dealer", "program", "position", "joined_on", "status", "deposit_amount",
                    "deposit_currency", "deposit_date", "deposit_method", "deposit_refundable", "deposit_terms",
                    "specification"],
    "orders.csv": ["customer", "dealer", "program", "order_number", "oem", "status_code", "status_date",
                   "production_week", "vin", "eta"],
}


def write(outdir: str, name: str, rows: list[dict]) -> None:
    with open(os.path.join(outdir, name), "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS[name], lineterminator="\n", extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in COLUMNS[name]})


def read(outdir: str, name: str) -> list[dict]:
    with open(os.path.join(outdir, name), newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and list(rows[0].keys()) == COLUMNS[name], name
    return rows


def validate(outdir: str) -> None:
    """Re-read the written CSVs and check the rules the app relies on."""
    programs = read(outdir, "programs.csv")
    markets = {r["code"]: r for r in read(outdir, "markets.csv")}
    m_alloc = read(outdir, "market_allocations.csv")
    dealers = {r["code"]: r for r in read(outdir, "dealers.csv")}
    d_alloc = read(outdir, "dealer_allocations.csv")
    customers = {r["ref"]: r for r in read(outdir, "customers.csv")}
    entries = read(outdir, "entries.csv")
    orders = read(outdir, "orders.csv")

    planned = int(programs[0]["planned_units"])
    market_units = Counter()
    for r in m_alloc:
        market_units[r["market"]] += int(r["units"])
        assert r["market"] in markets
    assert sum(market_units.values()) <= planned
    assert market_units["AU"] == 125 and market_units["US"] == max(market_units.values())

    allocated = Counter()
    for r in d_alloc:
        assert r["dealer"] in dealers and len(r["period"]) == 7
        allocated[r["dealer"]] += int(r["units"])
    per_market = Counter()
    for code, units in allocated.items():
        per_market[dealers[code]["market"]] += units
    for m, units in per_market.items():
        assert units <= market_units[m], (m, units, market_units[m])

    used, waiting, seen = Counter(), defaultdict(list), set()
    for e in entries:
        assert e["customer"] in customers and e["dealer"] in dealers
        key = (e["customer"], e["dealer"])
        assert key not in seen, key
        seen.add(key)
        assert e["status"] in ("waiting",) + USED + ("cancelled", "refunded")
        assert JOIN_FIRST.isoformat() <= e["joined_on"] <= JOIN_LAST.isoformat()
        assert e["deposit_currency"] == markets[dealers[e["dealer"]]["market"]]["currency"]
        assert e["deposit_refundable"] in ("true", "false")
        assert e["deposit_method"] in ("cash", "card", "bank_transfer", "cheque")
        if e["deposit_currency"] == "JPY":
            assert e["deposit_amount"].isdigit()
        else:
            assert e["deposit_amount"].split(".")[1].__len__() == 2
        if e["status"] in USED:
            used[e["dealer"]] += 1
        if e["status"] == "waiting":
            waiting[e["dealer"]].append(e)
        else:
            assert e["position"] == "", e
    assert all(c in {e["customer"] for e in entries} for c in customers)
    doubles = Counter(e["customer"] for e in entries)
    assert sum(1 for n in doubles.values() if n > 1) == len(DOUBLE_LISTED)

    # THE KEY RULE and contiguous positions
    for code in dealers:
        assert used[code] <= allocated[code], (code, used[code], allocated[code])
        ws = sorted(waiting[code], key=lambda e: int(e["position"]))
        assert [int(e["position"]) for e in ws] == list(range(1, len(ws) + 1)), code
        assert [e["joined_on"] for e in ws] == sorted(e["joined_on"] for e in ws), code
    us = [c for c in dealers if dealers[c]["market"] == "US"]
    assert any(allocated[c] - used[c] == 0 for c in us)
    assert all(0 <= allocated[c] - used[c] <= 5 and 8 <= len(waiting[c]) <= 25 for c in us)
    unservable_us = sum(max(0, len(waiting[c]) - (allocated[c] - used[c])) for c in us)
    assert 100 <= unservable_us <= 150, unservable_us

    # orders: exactly one per ordered/delivered entry
    need = {(e["customer"], e["dealer"]) for e in entries if e["status"] in ("ordered", "delivered")}
    have = [(o["customer"], o["dealer"]) for o in orders]
    assert len(have) == len(set(have)) and set(have) == need
    status_of = {(e["customer"], e["dealer"]): e["status"] for e in entries}
    numbers = [o["order_number"] for o in orders]
    assert len(numbers) == len(set(numbers)) and all(len(n) == 7 and n.isdigit() for n in numbers)
    vins = [o["vin"] for o in orders if o["vin"]]
    assert len(vins) == len(set(vins))
    for o in orders:
        code = int(o["status_code"])
        st = status_of[(o["customer"], o["dealer"])]
        assert (code == 196) == (st == "delivered")
        assert st == "delivered" or o["status_code"] in ("111", "112", "150", "155", "160", "190", "195")
        assert bool(o["production_week"]) == (code >= 112)
        assert bool(o["eta"]) == (code >= 190)
        assert o["status_date"] <= TODAY.isoformat()
        if code >= 155:
            v = o["vin"]
            assert len(v) == 17 and v.startswith("WBSUR9C5") and not set(v) & set("IOQ"), v
            assert v[8] == vin_check_digit(v), v
        else:
            assert o["vin"] == ""

    for c in customers.values():
        if c["email"]:
            assert c["email"].split("@")[1] in ("example.com", "example.org"), c["email"]
        assert c["language"] in ("en", "de", "fr", "it", "ja")
    for d in dealers.values():
        assert ".example." in d["email"] or d["email"].endswith("@example.com")
    assert any(c["family_name"] == "<b>Smith</b> & Sons" and c["company"] == "<b>Smith</b> & Sons"
               and c["country"] == "US" for c in customers.values())

    # ---- summary ----
    print(f"{len(customers)} customers, {len(entries)} entries, {len(orders)} orders, "
          f"{len(dealers)} dealers, {len(d_alloc)} dealer allocation rows")
    status_count = Counter(e["status"] for e in entries)
    print("entries by status: " + ", ".join(f"{k} {status_count[k]}" for k in
                                            ("waiting",) + USED + ("cancelled", "refunded")))
    hdr = f"{'market':6} {'mkt units':>9} {'dealers':>7} {'allocated':>9} {'used':>5} {'available':>9} " \
          f"{'waiting':>7} {'beyond avail':>12}"
    print(hdr)
    print("-" * len(hdr))
    tot = Counter()
    for m in markets:
        ds = [c for c in dealers if dealers[c]["market"] == m]
        a = sum(allocated[c] for c in ds)
        u = sum(used[c] for c in ds)
        w = sum(len(waiting[c]) for c in ds)
        beyond = sum(max(0, len(waiting[c]) - (allocated[c] - used[c])) for c in ds)
        row = dict(units=market_units[m], dealers=len(ds), alloc=a, used=u, avail=a - u, waiting=w, beyond=beyond)
        tot.update(row)
        print(f"{m:6} {row['units']:>9} {row['dealers']:>7} {a:>9} {u:>5} {a - u:>9} {w:>7} {beyond:>12}")
    print("-" * len(hdr))
    print(f"{'total':6} {tot['units']:>9} {tot['dealers']:>7} {tot['alloc']:>9} {tot['used']:>5} "
          f"{tot['avail']:>9} {tot['waiting']:>7} {tot['beyond']:>12}")
    print("(beyond avail = waiting entries past the dealer's available units: unservable once the market "
          "is closed/filled, pending otherwise)")


def main(argv: list[str]) -> int:
    outdir = argv[1] if len(argv) > 1 else HERE
    os.makedirs(outdir, exist_ok=True)
    dealer_allocs, customers, entries, orders = build()
    write(outdir, "programs.csv", PROGRAMS)
    write(outdir, "markets.csv", [dict(zip(COLUMNS["markets.csv"], m)) for m in MARKETS])
    write(outdir, "market_allocations.csv", [
        dict(market=m, program=PROGRAM, units=u,
             reason=f"Initial 1M market allocation from BMW M GmbH to {NSC[m]}",
             recorded_at="2010-12-01T09:00:00") for m, u in MARKET_UNITS.items()])
    write(outdir, "dealers.csv", DEALERS)
    write(outdir, "dealer_allocations.csv", dealer_allocs)
    write(outdir, "customers.csv", customers)
    write(outdir, "entries.csv", [
        dict(customer=e["person"]["ref"], dealer=e["dealer"], program=PROGRAM, position=e["position"],
             joined_on=e["joined"].isoformat(), status=e["status"], deposit_amount=e["deposit_amount"],
             deposit_currency=e["deposit_currency"], deposit_date=e["deposit_date"].isoformat(),
             deposit_method=e["deposit_method"], deposit_refundable=e["deposit_refundable"],
             deposit_terms=e["deposit_terms"], specification=e["specification"])
        for e in sorted(entries, key=lambda e: (e["dealer"], e["joined"], e["person"]["ref"]))])
    write(outdir, "orders.csv", orders)
    validate(outdir)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
