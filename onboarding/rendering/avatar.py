"""Generated avatars: a person's initials on a coloured circle, as SVG."""

from __future__ import annotations

import base64
from html import escape  # &, <, > as xml.sax.saxutils did, without importing urllib, http, email

from onboarding.rendering.colour import readable_on_white

SIZE = 96


def initials(name: str) -> str:
    """Up to two letters: first letters of the first and last word ("Åsa Öberg" -> "ÅÖ")."""
    words = [w for w in name.split() if any(c.isalnum() for c in w)]
    if not words:
        return "?"
    letters = [next(c for c in w if c.isalnum()) for w in (words[0], words[-1])]
    if len(words) == 1:
        letters = letters[:1]
    return "".join(letters).upper()


def avatar_svg(name: str, colour: str) -> str:
    """A round avatar with `name`'s initials in white; the colour is darkened when white text
    on it would fall below 4.5:1 contrast. The <title> names the person for screen readers."""
    background = readable_on_white(colour)
    half = SIZE // 2
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{SIZE}" height="{SIZE}"'
        f' viewBox="0 0 {SIZE} {SIZE}" role="img">'
        f"<title>{escape(name, quote=False)}</title>"
        f'<circle cx="{half}" cy="{half}" r="{half}" fill="{background}"/>'
        f'<text x="{half}" y="{half + 13}" text-anchor="middle" fill="#ffffff"'
        f' font-family="sans-serif" font-size="38" font-weight="bold">'
        f"{escape(initials(name), quote=False)}</text>"
        "</svg>"
    )


def avatar_data_uri(name: str, colour: str) -> str:
    """`avatar_svg` as a data: URI for an <img src> in QTextBrowser."""
    data = base64.b64encode(avatar_svg(name, colour).encode("utf-8")).decode("ascii")
    return f"data:image/svg+xml;base64,{data}"
