"""The one Jinja2 environment of the app: strict, autoescaping, compiled once."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from onboarding import paths

if TYPE_CHECKING:
    from jinja2 import Environment
    from markupsafe import Markup


def identity(text: str) -> str:
    """The default `tr`: UI labels stay in English (their source language)."""
    return text


Translate = Callable[[str], str]


def fill(template: str, **values: object) -> str:
    """Put values into a translated label: `tr("What {name} values") | fill(name=...)`.

    Plain replacement, not str.format: a translation that mangles a placeholder shows the
    placeholder instead of raising. Escaping happens afterwards, in the template.
    """
    for key, value in values.items():
        template = template.replace("{" + key + "}", str(value))
    return template


def fill_marked(
    template: str, css_class: str, *, own_line: bool = False, **values: object
) -> Markup:
    """Like `fill`, but each value is wrapped in `<span class="css_class">` (e.g. the learner's
    name on the certificate), on a line of its own with `own_line`. The label and the values
    are escaped; only the span and line breaks are markup."""
    from markupsafe import Markup, escape  # with Jinja2, not on importing this module

    result = escape(template)
    pattern = '<br><span class="{}">{}</span><br>' if own_line else '<span class="{}">{}</span>'
    for key, value in values.items():
        span = Markup(pattern).format(css_class, value)
        result = result.replace(Markup("{" + key + "}"), span)
    return result


@cache
def environment() -> Environment:
    """Created on first use and kept: templates compile once, and with auto_reload off Jinja
    does not stat the file on every render (a step switch must stay fast). Jinja2 is imported
    here, so importing this module (and `onboarding.rendering`) stays cheap."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(
        loader=FileSystemLoader(str(paths.templates_dir())),
        undefined=StrictUndefined,
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
        keep_trailing_newline=False,
    )
    env.filters["fill"] = fill
    env.filters["fill_marked"] = fill_marked
    return env


def render_template(name: str, **context: object) -> str:
    return environment().get_template(name).render(**context)
