"""Start-up measurement hook for the benchmarks, also inside a frozen bundle.

With ONBOARDING_BENCH_FIRST_PAINT set, the app prints `first-paint <time.monotonic_ns()>` as
soon as the main window and its first step have been painted, and exits at once. The bench
(bench/startup.py) subtracts the monotonic time it took before starting the process.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

ENV = "ONBOARDING_BENCH_FIRST_PAINT"
MARKER = "first-paint"


class FirstPaintReporter(QObject):
    """On the first paint of the watched page, report after that paint pass ends, and exit."""

    def __init__(self, page: QWidget):
        super().__init__(page)
        self.fired = False
        for widget in [page, *page.findChildren(QWidget)]:
            widget.installEventFilter(self)

    def eventFilter(self, _obj, event) -> bool:  # noqa: N802 (Qt API)
        if not self.fired and event.type() == QEvent.Type.Paint:
            self.fired = True
            QTimer.singleShot(0, _report_and_exit)
        return False


# The app lives on this long after reporting, so what it does once the page is on screen
# (saving its start-up cache) happens as in real use; the bench does not time it.
SETTLE_MS = 400


def _report_and_exit() -> None:
    sys.stdout.write(f"{MARKER} {time.monotonic_ns()}\n")
    sys.stdout.flush()
    QTimer.singleShot(SETTLE_MS, lambda: os._exit(0))  # teardown is not part of start-up


def watch(window) -> None:
    """Install the reporter on the window's first page, when the benchmark asked for it."""
    if os.environ.get(ENV) and window.journey.page is not None:
        FirstPaintReporter(window.journey.page)
