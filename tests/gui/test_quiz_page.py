"""The quiz page as a learner meets it: answer, check, feedback, resume, retry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QListWidget
from shiboken6 import isValid

from onboarding.content.loader import load_pack_files
from onboarding.flow.progress import ProgressStore
from onboarding.flow.quiz import QuizAttempt
from onboarding.ui.pages import quiz as quiz_module
from onboarding.ui.pages.quiz import QuizPage

MANIFEST = """
format: 1
id: testpack
organisation: Testkommun
title: Test
pass_mark: 80
shuffle: {shuffle}
chapters: [kap]
"""

CHAPTER = """
title: Kapitel
steps:
  - id: uppdraget
    type: reading
    title: Vårt uppdrag
    body: Vi finns för invånarna.
  - id: ordlista
    type: glossary
    title: Ordlista
    terms:
      - id: apt
        term: APT
        definition: Arbetsplatsträff.
  - id: quiz
    type: quiz
    title: Testa dig själv
    intro: Några frågor om det du har läst.
    questions:
      - id: q-single
        type: single
        prompt: Hur finansieras stadens verksamhet?
        step: uppdraget
        explanation: Verksamheten betalas av invånarna genom skatt.
        options:
          - {text: Genom skatter, correct: true, feedback: "Rätt, skatten betalar."}
          - {text: Genom reklam, feedback: "Nej, staden säljer inte reklam."}
          - {text: Genom lotterier}
          - {text: Genom avgifter för parkering}
      - id: q-multi
        type: multiple
        prompt: Vilka är gemensamma mål?
        step: uppdraget
        explanation: Båda är mål.
        options:
          - {text: Öppen diskussion, correct: true}
          - {text: Vinst}
          - {text: Alla människors lika värde, correct: true}
          - {text: Snabbhet före allt}
      - id: q-tf
        type: true_false
        prompt: Policyn antogs av kommunfullmäktige.
        answer: true
        step: uppdraget
        explanation: Den antogs 2009.
      - id: q-order
        type: ordering
        prompt: Sätt kedjan i rätt ordning.
        step: uppdraget
        explanation: Invånarna väljer politiker som beslutar.
        items:
          - text: Invånarna
          - text: Kommunfullmäktige
          - text: Förvaltningen
          - text: Arbetsplatsen
      - id: q-match
        type: matching
        prompt: Para ihop begreppen.
        step: ordlista
        explanation: Så hänger de ihop.
        pairs:
          - {left: APT, right: Arbetsplatsträff}
          - {left: KF, right: Kommunfullmäktige}
          - {left: SLA, right: Avtal om servicenivå}
  - id: slut
    type: summary
    title: Slut
"""

QUESTIONS = ["q-single", "q-multi", "q-tf", "q-order", "q-match"]


def make_pack(shuffle: str = "true", step_shuffle: str | None = None):
    chapter = CHAPTER
    if step_shuffle is not None:
        chapter = chapter.replace(
            "    intro: Några frågor", f"    shuffle: {step_shuffle}\n    intro: Några frågor"
        )
    return load_pack_files({"pack.yaml": MANIFEST.format(shuffle=shuffle), "kap.yaml": chapter})


@pytest.fixture
def pack():
    return make_pack()


@pytest.fixture
def store():
    return ProgressStore.in_memory()


@pytest.fixture
def open_page(qtbot, make_context):
    """open_page(pack, store) -> a shown QuizPage, as the window creates it on each visit."""

    pages = []

    def open_(pack, store, **kwargs):
        context = make_context(pack, store, **kwargs)
        page = QuizPage(context, pack.step("quiz"))
        pages.append(page)
        page.resize(1000, 700)
        page.show()
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow)
        return page

    yield open_
    for page in pages:
        if isValid(page):
            close(page)


def close(page):
    """The learner quits: the page (and everything not saved) is gone."""
    page.close()
    page.setParent(None)
    page.deleteLater()
    QApplication.processEvents()


def widget_of(page):
    return page.question_widget


def question_id(page) -> str:
    return page.questions[page.current].id


def click_option(qtbot, page, index: int):
    """Click the words of the option with ORIGINAL index `index`."""
    row = widget_of(page).rows[index]
    qtbot.mouseClick(row.label, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))


def click(qtbot, button):
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def shown_labels(page) -> list[str]:
    return [row.label.text() for row in widget_of(page).rows.values()]


def reorder_to(widget, order: list[int]):
    """As if items had been dragged into `order` (original indices)."""
    for target, index in enumerate(order):
        row = widget.answer().index(index)
        widget.list.insertItem(target, widget.list.takeItem(row))
    widget.list_changed()


def answer_current(qtbot, page, right: bool):
    """Give a right or wrong answer to the current question through its controls."""
    widget = widget_of(page)
    kind = page.questions[page.current].TYPE
    if kind == "single":
        click_option(qtbot, page, 0 if right else 1)
    elif kind == "multiple":
        for index in [0, 2] if right else [1]:
            click_option(qtbot, page, index)
    elif kind == "true_false":
        click_option(qtbot, page, 0 if right else 1)
    elif kind == "ordering":
        reorder_to(widget, [0, 1, 2, 3] if right else [1, 0, 2, 3])
    elif kind == "matching":
        for row, combo in enumerate(widget.combos):
            value = row if right else (row + 1) % len(widget.combos)
            combo.setCurrentIndex(combo.findData(value))


def answer_and_check(qtbot, page, right: bool):
    answer_current(qtbot, page, right)
    click(qtbot, page.check_button)


def link_point(browser, text: str) -> QPoint:
    """Where `text` is drawn inside a ContentBrowser's viewport."""
    cursor = browser.document().find(text, 0, QTextDocument.FindFlag(0))
    assert not cursor.isNull(), text
    cursor.setPosition(cursor.selectionStart() + 2)
    return browser.cursorRect(cursor).center()


