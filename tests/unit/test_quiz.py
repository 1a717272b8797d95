"""Quiz checking per question type, shuffles, attempts and scores."""

import pytest

from onboarding.content.models import (
    Chapter,
    Manifest,
    MatchingQuestion,
    MatchPair,
    MultipleChoiceQuestion,
    Option,
    OrderingQuestion,
    OrderItem,
    Pack,
    QuizStep,
    ReadingStep,
    SingleChoiceQuestion,
    Text,
    TrueFalseQuestion,
)
from onboarding.flow.progress import SavedAnswer
from onboarding.flow.quiz import (
    ChapterScore,
    MissedQuestion,
    OptionFeedback,
    QuizAttempt,
    chapter_scores,
    check,
    is_answered,
    missed_questions,
    overall_score,
    passed,
    shuffle_enabled,
    shuffled_order,
)

T = Text


def single(qid="q-single", step="read"):
    return SingleChoiceQuestion(
        id=qid,
        prompt=T("Hur finansieras staden?"),
        explanation=T("Skatt."),
        step=step,
        options=(
            Option(text=T("Reklam"), feedback=T("Nej")),
            Option(text=T("Skatt"), correct=True, feedback=T("Rätt")),
            Option(text=T("Lotteri")),
        ),
    )


def multiple(qid="q-multiple", step="read"):
    return MultipleChoiceQuestion(
        id=qid,
        prompt=T("Vilka är mål?"),
        explanation=T("Två mål."),
        step=step,
        options=(
            Option(text=T("A"), correct=True),
            Option(text=T("B")),
            Option(text=T("C"), correct=True, feedback=T("Ja")),
        ),
    )


def true_false(qid="q-tf", step="read", answer=True):
    return TrueFalseQuestion(
        id=qid,
        prompt=T("Policyn antogs av fullmäktige."),
        explanation=T("Det stämmer."),
        step=step,
        answer=answer,
        feedback_true=T("Rätt"),
        feedback_false=T("Inte riktigt"),
    )


def ordering(qid="q-order", step="read", n=3):
    return OrderingQuestion(
        id=qid,
        prompt=T("Ordna stegen."),
        explanation=T("Först, sedan, sist."),
        step=step,
        items=tuple(OrderItem(text=T(f"Steg {i}"), feedback=T(f"Fel {i}")) for i in range(n)),
    )


def matching(qid="q-match", step="read"):
    return MatchingQuestion(
        id=qid,
        prompt=T("Para ihop."),
        explanation=T("APT är arbetsplatsträff."),
        step=step,
        pairs=(
            MatchPair(left=T("APT"), right=T("Arbetsplatsträff"), feedback=T("Nej, APT")),
            MatchPair(left=T("Samverkan"), right=T("Tillsammans")),
            MatchPair(left=T("LAS"), right=T("Lagen om anställningsskydd")),
        ),
    )


def make_pack(pass_mark=80, shuffle=True):
    """Two chapters with quizzes, one without; built straight from the model."""
    welcome = Chapter(
        id="valkommen",
        title=T("Välkommen", "Welcome"),
        steps=(
            ReadingStep(id="read", title=T("Uppdraget", "Mission"), body=T("Text")),
            QuizStep(
                id="quiz1",
                title=T("Testa dig"),
                questions=(single(), multiple(), true_false()),
            ),
        ),
    )
    policy = Chapter(
        id="policy",
        title=T("Personalpolicy"),
        steps=(
            ReadingStep(id="read2", title=T("Policy"), body=T("Text")),
            QuizStep(
                id="quiz2",
                title=T("Testa policyn"),
                questions=(ordering(step="read2"), matching(step="missing-step")),
                shuffle=False,
            ),
        ),
    )
    end = Chapter(
        id="slut", title=T("Slut"), steps=(ReadingStep(id="bye", title=T("Hej"), body=T(".")),)
    )
    manifest = Manifest(
        id="test",
        organisation=T("Testkommun"),
        title=T("Test"),
        pass_mark=pass_mark,
        shuffle=shuffle,
        chapters=("valkommen", "policy", "slut"),
    )
    return Pack(manifest=manifest, chapters=(welcome, policy, end))


