"""Screen readers and keyboards: every interactive thing on every page of both shipped packs has
an accessible name, and the whole journey can be done with the keyboard alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QApplication,
    QComboBox,
    QLineEdit,
    QRadioButton,
    QTextBrowser,
    QWidget,
)

from onboarding import paths
from onboarding.content.loader import load_pack
from onboarding.content.models import QuizStep
from onboarding.flow.progress import ProgressStore
from onboarding.ui.main_window import MainWindow

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSlider)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, f"{type(widget).__name__} has no accessible interface"
    return interface.text(QAccessible.Text.Name).strip()


def unnamed_controls(root: QWidget) -> list[str]:
    """Visible, focusable controls under root that a screen reader could not name."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        reads_links = isinstance(widget, QTextBrowser)
        if (isinstance(widget, INTERACTIVE) or reads_links) and not accessible_name(widget):
            found.append(f"{type(widget).__name__} {widget.objectName()!r}".strip())
    return found


@pytest.fixture
def window(qtbot, dialogs):
    made = MainWindow(ProgressStore.in_memory(), dialogs=dialogs, lang="sv")
    qtbot.addWidget(made)
    made.resize(1100, 760)
    made.show()
    return made


@pytest.mark.parametrize("folder", paths.bundled_packs(), ids=lambda p: p.name)
def test_every_control_on_every_page_has_a_name(folder, window, qtbot):
    pack = load_pack(folder)
    window.open_pack(pack)
    journey = window.journey
    problems = {}
    for _ in journey.navigator.refs:
        page = journey.page
        missing = unnamed_controls(page)
        if isinstance(page.step, QuizStep):
            # Each question shows its own controls: look at every one, then finish the quiz.
            for _question in page.step.questions:
                missing += unnamed_controls(page)
                widget = page.question_widget
                widget.set_answer(widget.correct_answer())
                page.check_answer()
                missing += unnamed_controls(page)  # feedback, explanation, links
                page.next_question()
            missing += unnamed_controls(page)  # the results panel
        if missing:
            problems[page.step.id] = sorted(set(missing))
        if journey.next_button.isEnabled():
            qtbot.mouseClick(journey.next_button, Qt.MouseButton.LeftButton)
    assert journey.page.step.TYPE == "summary", "the walk did not reach the end"
    for widget in (journey.sidebar, journey.back_button, journey.next_button, journey.progress):
        assert accessible_name(widget), type(widget).__name__
    assert problems == {}


def test_keyboard_alone_walks_the_tiny_pack(qtbot, dialogs, tiny_pack, tmp_path):
    """Tab, Space and shortcuts only: read, answer the quiz, reach the summary."""
    store, _ = ProgressStore.open(tmp_path)
    window = MainWindow(store, dialogs=dialogs, lang="en")
    qtbot.addWidget(window)
    window.open_pack(tiny_pack)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    def key(k, modifier=Qt.KeyboardModifier.NoModifier):
        qtbot.keyClick(QApplication.focusWidget() or window, k, modifier)

    for _ in range(3):
        key(Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.journey.page.step.id == "testa"
    # Tab forward until an answer option has focus, as a keyboard user would.
    for _ in range(40):
        if isinstance(QApplication.focusWidget(), QRadioButton):
            break
        key(Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert isinstance(focused, QRadioButton)
    while focused.accessibleName() != "Ronja":
        key(Qt.Key.Key_Down)
        focused = QApplication.focusWidget()
    key(Qt.Key.Key_Space)
    assert focused.isChecked()
    key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # check answer
    qtbot.waitUntil(window.journey.next_button.isEnabled)
    key(Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.journey.page.step.id == "klart"
    assert store.answers("tiny", "testa")["q1"].correct
