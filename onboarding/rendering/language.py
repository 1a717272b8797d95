"""Language rules the rendering needs: Swedish alphabetical order and dates in words."""

from __future__ import annotations

import datetime as dt
import unicodedata

# Swedish puts å, ä, ö after z (mapped to private-use characters, above every letter) and
# treats æ/ø as ä/ö, ü as y. Other accents sort as the base letter (é as e).
_AFTER_Z = {"å": "\ue001", "ä": "\ue002", "ö": "\ue003", "æ": "\ue002", "ø": "\ue003"}
_SAME_AS = {"ü": "y"}


def swedish_sort_key(text: str) -> tuple[str, str]:
    """Key for sorting words the Swedish way, case-insensitively (ties broken by the text)."""
    key = []
    for char in text.casefold():
        if char in _AFTER_Z:
            key.append(_AFTER_Z[char])
        elif char in _SAME_AS:
            key.append(_SAME_AS[char])
        else:
            base = unicodedata.normalize("NFD", char)[0]
            key.append(base)
    return "".join(key), text


MONTHS = {
    "sv": (
        "januari", "februari", "mars", "april", "maj", "juni",
        "juli", "augusti", "september", "oktober", "november", "december",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip


def format_date(date: dt.date, lang: str) -> str:
    """'26 november 2026' in Swedish, '26 November 2026' in English."""
    months = MONTHS.get(lang, MONTHS["sv"])
    return f"{date.day} {months[date.month - 1]} {date.year}"
