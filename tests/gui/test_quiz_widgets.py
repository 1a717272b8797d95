"""The question widgets, driven with mouse and keyboard as a learner would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QListWidget, QPushButton

from onboarding.content.models import (
    MatchingQuestion,
    MatchPair,
    MultipleChoiceQuestion,
    Option,
    OrderingQuestion,
    OrderItem,
    SingleChoiceQuestion,
    Text,
    TrueFalseQuestion,
)
from onboarding.flow.quiz import check
from onboarding.ui.quiz import (
    MatchingWidget,
    MultipleChoiceWidget,
    OrderingWidget,
    SingleChoiceWidget,
    TrueFalseWidget,
    make_question_widget,
)

COMMON = {"explanation": Text("Därför."), "step": "uppdraget"}

SINGLE = SingleChoiceQuestion(
    id="q-single",
    prompt=Text("Hur finansieras verksamheten?"),
    options=(
        Option(text=Text("Genom skatter", "Through taxes"), correct=True),
        Option(text=Text("Genom reklam"), feedback=Text("Nej, staden säljer inte reklam.")),
        Option(text=Text("Genom lotterier")),
    ),
    **COMMON,
)
MULTIPLE = MultipleChoiceQuestion(
    id="q-multi",
    prompt=Text("Vilka är gemensamma mål?"),
    options=(
        Option(text=Text("Öppen diskussion"), correct=True),
        Option(text=Text("Vinst"), feedback=Text("Staden ska inte gå med vinst.")),
        Option(text=Text("Alla människors lika värde"), correct=True),
    ),
    **COMMON,
)
TRUE_FALSE = TrueFalseQuestion(
    id="q-tf",
    prompt=Text("Policyn antogs av kommunfullmäktige."),
    answer=True,
    feedback_true=Text("Rätt, år 2009."),
    feedback_false=Text("Jo, det gjorde den."),
    **COMMON,
)
ORDERING = OrderingQuestion(
    id="q-order",
    prompt=Text("Sätt kedjan i rätt ordning."),
    items=(
        OrderItem(text=Text("Invånarna")),
        OrderItem(text=Text("Fullmäktige"), feedback=Text("Fullmäktige väljs av invånarna.")),
        OrderItem(text=Text("Förvaltningen")),
    ),
    **COMMON,
)
MATCHING = MatchingQuestion(
    id="q-match",
    prompt=Text("Para ihop begreppen."),
    pairs=(
        MatchPair(left=Text("APT"), right=Text("Arbetsplatsträff"), feedback=Text("APT = träff.")),
        MatchPair(left=Text("KF"), right=Text("Kommunfullmäktige")),
        MatchPair(left=Text("R&D"), right=Text("Utveckling")),
    ),
    **COMMON,
)


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    widget.activateWindow()  # keyboard focus (and radio arrow keys) need the active window
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def click_text(qtbot, row):
    """Click on the option's words (not the small round button) as most people do."""
    qtbot.mouseClick(row.label, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))


def visible_feedback(widget) -> list[str]:
    return [row.feedback.text() for row in widget.rows.values() if row.feedback.isVisible()]


# --- single choice ------------------------------------------------------------------------


def test_single_choice_shows_options_in_the_given_order_and_answers_by_original_index(qtbot):
    widget = shown(qtbot, SingleChoiceWidget(SINGLE, order=[2, 0, 1]))
    labels = [row.label.text() for row in widget.rows.values()]
    assert labels == ["Genom lotterier", "Genom skatter", "Genom reklam"]
    assert widget.answer() is None

    with qtbot.waitSignal(widget.answer_changed):
        click_text(qtbot, widget.rows[1])
    assert widget.answer() == 1
    assert widget.rows[1].button.isChecked()


def test_single_choice_by_keyboard_arrows_move_the_choice(qtbot):
    widget = shown(qtbot, SingleChoiceWidget(SINGLE))
    answers = []
    widget.answer_changed.connect(lambda: answers.append(widget.answer()))
    widget.rows[0].button.setFocus()
    qtbot.keyClick(widget.rows[0].button, Qt.Key.Key_Space)
    assert widget.answer() == 0
    qtbot.keyClick(widget.rows[0].button, Qt.Key.Key_Down)
    assert widget.answer() == 1
    assert widget.rows[1].button.hasFocus()
    # Only real answers are reported: never a moment of "nothing chosen" in between.
    assert answers == [0, 1]


