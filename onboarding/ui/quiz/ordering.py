"""Ordering: a list the learner reorders by keyboard (Alt+Up/Alt+Down or the buttons) or by
drag and drop. Answer = original item indices in the learner's order (always complete)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
)

from onboarding.content.models import Text
from onboarding.ui.quiz.base import FeedbackLabel, QuestionWidget, html_to_plain, mark_colour

INDEX_ROLE = Qt.ItemDataRole.UserRole


class OrderList(QListWidget):
    """The list; grows to show every item (the page scrolls, not the list)."""

    def __init__(self, owner: OrderingWidget):
        super().__init__(owner)
        self.owner = owner
        self.setWordWrap(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setSpacing(2)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.modifiers() == Qt.KeyboardModifier.AltModifier:
            if event.key() == Qt.Key.Key_Up:
                self.owner.move_current(-1)
                return
            if event.key() == Qt.Key.Key_Down:
                self.owner.move_current(+1)
                return
        super().keyPressEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().dropEvent(event)
        self.owner.list_changed()

    def fit(self) -> None:
        height = 2 * self.frameWidth()
        for row in range(self.count()):
            height += self.sizeHintForRow(row) + 2 * self.spacing()
        self.setFixedHeight(max(height, self.fontMetrics().height() * 2))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.fit()


class OrderingWidget(QuestionWidget):
    def __init__(self, question: Any, **kwargs):
        super().__init__(question, **kwargs)
        prompt = self.text(question.prompt)
        self.hint = QLabel(
            self.tr(
                "Select an item and move it with the buttons or with Alt+Up and Alt+Down."
                " You can also drag it."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.list = OrderList(self)
        self.list.setAccessibleName(self.tr("Order: %1").replace("%1", prompt))
        self.list.setAccessibleDescription(self.hint.text())
        self.up = QPushButton(self.tr("Move &up"), self)
        self.up.setAccessibleName(self.tr("Move up"))
        self.up.setToolTip(self.tr("Move the selected item up (Alt+Up)"))
        self.down = QPushButton(self.tr("Move &down"), self)
        self.down.setAccessibleName(self.tr("Move down"))
        self.down.setToolTip(self.tr("Move the selected item down (Alt+Down)"))
        for button in (self.up, self.down):
            # Clicking a button must not take focus from the list, or the selection would
            # no longer be what the keyboard user moves next.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.up.clicked.connect(lambda: self.move_current(-1))
        self.down.clicked.connect(lambda: self.move_current(+1))
        self.feedback = FeedbackLabel(self)
        self.feedback.linkActivated.connect(self.link_activated)

        buttons = QVBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint, 0, 0, 1, 2)
        layout.addWidget(self.list, 1, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(buttons, 1, 1)
        layout.addWidget(self.feedback, 2, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        self.setFocusProxy(self.list)

        self._marks: dict[int, str] = {}  # original index -> mark shown after the text
        self._fill(self.display_order(len(question.items)))
        self.list.setCurrentRow(0)
        self.list.currentRowChanged.connect(self._update_buttons)
        self._update_buttons()
        self._remember()

    # --- answer -------------------------------------------------------------------------

    def answer(self) -> list[int]:
        return [self.list.item(row).data(INDEX_ROLE) for row in range(self.list.count())]

    def set_answer(self, answer: Any) -> None:
        count = len(self.question.items)
        if isinstance(answer, list) and sorted(answer) == list(range(count)):
            current = self.list.currentRow()
            self._fill(answer)
            self.list.setCurrentRow(max(current, 0))
            self._update_buttons()
        self._remember()

    def correct_answer(self) -> list[int]:
        return list(range(len(self.question.items)))

    # --- moving -------------------------------------------------------------------------

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if self._locked or row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)  # the moved item stays selected
        self._renumber()
        self._update_buttons()
        self._changed()

    def list_changed(self) -> None:
        """After a drag and drop inside the list."""
        if sorted(self.answer()) == list(range(len(self.question.items))):
            self._renumber()
            self._update_buttons()
            self._changed()

    def _fill(self, order: list[int]) -> None:
        self.list.clear()
        for index in order:
            item = QListWidgetItem()
            item.setData(INDEX_ROLE, index)
            self.list.addItem(item)
        self._renumber()

    def _renumber(self) -> None:
        # Position numbers make the order readable to screen readers and without sight
        # of the layout; the mark (✓/✗ in words) is added after checking.
        for row in range(self.list.count()):
            item = self.list.item(row)
            index = item.data(INDEX_ROLE)
            label = f"{row + 1}. {self.text(self.question.items[index].text)}"
            mark = self._marks.get(index)
            item.setText(f"{label}   {mark}" if mark else label)
        self.list.fit()

    def _update_buttons(self, *_args) -> None:
        row = self.list.currentRow()
        self.up.setEnabled(not self._locked and row > 0)
        self.down.setEnabled(not self._locked and 0 <= row < self.list.count() - 1)

    def focus_first(self) -> None:
        self.list.setFocus(Qt.FocusReason.TabFocusReason)

    def _apply_lock(self, locked: bool) -> None:
        mode = QAbstractItemView.DragDropMode
        self.list.setDragDropMode(mode.NoDragDrop if locked else mode.InternalMove)
        self._update_buttons()

    # --- feedback -----------------------------------------------------------------------

    def _show_marks(self, answer: Any, texts: dict[int, Text | None], *, revealed: bool) -> None:
        right, wrong = self.tr("✓ Right place"), self.tr("✗ Wrong place")
        order = answer if isinstance(answer, list) else self.correct_answer()
        lines = []
        all_right = True
        self._marks = {}
        for position, index in enumerate(order):
            in_place = index == position
            all_right = all_right and in_place
            self._marks[index] = right if in_place else wrong
            feedback = texts.get(index) or self.question.items[index].feedback
            if not in_place and feedback is not None and not revealed:
                lines.append(self.feedback_html(feedback))
        for row in range(self.list.count()):
            item = self.list.item(row)
            in_place = item.data(INDEX_ROLE) == row
            kind = "right" if in_place else "wrong"
            item.setForeground(QBrush(QColor(mark_colour(self.list.palette(), kind))))
        self._renumber()
        if not all_right or revealed:
            items = "".join(
                f"<li>{html.escape(self.text(item.text))}</li>" for item in self.question.items
            )
            heading = self.tr("The right order:")
            lines.append(f"{html.escape(heading)}<ol>{items}</ol>")
        kind, mark = (
            ("right", self.tr("✓ All in the right order"))
            if all_right
            else (
                "wrong",
                self.tr("✗ Some items are in the wrong place"),
            )
        )
        # Each feedback is an inline fragment: a line break keeps the sentences apart.
        self.feedback.show_mark(kind, mark, "<br>".join(lines))
        self.list.setAccessibleDescription(html_to_plain(self.feedback.text()))

    def _clear_marks(self) -> None:
        self._marks = {}
        for row in range(self.list.count()):
            self.list.item(row).setData(Qt.ItemDataRole.ForegroundRole, None)
        self._renumber()
        self.feedback.clear_mark()
        self.list.setAccessibleDescription(self.hint.text())
