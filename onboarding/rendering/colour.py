"""Colour adjustments for rendering: pack colours are checked, never trusted blindly."""

from __future__ import annotations

from onboarding.content.colour import (  # noqa: F401 (re-exported for the templates' callers)
    AA_NORMAL,
    DEFAULT_PRIMARY,
    WHITE,
    contrast_ratio,
    normalise,
    parse_hex,
    relative_luminance,
    to_hex,
)


def darken(colour: str, factor: float) -> str:
    """`colour` with every channel scaled by `factor` (0..1): same hue, darker."""
    return to_hex(tuple(c * factor for c in parse_hex(colour)))


def readable_on_white(colour: str, minimum: float = AA_NORMAL) -> str:
    """`colour` (normalised), darkened step by step until it reaches `minimum` against white.

    Used both for coloured text on white and for white text on a coloured background.
    """
    result = normalise(colour)
    while contrast_ratio(result, WHITE) < minimum:
        result = darken(result, 0.9)
    return result


def tint(colour: str, amount: float) -> str:
    """`colour` mixed with white; amount 0 is the colour, 1 is white (for soft backgrounds)."""
    return to_hex(tuple(c + (255 - c) * amount for c in parse_hex(colour)))
