"""The chapter overview: every chapter and step, for the presenter to jump to.

It lives in the presenter's window (or, with one screen, over the slide) and is the only
widget of the session that takes keyboard focus: arrows move in it, Enter jumps, Esc or G
closes it. Every other key goes on to the session, so the clicker keeps working.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from onboarding.content.models import Pack

STEP_INDEX = Qt.ItemDataRole.UserRole

# Keys the tree uses itself while it has focus.
TREE_KEYS = {
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
}


class OverviewTree(QTreeWidget):
    step_chosen = Signal(int)  # pack-wide step index
    close_requested = Signal()

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Chapters and steps"))
        self.setAccessibleDescription(self.tr("Enter shows the step to the room; Esc closes."))
        self.itemActivated.connect(self._activated)
        self.populate(session.pack, session.lang)

    def populate(self, pack: Pack, lang: str) -> None:
        self.clear()
        self.items: dict[int, QTreeWidgetItem] = {}
        chapters: dict[int, QTreeWidgetItem] = {}
        for ref in pack.step_refs():
            parent = chapters.get(ref.chapter_index)
            if parent is None:
                parent = QTreeWidgetItem(
                    [f"{ref.chapter_index + 1}. {ref.chapter.title.get(lang)}"]
                )
                parent.setData(0, STEP_INDEX, ref.index)  # a chapter jumps to its first step
                self.addTopLevelItem(parent)
                chapters[ref.chapter_index] = parent
            item = QTreeWidgetItem([ref.step.title.get(lang)])
            item.setData(0, STEP_INDEX, ref.index)
            parent.addChild(item)
            self.items[ref.index] = item
        self.expandAll()

    def select_step(self, index: int) -> None:
        item = self.items.get(index)
        if item is not None:
            self.setCurrentItem(item)
            self.scrollToItem(item)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.step_chosen.emit(int(item.data(0, STEP_INDEX)))

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item = self.currentItem()
            if item is not None:
                self._activated(item)
            event.accept()
        elif key in TREE_KEYS and not event.modifiers() & Qt.KeyboardModifier.AltModifier:
            super().keyPressEvent(event)
        elif self.session.handle_key(key, event.modifiers()):
            event.accept()  # Esc/G close through the session; B, digits... still work
        else:
            super().keyPressEvent(event)
