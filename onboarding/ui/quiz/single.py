"""Single choice: radio buttons in one exclusive group; answer = the chosen original index."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QRadioButton

from onboarding.ui.quiz.choice import ChoiceWidget


class RadioChoiceWidget(ChoiceWidget):
    """Radio rows in one exclusive QButtonGroup (arrow keys move between them)."""

    def make_button(self) -> QAbstractButton:
        if not hasattr(self, "group"):
            self.group = QButtonGroup(self)
            self.group.setExclusive(True)
        button = QRadioButton()
        self.group.addButton(button)
        return button

    def _check_only(self, index: int | None) -> None:
        # An exclusive group refuses to uncheck its last button; lift that while clearing.
        self.group.setExclusive(False)
        for i, row in self.rows.items():
            row.button.setChecked(i == index)
        self.group.setExclusive(True)

    def chosen_indices(self, answer: Any) -> set[int]:
        return set() if answer is None else {self.index_of(answer)}

    def index_of(self, answer: Any) -> int:
        return int(answer)

    def marks(self):
        return {
            (True, True): ("right", self.tr("✓ Right")),
            (True, False): ("wrong", self.tr("✗ Wrong")),
            (False, True): ("right", self.tr("✓ The right answer")),
        }


class SingleChoiceWidget(RadioChoiceWidget):
    def option_texts(self) -> list[str]:
        return [self.text(option.text) for option in self.question.options]

    def right_indices(self) -> set[int]:
        return {i for i, option in enumerate(self.question.options) if option.correct}

    def answer(self) -> int | None:
        checked = self.checked_indices()
        return checked[0] if checked else None

    def set_answer(self, answer: Any) -> None:
        self._setting = True
        try:
            valid = isinstance(answer, int) and answer in self.rows
            self._check_only(answer if valid else None)
        finally:
            self._setting = False
        self._remember()

    def correct_answer(self) -> int:
        return min(self.right_indices())
