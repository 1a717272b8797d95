"""First-paint probe of the bare reference (bench/start_bare.py).

The app reports with its own hook, onboarding/ui/first_paint.py, the same protocol; this copy
stays separate so the reference imports nothing of the app. The child prints
`first-paint <time.monotonic_ns()>` once the watched widgets have been painted, then exits.
CLOCK_MONOTONIC is system-wide on Linux, so the parent subtracts the monotonic time it took
just before spawning the child: process start -> first paint.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

MARKER = "first-paint"


class FirstPaintProbe(QObject):
    """Event filter on a widget and its descendants: on the first Paint of any of them, wait
    for the rest of that paint pass (a zero timer runs after it), report, and exit."""

    def __init__(self, root: QWidget):
        super().__init__()
        self.fired = False
        for widget in [root, *root.findChildren(QWidget)]:
            widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        if not self.fired and event.type() == QEvent.Type.Paint:
            self.fired = True
            QTimer.singleShot(0, report_and_exit)
        return False


# After reporting, the process lives on this long, so what an app does once its first page is
# on screen (saving its start-up cache, say) happens as it would for a person; it is not timed.
SETTLE_MS = 400


def report_and_exit() -> None:
    now = time.monotonic_ns()
    sys.stdout.write(f"{MARKER} {now}\n")
    sys.stdout.flush()
    QTimer.singleShot(SETTLE_MS, lambda: os._exit(0))  # teardown is not part of start-up
