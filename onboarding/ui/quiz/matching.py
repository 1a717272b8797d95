"""Matching: each left text with a combo box of the right texts (shuffled), keyboard operable.

Answer = for each pair's left (original order), the original index of the chosen right, or -1
while unchosen; None until at least one is chosen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QSizePolicy

from onboarding.content.models import Text
from onboarding.ui.quiz.base import FeedbackLabel, QuestionWidget, html_to_plain, mnemonic_safe

UNCHOSEN = -1


class MatchingWidget(QuestionWidget):
    def __init__(self, question: Any, **kwargs):
        super().__init__(question, **kwargs)
        pairs = question.pairs
        self.combos: list[QComboBox] = []
        self.feedback_labels: list[FeedbackLabel] = []
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(12)
        layout.setVerticalSpacing(4)
        right_order = self.display_order(len(pairs))
        for row, pair in enumerate(pairs):
            left_text = self.text(pair.left)
            label = QLabel(mnemonic_safe(left_text), self)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            combo = QComboBox(self)
            combo.addItem(self.tr("Choose…"), UNCHOSEN)
            for index in right_order:
                combo.addItem(self.text(pairs[index].right), index)
            # Long right texts must not make the combo (and the page) wider than the window;
            # the popup still shows them in full.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
            combo.setAccessibleName(self.tr("Match for: %1").replace("%1", left_text))
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(self._changed)
            feedback = FeedbackLabel(self)
            feedback.linkActivated.connect(self.link_activated)
            layout.addWidget(label, 2 * row, 0)
            layout.addWidget(combo, 2 * row, 1)
            layout.addWidget(feedback, 2 * row + 1, 1)
            self.combos.append(combo)
            self.feedback_labels.append(feedback)
        layout.setColumnStretch(0, 2)
        layout.setColumnStretch(1, 3)
        if self.combos:
            self.setFocusProxy(self.combos[0])
        self._remember()

    def answer(self) -> list[int] | None:
        chosen = [combo.currentData() for combo in self.combos]
        return chosen if any(value != UNCHOSEN for value in chosen) else None

    def set_answer(self, answer: Any) -> None:
        values = answer if isinstance(answer, list) else []
        self._setting = True
        try:
            for row, combo in enumerate(self.combos):
                value = values[row] if row < len(values) else UNCHOSEN
                position = combo.findData(value)
                combo.setCurrentIndex(position if position >= 0 else 0)
        finally:
            self._setting = False
        self._remember()

    def correct_answer(self) -> list[int]:
        return list(range(len(self.combos)))

    def focus_first(self) -> None:
        if self.combos and self.combos[0].isEnabled():
            self.combos[0].setFocus(Qt.FocusReason.TabFocusReason)

    def _apply_lock(self, locked: bool) -> None:
        for combo in self.combos:
            combo.setEnabled(not locked)

    def _show_marks(self, answer: Any, texts: dict[int, Text | None], *, revealed: bool) -> None:
        chosen = answer if isinstance(answer, list) else self.correct_answer()
        for row, (combo, label) in enumerate(zip(self.combos, self.feedback_labels, strict=True)):
            pair = self.question.pairs[row]
            value = chosen[row] if row < len(chosen) else UNCHOSEN
            if value == row:
                kind, mark = "right", self.tr("✓ Right")
                feedback = ""
            else:
                kind = "wrong"
                mark = self.tr("✗ Wrong. The right match is: %1").replace(
                    "%1", self.text(pair.right)
                )
                feedback = self.feedback_html(texts.get(row) or pair.feedback)
            if revealed:
                kind, mark, feedback = "right", self.tr("✓ Right answer"), ""
            label.show_mark(kind, mark, feedback)
            combo.setAccessibleDescription(html_to_plain(label.text()))

    def _clear_marks(self) -> None:
        for combo, label in zip(self.combos, self.feedback_labels, strict=True):
            label.clear_mark()
            combo.setAccessibleDescription("")
