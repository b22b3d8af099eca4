"""A bar per market: customers with a unit, covered, pending, unservable; read at a glance."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from dealerapp.services.dashboard import SupplyRow
from dealerapp.ui.language import translated

# The legend's texts, translated in the "SupplyChart" context when the bars are drawn.
SERIES = (
    (QT_TRANSLATE_NOOP("SupplyChart", "Have a unit"), "assigned", "#5b7fa6"),
    (QT_TRANSLATE_NOOP("SupplyChart", "Covered"), "covered", "#4caf50"),
    (QT_TRANSLATE_NOOP("SupplyChart", "Pending"), "pending", "#f2b632"),
    (QT_TRANSLATE_NOOP("SupplyChart", "Unservable"), "unservable", "#d9534f"),
)


class SupplyChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        self._chart = QChart()
        super().__init__(self._chart, parent)
        self.setObjectName("supplyChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._chart.setTitle(self.tr("Customers per market"))
        self._chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self._chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setMinimumHeight(260)
        self._chart.setMargins(QMargins(4, 4, 4, 4))

    def show_rows(self, rows: list[SupplyRow]) -> None:
        self._chart.removeAllSeries()
        for axis in self._chart.axes():
            self._chart.removeAxis(axis)
        if not rows:
            # An empty database: no bars, and no axes with a range of nothing.
            return
        # Largest market on top, as people read a ranking.
        ordered = sorted(rows, key=lambda r: r.assigned + r.waiting)
        series = QHorizontalStackedBarSeries()
        for label, field, colour in SERIES:
            bar = QBarSet(translated("SupplyChart", str(label)))
            bar.setColor(QColor(colour))
            bar.setBorderColor(QColor(colour))
            bar.append([float(getattr(r, field)) for r in ordered])
            series.append(bar)
        self._chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.setTruncateLabels(False)
        categories.append([r.code for r in ordered])
        self._chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        values = QValueAxis()
        values.setLabelFormat("%d")
        values.setMin(0)
        self._chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        values.applyNiceNumbers()
