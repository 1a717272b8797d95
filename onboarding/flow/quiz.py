"""Quiz checking, shuffling, attempts and scores. No Qt.

Answers are JSON-able and always refer to ORIGINAL indices (the order in the YAML), never to
the shuffled positions on screen, so a saved answer stays valid whatever order is shown:
  single       int           index of the chosen option
  multiple     list[int]     chosen option indices, sorted
  true_false   bool          True = "Sant", False = "Falskt"
  ordering     list[int]     item indices in the learner's order (correct: 0, 1, 2, ...)
  matching     list[int]     for each pair's left, the index of the chosen right; -1 if unchosen
                             (correct: 0, 1, 2, ...)
An answer of the wrong shape (e.g. from an edited pack) counts as unanswered, never an error.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from onboarding.content.models import (
    MatchingQuestion,
    MultipleChoiceQuestion,
    OrderingQuestion,
    Pack,
    Question,
    QuizStep,
    SingleChoiceQuestion,
    Step,
    Text,
    TrueFalseQuestion,
)
from onboarding.flow.progress import SavedAnswer
from onboarding.flow.scoring import reaches_pass_mark, whole_percent

# --- Checking -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OptionFeedback:
    """How one option / item / pair fared, by its ORIGINAL index.

    single, multiple: one per option; `correct` = the option is a right one, `chosen` = picked.
    true_false: index 0 is "true" (Sant, feedback_true), index 1 "false" (Falskt,
        feedback_false); `correct` = that value is the answer, `chosen` = picked.
    ordering: one per item; `correct` = the item is at its right position, `chosen` = True
        once the question is answered.
    matching: one per pair (its left); `correct` = the right chosen for it is its own,
        `chosen` = a right was chosen for it.
    """

    index: int
    text: Text | None
    correct: bool
    chosen: bool


@dataclass(frozen=True, slots=True)
class Result:
    correct: bool
    feedback: list[OptionFeedback]
    explanation: Text
    step_id: str  # the step the question tests: the explanation links back to it


def _is_index(value: Any, n: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < n


def _index_list(value: Any, n: int, *, allow_unchosen: bool = False) -> list[int] | None:
    if not isinstance(value, list):
        return None
    if all(_is_index(v, n) or (allow_unchosen and type(v) is int and v == -1) for v in value):
        return value
    return None


def is_answered(question: Question, answer: Any) -> bool:
    """Is `answer` complete enough to check (and of the right shape)?"""
    if isinstance(question, SingleChoiceQuestion):
        return _is_index(answer, len(question.options))
    if isinstance(question, MultipleChoiceQuestion):
        chosen = _index_list(answer, len(question.options))
        return bool(chosen) and len(set(chosen)) == len(chosen)
    if isinstance(question, TrueFalseQuestion):
        return isinstance(answer, bool)
    if isinstance(question, OrderingQuestion):
        order = _index_list(answer, len(question.items))
        return order is not None and sorted(order) == list(range(len(question.items)))
    if isinstance(question, MatchingQuestion):
        chosen = _index_list(answer, len(question.pairs))
        return chosen is not None and len(chosen) == len(question.pairs)
    raise TypeError(f"not a question: {question!r}")


def check(question: Question, answer: Any) -> Result:
    """Score `answer` and say, per option/item/pair, what was right. Unanswered is wrong."""
    answered = is_answered(question, answer)
    if isinstance(question, SingleChoiceQuestion | MultipleChoiceQuestion):
        if not answered:
            chosen: set[int] = set()
        elif isinstance(question, SingleChoiceQuestion):
            chosen = {answer}
        else:
            chosen = set(answer)
        feedback = [
            OptionFeedback(i, option.feedback, option.correct, i in chosen)
            for i, option in enumerate(question.options)
        ]
        right = {i for i, option in enumerate(question.options) if option.correct}
        correct = answered and chosen == right
    elif isinstance(question, TrueFalseQuestion):
        feedback = [
            OptionFeedback(0, question.feedback_true, question.answer, answer is True),
            OptionFeedback(1, question.feedback_false, not question.answer, answer is False),
        ]
        correct = answered and answer == question.answer
    elif isinstance(question, OrderingQuestion):
        position = {item: place for place, item in enumerate(answer)} if answered else {}
        feedback = [
            OptionFeedback(i, item.feedback, position.get(i) == i, answered)
            for i, item in enumerate(question.items)
        ]
        correct = answered and all(f.correct for f in feedback)
    elif isinstance(question, MatchingQuestion):
        chosen_rights = _index_list(answer, len(question.pairs), allow_unchosen=True)
        if chosen_rights is None or len(chosen_rights) != len(question.pairs):
            chosen_rights = [-1] * len(question.pairs)
        feedback = [
            OptionFeedback(i, pair.feedback, chosen_rights[i] == i, chosen_rights[i] != -1)
            for i, pair in enumerate(question.pairs)
        ]
        correct = answered and all(f.correct for f in feedback)
    else:
        raise TypeError(f"not a question: {question!r}")
    return Result(bool(correct), feedback, question.explanation, question.step)


def is_correct(saved: SavedAnswer | None) -> bool:
    """Does a saved answer count as right? Only if it was checked and found correct."""
    return saved is not None and saved.checked and bool(saved.correct)


# --- Shuffling and attempts -----------------------------------------------------------------


def shuffled_order(n: int, seed: int | str, *, avoid_identity: bool = False) -> list[int]:
    """A permutation of range(n), the same for the same seed on every machine and run.

    With `avoid_identity` (ordering and matching questions) the result never equals
    0, 1, ..., n-1 when n >= 2, so the learner always has something to do.
    """
    order = list(range(n))
    random.Random(seed).shuffle(order)
    if avoid_identity and n >= 2 and order == sorted(order):
        order = order[1:] + order[:1]
    return order


def shuffle_enabled(pack: Pack, step: QuizStep) -> bool:
    """Shuffle answer options in this quiz? The step's setting, else the pack's."""
    return pack.manifest.shuffle if step.shuffle is None else step.shuffle


@dataclass(frozen=True, slots=True)
class QuizAttempt:
    """One go at a quiz step: which questions it asks (in step order) and its shuffle seed."""

    number: int
    seed: int
    question_ids: tuple[str, ...]

    @classmethod
    def first(cls, step: QuizStep, seed: int) -> QuizAttempt:
        return cls(1, seed, tuple(q.id for q in step.questions))

    def retry_missed(self, step: QuizStep, saved: dict[str, SavedAnswer], seed: int) -> QuizAttempt:
        """The next attempt: only the questions not yet right (latest checked answer wrong,
        or never checked). Empty when every question is right."""
        missed = tuple(q.id for q in step.questions if not is_correct(saved.get(q.id)))
        return QuizAttempt(self.number + 1, seed, missed)

    def questions(self, step: QuizStep) -> list[Question]:
        """The questions this attempt asks, in step order."""
        wanted = set(self.question_ids)
        return [q for q in step.questions if q.id in wanted]

    def display_order(self, question: Question, *, shuffle: bool) -> list[int]:
        """Original indices in the order to show them for this attempt.

        single/multiple: options, shuffled only if `shuffle`; ordering: the items' starting
        order, always shuffled and never already right; matching: the right-hand choices,
        always shuffled and never lined up with their lefts; true_false: [0, 1] (Sant, Falskt).
        """
        question_seed = f"{self.seed}:{question.id}"
        if isinstance(question, SingleChoiceQuestion | MultipleChoiceQuestion):
            n = len(question.options)
            return shuffled_order(n, question_seed) if shuffle else list(range(n))
        if isinstance(question, OrderingQuestion):
            return shuffled_order(len(question.items), question_seed, avoid_identity=True)
        if isinstance(question, MatchingQuestion):
            return shuffled_order(len(question.pairs), question_seed, avoid_identity=True)
        return [0, 1]

    def to_json(self) -> dict[str, Any]:
        return {"number": self.number, "seed": self.seed, "question_ids": list(self.question_ids)}

    @classmethod
    def from_json(cls, data: Any, step: QuizStep | None = None) -> QuizAttempt | None:
        """Rebuild from `to_json()` output; None if it is malformed or, given `step`, if none
        of its questions exist any more (the pack was edited). Unknown ids are dropped."""
        if not isinstance(data, dict):
            return None
        number, seed, ids = data.get("number"), data.get("seed"), data.get("question_ids")
        if not (_is_index(number, 2**31) and number >= 1 and type(seed) is int):
            return None
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            return None
        if step is not None:
            known = {q.id for q in step.questions}
            ids = [i for i in ids if i in known]
            if not ids:
                return None
        return cls(number, seed, tuple(ids))


# --- Scores ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ChapterScore:
    chapter_id: str
    title: Text
    correct: int
    total: int

    @property
    def percent(self) -> int:
        return whole_percent(self.correct, self.total)


@dataclass(frozen=True, slots=True)
class MissedQuestion:
    question_id: str
    prompt: Text
    step_id: str  # the step the question tests, to review
    step_title: Text


def _quiz_questions(steps: tuple[Step, ...]) -> list[Question]:
    return [q for step in steps if isinstance(step, QuizStep) for q in step.questions]


def chapter_scores(pack: Pack, saved: dict[str, SavedAnswer]) -> list[ChapterScore]:
    """Right answers per chapter (`saved` = store.answers_for_pack); chapters without
    questions are left out."""
    scores = []
    for chapter in pack.chapters:
        questions = _quiz_questions(chapter.steps)
        if questions:
            correct = sum(is_correct(saved.get(q.id)) for q in questions)
            scores.append(ChapterScore(chapter.id, chapter.title, correct, len(questions)))
    return scores


def missed_questions(pack: Pack, saved: dict[str, SavedAnswer]) -> list[MissedQuestion]:
    """Questions not answered right, in pack order, each with the step to review."""
    missed = []
    for quiz in pack.steps():
        if not isinstance(quiz, QuizStep):
            continue
        for question in quiz.questions:
            if is_correct(saved.get(question.id)):
                continue
            tested = pack.step(question.step) or quiz
            missed.append(MissedQuestion(question.id, question.prompt, tested.id, tested.title))
    return missed


def overall_score(pack: Pack, saved: dict[str, SavedAnswer]) -> tuple[int, int]:
    """(correct, total) over every question of the pack."""
    questions = _quiz_questions(pack.steps())
    return sum(is_correct(saved.get(q.id)) for q in questions), len(questions)


def passed(pack: Pack, saved: dict[str, SavedAnswer]) -> bool:
    """At least `manifest.pass_mark` percent right (exact, no rounding). A pack without
    questions is passed."""
    return reaches_pass_mark(*overall_score(pack, saved), pack.manifest.pass_mark)
