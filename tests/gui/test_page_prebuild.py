"""Next shows a page built while the learner read the previous one (the window builds the next
step's page once the current one is painted). What a person sees must not change by that: the
built page follows a language switch, a quiz built ahead works, and the summary is fresh."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QRadioButton, QTextBrowser

from onboarding.flow.progress import ProgressStore
from onboarding.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, dialogs, tiny_pack):
    made = MainWindow(ProgressStore.in_memory(), dialogs=dialogs, lang="en")
    qtbot.addWidget(made)
    made.resize(1000, 700)
    made.show()
    made.open_pack(tiny_pack)
    qtbot.waitExposed(made)
    return made


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