def right(answer=None):
    return SavedAnswer(answer, checked=True, correct=True, attempt=1)


def wrong(answer=None):
    return SavedAnswer(answer, checked=True, correct=False, attempt=1)


# --- is_answered / check per type ---------------------------------------------------------


def test_single_choice():
    q = single()
    assert not is_answered(q, None)
    assert not is_answered(q, 3)
    assert not is_answered(q, True)  # a bool is not an index
    assert is_answered(q, 0)

    result = check(q, 1)
    assert result.correct
    assert result.explanation == T("Skatt.")
    assert result.step_id == "read"
    assert result.feedback == [
        OptionFeedback(0, T("Nej"), correct=False, chosen=False),
        OptionFeedback(1, T("Rätt"), correct=True, chosen=True),
        OptionFeedback(2, None, correct=False, chosen=False),
    ]

    result = check(q, 0)
    assert not result.correct
    assert [(f.correct, f.chosen) for f in result.feedback] == [
        (False, True),
        (True, False),
        (False, False),
    ]

    result = check(q, None)
    assert not result.correct
    assert not any(f.chosen for f in result.feedback)


def test_multiple_choice_right_partial_wrong_unanswered():
    q = multiple()
    assert not is_answered(q, [])
    assert not is_answered(q, [0, 0])
    assert not is_answered(q, [0, 5])
    assert not is_answered(q, 0)
    assert is_answered(q, [0, 2])

    assert check(q, [0, 2]).correct
    assert check(q, [2, 0]).correct  # order does not matter
    partial = check(q, [0])
    assert not partial.correct
    assert [(f.correct, f.chosen) for f in partial.feedback] == [
        (True, True),
        (False, False),
        (True, False),
    ]
    too_many = check(q, [0, 1, 2])
    assert not too_many.correct
    assert too_many.feedback[1] == OptionFeedback(1, None, correct=False, chosen=True)
    assert not check(q, [1]).correct
    unanswered = check(q, [])
    assert not unanswered.correct
    assert not any(f.chosen for f in unanswered.feedback)


@pytest.mark.parametrize("truth", [True, False])
def test_true_false(truth):
    q = true_false(answer=truth)
    assert not is_answered(q, None)
    assert not is_answered(q, 1)
    assert is_answered(q, False)

    result = check(q, truth)
    assert result.correct
    assert result.feedback == [
        OptionFeedback(0, T("Rätt"), correct=truth, chosen=truth),
        OptionFeedback(1, T("Inte riktigt"), correct=not truth, chosen=not truth),
    ]
    assert not check(q, not truth).correct
    unanswered = check(q, None)
    assert not unanswered.correct
    assert [f.chosen for f in unanswered.feedback] == [False, False]


def test_ordering():
    q = ordering(n=4)
    assert not is_answered(q, [0, 1, 2])
    assert not is_answered(q, [0, 1, 1, 2])
    assert is_answered(q, [3, 2, 1, 0])

    result = check(q, [0, 1, 2, 3])
    assert result.correct
    assert all(f.correct and f.chosen for f in result.feedback)

    # Items 0 and 3 are in place; 1 and 2 swapped.
    partial = check(q, [0, 2, 1, 3])
    assert not partial.correct
    assert [f.index for f in partial.feedback] == [0, 1, 2, 3]
    assert [f.correct for f in partial.feedback] == [True, False, False, True]
    assert partial.feedback[1].text == T("Fel 1")

    assert not check(q, [3, 2, 1, 0]).correct
    unanswered = check(q, None)
    assert not unanswered.correct
    assert not any(f.chosen or f.correct for f in unanswered.feedback)


