"""Next shows a page built while the learner read the previous one (the window builds the next
step's page once the current one is painted). What a person sees must not change by that: the
built page follows a language switch, a quiz built ahead works, and the summary is fresh."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QRadioButton, QTextBrowser


@pytest.fixture
def window(tiny_window):
    return tiny_window


def page_text(window) -> str:
    browsers = window.journey.page.findChildren(QTextBrowser)
    return "\n".join(b.toPlainText() for b in browsers if b.isVisible())


def read_a_while(qtbot, window) -> None:
    """The pause of a reader: the event loop runs until the next page has been built."""
    journey = window.journey
    qtbot.waitUntil(lambda: journey._prebuilt is not None)


def click_next(qtbot, window) -> None:
    qtbot.mouseClick(window.journey.next_button, Qt.MouseButton.LeftButton)


def test_next_shows_the_page_built_ahead_on_screen(window, qtbot):
    read_a_while(qtbot, window)
    built = window.journey._prebuilt
    assert built.step.id == "kollega" and not built.isVisible()
    click_next(qtbot, window)
    assert window.journey.page is built
    assert built.isVisible()
    assert "Ronja Berg" in page_text(window)
    assert "preschool teacher" in page_text(window)
    assert window.journey.position_label.text() == "Step 2 of 5"


def test_a_language_switch_while_reading_shows_the_next_page_in_the_new_language(window, qtbot):
    read_a_while(qtbot, window)
    window.language_actions["sv"].trigger()
    click_next(qtbot, window)
    assert window.journey.page.step.id == "kollega"
    assert "förskollärare" in page_text(window)
    assert "preschool teacher" not in page_text(window)


def test_a_quiz_built_ahead_is_answered_and_the_summary_counts_it(window, qtbot):
    journey = window.journey
    for _ in range(3):
        read_a_while(qtbot, window)
        click_next(qtbot, window)
    assert journey.page.step.id == "testa"
    radio = next(
        r for r in journey.page.findChildren(QRadioButton) if r.accessibleName() == "Ronja"
    )
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton)
    check = next(
        b
        for b in journey.page.findChildren(QPushButton)
        if b.text().replace("&", "") == "Check answer"
    )
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(journey.next_button.isEnabled)
    click_next(qtbot, window)
    assert journey.page.step.id == "klart"
    assert "1 of 1" in page_text(window)
    assert QApplication.focusWidget() is not None


def answer_the_quiz(qtbot, window) -> None:
    page = window.journey.page
    radio = next(r for r in page.findChildren(QRadioButton) if r.accessibleName() == "Ronja")
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton)
    check = next(
        b for b in page.findChildren(QPushButton) if b.text().replace("&", "") == "Check answer"
    )
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)


def go_to_the_quiz(qtbot, window) -> None:
    for _ in range(3):
        read_a_while(qtbot, window)
        click_next(qtbot, window)
    assert window.journey.page.step.id == "testa"


def test_the_summary_built_ahead_is_built_again_once_the_quiz_is_answered(window, qtbot):
    journey, store = window.journey, window.store
    go_to_the_quiz(qtbot, window)
    read_a_while(qtbot, window)
    before = journey._prebuilt
    assert before.step.id == "klart"  # built while nothing is answered yet
    answer_the_quiz(qtbot, window)
    qtbot.waitUntil(lambda: journey._prebuilt not in (None, before))
    assert store.completions("tiny") == []  # built, not seen: nothing recorded yet
    rebuilt = journey._prebuilt
    click_next(qtbot, window)
    assert journey.page is rebuilt
    assert "1 of 1" in page_text(window)
    qtbot.waitUntil(lambda: rebuilt.recorded)  # once the page is on screen
    assert [(c.correct, c.total) for c in store.completions("tiny")] == [(1, 1)]


def test_next_at_once_after_the_last_answer_never_shows_a_stale_summary(window, qtbot):
    journey = window.journey
    go_to_the_quiz(qtbot, window)
    read_a_while(qtbot, window)
    stale = journey._prebuilt
    answer_the_quiz(qtbot, window)
    assert journey.next_button.isEnabled()
    click_next(qtbot, window)  # before the window had a moment to build the summary again
    assert journey.page.step.id == "klart"
    assert journey.page is not stale
    assert "1 of 1" in page_text(window)
