"""The contents list: every entry exactly as tall as its wrapped title, whatever changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from onboarding import paths
from onboarding.content.models import QuizStep
from onboarding.flow.progress import ProgressStore
from onboarding.ui.main_window import MainWindow
from onboarding.ui.sidebar import STEP_INDEX
from onboarding.ui.sidebar_delegate import SidebarDelegate
from onboarding.ui.walker import answer_quiz

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def painted(monkeypatch) -> list[tuple[int, int]]:
    """(width painted at, width measured for) of every entry the contents list paints."""
    seen: list[tuple[int, int]] = []
    paint = SidebarDelegate.paint

    def recording(self, painter, option, index):
        seen.append((option.rect.width(), self._view.entry_width))
        paint(self, painter, option, index)

    monkeypatch.setattr(SidebarDelegate, "paint", recording)
    return seen


@pytest.fixture
def window(qtbot, dialogs, tmp_path, painted):
    store, _ = ProgressStore.open(tmp_path)
    made = MainWindow(store, dialogs=dialogs, lang="sv")
    qtbot.addWidget(made)
    made.resize(1120, 760)
    assert made.open_pack_path(paths.content_dir() / "stockholm")
    made.show()
    qtbot.waitExposed(made)
    return made


def misfits(sidebar) -> list[str]:
    """Entries whose place in the list is not the size their wrapped title needs there (an
    empty line under the title, or a title cut short with "…")."""
    wrong = []
    delegate = sidebar.itemDelegate()
    for row in range(sidebar.count()):
        item = sidebar.item(row)
        needed = delegate.sizeHint(QStyleOptionViewItem(), item.index())
        if sidebar.item_rect(item).size() != needed:
            wrong.append(item.text())
    return wrong


def test_entries_fit_their_titles_from_the_first_paint_on(window, qtbot, painted):
    sidebar = window.journey.sidebar
    qtbot.waitUntil(lambda: len(painted) > 0)
    # Painted in the width they were measured for: wrapped as measured, as tall as measured.
    assert {at for at, measured in painted if at != measured} == set()
    assert misfits(sidebar) == []
    # Narrower: titles wrap onto more lines.
    window.resize(800, 760)
    qtbot.waitUntil(lambda: misfits(sidebar) == [])
    # Visited steps get a tick, which takes some titles onto another line.
    journey = window.journey
    app = QApplication.instance()
    while journey.navigator.index < len(journey.navigator.refs) - 1:
        if isinstance(journey.page.step, QuizStep):
            assert not answer_quiz(journey.page, app)
        with qtbot.waitSignal(journey.settled):  # painted, and the contents brought up to date
            qtbot.mouseClick(journey.next_button, Qt.MouseButton.LeftButton)
        assert misfits(sidebar) == []  # as the next paint shows them
    assert sidebar.step_item(0).text().startswith("✓")
    # Larger text, and the high-contrast theme.
    window.set_text_scale(150)
    qtbot.waitUntil(lambda: misfits(sidebar) == [])
    window.set_theme("high_contrast")
    qtbot.waitUntil(lambda: misfits(sidebar) == [])
    assert {at for at, measured in painted if at != measured} == set()
    assert QApplication.focusWidget() is not None


def test_the_entry_under_the_mouse_is_highlighted_until_it_leaves(window, qtbot):
    sidebar = window.journey.sidebar
    target = sidebar.step_item(2)
    centre = sidebar.item_rect(target).center()
    qtbot.mouseMove(sidebar.viewport(), centre)
    qtbot.waitUntil(lambda: sidebar.hovered_row == target.row())
    qtbot.mouseMove(window.journey.next_button)
    qtbot.waitUntil(lambda: sidebar.hovered_row == -1)


def test_arrow_keys_browse_the_contents_and_enter_opens_keeping_the_mark_on_the_step_shown(
    window, qtbot
):
    journey = window.journey
    sidebar = journey.sidebar
    shown = sidebar.step_item(0).row()
    sidebar.setFocus()
    qtbot.waitUntil(sidebar.hasFocus)
    for _ in range(2):
        qtbot.keyClick(sidebar, Qt.Key.Key_Down)
    # The keyboard's place moved; the step on screen is still the one marked as current.
    assert sidebar.currentIndex().row() == shown + 2
    assert sidebar.is_selected(shown)
    assert not sidebar.is_selected(shown + 2)
    assert journey.page.step is journey.navigator.refs[0].step
    # Enter opens the step the keyboard is on; the mark follows once it is shown.
    target = sidebar.item(shown + 2).data(STEP_INDEX)
    with qtbot.waitSignal(journey.settled):
        qtbot.keyClick(sidebar, Qt.Key.Key_Return)
    assert journey.navigator.index == target
    assert sidebar.is_selected(shown + 2)
    assert not sidebar.is_selected(shown)
