"""Navigator: free movement up to the first incomplete quiz, positions and chapters."""

import pytest

from onboarding.content.models import (
    Chapter,
    Manifest,
    Option,
    Pack,
    QuizStep,
    ReadingStep,
    SingleChoiceQuestion,
    Text,
    TrueFalseQuestion,
)
from onboarding.flow.navigator import Navigator, quiz_complete
from onboarding.flow.progress import SavedAnswer

T = Text


def question(qid, step="a"):
    return TrueFalseQuestion(id=qid, prompt=T("?"), explanation=T("."), step=step, answer=True)


def reading(sid):
    return ReadingStep(id=sid, title=T(sid), body=T("text"))


def make_pack():
    """a b quiz1 | c quiz2 d : two chapters, two quizzes."""
    quiz1 = QuizStep(id="quiz1", title=T("Q1"), questions=(question("q1"), question("q2")))
    single = SingleChoiceQuestion(
        id="q3",
        prompt=T("?"),
        explanation=T("."),
        step="c",
        options=(Option(text=T("x"), correct=True), Option(text=T("y"))),
    )
    quiz2 = QuizStep(id="quiz2", title=T("Q2"), questions=(single,))
    one = Chapter(id="one", title=T("Ett"), steps=(reading("a"), reading("b"), quiz1))
    two = Chapter(id="two", title=T("Två"), steps=(reading("c"), quiz2, reading("d")))
    manifest = Manifest(id="p", organisation=T("O"), title=T("T"), chapters=("one", "two"))
    return Pack(manifest=manifest, chapters=(one, two))


class Completion:
    """Which quiz steps count as complete; tests flip it."""

    def __init__(self):
        self.done: set[str] = set()
        self.asked: list[str] = []

    def __call__(self, step):
        self.asked.append(step.id)
        return step.id in self.done


@pytest.fixture
def nav_and_done():
    done = Completion()
    return Navigator(make_pack(), done), done


def test_starts_on_the_first_step(nav_and_done):
    nav, _ = nav_and_done
    assert nav.index == 0
    assert nav.current.step.id == "a"
    assert [ref.step.id for ref in nav.refs] == ["a", "b", "quiz1", "c", "quiz2", "d"]
    assert nav.position() == (1, 6)
    assert nav.progress_fraction() == 0.0
    assert not nav.can_go_back()
    assert not nav.back()


def test_next_stops_at_an_incomplete_quiz(nav_and_done):
    nav, done = nav_and_done
    assert nav.next() and nav.next()
    assert nav.current.step.id == "quiz1"
    assert not nav.can_go_next()
    assert not nav.next()
    assert nav.index == 2
    done.done.add("quiz1")
    assert nav.can_go_next()
    assert nav.next()
    assert nav.current.step.id == "c"


def test_go_reaches_anything_up_to_the_first_incomplete_quiz(nav_and_done):
    nav, done = nav_and_done
    assert nav.can_go(2) and nav.can_go("quiz1")
    assert not nav.can_go(3) and not nav.can_go("d")
    assert not nav.go("d")
    assert nav.index == 0
    assert nav.go("quiz1")
    assert nav.index == 2
    assert nav.go(0)

    done.done.add("quiz1")
    assert nav.furthest_reachable() == 4
    assert nav.go("quiz2") and nav.current.step.id == "quiz2"
    assert not nav.go(5)
    done.done.add("quiz2")
    assert nav.go(5)
    assert not nav.can_go_next()  # last step
    assert not nav.next()
    assert nav.position() == (6, 6)
    assert nav.progress_fraction() == 1.0


def test_unknown_targets_are_refused(nav_and_done):
    nav, done = nav_and_done
    done.done.update({"quiz1", "quiz2"})
    for target in ("nope", -1, 6, 99, True, None, 1.0):
        assert not nav.can_go(target)
        assert not nav.go(target)
    assert nav.index == 0


def test_only_quiz_steps_are_asked_about(nav_and_done):
    nav, done = nav_and_done
    nav.furthest_reachable()
    assert set(done.asked) == {"quiz1"}


def test_back_moves_back_and_never_into_unreachable_steps(nav_and_done):
    nav, done = nav_and_done
    done.done.update({"quiz1", "quiz2"})
    assert nav.go("d")
    assert nav.back()
    assert nav.current.step.id == "quiz2"
    # The first quiz became incomplete again (e.g. the pack gained a question).
    done.done.discard("quiz1")
    assert nav.back()
    assert nav.current.step.id == "quiz1"
    assert nav.back()
    assert nav.current.step.id == "b"


def test_chapters_and_progress(nav_and_done):
    nav, done = nav_and_done
    assert nav.chapter_of(0).id == "one"
    assert nav.chapter_of(3).id == "two"
    assert nav.chapter_of(5).title == T("Två")
    done.done.add("quiz1")
    nav.go(3)
    assert nav.position() == (4, 6)
    assert nav.progress_fraction() == pytest.approx(0.6)
    assert len(nav) == 6


def test_one_step_pack_is_complete_progress():
    chapter = Chapter(id="only", title=T("Bara"), steps=(reading("a"),))
    manifest = Manifest(id="p", organisation=T("O"), title=T("T"), chapters=("only",))
    nav = Navigator(Pack(manifest=manifest, chapters=(chapter,)), lambda step: False)
    assert nav.position() == (1, 1)
    assert nav.progress_fraction() == 1.0
    assert not nav.can_go_next()


def test_empty_pack_is_refused():
    manifest = Manifest(id="p", organisation=T("O"), title=T("T"), chapters=())
    with pytest.raises(ValueError):
        Navigator(Pack(manifest=manifest, chapters=()), lambda step: True)


def test_quiz_complete_needs_every_question_checked():
    quiz1 = make_pack().step("quiz1")
    checked_wrong = SavedAnswer(False, checked=True, correct=False, attempt=1)
    unchecked = SavedAnswer(True, checked=False, correct=None, attempt=1)
    assert not quiz_complete(quiz1, {})
    assert not quiz_complete(quiz1, {"q1": checked_wrong})
    assert not quiz_complete(quiz1, {"q1": checked_wrong, "q2": unchecked})
    assert quiz_complete(quiz1, {"q1": checked_wrong, "q2": checked_wrong})
    assert quiz_complete(make_pack().step("a"), {})


def test_navigator_with_a_real_store():
    from onboarding.flow.progress import ProgressStore

    pack = make_pack()
    store = ProgressStore.in_memory()
    nav = Navigator(pack, lambda step: quiz_complete(step, store.answers(pack.id, step.id)))
    assert not nav.can_go("c")
    for qid in ("q1", "q2"):
        store.save_answer(pack.id, "quiz1", qid, True, checked=True, correct=True, attempt=1)
    assert nav.can_go("c")
    assert not nav.can_go("d")
