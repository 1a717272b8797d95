"""HTML for QTextBrowser from the content model. No Qt here: everything returns strings.

The names below are imported from their modules on first use (PEP 562), so the window can
take `document_css` before the first paint without loading the certificate, and Jinja2 and
markdown-it load only when something is rendered.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

# Bound now, not on first use: `environment` is also the name of its submodule, and importing
# the submodule would otherwise leave the module, not the function, under that name. The
# module itself is light: it imports Jinja2 only when the environment is first made.
from onboarding.rendering.environment import environment, identity

# public name -> module under onboarding.rendering that defines it
_SOURCES = {
    "avatar_data_uri": "avatar",
    "avatar_svg": "avatar",
    "certificate_html": "certificate",
    "document_css": "styles",
    "format_date": "language",
    "high_contrast_css": "styles",
    "plain_text": "markdown",
    "render_inline": "markdown",
    "render_markdown": "markdown",
    "render_step": "steps",
    "render_term": "steps",
    "swedish_sort_key": "language",
}

__all__ = [
    "avatar_data_uri",
    "avatar_svg",
    "certificate_html",
    "document_css",
    "environment",
    "format_date",
    "high_contrast_css",
    "identity",
    "plain_text",
    "render_inline",
    "render_markdown",
    "render_step",
    "render_term",
    "swedish_sort_key",
]

if TYPE_CHECKING:
    from onboarding.rendering.avatar import avatar_data_uri, avatar_svg
    from onboarding.rendering.certificate import certificate_html
    from onboarding.rendering.language import format_date, swedish_sort_key
    from onboarding.rendering.markdown import plain_text, render_inline, render_markdown
    from onboarding.rendering.steps import render_step, render_term
    from onboarding.rendering.styles import document_css, high_contrast_css


def __getattr__(name: str):
    module = _SOURCES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_SOURCES])
