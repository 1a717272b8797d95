"""The contents beside the page: chapters and their steps, where the learner is and has been.

A flat list (chapter headings, then their steps) rather than a tree: QListView wraps long
step titles onto several lines, where QTreeView cuts them off. Items are QStandardItems, whose
state is set by plain booleans (QListWidgetItem.setFlags takes a `Qt` enum: see qt_values).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from onboarding.ui import qt_values
from onboarding.ui.sidebar_delegate import SidebarDelegate
from onboarding.ui.theme import Palette

if TYPE_CHECKING:
    from onboarding.content.models import Pack

STEP_INDEX = qt_values.USER_ROLE


class EntryLook:
    """How one entry is drawn, kept in Python for the delegate: asking the model for text and
    font converted both from Qt values on every measure and paint."""

    __slots__ = ("text", "font", "font_key", "enabled")

    def __init__(self, text: str, font: QFont):
        self.text = text
        self.font = font
        self.font_key = font.key()
        self.enabled = True


def entries_of(pack: Pack, lang: str) -> list[tuple[str, int, bool]]:
    """The list's entries for `pack`: each chapter's heading, then its steps, as (text, step
    index, is a heading); a heading opens its chapter's first step."""
    entries = []
    chapter_index = -1
    for ref in pack.step_refs():
        if ref.chapter_index != chapter_index:
            chapter_index = ref.chapter_index
            entries.append((ref.chapter.title.get(lang), ref.index, True))
        entries.append((ref.step.title.get(lang), ref.index, False))
    return entries


class Sidebar(QListView):
    """Choosing a step (click or Enter) emits step_chosen(index); the window asks the
    navigator whether that is allowed: the sidebar never decides."""

    step_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("Sidebar")
        self.entries = QStandardItemModel(self)
        self.setModel(self.entries)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
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
        self.setProperty("horizontalScrollBarPolicy", qt_values.SCROLL_BAR_ALWAYS_OFF)
        # Always there, so the entries never change width (and wrapping) when it would appear.
        self.setProperty("verticalScrollBarPolicy", qt_values.SCROLL_BAR_ALWAYS_ON)
        self._steps: list[QStandardItem] = []
        self._titles: list[str] = []
        self._states: list[tuple | None] = []  # what update_state last set, per step item
        self.looks: list[EntryLook] = []  # by row
        self._step_looks: list[EntryLook] = []  # by step
        # What populate and update_state were last given (the start-up cache keeps them).
        self.listed: list[tuple[str, int, bool]] = []
        self.marked: tuple[int, list[int], int] = (-1, [], -1)
        self.clicked.connect(self._chosen)
        self.activated.connect(self._chosen)

    def populate(self, entries: list[tuple[str, int, bool]]) -> None:
        """Fill the list with (text, step index, is a chapter heading) entries (entries_of)."""
        self.listed = entries
        self.entries.clear()
        self._steps.clear()
        self._titles.clear()
        self._states.clear()
        self.looks.clear()
        self._step_looks.clear()
        font = self.font()
        bold = QFont(font)
        bold.setBold(True)
        for text, step_index, heading in entries:
            item = self._add(text, step_index)
            look = EntryLook(text, bold if heading else font)
            self.looks.append(look)
            if heading:
                item.setSelectable(False)  # a heading opens its chapter's first step
                item.setFont(bold)
            else:
                self._steps.append(item)
                self._step_looks.append(look)
                self._titles.append(text)
                self._states.append(None)

    def _add(self, text: str, step_index: int) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setData(step_index, STEP_INDEX)
        self.entries.appendRow(item)
        return item

    # --- what tests and the delegate ask ------------------------------------------------

    def count(self) -> int:
        return self.entries.rowCount()

    def item(self, row: int) -> QStandardItem | None:
        return self.entries.item(row)

    def step_item(self, index: int) -> QStandardItem:
        return self._steps[index]

    def item_rect(self, item: QStandardItem):
        return self.visualRect(item.index())

    def current_item(self) -> QStandardItem | None:
        return self.entries.itemFromIndex(self.currentIndex())

    def is_selected(self, row: int) -> bool:
        return self.selectionModel().isSelected(self.entries.index(row, 0))

    # --- state --------------------------------------------------------------------------

    def set_colours(self, colours: Palette) -> None:
        self.delegate.set_colours(colours)  # the stylesheet that comes with them repaints

    def update_state(self, current: int, visited: set[int], reachable: int) -> None:
        """Mark the current step, the visited ones (✓) and lock steps past `reachable`."""
        self.marked = (current, sorted(visited), reachable)
        done = self.tr("done")
        for index, item in enumerate(self._steps):
            title = self._titles[index]
            seen = index in visited and index != current
            enabled = index <= reachable
            # Touch only items whose state changed: every change re-lays out the wrapped list
            # and repaints it, which cost a whole sidebar repaint on each step switch.
            state = (seen, enabled, done)
            if self._states[index] == state:
                continue
            self._states[index] = state
            look = self._step_looks[index]
            look.text = f"✓ {title}" if seen else title
            look.enabled = enabled
            item.setText(look.text)
            # The tick is a picture; say it in words for screen readers.
            spoken = f"{title}, {done}" if seen else title
            item.setData(spoken, qt_values.ACCESSIBLE_TEXT_ROLE)
            item.setEnabled(enabled)
        if 0 <= current < len(self._steps):
            index = self._steps[current].index()
            self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(False)
            if self.entry_width > 0:  # else once the list has its width (viewportEvent)
                self.scrollTo(index)

    def selectionCommand(self, index: QModelIndex, event=None):  # noqa: N802 (Qt API)
        """The selection marks the step being shown, and only update_state moves it: arrow
        keys and clicks move the list's cursor (its focus frame), and a step opens with Enter
        or the click (step_chosen), after which the journey marks it. Without this, browsing
        the contents with the arrow keys took the mark off the step the learner is on."""
        if event is not None:
            return QItemSelectionModel.SelectionFlag.NoUpdate
        return super().selectionCommand(index, event)

    def _hover(self, index: QModelIndex) -> None:
        self._set_hovered(index.row())

    def _set_hovered(self, row: int) -> None:
        if row == self.hovered_row:
            return
        for changed in (self.hovered_row, row):
            if changed != -1:
                self.update(self.entries.index(changed, 0))
        self.hovered_row = row

    def viewportEvent(self, event) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if kind == QEvent.Type.Resize:
            width = event.size().width() - 2 * self.spacing()
            first = self.entry_width <= 0
            self.entry_width = width
            handled = super().viewportEvent(event)
            if first and self.currentIndex().isValid():
                # Entries measured for their real width at last: where the current one is.
                self.scrollTo(self.currentIndex())
            return handled
        if kind == QEvent.Type.Leave:
            self._set_hovered(-1)
        return super().viewportEvent(event)

    def _chosen(self, index: QModelIndex) -> None:
        item = self.entries.itemFromIndex(index)
        step = item.data(STEP_INDEX) if item is not None else None
        if step is not None and item.isEnabled():
            self.step_chosen.emit(int(step))
