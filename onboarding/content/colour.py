"""WCAG colour arithmetic, shared by the pack checks (content) and the stylesheets (rendering).

Lives in the lowest layer so both can use one implementation.
"""

from __future__ import annotations

import re

DEFAULT_PRIMARY = "#1f4e79"
WHITE = "#ffffff"
AA_NORMAL = 4.5  # WCAG AA for normal text

_HEX = re.compile(r"#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})")


def parse_hex(colour: str, default: str = DEFAULT_PRIMARY) -> tuple[int, int, int]:
    """(r, g, b) of `#rrggbb` or `#rgb`; anything else gives `default` (never raises)."""
    match = _HEX.fullmatch(colour.strip()) if isinstance(colour, str) else None
    match = match or _HEX.fullmatch(default) or _HEX.fullmatch(DEFAULT_PRIMARY)
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return tuple(int(digits[i : i + 2], 16) for i in (0, 2, 4))  # type: ignore[return-value]


def to_hex(rgb: tuple[int, int, int]) -> str:
    return "#" + "".join(f"{max(0, min(255, round(c))):02x}" for c in rgb)


def normalise(colour: str, default: str = DEFAULT_PRIMARY) -> str:
    """`colour` as lower-case `#rrggbb`, so only a safe token ever reaches CSS or SVG."""
    return to_hex(parse_hex(colour, default))


def relative_luminance(colour: str) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = parse_hex(colour)
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_ratio(a: str, b: str) -> float:
    la, lb = relative_luminance(a), relative_luminance(b)
    lighter, darker = max(la, lb), min(la, lb)
    return (lighter + 0.05) / (darker + 0.05)
