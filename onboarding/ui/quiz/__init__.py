"""Answer controls for each question type, shared by the quiz page and presenter mode.

`make_question_widget(question, lang=..., order=..., markdown=...)` picks the class by the
question's TYPE; the per-attempt `order` comes from `QuizAttempt.display_order`.
"""

from __future__ import annotations

from typing import Any

from onboarding.ui.quiz.base import QuestionWidget
from onboarding.ui.quiz.matching import MatchingWidget
from onboarding.ui.quiz.multiple import MultipleChoiceWidget
from onboarding.ui.quiz.ordering import OrderingWidget
from onboarding.ui.quiz.single import SingleChoiceWidget
from onboarding.ui.quiz.true_false import TrueFalseWidget

WIDGETS: dict[str, type[QuestionWidget]] = {
    "single": SingleChoiceWidget,
    "multiple": MultipleChoiceWidget,
    "true_false": TrueFalseWidget,
    "ordering": OrderingWidget,
    "matching": MatchingWidget,
}


def make_question_widget(question: Any, **kwargs) -> QuestionWidget:
    """The answer widget for `question` (kwargs: lang, order, markdown, parent)."""
    return WIDGETS[question.TYPE](question, **kwargs)


__all__ = [
    "WIDGETS",
    "MatchingWidget",
    "MultipleChoiceWidget",
    "OrderingWidget",
    "QuestionWidget",
    "SingleChoiceWidget",
    "TrueFalseWidget",
    "make_question_widget",
]
