"""The room's show of hands as a bar chart, drawn with QPainter (no chart library).

One bar per option in the order the room sees them, labelled with the option's number, the
count and the percentage. Once the answer is revealed the right options' bars turn green and
carry a ✓, so the colour is never the only sign.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from onboarding.rendering.colour import readable_on_white

TEXT = "#1b1b1b"
BAR = "#1f4e79"  # replaced by the pack's primary colour, darkened to AA on white
RIGHT = "#17692b"  # 6.9:1 on white
TRACK = "#d9dee5"  # an empty bar's outline area; not text
DARK = {"text": "#ffffff", "bar": "#a8c8ff", "right": "#8fd19e", "track": "#444444"}


@dataclass(frozen=True)
class Bar:
    label: str  # the option's number as the room sees it: "1", "2"...
    count: int
    right: bool = False  # shown only once the answer is revealed


def percentages(counts: list[int]) -> list[int]:
    """Whole percentages of the total; 0 for everything when nobody answered."""
    total = sum(counts)
    return [round(100 * c / total) if total else 0 for c in counts]


class TallyChart(QWidget):
    def __init__(self, parent: QWidget | None = None, *, colour: str = BAR, dark: bool = False):
        super().__init__(parent)
        self.dark = dark  # told, not guessed from the palette: a style sheet may override it
        self.bars: list[Bar] = []
        self.colour = readable_on_white(colour)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Answers in the room"))

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = list(bars)
        shares = percentages([b.count for b in self.bars])
        words = [
            self.tr("option {label}: {count} ({percent} %)").format(
                label=b.label, count=b.count, percent=p
            )
            for b, p in zip(self.bars, shares, strict=True)
        ]
        self.setAccessibleDescription("; ".join(words))
        self.setToolTip("\n".join(words))
        self.update()

    def counts(self) -> dict[str, int]:
        return {bar.label: bar.count for bar in self.bars}

    def total(self) -> int:
        return sum(bar.count for bar in self.bars)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        line = self.fontMetrics().height()
        return QSize(line * max(4, 3 * len(self.bars)), line * 8)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        line = self.fontMetrics().height()
        return QSize(line * 2 * max(1, len(self.bars)), line * 5)

    def _colours(self) -> dict[str, QColor]:
        if self.dark:
            return {k: QColor(v) for k, v in DARK.items()}
        return {
            "text": QColor(TEXT),
            "bar": QColor(self.colour),
            "right": QColor(RIGHT),
            "track": QColor(TRACK),
        }

    def _fitting_font(self, values: list[str]):
        """The widget's font, made smaller only if a bar's label would not fit its slot."""
        font = self.font()
        # The bars share the width inside a margin of about one line on each side.
        slot = (self.width() - 2 * self.fontMetrics().height()) / max(1, len(self.bars))
        lines = [line for value in values for line in value.split("\n")]
        widest = max(self.fontMetrics().horizontalAdvance(line) for line in lines)
        if widest > slot * 0.95 and font.pointSizeF() > 0:
            font.setPointSizeF(max(6.0, font.pointSizeF() * slot * 0.95 / widest))
        return font

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if not self.bars:
            return
        colours = self._colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        shares = percentages([b.count for b in self.bars])
        # Count over percent: two short lines fit narrow bars where one long one would not.
        values = [f"{bar.count}\n{share} %" for bar, share in zip(self.bars, shares, strict=True)]
        painter.setFont(self._fitting_font(values))
        metrics = painter.fontMetrics()
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(line * 0.5, line * 0.5, -line * 0.5, -line * 0.5)
        # Bottom: the option's number; above each bar: its count and percent.
        label_height = line * 1.4
        value_height = line * 2.4
        chart_height = max(1.0, area.height() - label_height - value_height)
        slot = area.width() / len(self.bars)
        width = slot * 0.6
        top = max([b.count for b in self.bars] + [1])
        baseline = area.top() + value_height + chart_height
        painter.setPen(colours["track"])
        painter.drawLine(int(area.left()), int(baseline), int(area.right()), int(baseline))
        for i, (bar, value) in enumerate(zip(self.bars, values, strict=True)):
            x = area.left() + slot * i + (slot - width) / 2
            height = chart_height * bar.count / top
            rect = QRectF(x, baseline - height, width, height)
            painter.fillRect(rect, colours["right"] if bar.right else colours["bar"])
            painter.setPen(colours["text"])
            value_rect = QRectF(x - slot * 0.2, rect.top() - value_height, slot, line * 2.2)
            painter.drawText(value_rect, Qt.AlignmentFlag.AlignCenter, value)
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            label = f"✓ {bar.label}" if bar.right else bar.label
            label_rect = QRectF(x - slot * 0.2, baseline + line * 0.2, width + slot * 0.4, line)
            painter.setPen(colours["right"] if bar.right else colours["text"])
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignCenter, label)
            font.setBold(False)
            painter.setFont(font)
        painter.end()
