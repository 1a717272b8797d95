"""Both themes reach WCAG 2.1 AA contrast with the colours actually in their stylesheets."""

import re

import pytest

from onboarding.content.models import Theme
from onboarding.rendering.colour import contrast_ratio
from onboarding.ui import theme

PACK_THEMES = [Theme(), Theme(primary="#00558c"), Theme(primary="#005b3a")]


@pytest.mark.parametrize("name", theme.THEMES)
@pytest.mark.parametrize("pack_theme", PACK_THEMES, ids=lambda t: t.primary)
def test_text_pairs_reach_aa(name, pack_theme):
    colours = theme.palette(name, pack_theme)
    for fg, bg in theme.TEXT_PAIRS:
        ratio = contrast_ratio(getattr(colours, fg), getattr(colours, bg))
        assert ratio >= 4.5, f"{name}: {fg} on {bg} is {ratio:.2f}:1"
    for fg, bg in theme.UI_PAIRS:
        ratio = contrast_ratio(getattr(colours, fg), getattr(colours, bg))
        assert ratio >= 3.0, f"{name}: {fg} against {bg} is {ratio:.2f}:1"


@pytest.mark.parametrize("name", theme.THEMES)
def test_stylesheet_uses_only_palette_colours(name):
    colours = theme.palette(name, Theme())
    sheet = theme.stylesheet(name, colours)
    used = {c.lower() for c in re.findall(r"#[0-9a-fA-F]{6}\b", sheet)}
    assert used, "the stylesheet sets no colours"
    assert used <= {v.lower() for v in vars(colours).values()}
    assert "$" not in sheet, "a placeholder was left unfilled"


@pytest.mark.parametrize("name", theme.THEMES)
def test_stylesheet_sets_no_font_size(name):
    # Text size comes from the application font alone, so Ctrl + scales everything.
    sheet = theme.stylesheet(name, theme.palette(name))
    assert "font-size" not in sheet


def test_high_contrast_ignores_a_weak_pack_colour():
    assert theme.palette("high_contrast", Theme(primary="#777777")) == theme.HIGH_CONTRAST


def test_text_scale_steps_stay_between_100_and_200():
    assert theme.next_scale(100, -1) == 100
    assert theme.next_scale(100, 1) == 115
    assert theme.next_scale(200, 1) == 200
    assert theme.next_scale(150, -1) == 130
