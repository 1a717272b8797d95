"""The main window as a learner uses it: walk a pack with keys and clicks, quit, resume."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QRadioButton, QTextBrowser, QWidget

from onboarding import paths
from onboarding.flow.progress import ProgressStore
from onboarding.ui import theme
from onboarding.ui.main_window import MainWindow


@pytest.fixture
def make_window(qtbot, dialogs, tmp_path):
    """make_window(pack=None, data_dir=tmp_path, lang="en") -> a shown MainWindow."""

    def make(pack=None, data_dir=None, lang="en"):
        store, message = ProgressStore.open(data_dir or tmp_path / "data")
        assert message is None
        window = MainWindow(store, dialogs=dialogs, lang=lang)
        qtbot.addWidget(window)
        if pack is not None:
            window.open_pack(pack)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window

    return make


def page_text(window) -> str:
    """All text a person sees in the rendered documents of the current page."""
    browsers = window.journey.page.findChildren(QTextBrowser)
    return "\n".join(b.toPlainText() for b in browsers if b.isVisible())


def button(widget, text: str) -> QPushButton:
    matches = [b for b in widget.findChildren(QPushButton) if b.text().replace("&", "") == text]
    assert matches, f"no button {text!r}"
    return matches[0]


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


def test_walks_a_pack_with_keys_and_clicks(make_window, tiny_pack, qtbot):
    window = make_window(tiny_pack)
    journey = window.journey
    assert journey.page.step.id == "hej"
    assert "Hello and welcome" in page_text(window)
    assert journey.position_label.text() == "Step 1 of 5"
    assert not journey.back_button.isEnabled()

    press(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert journey.page.step.id == "kollega"
    assert "Ronja Berg" in page_text(window)
    assert journey.back_button.isEnabled()

    press(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert journey.page.step.id == "hej"
    qtbot.mouseClick(journey.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(journey.next_button, Qt.MouseButton.LeftButton)
    assert journey.page.step.id == "ordlista"
    qtbot.mouseClick(journey.next_button, Qt.MouseButton.LeftButton)

    # The quiz holds the learner until the question is answered and checked.
    assert journey.page.step.id == "testa"
    assert not journey.next_button.isEnabled()
    assert journey.next_hint.text() == "Answer every question to go on."
    radios = journey.page.findChildren(QRadioButton)
    radio = next(r for r in radios if r.accessibleName() == "Ronja")
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button(journey.page, "Check answer"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(journey.next_button.isEnabled)
    assert journey.next_hint.text() == ""

    qtbot.mouseClick(journey.next_button, Qt.MouseButton.LeftButton)
    assert journey.page.step.id == "klart"
    assert journey.position_label.text() == "Step 5 of 5"
    assert journey.progress.value() == journey.progress.maximum()
    assert not journey.next_button.isEnabled()

    store = window.store
    # The visit is saved right after the page is painted.
    qtbot.waitUntil(lambda: store.last_step("tiny") == "klart")
    assert store.visited("tiny") == {"hej", "kollega", "ordlista", "testa", "klart"}
    saved = store.answers("tiny", "testa")["q1"]
    assert saved.checked and saved.correct and saved.answer == 0


def test_quits_mid_way_and_resumes_at_the_same_step(make_window, tiny_pack, qtbot, tmp_path):
    data = tmp_path / "learner"
    window = make_window(tiny_pack, data_dir=data)
    qtbot.mouseClick(window.journey.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.journey.next_button, Qt.MouseButton.LeftButton)
    assert window.journey.page.step.id == "ordlista"
    window.close()
    window.store.close()

    again = make_window(tiny_pack, data_dir=data)
    assert again.journey.page.step.id == "ordlista"
    assert "Glossary" in page_text(again)
    # Steps seen before are marked done in the contents.
    first = again.journey.sidebar.step_item(0)
    assert first.text().startswith("✓")


def test_the_contents_follow_the_learner_after_the_page_is_shown(make_window, tiny_pack, qtbot):
    window = make_window(tiny_pack)
    journey = window.journey
    sidebar = journey.sidebar
    journey.page.setFocus()
    qtbot.waitUntil(journey.page.hasFocus)
    focus_seen = []
    QApplication.instance().focusChanged.connect(lambda _old, new: focus_seen.append(new))
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert journey.page.step.id == "kollega"
    # Focus goes straight to the new page: passing through the contents would repaint them.
    assert sidebar not in focus_seen and journey.page.isAncestorOf(QApplication.focusWidget())
    # The contents mark where the learner is and what is done once the page has painted.
    qtbot.waitUntil(lambda: sidebar.current_item() is sidebar.step_item(1))
    assert sidebar.step_item(0).text().startswith("✓")
    assert sidebar.step_item(0).data(Qt.ItemDataRole.AccessibleTextRole).endswith(", done")


def test_the_contents_do_not_skip_past_an_unanswered_quiz(make_window, tiny_pack, qtbot):
    window = make_window(tiny_pack)
    sidebar = window.journey.sidebar
    summary_item = sidebar.step_item(4)
    quiz_item = sidebar.step_item(3)
    assert not summary_item.flags() & Qt.ItemFlag.ItemIsEnabled
    rect = sidebar.item_rect(summary_item)
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.journey.page.step.id == "hej"

    rect = sidebar.item_rect(quiz_item)
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.journey.page.step.id == "testa"


def test_language_switch_changes_menus_and_content(make_window, tiny_pack, qtbot):
    window = make_window(tiny_pack, lang="en")
    assert window.journey.sidebar.step_item(0).text() == "Hello and welcome"
    window.language_actions["sv"].trigger()
    assert window.journey.sidebar.step_item(0).text() == "Hej och välkommen"
    assert "Hej och välkommen" in page_text(window)
    assert window.store.setting("lang") == "sv"
    assert window.windowTitle().startswith("Välkommen till Lilla kommunen")


def test_text_size_keys_scale_text_and_are_remembered(make_window, tiny_pack, qtbot):
    window = make_window(tiny_pack)
    before = QApplication.font().pointSizeF()
    window.journey.next_button.setFocus()
    press(qtbot, window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() > before
    assert window.store.setting("text_scale") == "115"
    press(qtbot, window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() == pytest.approx(before)
    assert window.store.setting("text_scale") == "100"


def test_term_popup_keeps_the_learners_place(make_window, tiny_pack, qtbot):
    window = make_window(tiny_pack)
    window.show_term("apt")
    popups = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
    assert popups
    assert any(
        "A workplace meeting" in b.toPlainText() for b in popups[0].findChildren(QTextBrowser)
    )
    assert window.journey.page.step.id == "hej"


def write_pack(folder, chapter_text: str, pack_id: str = "p"):
    folder.mkdir(parents=True)
    (folder / "pack.yaml").write_text(
        f"id: {pack_id}\norganisation: Org {pack_id}\ntitle: Titel {pack_id}\nchapters: [kap]\n",
        encoding="utf-8",
    )
    (folder / "kap.yaml").write_text(chapter_text, encoding="utf-8")
    return folder


GOOD_CHAPTER = "title: Kapitel\nsteps:\n  - {id: a, type: reading, title: A, body: Text}\n"


def test_a_broken_pack_names_file_line_and_column(make_window, tmp_path, qtbot):
    broken = write_pack(tmp_path / "broken", "title: Kapitel\nsteps:\n  - id: a\n    type: [\n")
    window = make_window()
    assert not window.open_pack_path(broken)
    assert window.stack.currentWidget() is window.error_view
    text = window.error_text.toPlainText()
    assert "kap.yaml:" in text
    line, column = text.split("kap.yaml:")[1].split(":")[:2]
    assert line.isdigit() and column.isdigit()


def test_the_chooser_lists_bundled_packs_and_opens_one(make_window, tmp_path, qtbot, monkeypatch):
    first = write_pack(tmp_path / "a", GOOD_CHAPTER, "forsta")
    second = write_pack(tmp_path / "b", GOOD_CHAPTER, "andra")
    broken = write_pack(tmp_path / "c", "title: [\n", "trasig")
    monkeypatch.setattr(paths, "bundled_packs", lambda: [first, second, broken])
    window = make_window()
    window.start()
    chooser = window.chooser
    assert window.stack.currentWidget() is chooser
    assert chooser.list.count() == 3
    assert "kap.yaml" in chooser.problems.text()
    chooser.list.setFocus()
    press(qtbot, window, Qt.Key.Key_Down)
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.journey
    assert window.pack.id == "andra"
    assert window.store.setting("last_pack") == str(second.resolve())


def test_a_broken_chapter_is_left_out_and_the_rest_opens(make_window, tmp_path, dialogs):
    folder = write_pack(tmp_path / "half", GOOD_CHAPTER)
    (folder / "pack.yaml").write_text(
        "id: half\norganisation: Org\ntitle: Titel\nchapters: [kap, trasig]\n", encoding="utf-8"
    )
    (folder / "trasig.yaml").write_text("title: Trasig\nsteps:\n  - id: b\n    type: [\n")
    window = make_window()
    assert window.open_pack_path(folder)
    assert [c.id for c in window.pack.chapters] == ["kap"]
    assert window.journey.page.step.id == "a"
    kind, (title, text) = dialogs.calls[-1]
    assert kind == "warning" and title == "Some chapters are left out"
    assert "trasig.yaml:" in text


def test_f5_starts_presenter_mode_beside_the_learner_window(make_window, tiny_pack, qtbot):
    from onboarding.ui.presenter.launch import running_sessions

    window = make_window(tiny_pack)
    qtbot.mouseClick(window.journey.next_button, Qt.MouseButton.LeftButton)
    press(qtbot, window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: bool(running_sessions()))
    session = running_sessions()[-1]
    assert session.pack is tiny_pack
    session.end()
    qtbot.waitUntil(lambda: not running_sessions())
    # The learner's place and progress are untouched by the room session.
    assert window.journey.page.step.id == "kollega"
    qtbot.waitUntil(lambda: window.store.last_step("tiny") == "kollega")


def test_a_visit_that_cannot_be_saved_is_said_and_the_walk_goes_on(
    make_window, tiny_pack, dialogs, qtbot, monkeypatch
):
    from onboarding.flow.progress import ProgressError

    window = make_window(tiny_pack)

    def full_disk(pack_id, step_id):
        raise ProgressError(
            "Your progress could not be saved: database or disk is full.",
            detail="database or disk is full",
        )

    monkeypatch.setattr(window.store, "record_visit", full_disk)
    qtbot.mouseClick(window.journey.next_button, Qt.MouseButton.LeftButton)
    assert window.journey.page.step.id == "kollega"
    qtbot.waitUntil(lambda: any(kind == "warning" for kind, _ in dialogs.calls))
    title, text = next(args for kind, args in dialogs.calls if kind == "warning")
    assert title == "Not saved"
    assert text == "Your progress could not be saved: database or disk is full."
    qtbot.mouseClick(window.journey.next_button, Qt.MouseButton.LeftButton)
    assert window.journey.page.step.id == "ordlista"


def test_a_new_window_shows_all_its_text_at_the_chosen_size(make_window, tiny_pack, qtbot):
    # As in a fresh application: Qt's default font, before the learner's text size is set.
    default = QApplication.font()
    default.setPointSizeF(7.0)
    QApplication.setFont(default)
    window = make_window(tiny_pack)
    chosen = QApplication.font().pointSizeF()
    assert chosen != 7.0
    for widget in (window.menuBar(), window.journey.sidebar, window.journey.next_button):
        assert widget.font().pointSizeF() == pytest.approx(chosen), widget


def test_a_page_built_ahead_is_laid_out_as_if_built_on_the_click(make_window, qtbot):
    from onboarding.content.models import ChecklistStep, QuizStep
    from onboarding.ui.walker import answer_quiz

    window = make_window()
    assert window.open_pack_path(paths.content_dir() / "stockholm")
    journey = window.journey
    while not isinstance(journey.navigator.refs[journey.navigator.index + 1].step, ChecklistStep):
        if isinstance(journey.page.step, QuizStep):
            assert not answer_quiz(journey.page, QApplication.instance())
        journey.go_next()
    qtbot.waitUntil(lambda: journey._prebuilt is not None)  # built while the learner reads
    built = journey._prebuilt
    laid_out = {w: w.geometry() for w in built.findChildren(QWidget)}
    with qtbot.waitSignal(journey.settled):  # the page is painted
        qtbot.mouseClick(journey.next_button, Qt.MouseButton.LeftButton)
    page = journey.page
    assert page is built and isinstance(page.step, ChecklistStep)
    # Laid out ahead, all of it: showing it moved or resized nothing (which would have been
    # laid out and painted again on the click).
    assert [w for w, geometry in laid_out.items() if w.geometry() != geometry] == []
    # Nothing overlaps: the first box is below the introduction, and every help text has
    # the height its wrapped lines need.
    first_box = page.boxes[page.step.items[0].id]
    assert first_box.geometry().top() >= page.intro.geometry().bottom()
    for label in page.help_labels.values():
        if not label.isHidden():
            assert label.height() >= label.heightForWidth(label.width())


def test_a_pack_opened_before_the_window_shows_is_saved_and_built_ahead(
    make_window, tiny_pack, qtbot
):
    window = make_window(tiny_pack)  # the pack is opened first, then the window shown
    journey = window.journey
    # After the first paint, with no other event to set it off: the visit is saved and
    # the next step's page is built while the learner reads.
    qtbot.waitUntil(lambda: window.store.last_step("tiny") == "hej")
    qtbot.waitUntil(lambda: journey._prebuilt is not None)
    assert journey._prebuilt.step.id == "kollega"


def test_a_window_shown_before_any_pack_is_opened_has_the_default_look(make_window):
    # The stylesheet normally comes with the pack (its colours); shown without one, the
    # window must not fall back to Qt's unstyled widgets.
    window = make_window()
    assert window.styleSheet() == theme.window_stylesheet("default")
    assert window.menuBar().font().pointSizeF() == pytest.approx(QApplication.font().pointSizeF())


def colour_below_the_text(window) -> str:
    """The colour on screen (the window's backing store) near the bottom of the page shown."""
    browser = window.journey.page.findChild(QTextBrowser)
    view = browser.viewport()
    assert browser.document().size().height() < view.height() - 40  # room below the text
    at = view.mapTo(window, QPoint(20, view.height() - 10))
    shot = window.screen().grabWindow(window.winId()).toImage()
    return shot.pixelColor(at).name()


@pytest.mark.parametrize(
    ("theme_name", "page_colour"), [("default", "#ffffff"), ("high_contrast", "#000000")]
)
def test_a_short_page_is_painted_in_the_page_colour_down_to_its_bottom(
    make_window, tiny_pack, qtbot, theme_name, page_colour
):
    # The page's document paints the whole view (no parent paints beneath it): below its
    # last line too, after Next and after a change of theme.
    window = make_window(tiny_pack)
    qtbot.mouseClick(window.journey.next_button, Qt.MouseButton.LeftButton)
    window.set_theme(theme_name)
    qtbot.waitUntil(lambda: colour_below_the_text(window) == page_colour)
    if theme_name == "high_contrast":
        window.set_theme("default")
        qtbot.waitUntil(lambda: colour_below_the_text(window) == "#ffffff")


@pytest.mark.parametrize(
    ("theme_name", "page_colour"), [("default", "#ffffff"), ("high_contrast", "#000000")]
)
def test_a_quiz_after_a_long_page_shows_nothing_of_that_page_under_it(
    make_window, qtbot, theme_name, page_colour
):
    # A page of widgets paints its own background (the window and the page frame do not
    # paint beneath it): where it has no widgets the page colour shows, not what was there.
    from onboarding.content.loader import load_pack

    window = make_window(load_pack(paths.content_dir() / "stockholm"), lang="sv")
    window.set_theme(theme_name)
    journey = window.journey
    while journey.navigator.current.step.TYPE != "quiz":
        with qtbot.waitSignal(journey.settled):
            qtbot.mouseClick(journey.next_button, Qt.MouseButton.LeftButton)
    page = journey.page
    shot = window.screen().grabWindow(window.winId()).toImage()
    top_left = page.mapTo(window, QPoint(0, 0))
    below = page.height() * 2 // 3  # under the quiz's controls, where the last page had text
    colours = {
        shot.pixelColor(top_left.x() + x, top_left.y() + y).name()
        for x in range(0, page.width(), 7)
        for y in range(below, page.height(), 7)
    }
    assert colours == {page_colour}
