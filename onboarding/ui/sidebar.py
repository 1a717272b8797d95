"""The chapter/step tree beside the page: where the learner is, where they have been."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from onboarding.content.models import Pack

STEP_INDEX = Qt.ItemDataRole.UserRole


class Sidebar(QTreeWidget):
    """Chapters with their steps. Choosing a step (click or Enter) emits step_chosen(index);
    the window asks the navigator whether that is allowed: the sidebar never decides."""

    step_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("Sidebar")
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(14)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._steps: list[QTreeWidgetItem] = []
        self._titles: list[str] = []
        self.itemClicked.connect(self._chosen)
        self.itemActivated.connect(self._chosen)

    def populate(self, pack: Pack, lang: str) -> None:
        self.clear()
        self._steps.clear()
        self._titles.clear()
        chapter_items: dict[int, QTreeWidgetItem] = {}
        for ref in pack.step_refs():
            parent = chapter_items.get(ref.chapter_index)
            if parent is None:
                parent = QTreeWidgetItem(self, [ref.chapter.title.get(lang)])
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                parent.setData(0, STEP_INDEX, ref.index)  # a chapter opens its first step
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
                chapter_items[ref.chapter_index] = parent
            title = ref.step.title.get(lang)
            item = QTreeWidgetItem(parent, [title])
            item.setData(0, STEP_INDEX, ref.index)
            self._steps.append(item)
            self._titles.append(title)
        self.expandAll()

    def update_state(self, current: int, visited: set[int], reachable: int) -> None:
        """Mark the current step, the visited ones (✓) and lock steps past `reachable`."""
        done = self.tr("done")
        for index, item in enumerate(self._steps):
            title = self._titles[index]
            seen = index in visited and index != current
            item.setText(0, f"✓ {title}" if seen else title)
            # The tick is a picture; say it in words for screen readers.
            item.setData(
                0, Qt.ItemDataRole.AccessibleTextRole, f"{title}, {done}" if seen else title
            )
            flags = Qt.ItemFlag.ItemIsSelectable
            if index <= reachable:
                flags |= Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)
        if 0 <= current < len(self._steps):
            self.blockSignals(True)
            self.setCurrentItem(self._steps[current])
            self.blockSignals(False)
            self.scrollToItem(self._steps[current])

    def _chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        index = item.data(0, STEP_INDEX)
        if index is not None and item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.step_chosen.emit(int(index))