def test_single_choice_feedback_marks_in_words_and_shows_option_feedback(qtbot):
    widget = shown(qtbot, SingleChoiceWidget(SINGLE))
    click_text(qtbot, widget.rows[1])
    widget.set_locked(True)
    widget.show_feedback(check(SINGLE, widget.answer()))

    chosen = widget.rows[1].feedback
    assert chosen.isVisible()
    assert "✗ Wrong" in chosen.text()
    assert "Nej, staden säljer inte reklam." in chosen.text()
    assert "✓ The right answer" in widget.rows[0].feedback.text()
    assert "Wrong" in widget.rows[1].button.accessibleDescription()
    # Locked: another click changes nothing.
    click_text(qtbot, widget.rows[0])
    assert widget.answer() == 1

    widget.clear_feedback()
    assert visible_feedback(widget) == []


def test_single_choice_set_answer_restores_without_reporting_a_change(qtbot):
    widget = shown(qtbot, SingleChoiceWidget(SINGLE, order=[1, 2, 0]))
    with qtbot.assertNotEmitted(widget.answer_changed):
        widget.set_answer(2)
    assert widget.answer() == 2
    widget.set_answer(None)
    assert widget.answer() is None


# --- multiple choice ----------------------------------------------------------------------


def test_multiple_choice_by_space_and_mouse_gives_sorted_original_indices(qtbot):
    widget = shown(qtbot, MultipleChoiceWidget(MULTIPLE, order=[2, 1, 0]))
    widget.rows[2].button.setFocus()
    qtbot.keyClick(widget.rows[2].button, Qt.Key.Key_Space)
    qtbot.mouseClick(widget.rows[0].button, Qt.MouseButton.LeftButton)
    assert widget.answer() == [0, 2]
    qtbot.keyClick(widget.rows[2].button, Qt.Key.Key_Space)
    assert widget.answer() == [0]
    qtbot.keyClick(widget.rows[0].button, Qt.Key.Key_Space)
    assert widget.answer() is None


def test_multiple_choice_feedback_names_wrong_and_missed_options(qtbot):
    widget = shown(qtbot, MultipleChoiceWidget(MULTIPLE))
    widget.set_answer([0, 1])
    widget.show_feedback(check(MULTIPLE, widget.answer()))
    assert "✓ Right" in widget.rows[0].feedback.text()
    assert "✗ Wrong" in widget.rows[1].feedback.text()
    assert "Staden ska inte gå med vinst." in widget.rows[1].feedback.text()
    assert "✗ Missed" in widget.rows[2].feedback.text()


# --- true/false ---------------------------------------------------------------------------


def test_true_false_is_never_shuffled_and_shows_only_the_chosen_feedback(qtbot):
    widget = shown(qtbot, TrueFalseWidget(TRUE_FALSE, order=[1, 0]))
    assert [row.label.text() for row in widget.rows.values()] == ["True", "False"]
    click_text(qtbot, widget.rows[1])
    assert widget.answer() is False
    widget.show_feedback(check(TRUE_FALSE, False))
    assert "Jo, det gjorde den." in widget.rows[1].feedback.text()
    assert "✓ The right answer" in widget.rows[0].feedback.text()
    assert "Rätt, år 2009." not in widget.rows[0].feedback.text()


# --- ordering -----------------------------------------------------------------------------


def list_texts(widget: OrderingWidget) -> list[str]:
    return [widget.list.item(row).text() for row in range(widget.list.count())]


