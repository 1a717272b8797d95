"""Start-up measurement hook for the benchmarks, also inside a frozen bundle.

With ONBOARDING_BENCH_FIRST_PAINT set, the app prints `first-paint <time.monotonic_ns()>` as
soon as the paint pass that painted the main window with its first step is over, and exits.
The bench (bench/startup.py) subtracts the monotonic time it took before starting the process.
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
    """Reports once the paint pass that first painted the page is over, and exits.

    Qt paints a window's changed widgets while it handles the window's UpdateRequest. At each
    one this starts a zero timer, which runs when that pass is over, and reports then if the
    page was painted in it. Installed after the window's other filters, this one sees the
    request first, so its timer runs before any work the app put off until after the paint
    (which is not part of getting the page on screen)."""

    def __init__(self, page: QWidget):
        super().__init__(page)
        self.painted = False
        self.fired = False
        self._window = page.window()
        self._window.installEventFilter(self)
        for widget in [page, *page.findChildren(QWidget)]:
            widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if kind == QEvent.Type.UpdateRequest and obj is self._window:
            QTimer.singleShot(0, self._pass_over)
        elif kind == QEvent.Type.Paint:
            self.painted = True
        return False

    def _pass_over(self) -> None:
        if self.painted and not self.fired:
            self.fired = True
            _report_and_exit()


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
