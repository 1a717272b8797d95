"""Where the learner is and where they may go. No Qt: the window asks, it does not decide.

The one rule: the learner may move freely among the steps up to and including the first quiz
step that is not complete; nothing after it is reachable until it is. Only quiz steps ever
block (a checklist may take weeks to tick off, so it never holds anyone back).
"""

from __future__ import annotations

from collections.abc import Callable

from onboarding.content.models import Chapter, Pack, QuizStep, Step, StepRef
from onboarding.flow.progress import SavedAnswer


def quiz_complete(step: Step, saved: dict[str, SavedAnswer]) -> bool:
    """May the learner go past `step`? For a quiz: every question has a CHECKED saved answer
    (right or wrong); `saved` is store.answers(pack_id, step_id). Other steps: always."""
    if not isinstance(step, QuizStep):
        return True
    return all(q.id in saved and saved[q.id].checked for q in step.questions)


class Navigator:
    """The learner's position in a pack. `is_complete(step)` is asked for quiz steps only,
    each time a decision is needed, so it always reflects the latest saved answers."""

    def __init__(self, pack: Pack, is_complete: Callable[[Step], bool]):
        self.pack = pack
        self.refs: list[StepRef] = list(pack.step_refs())
        if not self.refs:
            raise ValueError(f"pack {pack.id!r} has no steps")
        self.is_complete = is_complete
        self.index = 0
        # Only quiz steps can block; asked on every move, so not searched for each time.
        self._quiz_refs = [ref for ref in self.refs if isinstance(ref.step, QuizStep)]

    @property
    def current(self) -> StepRef:
        return self.refs[self.index]

    def __len__(self) -> int:
        return len(self.refs)

    def index_of(self, step_id: str) -> int | None:
        return next((ref.index for ref in self.refs if ref.step.id == step_id), None)

    def furthest_reachable(self) -> int:
        """Index of the first incomplete quiz step, or of the last step if there is none."""
        for ref in self._quiz_refs:
            if not self.is_complete(ref.step):
                return ref.index
        return len(self.refs) - 1

    def _resolve(self, target: int | str) -> int | None:
        if isinstance(target, str):
            return self.index_of(target)
        if isinstance(target, int) and not isinstance(target, bool):
            return target if 0 <= target < len(self.refs) else None
        return None

    def can_go(self, target: int | str) -> bool:
        """Is this step (index or step id) reachable now?"""
        index = self._resolve(target)
        return index is not None and index <= self.furthest_reachable()

    def go(self, target: int | str) -> bool:
        """Move to a step by index or step id; False (and no move) if unknown or not yet
        reachable."""
        index = self._resolve(target)
        if index is None or index > self.furthest_reachable():
            return False
        self.index = index
        return True

    def can_go_back(self) -> bool:
        return self.index > 0

    def can_go_next(self) -> bool:
        """False on the last step, and on a quiz step until every question of it is checked."""
        return self.index + 1 < len(self.refs) and self.can_go(self.index + 1)

    def next(self) -> bool:
        return self.can_go_next() and self.go(self.index + 1)

    def back(self) -> bool:
        """One step back; never into steps that are out of reach (e.g. the pack was edited
        and a quiz before the current step gained a question): then to the first such quiz."""
        if not self.can_go_back():
            return False
        self.index = min(self.index - 1, self.furthest_reachable())
        return True

    def chapter_of(self, index: int) -> Chapter:
        return self.refs[index].chapter

    def position(self) -> tuple[int, int]:
        """(n, m): the learner is on step n of m, 1-based, for "Step n of m"."""
        return self.index + 1, len(self.refs)

    def progress_fraction(self) -> float:
        """How far along the current step is, 0.0 on the first step to 1.0 on the last
        (index / (m - 1); 1.0 for a one-step pack). Depends only on the position, not on which
        steps were visited, so going back moves the bar back."""
        last = len(self.refs) - 1
        return self.index / last if last else 1.0
