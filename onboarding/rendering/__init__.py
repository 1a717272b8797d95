"""HTML for QTextBrowser from the content model. No Qt here: everything returns strings."""

from onboarding.rendering.avatar import avatar_data_uri, avatar_svg
from onboarding.rendering.certificate import certificate_html
from onboarding.rendering.environment import environment, identity
from onboarding.rendering.language import format_date, swedish_sort_key
from onboarding.rendering.markdown import plain_text, render_inline, render_markdown
from onboarding.rendering.steps import render_step, render_term
from onboarding.rendering.styles import document_css, high_contrast_css

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
