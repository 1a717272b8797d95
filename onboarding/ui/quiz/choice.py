"""Choice questions: one row per option (button, wrapping text, feedback line).

Shared by single choice, multiple choice and true/false. The option text is a separate
word-wrapped label (a QRadioButton/QCheckBox never wraps, which clips long options at 200 %
text size); clicking the text toggles the button, and the whole row is outlined while its
button has keyboard focus so focus stays visible.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from onboarding.content.models import Text
from onboarding.ui.quiz.base import FeedbackLabel, QuestionWidget, html_to_plain


class OptionText(QLabel):
    """The option's text; a click on it acts like a click on the button."""

    def __init__(self, text: str, button: QAbstractButton, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.button = button
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setWordWrap(True)  # after setSizePolicy, which would drop height-for-width
        self.setBuddy(button)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.button() == Qt.MouseButton.LeftButton and self.button.isEnabled():
            self.button.click()
            self.button.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


class OptionRow(QWidget):
    """One option: [button] text, and under the text its feedback once checked."""

    def __init__(self, button: QAbstractButton, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.button = button
        self.label = OptionText(text, button, self)
        self.feedback = FeedbackLabel(self)
        button.setAccessibleName(text)
        layout = QGridLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setHorizontalSpacing(8)
        layout.setVerticalSpacing(2)
        layout.addWidget(button, 0, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 0, 1)
        layout.addWidget(self.feedback, 1, 1)
        layout.setColumnStretch(1, 1)
        button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.update()
        return super().eventFilter(watched, event)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        if self.button.hasFocus():
            painter = QPainter(self)
            pen = QPen(self.palette().highlight().color(), 2)
            painter.setPen(pen)
            painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 4, 4)

    def set_feedback(self, kind: str | None, mark: str, feedback_html: str) -> None:
        self.feedback.show_mark(kind, mark, feedback_html)
        self.button.setAccessibleDescription(html_to_plain(self.feedback.text()))

    def clear_feedback(self) -> None:
        self.feedback.clear_mark()
        self.button.setAccessibleDescription("")


class ChoiceWidget(QuestionWidget):
    """Rows of buttons, one per option in display order; subclasses make the buttons."""

    def __init__(self, question: Any, **kwargs):
        super().__init__(question, **kwargs)
        self.rows: dict[int, OptionRow] = {}  # by original index
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        texts = self.option_texts()
        for index in self.display_order(len(texts)):
            button = self.make_button()
            row = OptionRow(button, texts[index], self)
            for label in (row.feedback,):
                label.linkActivated.connect(self.link_activated)
            button.toggled.connect(self._changed)
            self.rows[index] = row
            layout.addWidget(row)
        layout.addStretch(1)
        self.setFocusProxy(self.buttons_in_display_order()[0] if self.rows else None)

    # --- for subclasses -----------------------------------------------------------------

    def option_texts(self) -> list[str]:
        raise NotImplementedError

    def make_button(self) -> QAbstractButton:
        raise NotImplementedError

    def right_indices(self) -> set[int]:
        """Original indices of the options that are right."""
        raise NotImplementedError

    def option_feedback(
        self, index: int, texts: dict[int, Text | None], chosen: bool
    ) -> Text | None:
        # The check result decides which feedback to show; without one (reveal) the pack's.
        if index in texts:
            return texts[index]
        options = getattr(self.question, "options", ())
        return options[index].feedback if index < len(options) else None

    def chosen_indices(self, answer: Any) -> set[int]:
        raise NotImplementedError

    def marks(self) -> dict[tuple[bool, bool], tuple[str, str]]:
        """(chosen, right) -> (kind, mark text). Missing keys: no mark."""
        raise NotImplementedError

    # --- shared -------------------------------------------------------------------------

    def buttons_in_display_order(self) -> list[QAbstractButton]:
        return [row.button for row in self.rows.values()]

    def checked_indices(self) -> list[int]:
        return sorted(i for i, row in self.rows.items() if row.button.isChecked())

    def focus_first(self) -> None:
        buttons = self.buttons_in_display_order()
        checked = [b for b in buttons if b.isChecked()]
        target = (checked or buttons or [None])[0]
        if target is not None and target.isEnabled():
            target.setFocus(Qt.FocusReason.TabFocusReason)

    def _apply_lock(self, locked: bool) -> None:
        for row in self.rows.values():
            row.button.setEnabled(not locked)

    def _show_marks(self, answer: Any, texts: dict[int, Text | None], *, revealed: bool) -> None:
        chosen = self.chosen_indices(answer) if not revealed else set()
        right = self.right_indices()
        table = self.marks()
        for index, row in self.rows.items():
            if revealed:
                kind, mark = ("right", self.tr("✓ Right answer")) if index in right else ("", "")
            else:
                kind, mark = table.get((index in chosen, index in right), ("", ""))
            feedback = self.option_feedback(index, texts, index in chosen)
            row.set_feedback(kind or None, mark, self.feedback_html(feedback))

    def _clear_marks(self) -> None:
        for row in self.rows.values():
            row.clear_feedback()
