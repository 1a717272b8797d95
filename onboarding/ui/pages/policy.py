"""Policy step: what is expected of an employee and of a manager, side by side or stacked."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget

from onboarding.content.models import Step
from onboarding.ui.pages.base import PageContext, register
from onboarding.ui.pages.reading import RenderedStepPage

# Two readable columns need about 45 average characters of text each, plus the panels'
# padding and list indent; below that the lists stack.
COLUMN_CHARS = 50


@register
class PolicyPage(RenderedStepPage):
    STEP_TYPE = "policy"

    def __init__(self, context: PageContext, step: Step, parent: QWidget | None = None):
        # Wide until the first real size says otherwise: the common desktop case renders once.
        self.narrow = False
        super().__init__(context, step, parent)

    def render_state(self) -> dict[str, Any]:
        return {"narrow": self.narrow}

    def narrow_threshold(self) -> int:
        """Width in pixels below which two columns would be cramped (scales with the font)."""
        return self.fontMetrics().averageCharWidth() * COLUMN_CHARS * 2

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        narrow = event.size().width() < self.narrow_threshold()
        if narrow != self.narrow:  # re-render only when crossing the threshold
            self.narrow = narrow
            self.render()