def test_ordering_moves_with_alt_arrows_and_keeps_the_item_selected(qtbot):
    widget = shown(qtbot, OrderingWidget(ORDERING, order=[2, 0, 1]))
    assert widget.answer() == [2, 0, 1]
    assert list_texts(widget) == ["1. Förvaltningen", "2. Invånarna", "3. Fullmäktige"]
    answers = []
    widget.answer_changed.connect(lambda: answers.append(widget.answer()))

    widget.list.setFocus()
    widget.list.setCurrentRow(0)
    qtbot.keyClick(widget.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert widget.answer() == [0, 2, 1]
    assert widget.list.currentItem().text() == "2. Förvaltningen"
    qtbot.keyClick(widget.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert widget.answer() == [0, 1, 2]
    assert widget.list.currentRow() == 2
    # At the bottom already: nothing moves and nothing is reported.
    qtbot.keyClick(widget.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert answers == [[0, 2, 1], [0, 1, 2]]
    qtbot.keyClick(widget.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert widget.answer() == [0, 2, 1]


def test_ordering_moves_with_the_buttons(qtbot):
    widget = shown(qtbot, OrderingWidget(ORDERING, order=[2, 0, 1]))
    widget.list.setCurrentRow(2)
    assert not widget.down.isEnabled()
    qtbot.mouseClick(widget.up, Qt.MouseButton.LeftButton)
    assert widget.answer() == [2, 1, 0]
    assert widget.list.currentRow() == 1
    qtbot.mouseClick(widget.up, Qt.MouseButton.LeftButton)
    assert widget.answer() == [1, 2, 0]
    assert not widget.up.isEnabled()
    qtbot.mouseClick(widget.down, Qt.MouseButton.LeftButton)
    assert widget.answer() == [2, 1, 0]


def test_ordering_locked_does_not_move_and_marks_each_place(qtbot):
    widget = shown(qtbot, OrderingWidget(ORDERING, order=[1, 0, 2]))
    widget.set_locked(True)
    widget.show_feedback(check(ORDERING, widget.answer()))
    widget.list.setCurrentRow(0)
    qtbot.keyClick(widget.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert widget.answer() == [1, 0, 2]
    assert not widget.up.isEnabled() and not widget.down.isEnabled()
    texts = list_texts(widget)
    assert "✗ Wrong place" in texts[0] and "✓ Right place" in texts[2]
    assert "Fullmäktige väljs av invånarna." in widget.feedback.text()
    assert "The right order" in widget.feedback.text()


def test_ordering_drag_and_drop_inside_the_list_counts_as_an_answer(qtbot):
    widget = shown(qtbot, OrderingWidget(ORDERING, order=[2, 0, 1]))
    # What a drop does to the list: the item leaves its row and lands in another.
    item = widget.list.takeItem(0)
    widget.list.insertItem(2, item)
    with qtbot.waitSignal(widget.answer_changed):
        widget.list_changed()
    assert widget.answer() == [0, 1, 2]
    assert list_texts(widget)[2] == "3. Förvaltningen"


# --- matching -----------------------------------------------------------------------------


def test_matching_with_the_keyboard_in_combo_boxes(qtbot):
    widget = shown(qtbot, MatchingWidget(MATCHING, order=[2, 0, 1]))
    first = widget.combos[0]
    assert first.currentText() == "Choose…"
    assert [first.itemText(i) for i in range(1, 4)] == [
        "Utveckling",
        "Arbetsplatsträff",
        "Kommunfullmäktige",
    ]
    assert widget.answer() is None
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Down)  # -> Utveckling (original 2)
    assert widget.answer() == [2, -1, -1]
    qtbot.keyClick(first, Qt.Key.Key_Down)  # -> Arbetsplatsträff (original 0)
    assert widget.answer() == [0, -1, -1]
    widget.combos[1].setFocus()
    for _ in range(3):
        qtbot.keyClick(widget.combos[1], Qt.Key.Key_Down)
    assert widget.answer() == [0, 1, -1]


def test_matching_feedback_says_the_right_match(qtbot):
    widget = shown(qtbot, MatchingWidget(MATCHING))
    widget.set_answer([1, 0, 2])
    widget.set_locked(True)
    widget.show_feedback(check(MATCHING, widget.answer()))
    assert not widget.combos[0].isEnabled()
    first = widget.feedback_labels[0].text()
    assert "✗ Wrong" in first and "Arbetsplatsträff" in first and "APT = träff." in first
    assert "✓ Right" in widget.feedback_labels[2].text()


def test_matching_labels_are_buddies_and_ampersands_are_not_shortcuts(qtbot):
    widget = shown(qtbot, MatchingWidget(MATCHING))
    labels = [widget.layout().itemAtPosition(2 * row, 0).widget() for row in range(3)]
    assert [label.buddy() for label in labels] == widget.combos
    assert labels[2].text() == "R&&D"
    assert widget.combos[2].accessibleName() == "Match for: R&D"


# --- shared -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "right"),
    [
        (SINGLE, 0),
        (MULTIPLE, [0, 2]),
        (TRUE_FALSE, True),
        (ORDERING, [0, 1, 2]),
        (MATCHING, [0, 1, 2]),
    ],
)
def test_reveal_shows_the_right_answer_locked(qtbot, question, right):
    widget = shown(qtbot, make_question_widget(question, order=None))
    widget.reveal()
    assert widget.answer() == right
    assert widget.is_locked()
    assert check(question, widget.answer()).correct


@pytest.mark.parametrize("question", [SINGLE, MULTIPLE, TRUE_FALSE, ORDERING, MATCHING])
def test_every_interactive_widget_has_an_accessible_name(qtbot, question):
    widget = shown(qtbot, make_question_widget(question, lang="en"))
    interactive = widget.findChildren(QAbstractButton) + widget.findChildren(QComboBox)
    interactive += widget.findChildren(QListWidget)
    assert interactive
    assert [w for w in interactive if not w.accessibleName()] == []
    names = {w.accessibleName() for w in interactive}
    if question is SINGLE:
        assert "Through taxes" in names  # the content language is used
    if question is ORDERING:
        assert "Order: Sätt kedjan i rätt ordning." in names
        assert {"Move up", "Move down"} <= names
    assert all(
        isinstance(w, QPushButton | QAbstractButton | QComboBox | QListWidget) for w in interactive
    )
