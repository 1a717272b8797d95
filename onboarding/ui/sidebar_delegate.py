"""How the contents list measures and paints its entries: wrapped titles, in the theme's colours.

Qt's own item painting under a stylesheet measures a wrapped title for one width and paints
it in another, so entries came out with an empty line under them, or cut short with "…".
Here one function lays the text out for both, in the width the list gives its entries.
"""

from __future__ import annotations

from math import ceil
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyledItemDelegate

from onboarding.ui.theme import DEFAULT, Palette

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem

    from onboarding.ui.sidebar import Sidebar

# Titles wrap between words; a word longer than the line (Swedish has them) breaks inside.
WRAP = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere


class SidebarDelegate(QStyledItemDelegate):
    def __init__(self, view: Sidebar):
        super().__init__(view)
        self._view = view
        self._entries: dict[tuple[str, str], tuple[QTextLayout, int]] = {}
        self._width = -1
        self.colours: dict[str, QColor] = {}
        self.set_colours(DEFAULT)

    def set_colours(self, colours: Palette) -> None:
        """The theme's colours (the stylesheet's item rules no longer apply to the entries)."""
        self.colours = {
            name: QColor(getattr(colours, name))
            for name in ("text", "primary", "on_primary", "hover", "disabled", "focus")
        }

    def _padding(self, metrics: QFontMetrics) -> tuple[int, int]:
        # In units of the text, so entries grow with Ctrl +.
        return max(4, metrics.height() // 3), max(2, metrics.height() // 8)

    def _entry(self, text: str, font: QFont, width: int) -> tuple[QTextLayout, int]:
        """The title laid out for an entry `width` wide, and the entry's height. Asked for
        every entry on each layout of the list, often twice, and on each paint: kept until
        the width changes."""
        if width != self._width:
            self._entries.clear()
            self._width = width
        key = (text, font.key())
        entry = self._entries.get(key)
        if entry is None:
            across, down = self._padding(QFontMetrics(font))
            layout = QTextLayout(text, font)
            option = QTextOption()
            option.setWrapMode(WRAP)
            layout.setTextOption(option)
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
        font = index.data(Qt.ItemDataRole.FontRole) or self._view.font()
        if width <= 0:  # not shown yet: measured once it has its width
            return QSize(0, QFontMetrics(font).height())
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        return QSize(width, self._entry(text, font, width)[1])

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        # The entry's state comes from the list, not option.state: that is a QStyle flag, and
        # PySide builds every QStyle enum on first use (5 ms before the first paint).
        view = self._view
        row = index.row()
        font = index.data(Qt.ItemDataRole.FontRole) or view.font()
        enabled = bool(index.flags() & Qt.ItemFlag.ItemIsEnabled)
        selected = view.item(row).isSelected()
        hovered = row == view.hovered_row and enabled and not selected
        colours = self.colours
        rect = option.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if selected or hovered:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours["primary"] if selected else colours["hover"])
            painter.drawRoundedRect(rect, 4, 4)
        if view.hasFocus() and row == view.currentRow():  # the entry the arrow keys are on
            painter.setPen(QPen(colours["focus"], 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
        if selected:
            painter.setPen(colours["on_primary"])
        else:
            painter.setPen(colours["text"] if enabled else colours["disabled"])
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        layout, _ = self._entry(text, font, rect.width())
        layout.draw(painter, QPointF(rect.topLeft()))
        painter.restore()
