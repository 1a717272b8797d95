"""First-paint probe of the bare reference (bench/start_bare.py).

The app reports with its own hook, onboarding/ui/first_paint.py, the same protocol; this copy
stays separate so the reference imports nothing of the app. The child prints
`first-paint <time.monotonic_ns()>` once the paint pass that painted the watched widgets is
over, then exits.
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
    """Event filter on a widget, its descendants and its window: reports once the paint pass
    that first painted any of the widgets is over, then exits. Qt paints a window's changed
    widgets while it handles the window's UpdateRequest; a zero timer started then runs when
    that pass is over. (The app's hook works the same way.)"""

    def __init__(self, root: QWidget):
        super().__init__()
        self.painted = False
        self.fired = False
        self._window = root.window()
        self._window.installEventFilter(self)
        for widget in [root, *root.findChildren(QWidget)]:
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
            report_and_exit()


# After reporting, the process lives on this long, so what an app does once its first page is
# on screen (saving its start-up cache, say) happens as it would for a person; it is not timed.
SETTLE_MS = 400


def report_and_exit() -> None:
    now = time.monotonic_ns()
    sys.stdout.write(f"{MARKER} {now}\n")
    sys.stdout.flush()
    QTimer.singleShot(SETTLE_MS, lambda: os._exit(0))  # teardown is not part of start-up
