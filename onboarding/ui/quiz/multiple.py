"""Multiple choice: check boxes; answer = sorted original indices of the checked options."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractButton, QCheckBox

from onboarding.ui.quiz.choice import ChoiceWidget


class MultipleChoiceWidget(ChoiceWidget):
    def option_texts(self) -> list[str]:
        return [self.text(option.text) for option in self.question.options]

    def make_button(self) -> QAbstractButton:
        return QCheckBox()

    def right_indices(self) -> set[int]:
        return {i for i, option in enumerate(self.question.options) if option.correct}

    def chosen_indices(self, answer: Any) -> set[int]:
        return set(answer or ())

    def marks(self):
        return {
            (True, True): ("right", self.tr("✓ Right")),
            (True, False): ("wrong", self.tr("✗ Wrong: should not be chosen")),
            (False, True): ("wrong", self.tr("✗ Missed: this one is right too")),
        }

    def answer(self) -> list[int] | None:
        return self.checked_indices() or None

    def set_answer(self, answer: Any) -> None:
        chosen = set(answer) if isinstance(answer, list) else set()
        self._setting = True
        try:
            for index, row in self.rows.items():
                row.button.setChecked(index in chosen)
        finally:
            self._setting = False
        self._remember()

    def correct_answer(self) -> list[int]:
        return sorted(self.right_indices())
