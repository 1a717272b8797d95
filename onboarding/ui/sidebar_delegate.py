"""How the contents list measures and paints its entries: wrapped titles, in the theme's colours.

Qt's own item painting under a stylesheet measures a wrapped title for one width and paints
it in another, so entries came out with an empty line under them, or cut short with "…".
Here one function lays the text out for both, in the width the list gives its entries.

The list is painted in the window's first frame, so nothing here uses PySide's `Qt`
namespace (see qt_values): no QPainter.setPen or setBrush either, whose overloads take `Qt`
enums. Shapes are filled and stroked as paths, and text takes its colour from its layout.
"""

from __future__ import annotations

from math import ceil
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QSize
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QStyledItemDelegate

from onboarding.ui.theme import DEFAULT, Palette

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem

    from onboarding.ui.sidebar import Sidebar

# Titles wrap between words; a word longer than the line (Swedish has them) breaks inside.
WRAP = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
COLOURS = ("text", "primary", "on_primary", "hover", "disabled", "focus")


def solid_brush(colour: QColor) -> QBrush:
    """A brush of `colour`, made without QBrush's constructors (their overloads take `Qt`
    enums): a palette hands out its colours as brushes."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, colour)
    return palette.brush(QPalette.ColorRole.Text)


class SidebarDelegate(QStyledItemDelegate):
    def __init__(self, view: Sidebar):
        super().__init__(view)
        self._view = view
        # (text, font, colour) -> the title laid out in the entry width, and its height
        self._entries: dict[tuple[str, str, str], tuple[QTextLayout, int]] = {}
        self._width = -1
        self.colours: dict[str, QColor] = {}
        self._brushes: dict[str, QBrush] = {}
        self._focus_pen = QPen()
        self.set_colours(DEFAULT)

    def set_colours(self, colours: Palette) -> None:
        """The theme's colours (the stylesheet's item rules no longer apply to the entries)."""
        self.colours = {name: QColor(getattr(colours, name)) for name in COLOURS}
        self._brushes = {name: solid_brush(colour) for name, colour in self.colours.items()}
        self._focus_pen = QPen()
        self._focus_pen.setColor(self.colours["focus"])
        self._focus_pen.setWidth(2)
        self._entries.clear()  # their text colours

    def _padding(self, metrics: QFontMetrics) -> tuple[int, int]:
        # In units of the text, so entries grow with Ctrl +.
        return max(4, metrics.height() // 3), max(2, metrics.height() // 8)

    def _entry(
        self, text: str, font: QFont, font_key: str, width: int, colour: str = "text"
    ) -> tuple[QTextLayout, int]:
        """The title laid out in `colour` for an entry `width` wide, and the entry's height.
        Asked for every entry on each layout of the list, often twice, and on each paint:
        kept until the width or the colours change."""
        if width != self._width:
            self._entries.clear()
            self._width = width
        key = (text, font_key, colour)
        entry = self._entries.get(key)
        if entry is None:
            across, down = self._padding(QFontMetrics(font))
            layout = QTextLayout(text, font)
            option = QTextOption()
            option.setWrapMode(WRAP)
            layout.setTextOption(option)
            look = QTextCharFormat()
            look.setForeground(self._brushes[colour])
            span = QTextLayout.FormatRange()
            span.start, span.length, span.format = 0, len(text), look
            layout.setFormats([span])
            layout.beginLayout()
            height = 0.0
            while (line := layout.createLine()).isValid():
                line.setLineWidth(max(1, width - 2 * across))
                line.setPosition(QPointF(across, down + height))
                height += line.height()
            layout.endLayout()
            entry = self._entries[key] = (layout, ceil(height) + 2 * down)
        return entry

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 (Qt API)
        width = self._view.entry_width
        look = self._view.looks[index.row()]
        if width <= 0:  # not shown yet: measured once it has its width
            return QSize(0, QFontMetrics(look.font).height())
        # Laid out in the colour it will be painted in, so the paint finds it made.
        colour = self._colour(look, self._view.selectionModel().isSelected(index))
        layout = self._entry(look.text, look.font, look.font_key, width, colour)
        return QSize(width, layout[1])

    @staticmethod
    def _colour(look, selected: bool) -> str:
        return "on_primary" if selected else "text" if look.enabled else "disabled"

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        # The entry's state comes from the list, not option.state: that is a QStyle flag, and
        # PySide builds every QStyle enum on first use (5 ms before the first paint).
        view = self._view
        row = index.row()
        look = view.looks[row]
        selected = view.selectionModel().isSelected(index)
        hovered = row == view.hovered_row and look.enabled and not selected
        focused = view.hasFocus() and row == view.currentIndex().row()  # the arrow keys' entry
        rect = option.rect
        if selected or hovered or focused:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            if selected or hovered:
                shape = QPainterPath()
                shape.addRoundedRect(rect, 4, 4)
                painter.fillPath(shape, self._brushes["primary" if selected else "hover"])
            if focused:
                frame = QPainterPath()
                frame.addRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
                painter.strokePath(frame, self._focus_pen)
            painter.restore()
        colour = self._colour(look, selected)
        layout, _ = self._entry(look.text, look.font, look.font_key, rect.width(), colour)
        layout.draw(painter, QPointF(rect.topLeft()))