def test_matching():
    q = matching()
    assert not is_answered(q, [0, 1, -1])
    assert not is_answered(q, [0, 1])
    assert is_answered(q, [1, 1, 1])  # complete, even if wrong

    assert check(q, [0, 1, 2]).correct
    partial = check(q, [1, 0, 2])
    assert not partial.correct
    assert partial.feedback == [
        OptionFeedback(0, T("Nej, APT"), correct=False, chosen=True),
        OptionFeedback(1, None, correct=False, chosen=True),
        OptionFeedback(2, None, correct=True, chosen=True),
    ]
    half = check(q, [0, -1, -1])
    assert not half.correct
    assert [(f.correct, f.chosen) for f in half.feedback] == [
        (True, True),
        (False, False),
        (False, False),
    ]
    garbage = check(q, "nonsense")
    assert not garbage.correct
    assert not any(f.chosen for f in garbage.feedback)


# --- shuffles -------------------------------------------------------------------------------


def test_shuffled_order_is_a_deterministic_permutation():
    for n in range(0, 9):
        for seed in range(20):
            order = shuffled_order(n, seed)
            assert sorted(order) == list(range(n))
            assert shuffled_order(n, seed) == order
    assert len({tuple(shuffled_order(6, seed)) for seed in range(30)}) > 10
    # Known values: the same in every process and on every machine (string seeds are hashed
    # with SHA-512 by random.Random, not with the per-process str hash).
    assert shuffled_order(5, 1) == [2, 3, 4, 0, 1]
    assert shuffled_order(5, "7:q") == [4, 0, 3, 2, 1]


def test_ordering_start_is_never_already_right():
    for n in (2, 3, 4):
        for seed in range(200):
            order = shuffled_order(n, seed, avoid_identity=True)
            assert sorted(order) == list(range(n))
            assert order != list(range(n))
    assert shuffled_order(1, 3, avoid_identity=True) == [0]


def test_display_order_per_question_type():
    attempt = QuizAttempt.first(QuizStep(id="s", title=T("t"), questions=(single(),)), seed=42)
    q_single, q_order, q_match, q_tf = single(), ordering(n=5), matching(), true_false()
    assert attempt.display_order(q_single, shuffle=False) == [0, 1, 2]
    shuffled = attempt.display_order(q_single, shuffle=True)
    assert sorted(shuffled) == [0, 1, 2]
    assert attempt.display_order(q_single, shuffle=True) == shuffled
    for q, n in ((q_order, 5), (q_match, 3)):
        order = attempt.display_order(q, shuffle=False)  # always shuffled
        assert sorted(order) == list(range(n)) and order != list(range(n))
    assert attempt.display_order(q_tf, shuffle=True) == [0, 1]
    # A different attempt seed gives (for some seed) a different order.
    others = {
        tuple(QuizAttempt(1, seed, ()).display_order(q_order, shuffle=True)) for seed in range(10)
    }
    assert len(others) > 1


def test_shuffle_setting_of_the_step_overrides_the_pack():
    pack = make_pack(shuffle=True)
    quiz1, quiz2 = pack.step("quiz1"), pack.step("quiz2")
    assert shuffle_enabled(pack, quiz1) is True
    assert shuffle_enabled(pack, quiz2) is False
    assert shuffle_enabled(make_pack(shuffle=False), quiz1) is False


# --- attempts ------------------------------------------------------------------------------


def test_first_attempt_asks_everything_and_retry_only_what_was_missed():
    step = make_pack().step("quiz1")
    first = QuizAttempt.first(step, seed=7)
    assert first == QuizAttempt(1, 7, ("q-single", "q-multiple", "q-tf"))
    assert first.questions(step) == list(step.questions)

    saved = {
        "q-single": right(1),
        "q-multiple": wrong([0]),
        "q-tf": right(True),
    }
    retry = first.retry_missed(step, saved, seed=8)
    assert retry == QuizAttempt(2, 8, ("q-multiple",))
    assert [q.id for q in retry.questions(step)] == ["q-multiple"]

    # Unchecked or absent answers are not right either.
    saved = {"q-single": SavedAnswer(1, checked=False, correct=None, attempt=1)}
    assert first.retry_missed(step, saved, seed=9).question_ids == step_ids(step)
    all_right = {q.id: right() for q in step.questions}
    assert first.retry_missed(step, all_right, seed=9).question_ids == ()


