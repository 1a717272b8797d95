"""Colours, stylesheet and text size of the window.

The stylesheets in resources/styles are templates: `$name` placeholders are filled from a
`Palette`, so the colours a test checks for contrast are exactly the colours on screen. Font
sizes are never set in QSS: text size comes from the application font alone, so one setting
(Ctrl + / Ctrl -) scales every widget and every rendered page together.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from functools import cache
from string import Template
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from onboarding import paths

if TYPE_CHECKING:
    from onboarding.content.models import Theme

THEMES = ("default", "high_contrast")
TEXT_SCALES = (100, 115, 130, 150, 175, 200)  # percent of the base size; WCAG asks for 200
BASE_POINT_SIZE = 11.0  # the platform default (often 9 pt) is small for a first-day reader


@dataclass(frozen=True)
class Palette:
    window: str  # window background
    surface: str  # page and sidebar background
    text: str
    muted: str  # secondary text (position, hints)
    border: str
    primary: str  # buttons, progress, selection: the pack's colour
    on_primary: str  # text on primary
    button: str  # secondary button background
    on_button: str
    focus: str  # focus ring: must stand out against surface and primary
    disabled: str  # text of disabled controls
    hover: str

    def with_pack_colours(self, theme: Theme) -> Palette:
        return replace(self, primary=theme.primary)


DEFAULT = Palette(
    window="#eef1f5",
    surface="#ffffff",
    text="#1b1f24",
    muted="#4a5360",
    border="#7a8494",
    primary="#1f4e79",
    on_primary="#ffffff",
    button="#ffffff",
    on_button="#1b1f24",
    focus="#b3541e",
    disabled="#6b7380",
    hover="#e2e8f0",
)

HIGH_CONTRAST = Palette(
    window="#000000",
    surface="#000000",
    text="#ffffff",
    muted="#ffffff",
    border="#ffffff",
    primary="#ffff00",
    on_primary="#000000",
    button="#000000",
    on_button="#ffffff",
    focus="#00ffff",
    disabled="#c0c0c0",
    hover="#333333",
)

# (foreground, background) pairs that must reach WCAG AA 4.5:1; tests check every one.
TEXT_PAIRS = (
    ("text", "window"),
    ("text", "surface"),
    ("muted", "surface"),
    ("muted", "window"),
    ("on_primary", "primary"),
    ("on_button", "button"),
    ("text", "hover"),
)
# Non-text contrast (WCAG 1.4.11): focus ring and borders of controls, 3:1.
UI_PAIRS = (("focus", "surface"), ("focus", "window"), ("border", "surface"))


def palette(theme_name: str, pack_theme: Theme | None = None) -> Palette:
    """The palette of a theme; the default theme takes the pack's primary colour.

    High contrast keeps its own colours: a pack's brand must not weaken it.
    """
    if theme_name == "high_contrast":
        return HIGH_CONTRAST
    return DEFAULT.with_pack_colours(pack_theme) if pack_theme else DEFAULT


@cache
def _template(theme_name: str) -> Template:
    path = paths.styles_dir() / f"{theme_name}.qss"
    return Template(path.read_text(encoding="utf-8"))


def stylesheet(theme_name: str, colours: Palette) -> str:
    """The QSS of `theme_name` with the palette's colours filled in."""
    return _template(theme_name).substitute(asdict(colours))


def window_stylesheet(theme_name: str, pack_theme: Theme | None = None) -> str:
    """The QSS of a window in `theme_name`, in the pack's colours where the theme allows."""
    return stylesheet(theme_name, palette(theme_name, pack_theme))


def document_stylesheet(theme_name: str, pack_theme: Theme) -> str:
    """The CSS of rendered pages: dark high contrast to match the high-contrast window."""
    # Here, not at the top: a window painted from the start-up cache's outline has its CSS.
    from onboarding.rendering import document_css, high_contrast_css

    if theme_name == "high_contrast":
        return high_contrast_css(dark=True)
    return document_css(pack_theme)


def apply_text_scale(app: QApplication, percent: int) -> None:
    """Scale every widget's text: the app font is the one source of text size."""
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * percent / 100)
    app.setFont(font)
    # Under a stylesheet Qt does not hand a new application font to existing widgets;
    # polishing them again with the same sheet does.
    for styled in [app, *app.topLevelWidgets()]:
        sheet = styled.styleSheet()
        if sheet:
            styled.setStyleSheet("")
            styled.setStyleSheet(sheet)


def next_scale(percent: int, step: int) -> int:
    """The next text size up (step=1) or down (step=-1), staying within TEXT_SCALES."""
    sizes = TEXT_SCALES
    if step > 0:
        return next((s for s in sizes if s > percent), sizes[-1])
    return next((s for s in reversed(sizes) if s < percent), sizes[0])