# --- checking with the mouse --------------------------------------------------------------


def test_wrong_answer_with_the_mouse_shows_feedback_explanation_and_link_back(
    qtbot, open_page, pack, store, links
):
    page = open_page(pack, store)
    assert page.position.text() == "Question 1 of 5"
    assert question_id(page) == "q-single"
    assert not page.check_button.isEnabled()  # nothing chosen yet
    assert not page.next_button.isEnabled()

    click_option(qtbot, page, 1)
    assert page.check_button.isEnabled()
    saved = store.answers("testpack", "quiz")["q-single"]
    assert (saved.answer, saved.checked, saved.attempt) == (1, False, 1)

    click(qtbot, page.check_button)
    assert page.result_line.isVisible()
    assert "Not quite" in page.result_line.text()
    chosen = widget_of(page).rows[1].feedback
    assert chosen.isVisible()
    assert "✗ Wrong" in chosen.text() and "Nej, staden säljer inte reklam." in chosen.text()
    assert "✓ The right answer" in widget_of(page).rows[0].feedback.text()
    explanation = page.explanation.toPlainText()
    assert "Verksamheten betalas av invånarna genom skatt." in explanation
    assert "Read about this again: Vårt uppdrag" in explanation
    saved = store.answers("testpack", "quiz")["q-single"]
    assert (saved.answer, saved.checked, saved.correct) == (1, True, False)
    # Checked answers stay as they are.
    assert not page.check_button.isEnabled()
    click_option(qtbot, page, 0)
    assert widget_of(page).answer() == 1

    qtbot.mouseClick(
        page.explanation.viewport(),
        Qt.MouseButton.LeftButton,
        pos=link_point(page.explanation, "Read about this again"),
    )
    assert links.steps == ["uppdraget"]

    click(qtbot, page.next_button)
    assert page.position.text() == "Question 2 of 5"
    assert question_id(page) == "q-multi"
    assert not page.result_line.isVisible() and not page.explanation.isVisible()
    assert QApplication.focusWidget() in widget_of(page).buttons_in_display_order()


def test_right_answer_says_right(qtbot, open_page, pack, store):
    page = open_page(pack, store)
    answer_and_check(qtbot, page, right=True)
    assert "Right!" in page.result_line.text()
    assert store.answers("testpack", "quiz")["q-single"].correct is True


# --- keyboard only ------------------------------------------------------------------------


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_keyboard_only_choose_check_and_go_on(qtbot, open_page, pack, store):
    page = open_page(pack, store)
    page.prompt.setFocus(Qt.FocusReason.OtherFocusReason)
    press(qtbot, Qt.Key.Key_Tab)
    buttons = widget_of(page).buttons_in_display_order()
    assert QApplication.focusWidget() is buttons[0]  # reading order: prompt, then options
    press(qtbot, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is buttons[1]
    press(qtbot, Qt.Key.Key_Space)
    chosen = widget_of(page).answer()
    assert buttons[1].isChecked() and chosen is not None

    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.check_button
    press(qtbot, Qt.Key.Key_Space)
    assert store.answers("testpack", "quiz")["q-single"].checked
    # Focus moves to the result so a screen reader reads it.
    assert QApplication.focusWidget() is page.result_line
    assert page.result_line.accessibleName() in ("✓ Right!", "✗ Not quite.")

    while QApplication.focusWidget() is not page.next_button:
        press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)
    assert question_id(page) == "q-multi"
    first = widget_of(page).buttons_in_display_order()[0]
    assert QApplication.focusWidget() is first
    press(qtbot, Qt.Key.Key_Space)
    assert store.answers("testpack", "quiz")["q-multi"].answer == [widget_of(page).answer()[0]]


