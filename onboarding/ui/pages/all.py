"""Import every page module so each registers its step type (see base.register)."""

from onboarding.ui.pages import (  # noqa: F401
    checklist,
    glossary,
    policy,
    quiz,
    reading,
    story,
    summary,
)
