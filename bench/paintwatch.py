"""Wait, in-process, until a widget (or any widget inside it) has been painted, or until a
window has painted what changed in it."""

from __future__ import annotations

import contextlib
import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

DEADLINE_S = 2.0


class PaintWatch(QObject):
    """Event filter that notes a Paint event on any watched widget."""

    def __init__(self):
        super().__init__()
        self.painted = False
        self._watched: list[QWidget] = []

    def watch(self, *roots: QWidget) -> None:
        """Watch `roots` and all their descendants (forgetting what was watched before)."""
        for widget in self._watched:
            with contextlib.suppress(RuntimeError):  # already deleted by Qt
                widget.removeEventFilter(self)
        self._watched = []
        for root in roots:
            for widget in [root, *root.findChildren(QWidget)]:
                widget.installEventFilter(self)
                self._watched.append(widget)
        self.painted = False

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False

    def wait(self, app: QApplication) -> bool:
        """Run the event loop (layout requests, then the paint pass) until painted."""
        end = time.perf_counter() + DEADLINE_S
        while not self.painted:
            app.processEvents()
            if time.perf_counter() > end:
                return False
        return True


class WindowPaintWatch(QObject):
    """Notes a window's paint pass: Qt paints every changed widget of a window while it
    handles the window's UpdateRequest, so once the event loop has handled that event the
    pass is over. One filter, on the window: watching each widget instead puts a Python
    event filter on every event of every widget of the page, which costs more for a page of
    many widgets than for the reference's one browser."""

    def __init__(self):
        super().__init__()
        self.painted = False
        self._window: QWidget | None = None

    def watch(self, window: QWidget) -> None:
        if self._window is not window:
            if self._window is not None:
                with contextlib.suppress(RuntimeError):
                    self._window.removeEventFilter(self)
            window.installEventFilter(self)
            self._window = window
        self.painted = False

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.UpdateRequest:
            self.painted = True
        return False

    def wait(self, app: QApplication) -> bool:
        """Run the event loop until it has handled the window's paint request."""
        end = time.perf_counter() + DEADLINE_S
        while not self.painted:
            app.processEvents()
            if time.perf_counter() > end:
                return False
        return True