def test_primary_action_checks_the_answer_only_when_there_is_one(qtbot, open_page, pack, store):
    page = open_page(pack, store)
    assert page.primary_action() is False
    assert "q-single" not in store.answers("testpack", "quiz")
    click_option(qtbot, page, 0)
    assert page.primary_action() is True
    assert store.answers("testpack", "quiz")["q-single"].checked
    assert page.primary_action() is False  # already checked


def go_to(qtbot, page, qid: str):
    """Answer (wrongly) and check questions until `qid` is current."""
    while question_id(page) != qid:
        answer_and_check(qtbot, page, right=False)
        click(qtbot, page.next_button)


def test_ordering_by_keyboard_and_buttons_is_saved_as_it_happens(qtbot, open_page, pack, store):
    page = open_page(pack, store)
    go_to(qtbot, page, "q-order")
    widget = widget_of(page)
    start = widget.answer()
    widget.list.setFocus()
    widget.list.setCurrentRow(0)
    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    moved = [start[1], start[0], *start[2:]]
    assert store.answers("testpack", "quiz")["q-order"].answer == moved
    click(qtbot, widget.down)
    assert store.answers("testpack", "quiz")["q-order"].answer == [
        start[1],
        start[2],
        start[0],
        start[3],
    ]
    assert widget.list.currentItem().data(Qt.ItemDataRole.UserRole) == start[0]


def test_matching_by_keyboard_is_saved_and_checkable(qtbot, open_page, pack, store):
    page = open_page(pack, store)
    go_to(qtbot, page, "q-match")
    assert not page.check_button.isEnabled()
    for combo in widget_of(page).combos:
        combo.setFocus()
        press(qtbot, Qt.Key.Key_Down)
    answer = store.answers("testpack", "quiz")["q-match"].answer
    assert -1 not in answer
    assert page.check_button.isEnabled()
    click(qtbot, page.check_button)
    assert store.answers("testpack", "quiz")["q-match"].checked


# --- never lose progress ------------------------------------------------------------------


def test_quitting_mid_question_resumes_the_same_question_answer_and_order(
    qtbot, open_page, pack, store
):
    page = open_page(pack, store)
    answer_and_check(qtbot, page, right=True)
    click(qtbot, page.next_button)
    click_option(qtbot, page, 2)  # half-answered: one box of two ticked, not checked
    labels = shown_labels(page)
    close(page)

    page = open_page(pack, store)
    assert question_id(page) == "q-multi"
    assert page.position.text() == "Question 2 of 5"
    assert shown_labels(page) == labels
    assert widget_of(page).answer() == [2]
    assert not widget_of(page).is_locked()
    assert page.check_button.isEnabled()
    assert not page.result_line.isVisible()

    click(qtbot, page.previous_button)
    assert question_id(page) == "q-single"
    assert widget_of(page).is_locked()
    assert "Right!" in page.result_line.text()
    assert widget_of(page).rows[0].feedback.isVisible()


def test_the_shuffled_order_survives_reopening_before_any_answer(open_page, pack, store):
    first = open_page(pack, store)
    labels = shown_labels(first)
    close(first)
    assert shown_labels(open_page(pack, store)) == labels


def test_reviewing_a_finished_quiz_does_not_reset_it(qtbot, open_page, pack, store):
    page = open_page(pack, store)
    for qid in QUESTIONS:
        answer_and_check(qtbot, page, right=qid != "q-tf")
        click(qtbot, page.next_button)  # the last one reads "See results"
    assert page.results_panel.isVisible()
    assert "You got 4 of 5 right." in page.results_line.text()
    assert "Pass mark: 80 %." in page.results_line.text()
    assert "Passed" in page.results_line.text()
    saved_before = store.answers("testpack", "quiz")
    close(page)

    page = open_page(pack, store)
    assert page.results_panel.isVisible() and not page.question_panel.isVisible()
    assert store.answers("testpack", "quiz") == saved_before
    assert page.is_complete()
    click(qtbot, page.review_button)
    assert question_id(page) == "q-single"
    assert widget_of(page).is_locked()
    assert page.explanation.isVisible()


