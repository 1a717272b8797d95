"""Which screen shows what: pure layout logic, so it tests with fake screens.

With one screen the room sees that screen: the audience view goes there and there is no
presenter view. With two or more, the primary screen is the presenter's laptop and the
largest other screen is the projector.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

S = TypeVar("S")


@dataclass(frozen=True)
class ScreenPlan(Generic[S]):
    audience: S | None  # the projector (full screen, no controls)
    presenter: S | None  # the laptop: notes, clock, next step; None with one screen

    @property
    def two_screens(self) -> bool:
        return self.presenter is not None


def _area(screen: Any) -> int:
    geometry = screen.geometry()
    return geometry.width() * geometry.height()


def plan_screens(screens: Sequence[S], primary: S | None = None) -> ScreenPlan[S]:
    """Plan for `screens` (QScreen-like: `geometry()` with width/height); `primary` is the
    desktop's primary screen (the first screen when not given)."""
    screens = list(screens)
    if not screens:
        return ScreenPlan(None, None)
    if primary is None or primary not in screens:
        primary = screens[0]
    others = [s for s in screens if s is not primary]
    if not others:
        return ScreenPlan(primary, None)
    # The biggest other screen: a projector beats a small tablet-style extra screen. Ties
    # keep the desktop's order.
    projector = max(others, key=_area)
    return ScreenPlan(projector, primary)
