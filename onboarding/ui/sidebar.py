"""The contents beside the page: chapters and their steps, where the learner is and has been.

A flat list (chapter headings, then their steps) rather than a tree: QListView wraps long
step titles onto several lines, where QTreeView cuts them off.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QWidget

from onboarding.content.models import Pack
from onboarding.ui.sidebar_delegate import SidebarDelegate
from onboarding.ui.theme import Palette

STEP_INDEX = Qt.ItemDataRole.UserRole


class Sidebar(QListWidget):
    """Choosing a step (click or Enter) emits step_chosen(index); the window asks the
    navigator whether that is allowed: the sidebar never decides."""

    step_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("Sidebar")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setSpacing(3)
        # How wide entries are: the viewport's width (from its resize events: asking Qt for
        # the viewport makes PySide build every widget class first, 10 ms before the first
        # paint), less the spacing around entries; 0 until it has one.
        self.entry_width = 0
        self.delegate = SidebarDelegate(self)
        # Hover feedback: the row under the mouse, painted by the delegate.
        self.hovered_row = -1
        self.setMouseTracking(True)
        self.entered.connect(self._hover)
        self.setItemDelegate(self.delegate)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there, so the entries never change width (and wrapping) when it would appear.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._steps: list[QListWidgetItem] = []
        self._titles: list[str] = []
        self._states: list[tuple | None] = []  # what update_state last set, per step item
        self.itemClicked.connect(self._chosen)
        self.itemActivated.connect(self._chosen)

    def populate(self, pack: Pack, lang: str) -> None:
        self.clear()
        self._steps.clear()
        self._titles.clear()
        self._states.clear()
        chapter_index = -1
        for ref in pack.step_refs():
            if ref.chapter_index != chapter_index:
                chapter_index = ref.chapter_index
                heading = QListWidgetItem(ref.chapter.title.get(lang), self)
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # not selectable: opens its first step
                heading.setData(STEP_INDEX, ref.index)
                font = self.font()
                font.setBold(True)
                heading.setFont(font)
            title = ref.step.title.get(lang)
            self._steps.append(QListWidgetItem(title, self))
            self._steps[-1].setData(STEP_INDEX, ref.index)
            self._titles.append(title)
            self._states.append(None)

    def set_colours(self, colours: Palette) -> None:
        self.delegate.set_colours(colours)  # the stylesheet that comes with them repaints

    def step_item(self, index: int) -> QListWidgetItem:
        return self._steps[index]

    def update_state(self, current: int, visited: set[int], reachable: int) -> None:
        """Mark the current step, the visited ones (✓) and lock steps past `reachable`."""
        done = self.tr("done")
        for index, item in enumerate(self._steps):
            title = self._titles[index]
            seen = index in visited and index != current
            flags = Qt.ItemFlag.ItemIsSelectable
            if index <= reachable:
                flags |= Qt.ItemFlag.ItemIsEnabled
            # Touch only items whose state changed: every change re-lays out the wrapped list
            # and repaints it, which cost a whole sidebar repaint on each step switch.
            state = (seen, flags, done)
            if self._states[index] == state:
                continue
            self._states[index] = state
            item.setText(f"✓ {title}" if seen else title)
            # The tick is a picture; say it in words for screen readers.
            spoken = f"{title}, {done}" if seen else title
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            item.setFlags(flags)
        if 0 <= current < len(self._steps):
            self.blockSignals(True)
            self.setCurrentItem(self._steps[current])
            self.blockSignals(False)
            if self.entry_width > 0:  # else once the list has its width (viewportEvent)
                self.scrollToItem(self._steps[current])

    def _hover(self, index) -> None:
        self._set_hovered(index.row())

    def _set_hovered(self, row: int) -> None:
        if row == self.hovered_row:
            return
        for changed in (self.hovered_row, row):
            if changed != -1:
                self.update(self.indexFromItem(self.item(changed)))
        self.hovered_row = row

    def viewportEvent(self, event) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if kind == QEvent.Type.Resize:
            width = event.size().width() - 2 * self.spacing()
            first = self.entry_width <= 0
            self.entry_width = width
            handled = super().viewportEvent(event)
            if first and self.currentItem() is not None:
                # Entries measured for their real width at last: where the current one is.
                self.scrollToItem(self.currentItem())
            return handled
        if kind == QEvent.Type.Leave:
            self._set_hovered(-1)
        return super().viewportEvent(event)

    def _chosen(self, item: QListWidgetItem) -> None:
        index = item.data(STEP_INDEX)
        if index is not None and item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.step_chosen.emit(int(index))
