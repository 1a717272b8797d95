"""True/false: two radio buttons, "True" then "False" (never shuffled); answer = bool.

Internally option 0 is True and option 1 is False, which is also how the feedback of
onboarding.flow.quiz.check() is indexed.
"""

from __future__ import annotations

from typing import Any

from onboarding.content.models import Text
from onboarding.ui.quiz.single import RadioChoiceWidget

TRUE, FALSE = 0, 1


class TrueFalseWidget(RadioChoiceWidget):
    def __init__(self, question: Any, **kwargs):
        kwargs["order"] = None  # "True" always comes first
        super().__init__(question, **kwargs)

    def option_texts(self) -> list[str]:
        return [self.tr("True"), self.tr("False")]

    def right_indices(self) -> set[int]:
        return {TRUE if self.question.answer else FALSE}

    def index_of(self, answer: Any) -> int:
        return TRUE if answer else FALSE

    def option_feedback(
        self, index: int, texts: dict[int, Text | None], chosen: bool
    ) -> Text | None:
        # feedback_true/feedback_false answer what the learner said, so only the chosen one.
        if not chosen:
            return None
        own = self.question.feedback_true if index == TRUE else self.question.feedback_false
        return texts.get(index) or own

    def answer(self) -> bool | None:
        if self.rows[TRUE].button.isChecked():
            return True
        if self.rows[FALSE].button.isChecked():
            return False
        return None

    def set_answer(self, answer: Any) -> None:
        self._setting = True
        try:
            self._check_only(self.index_of(answer) if isinstance(answer, bool) else None)
        finally:
            self._setting = False
        self._remember()

    def correct_answer(self) -> bool:
        return bool(self.question.answer)