def step_ids(step):
    return tuple(q.id for q in step.questions)


def test_attempt_round_trips_through_json():
    step = make_pack().step("quiz1")
    attempt = QuizAttempt(3, 12345, ("q-multiple", "q-tf"))
    assert QuizAttempt.from_json(attempt.to_json()) == attempt
    assert QuizAttempt.from_json(attempt.to_json(), step) == attempt
    data = {"number": 2, "seed": 5, "question_ids": ["gone", "q-tf"]}
    assert QuizAttempt.from_json(data, step) == QuizAttempt(2, 5, ("q-tf",))
    assert QuizAttempt.from_json({"number": 2, "seed": 5, "question_ids": ["gone"]}, step) is None
    big_seed = {"number": 1, "seed": 2**70, "question_ids": ["q-tf"]}
    assert QuizAttempt.from_json(big_seed) == QuizAttempt(1, 2**70, ("q-tf",))
    for bad in (
        None,
        [],
        {"number": "1", "seed": 1, "question_ids": []},
        {"number": 1},
        {"number": 0, "seed": 1, "question_ids": []},
        {"number": 1, "seed": True, "question_ids": []},
        {"number": 1, "seed": 1, "question_ids": [3]},
    ):
        assert QuizAttempt.from_json(bad) is None


# --- scores ---------------------------------------------------------------------------------


def test_scores_per_chapter_and_overall():
    pack = make_pack(pass_mark=60)
    saved = {
        "q-single": right(1),
        "q-multiple": wrong([0]),
        "q-tf": right(True),
        "q-order": right([0, 1, 2]),
        # q-match's latest answer is not checked yet: it does not count
        "q-match": SavedAnswer([0, 1, 2], checked=False, correct=None, attempt=2),
    }
    assert chapter_scores(pack, saved) == [
        ChapterScore("valkommen", T("Välkommen", "Welcome"), 2, 3),
        ChapterScore("policy", T("Personalpolicy"), 1, 2),
    ]
    assert chapter_scores(pack, saved)[0].percent == 66
    assert overall_score(pack, saved) == (3, 5)
    assert passed(pack, saved)  # 60 % >= 60
    assert not passed(make_pack(pass_mark=61), saved)
    assert missed_questions(pack, saved) == [
        MissedQuestion("q-multiple", T("Vilka är mål?"), "read", T("Uppdraget", "Mission")),
        # the tested step does not exist: fall back to the quiz itself
        MissedQuestion("q-match", T("Para ihop."), "quiz2", T("Testa policyn")),
    ]


def test_nothing_answered_scores_zero():
    pack = make_pack()
    assert overall_score(pack, {}) == (0, 5)
    assert [s.correct for s in chapter_scores(pack, {})] == [0, 0]
    assert not passed(pack, {})
    assert len(missed_questions(pack, {})) == 5
    assert ChapterScore("x", T("x"), 0, 0).percent == 0


def test_pass_mark_is_compared_exactly_not_rounded():
    pack = make_pack(pass_mark=80)
    ids = ["q-single", "q-multiple", "q-tf", "q-order", "q-match"]
    four_of_five = {qid: right() for qid in ids[:4]}
    assert passed(pack, four_of_five)  # exactly 80 %
    three = {qid: right() for qid in ids[:3]}
    assert not passed(pack, three)


def test_pack_without_questions_is_passed():
    pack = make_pack()
    no_quiz = Pack(manifest=pack.manifest, chapters=(pack.chapters[2],))
    assert overall_score(no_quiz, {}) == (0, 0)
    assert chapter_scores(no_quiz, {}) == []
    assert passed(no_quiz, {})
