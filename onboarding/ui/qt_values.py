"""The few values of Qt's `Qt` namespace that the window needs before its first paint.

PySide builds the whole `Qt` namespace (every one of its hundred-odd enums) the first time any
part of it is used: about 15 ms, more than a tenth of what the whole window takes to appear.
So nothing on the way to the first paint names it: item data roles are plain numbers (which
PySide takes for them), enum properties are set through Qt's property system by number, and
painting avoids the calls that have a `Qt` enum among their overloads (PySide resolves
overloads by building the types of their arguments). These numbers are Qt's own, fixed by
its ABI; tests/unit/test_first_frame.py checks each against the namespace.

Once the first page is on screen the namespace is used freely.
"""

from __future__ import annotations

from PySide6 import QtCore

# Qt::ItemDataRole
DISPLAY_ROLE = 0
FONT_ROLE = 6
ACCESSIBLE_TEXT_ROLE = 11
USER_ROLE = 256

# Qt::ScrollBarPolicy, for the "horizontalScrollBarPolicy" and "verticalScrollBarPolicy"
# properties
SCROLL_BAR_ALWAYS_OFF = 1
SCROLL_BAR_ALWAYS_ON = 2

# Qt::TextInteractionFlags, for the "textInteractionFlags" property: links and text by mouse
# and by keyboard (TextBrowserInteraction | TextSelectableByKeyboard)
BROWSER_TEXT_INTERACTION = 1 | 2 | 4 | 8


def namespace_built() -> bool:
    """Has PySide built the `Qt` namespace yet (then using it costs nothing more)? PySide
    adds it to its module on first use."""
    return "Qt" in QtCore.__dict__
