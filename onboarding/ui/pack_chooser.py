"""The first screen when several introductions are bundled: which employer's do you start?"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from onboarding.content.errors import Problem


@dataclass(frozen=True)
class PackEntry:
    """A bundled pack as the chooser lists it; `problems` set when it cannot be opened."""

    path: Path
    title: str
    description: str = ""
    problems: tuple[Problem, ...] = ()


class PackChooser(QWidget):
    pack_chosen = Signal(Path)

    def __init__(self, entries: list[PackEntry], parent: QWidget | None = None):
        super().__init__(parent)
        self.entries = entries
        self.heading = QLabel()
        self.heading.setObjectName("ChooserHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        for entry in entries:
            text = entry.title if not entry.description else f"{entry.title}\n{entry.description}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(entry.path))
            if entry.problems:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        self.open_button = QPushButton()
        self.open_button.setProperty("primary", True)
        self.open_button.clicked.connect(self._open_current)
        self.list.itemActivated.connect(lambda _item: self._open_current())
        self.list.currentRowChanged.connect(self._update_button)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignRight)
        first_usable = next((i for i, e in enumerate(entries) if not e.problems), -1)
        self.list.setCurrentRow(first_usable)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Welcome! Choose your employer's introduction"))
        self.hint.setText(self.tr("Use the arrow keys to choose and Enter to start."))
        self.list.setAccessibleName(self.tr("Introductions"))
        self.open_button.setText(self.tr("Start"))
        self.open_button.setAccessibleName(self.tr("Start the chosen introduction"))
        broken = [e for e in self.entries if e.problems]
        lines = []
        for entry in broken:
            lines.append(self.tr("{title} cannot be opened:").format(title=entry.title))
            lines.extend(f"  {p}" for p in entry.problems[:5])
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(broken))
        if not self.entries:
            self.hint.setText(self.tr("No introductions were found."))

    def _update_button(self, row: int) -> None:
        item = self.list.item(row) if row >= 0 else None
        self.open_button.setEnabled(bool(item and item.flags() & Qt.ItemFlag.ItemIsEnabled))

    def _open_current(self) -> None:
        item = self.list.currentItem()
        if item and item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.pack_chosen.emit(Path(item.data(Qt.ItemDataRole.UserRole)))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