# --- retry and completion -----------------------------------------------------------------


def test_retry_asks_only_the_missed_questions_in_a_new_order(
    qtbot, open_page, pack, store, monkeypatch
):
    seeds = iter([11, 22])
    monkeypatch.setattr(quiz_module, "new_seed", lambda: next(seeds))
    page = open_page(pack, store)
    first = page.attempt
    wrong = {"q-single", "q-multi"}
    for qid in QUESTIONS:
        answer_and_check(qtbot, page, right=qid not in wrong)
        click(qtbot, page.next_button)
    assert "You got 3 of 5 right." in page.results_line.text()
    assert "Not passed yet" in page.results_line.text()
    missed_text = page.missed.toPlainText()
    assert "Hur finansieras stadens verksamhet?" in missed_text
    assert "Para ihop" not in missed_text

    click(qtbot, page.retry_button)
    assert page.position.text() == "Question 1 of 2"
    assert [q.id for q in page.questions] == ["q-single", "q-multi"]
    assert page.attempt.number == 2 and page.attempt.seed == 22
    single = pack.step("quiz").questions[0]
    old = first.display_order(single, shuffle=True)
    new = page.attempt.display_order(single, shuffle=True)
    assert old != new  # the seeds above give a different order
    assert list(widget_of(page).rows) == new
    # A fresh start for the missed question, the right ones keep their checked answers.
    assert widget_of(page).answer() is None and not widget_of(page).is_locked()
    assert store.answers("testpack", "quiz")["q-tf"].correct is True
    state = store.quiz_state("testpack", "quiz")
    assert QuizAttempt.from_json(state["attempt"]) == page.attempt

    answer_and_check(qtbot, page, right=True)
    saved = store.answers("testpack", "quiz")["q-single"]
    assert (saved.correct, saved.attempt) == (True, 2)
    close(page)
    page = open_page(pack, store)
    assert page.attempt.number == 2 and question_id(page) == "q-single"
    assert widget_of(page).is_locked()


def test_is_complete_only_when_every_question_is_checked(qtbot, open_page, pack, store):
    page = open_page(pack, store)
    for qid in QUESTIONS:
        assert not page.is_complete(), qid
        answer_current(qtbot, page, right=True)
        assert not page.is_complete()
        with qtbot.waitSignal(page.completion_changed):
            click(qtbot, page.check_button)
        if qid != QUESTIONS[-1]:
            click(qtbot, page.next_button)
    assert page.is_complete()


# --- shuffle setting ----------------------------------------------------------------------


def test_shuffle_off_in_the_pack_keeps_the_pack_order(open_page, store):
    page = open_page(make_pack(shuffle="false"), store)
    assert shown_labels(page) == [
        "Genom skatter",
        "Genom reklam",
        "Genom lotterier",
        "Genom avgifter för parkering",
    ]


def test_the_step_setting_wins_over_the_pack(open_page, store):
    pack = make_pack(shuffle="false", step_shuffle="true")
    page = open_page(pack, store)
    single = pack.step("quiz").questions[0]
    assert list(widget_of(page).rows) == page.attempt.display_order(single, shuffle=True)


def test_ordering_is_shuffled_even_with_shuffle_off(qtbot, open_page, store):
    page = open_page(make_pack(shuffle="false"), store)
    go_to(qtbot, page, "q-order")
    assert widget_of(page).answer() != [0, 1, 2, 3]


# --- accessibility ------------------------------------------------------------------------


def test_every_interactive_widget_has_an_accessible_name(qtbot, open_page, pack, store):
    page = open_page(pack, store)
    seen = set()
    for qid in QUESTIONS:
        interactive = (
            page.findChildren(QAbstractButton)
            + page.findChildren(QComboBox)
            + page.findChildren(QListWidget)
        )
        unnamed = [w for w in interactive if w.isVisible() and not w.accessibleName()]
        assert unnamed == [], qid
        seen.update(type(w).__name__ for w in interactive if w.isVisible())
        answer_and_check(qtbot, page, right=True)
        click(qtbot, page.next_button)
    assert {"QRadioButton", "QCheckBox", "QComboBox", "OrderList", "QPushButton"} <= seen
    for browser in (page.intro, page.missed):
        assert browser.accessibleName()
    assert page.results_line.accessibleName().startswith("You got 5 of 5 right.")
