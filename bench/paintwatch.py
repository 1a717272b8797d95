"""Wait, in-process, until a widget (or any widget inside it) has been painted, or until a
window has painted what changed in it."""

from __future__ import annotations

import contextlib
import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

DEADLINE_S = 2.0


class _Watch(QObject):
    """Event filter that notes one kind of event on the widgets it watches."""

    EVENT = QEvent.Type.Paint

    def __init__(self):
        super().__init__()
        self.painted = False
        self._watched: list[QWidget] = []

    def _watch_only(self, widgets: list[QWidget]) -> None:
        for widget in self._watched:
            with contextlib.suppress(RuntimeError):  # already deleted by Qt
                widget.removeEventFilter(self)
        for widget in widgets:
            widget.installEventFilter(self)
        self._watched = widgets
        self.painted = False

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == self.EVENT:
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


class PaintWatch(_Watch):
    """Notes a Paint event on any watched widget."""

    def watch(self, *roots: QWidget) -> None:
        """Watch `roots` and all their descendants (forgetting what was watched before)."""
        self._watch_only([w for root in roots for w in (root, *root.findChildren(QWidget))])


class WindowPaintWatch(_Watch):
    """Notes a window's paint pass: Qt paints every changed widget of a window while it
    handles the window's UpdateRequest, so once the event loop has handled that event the
    pass is over. One filter, on the window: watching each widget instead puts a Python
    event filter on every event of every widget of the page, which costs more for a page of
    many widgets than for the reference's one browser."""

    EVENT = QEvent.Type.UpdateRequest

    def watch(self, window: QWidget) -> None:
        self._watch_only([window])
