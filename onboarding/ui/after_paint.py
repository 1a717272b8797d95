"""Run something once the window has painted what changed: for work nobody waits for.

Qt paints every changed widget of a window while it handles the window's UpdateRequest; a
zero timer started then runs once that paint is done, in the same pass of the event loop. A
zero timer started earlier would run before the paint, and hold it up.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _AfterNextPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]):
        super().__init__(widget)  # goes with the widget: nothing runs for a deleted one
        self._callback = callback
        self._window = widget.window()
        self._window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.UpdateRequest:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        self.deleteLater()
        self._callback()


def after_next_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call `callback` after the next paint of `widget`'s window (also while it is hidden:
    then after its first paint); never if `widget` is deleted first."""
    _AfterNextPaint(widget, callback)
