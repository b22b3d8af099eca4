"""Letters render through Qt: the test run's one QApplication must exist before they do.

Left to itself the renderer starts a bare QGuiApplication (as the CLI needs),
after which no QApplication can be made for the window tests.
"""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _application(qapp: object) -> None:
    return None
