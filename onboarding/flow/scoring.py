"""The two scoring rules every score shown or exported follows. No Qt."""

from __future__ import annotations


def whole_percent(correct: int, total: int) -> int:
    """Percent right, rounded down (0 without questions): 79.5 % never shows as 80 %, so a
    shown percent reaches the pass mark exactly when the score does."""
    return correct * 100 // total if total else 0


def reaches_pass_mark(correct: int, total: int, pass_mark: int) -> bool:
    """At least `pass_mark` percent right, compared exactly (no rounding); nothing to answer
    counts as passed."""
    return total == 0 or correct * 100 >= pass_mark * total
