"""Seed the order status codes (BMW three-digit, GM four-character) from resources/order_status_codes.csv

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 12:30:00

The rows are written out here rather than read from the CSV at upgrade time,
so that this revision does the same thing forever; a test checks they match.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# oem, code, label, stage, consumes_allocation, spec_locked, final, source
CODES = [
    ('BMW', '000', 'Order deleted by NA', 'cancelled', False, False, True, '[46]'),
    ('BMW', '017', 'Order not specified', 'entered', False, False, False, '[46]'),
    ('BMW', '037', 'Order received by / is at BMW NA', 'entered', True, False, False, '[45][46]'),
    ('BMW', '047', 'Order submitted, dealer has no allocation yet; cannot be tracked', 'entered', False, False, False, '[35]'),
    ('BMW', '087', 'Production week assigned', 'scheduled', True, False, False, '[45][46]'),
    ('BMW', '097', 'Order sent to BMW AG', 'scheduled', True, False, False, '[45][46]'),
    ('BMW', '100', 'Order deleted by AG', 'cancelled', False, False, True, '[46]'),
    ('BMW', '101', 'Error in data transmitted', 'hold', True, False, False, '[46]'),
    ('BMW', '102', 'Special order (no production week)', 'entered', True, False, False, '[46]'),
    ('BMW', '105', 'Order out of production period', 'hold', True, False, False, '[46]'),
    ('BMW', '111', 'Order accepted at AG', 'entered', True, False, False, '[45][46]'),
    ('BMW', '112', 'Order scheduled for production (a very brief time frame to make any necessary changes)', 'scheduled', True, True, False, '[45][46]'),
    ('BMW', '150', 'Production started', 'in_production', True, True, False, '[45][46]'),
    ('BMW', '151', 'Body shop started', 'in_production', True, True, False, '[45][46]'),
    ('BMW', '152', 'Paint shop started', 'in_production', True, True, False, '[45][46]'),
    ('BMW', '153', 'Assembly started', 'in_production', True, True, False, '[45][46]'),
    ('BMW', '155', 'Production completed', 'built', True, True, False, '[45][46]'),
    ('BMW', '160', 'Released to distribution', 'built', True, True, False, '[45][46]'),
    ('BMW', '168', 'AG stock', 'built', True, True, False, '[46]'),
    ('BMW', '170', 'Waiting workshop', 'built', True, True, False, '[46]'),
    ('BMW', '172', 'Planned for workshop', 'built', True, True, False, '[46]'),
    ('BMW', '174', 'Workshop entry', 'built', True, True, False, '[46]'),
    ('BMW', '176', 'Workshop complete', 'built', True, True, False, '[46]'),
    ('BMW', '180', 'Waiting for export dispatch (Waiting for Export)', 'built', True, True, False, '[45][46]'),
    ('BMW', '181', 'Waiting for domestic dispatch', 'built', True, True, False, '[46]'),
    ('BMW', '182', 'AG load no. — released to carrier', 'in_transit', True, True, False, '[46]'),
    ('BMW', '190', 'Dispatched ex BMW AG', 'in_transit', True, True, False, '[46]'),
    ('BMW', '191', 'Returned to BMW AG', 'in_transit', True, True, False, '[46]'),
    ('BMW', '193', 'Arrived at port of exit', 'in_transit', True, True, False, '[45][46]'),
    ('BMW', '194', 'Selected for shipment', 'in_transit', True, True, False, '[45][46]'),
    ('BMW', '195', 'Shipped from port of exit', 'in_transit', True, True, False, '[45][46]'),
    ('BMW', '196', 'Shipment arrival — ATA / ETA to dealer', 'in_transit', True, True, False, '[45][46]'),
    ('GM', '500', 'Dealer stock order code (contact your dealer to receive an actual active order number)', 'entered', False, False, False, '[50]'),
    ('GM', '1000', 'Order on hold at dealership', 'hold', False, False, False, '[47]'),
    ('GM', '1100', 'Order placed at dealership / preliminary order accepted — passed GM edit tables but dealer has not received allocation', 'entered', False, False, False, '[48][49]'),
    ('GM', '1101', 'Order entered into system', 'entered', False, False, False, '[47]'),
    ('GM', '1102', 'Order entered via web', 'entered', False, False, False, '[47]'),
    ('GM', '2000', 'Order accepted by GM — dealer used allocation to place order into production', 'entered', True, False, False, '[47]'),
    ('GM', '2001', 'Order generated to dealer', 'entered', True, False, False, '[47]'),
    ('GM', '2005', 'Order replaced with GM Prospec order', 'entered', True, False, False, '[47]'),
    ('GM', '2030', 'Order edited / modified', 'entered', True, False, False, '[47]'),
    ('GM', '2050', 'Order changed', 'entered', True, False, False, '[47]'),
    ('GM', '2051', 'Order changed through web', 'entered', True, False, False, '[50]'),
    ('GM', '2500', 'Order preferenced (picked up, imaged), sent to production', 'scheduled', True, False, False, '[47][48]'),
    ('GM', '3000', 'Accepted by production control; parts ordered; no further changes can be made', 'scheduled', True, True, False, '[47][50]'),
    ('GM', '3100', 'Available to sequence', 'scheduled', True, True, False, '[47]'),
    ('GM', '3300', 'Scheduled for production; TPW usually available', 'scheduled', True, True, False, '[48]'),
    ('GM', '3400', 'Order broadcast (internal plant order produced)', 'in_production', True, True, False, '[47]'),
    ('GM', '3800', 'Vehicle produced; VIN# shows in the Dealer Order system now', 'built', True, True, False, '[52]'),
    ('GM', '4000', 'Available to ship', 'built', True, True, False, '[47]'),
    ('GM', '4104', 'Bailment invoice created', 'built', True, True, False, '[47]'),
    ('GM', '4106', 'Bailment released (left plant)', 'in_transit', True, True, False, '[47]'),
    ('GM', '4110', 'Invoice reject', 'built', True, True, False, '[51]'),
    ('GM', '4120', 'Internal invoice', 'built', True, True, False, '[51]'),
    ('GM', '4150', 'Invoiced to dealer', 'built', True, True, False, '[47]'),
    ('GM', '4200', 'Shipped', 'in_transit', True, True, False, '[47]'),
    ('GM', '4250', 'Ocean dispatched', 'in_transit', True, True, False, '[51]'),
    ('GM', '4300', 'Intermediate delivery', 'in_transit', True, True, False, '[47]'),
    ('GM', '4350', 'At port of exit – truck', 'in_transit', True, True, False, '[51]'),
    ('GM', '4800', 'Rail ramp unload', 'in_transit', True, True, False, '[47]'),
    ('GM', '4850', 'At port of exit – rail', 'in_transit', True, True, False, '[51]'),
    ('GM', '4B00', 'Bayed (waiting for transport)', 'in_transit', True, True, False, '[47]'),
    ('GM', '4B01', 'Arrived at vehicle distribution center', 'in_transit', True, True, False, '[51]'),
    ('GM', '4B10', 'Available for export shipping', 'in_transit', True, True, False, '[51]'),
    ('GM', '4B11', 'Available for sale', 'in_transit', True, True, False, '[51]'),
    ('GM', '4B12', 'Argentina-built order ready for re-invoice to Mexico', 'in_transit', True, True, False, '[51]'),
    ('GM', '4B31', 'Anticipated tag', 'in_transit', True, True, False, '[51]'),
    ('GM', '4B40', 'Grounded tag', 'in_transit', True, True, False, '[51]'),
    ('GM', '4B42', 'Untag', 'in_transit', True, True, False, '[51]'),
    ('GM', '4B45', 'Credit rebill rejected', 'in_transit', True, True, False, '[51]'),
    ('GM', '4B50', 'Final dealer assigned by central office', 'in_transit', True, True, False, '[51]'),
    ('GM', '4B60', 'Credit rebill sent to Vehicle Billing and Accounts Receivable System', 'in_transit', True, True, False, '[51]'),
    ('GM', '4B65', 'CDO requests created (GM International Sales only)', 'in_transit', True, True, False, '[51]'),
    ('GM', '4B70', 'Credit rebill cancelled in Vehicle Billing and Accounts Receivable System', 'in_transit', True, True, False, '[51]'),
    ('GM', '4D00', 'On hold (quality control; bayed for quality control)', 'hold', True, True, False, '[49][51][54]'),
    ('GM', '4DCR', 'Carrier reject', 'hold', True, True, False, '[51]'),
    ('GM', '4V03', 'Estimated delivery date', 'in_transit', True, True, False, '[47]'),
    ('GM', '5000', 'Delivered to dealer', 'at_dealer', True, True, False, '[47]'),
    ('GM', '6000', 'Delivered to customer / dealer reported the sale', 'delivered', True, True, True, '[47]'),
    ('GM', '9000', 'Order cancelled', 'cancelled', False, False, True, '[47]'),
]

_codes = sa.table(
    "order_status_codes",
    sa.column("oem", sa.String),
    sa.column("code", sa.String),
    sa.column("label", sa.String),
    sa.column("stage", sa.String),
    sa.column("consumes_allocation", sa.Boolean),
    sa.column("spec_locked", sa.Boolean),
    sa.column("final", sa.Boolean),
    sa.column("source", sa.Text),
)
_FIELDS = ("oem", "code", "label", "stage", "consumes_allocation", "spec_locked", "final", "source")


def upgrade() -> None:
    op.bulk_insert(_codes, [dict(zip(_FIELDS, row, strict=True)) for row in CODES])


def downgrade() -> None:
    for oem, code, *_rest in CODES:
        op.execute(
            _codes.delete().where(_codes.c.oem == oem).where(_codes.c.code == code)
        )
