"""Default stylesheets for QTextBrowser documents (Qt's CSS subset).

Font sizes are keywords only (`xx-large`, `large`...): Qt scales them from the widget font,
so text follows the application's text size. `em` font sizes are ignored by Qt's rich text,
while `em` margins work and also scale. Colours from the pack are normalised to `#rrggbb`
and darkened until they reach WCAG AA (4.5:1) against white.
"""

from __future__ import annotations

from typing import Protocol

from onboarding.rendering.colour import normalise, readable_on_white, tint

BODY_TEXT = "#1b1b1b"  # about 17:1 on white
MUTED_TEXT = "#4d4d4d"  # about 8:1 on white: still AA for secondary text


class ThemeLike(Protocol):
    primary: str
    accent: str


_TEMPLATE = """\
body {{ color: {text}; background-color: {background}; }}
p, li, dd, td, th {{ line-height: 135%; }}
p {{ margin-top: 0; margin-bottom: 0.6em; }}
h1 {{ font-size: xx-large; font-weight: bold; color: {heading};
      margin-top: 0; margin-bottom: 0.5em; }}
h2 {{ font-size: large; font-weight: bold; color: {heading};
      margin-top: 1em; margin-bottom: 0.35em; }}
h3, h4, h5, h6 {{ font-size: medium; font-weight: bold; color: {heading};
      margin-top: 0.8em; margin-bottom: 0.3em; }}
a {{ color: {link}; text-decoration: underline; }}
ul, ol {{ margin-top: 0; margin-bottom: 0.6em; }}
li {{ margin-bottom: 0.25em; }}
code {{ font-family: monospace; }}
.muted {{ color: {muted}; }}
.kind {{ color: {accent}; font-weight: bold; }}
.lead {{ font-size: large; }}
.person-name {{ font-size: x-large; font-weight: bold; color: {heading}; margin-bottom: 0.1em; }}
td.panel {{ background-color: {panel}; border: 1px solid {panel_border}; }}
table.data {{ border-collapse: collapse; margin-bottom: 0.8em; }}
table.data th {{ background-color: {panel}; color: {text}; font-weight: bold;
      border-bottom: 2px solid {heading}; text-align: left; }}
table.data td {{ border-bottom: 1px solid {rule}; }}
table.md {{ border-collapse: collapse; margin-bottom: 0.8em; }}
table.md th, table.md td {{ border: 1px solid {rule}; }}
.result-passed {{ color: {passed}; font-weight: bold; }}
.result-failed {{ color: {failed}; font-weight: bold; }}
"""


def document_css(theme: ThemeLike) -> str:
    """Stylesheet in the pack's colours: headings and links in the primary colour."""
    primary = readable_on_white(theme.primary)
    return _TEMPLATE.format(
        text=BODY_TEXT,
        background="#ffffff",
        heading=primary,
        link=primary,
        accent=readable_on_white(theme.accent),
        muted=MUTED_TEXT,
        panel=tint(normalise(theme.primary), 0.92),
        panel_border=tint(normalise(theme.primary), 0.8),
        rule="#8c8c8c",
        passed="#1e6b34",  # green, 6.6:1
        failed="#a3231c",  # red, 7:1
    )


def high_contrast_css(*, dark: bool = False) -> str:
    """Black on white (or white on black with `dark`), with strong link colours, no tints."""
    text, background = ("#ffffff", "#000000") if dark else ("#000000", "#ffffff")
    return _TEMPLATE.format(
        text=text,
        background=background,
        heading=text,
        link="#ffff00" if dark else "#0000cc",
        accent=text,
        muted=text,
        panel=background,
        panel_border=text,
        rule=text,
        passed=text,
        failed=text,
    )
