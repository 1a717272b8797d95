"""Story step: a colleague or manager on their work (portrait or avatar, role, values)."""

from __future__ import annotations

from onboarding.ui.pages.base import register
from onboarding.ui.pages.reading import RenderedStepPage


@register
class StoryPage(RenderedStepPage):
    # The person card (portrait/avatar, name, role, workplace, values) is in the template.
    STEP_TYPE = "story"
