"""Presenter mode as HR runs it in a room: clicker keys, black screen, reveal, show of hands,
full screen, the overview, the presenter's own view, and no data written anywhere."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from onboarding import paths
from onboarding.cli import build_gui_parser
from onboarding.content.loader import load_pack
from onboarding.ui.presenter import PresenterSession, start_presenter
from onboarding.ui.presenter.audience import AudienceView, slide_pixel_size
from onboarding.ui.presenter.presenter_view import PresenterView
from onboarding.ui.presenter.session import SessionClock, frames_of
from tests.gui.conftest import TINY_PACK

Key = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def start(qtbot):
    """start(pack, lang="en") -> a running session with its views shown; ended afterwards."""
    sessions = []
    app = QApplication.instance()
    sheet = app.styleSheet()

    def make(pack, lang="en") -> PresenterSession:
        session = start_presenter(pack, lang=lang)
        sessions.append(session)
        qtbot.waitExposed(session.audience)
        return session

    yield make
    for session in sessions:
        session.end()
    app.setStyleSheet(sheet)


def press(qtbot, session, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key from the clicker: it goes to whichever of the session's windows has focus."""
    focus = QApplication.focusWidget()
    views = [v for v in (session.presenter_view, session.audience) if v is not None]
    target = focus if focus is not None and focus.window() in views else views[0]
    qtbot.keyClick(target, key, modifier)


def seen(session) -> str:
    return session.audience.audience_text()


def test_clicker_walks_the_tiny_pack_and_back(start, tiny_pack, qtbot):
    session = start(tiny_pack)
    assert session.audience.isFullScreen()
    assert "Hello and welcome" in seen(session)
    assert "1 / 5" in seen(session)

    press(qtbot, session, Key.Key_PageDown)
    assert "Meet Ronja" in seen(session)
    press(qtbot, session, Key.Key_Space)
    assert session.step.id == "ordlista"
    press(qtbot, session, Key.Key_Right)
    # The quiz: the question and its numbered options, no answer yet.
    text = seen(session)
    assert "Vem arbetar med de yngsta barnen?" in text
    assert "1.  Ronja" in text and "2.  Ingen" in text  # numbered as the room counts
    assert "✓" not in text
    assert "Ronja är förskollärare" not in text

    press(qtbot, session, Key.Key_PageDown)  # first press: the answer
    text = seen(session)
    assert session.step.id == "testa"
    assert "✓ Right answer" in text
    assert "Ronja är förskollärare." in text  # the explanation
    press(qtbot, session, Key.Key_Down)  # second press: on
    assert session.step.id == "klart"
    assert "Bra jobbat!" in seen(session)
    press(qtbot, session, Key.Key_PageDown)  # the end: stays
    assert session.step.id == "klart"

    press(qtbot, session, Key.Key_PageUp)  # back into the quiz: answered, as it was left
    assert "✓ Right answer" in seen(session)
    press(qtbot, session, Key.Key_Left)
    assert session.step.id == "testa" and "✓" not in seen(session)
    press(qtbot, session, Key.Key_Up)
    assert session.step.id == "ordlista"
    press(qtbot, session, Key.Key_Home)
    assert session.step.id == "hej"
    press(qtbot, session, Key.Key_End)
    assert session.step.id == "klart"


def test_black_screen_and_back(start, tiny_pack, qtbot):
    session = start(tiny_pack)
    audience = session.audience
    press(qtbot, session, Key.Key_B)
    assert session.is_blank
    assert seen(session) == ""
    image = audience.grab().toImage()
    assert image.pixelColor(image.width() // 2, image.height() // 2) == QColor("#000000")
    press(qtbot, session, Key.Key_B)
    assert not session.is_blank
    assert "Hello and welcome" in seen(session)

    press(qtbot, session, Key.Key_Period)  # the clicker's "black screen" button
    assert session.is_blank
    press(qtbot, session, Key.Key_PageDown)  # brings the room back without moving on
    assert not session.is_blank
    assert session.step.id == "hej"


def test_show_of_hands_tally_and_reveal(start, tiny_pack, qtbot):
    session = start(tiny_pack)
    session.go("testa")
    chart = session.audience.chart
    assert not chart.isVisible()

    for key in (Key.Key_1, Key.Key_1, Key.Key_1, Key.Key_2):
        press(qtbot, session, key)
    assert chart.isVisible()
    assert chart.counts() == {"1": 3, "2": 1}
    press(qtbot, session, Key.Key_1, ALT)  # one hand too many
    assert chart.counts() == {"1": 2, "2": 1}
    assert session.tally() == {0: 2, 1: 1}  # by original option index
    assert "option 1: 2 (67 %)" in chart.accessibleDescription()
    press(qtbot, session, Key.Key_9)  # no option 9: nothing counted
    assert chart.total() == 3
    assert not chart.grab().isNull()  # paints (Qt warnings would fail the test)
    assert "✓" not in seen(session)

    press(qtbot, session, Key.Key_T)
    assert not chart.isVisible()
    press(qtbot, session, Key.Key_T)
    assert chart.isVisible()

    press(qtbot, session, Key.Key_PageDown)  # reveal: the chart stays, the right bar marked
    assert "✓ Right answer" in seen(session)
    assert chart.isVisible()
    assert [bar.right for bar in chart.bars] == [True, False]
    chart.grab()

    press(qtbot, session, Key.Key_0)
    assert chart.counts() == {"1": 0, "2": 0}
    press(qtbot, session, Key.Key_PageDown)  # on to the next step: no chart there
    assert session.step.id == "klart"
    assert not chart.isVisible()
    press(qtbot, session, Key.Key_3)  # digits mean nothing outside a question
    assert session.tallies == {}


def test_esc_leaves_full_screen_but_not_the_session(start, tiny_pack, qtbot):
    session = start(tiny_pack)
    audience = session.audience
    press(qtbot, session, Key.Key_Escape)
    qtbot.waitUntil(lambda: not audience.isFullScreen())
    press(qtbot, session, Key.Key_Escape)  # twice: still running
    assert session.is_running and audience.isVisible()
    press(qtbot, session, Key.Key_PageDown)
    assert session.step.id == "kollega"
    press(qtbot, session, Key.Key_F5)
    qtbot.waitUntil(audience.isFullScreen)

    press(qtbot, session, Key.Key_Q)
    assert not session.is_running
    assert session.audience is None
    qtbot.waitUntil(lambda: not audience.isVisible())


def test_overview_jumps_with_the_keyboard(start, tiny_pack, qtbot):
    session = start(tiny_pack)
    audience = session.audience  # one screen: the overview opens over the slide
    press(qtbot, session, Key.Key_G)
    overview = audience.overview
    assert overview.isVisible()
    qtbot.waitUntil(overview.hasFocus)
    press(qtbot, session, Key.Key_Down)  # moves in the list, not in the pack
    press(qtbot, session, Key.Key_Down)
    assert session.step.id == "hej"
    press(qtbot, session, Key.Key_Escape)  # closes the overview, keeps full screen
    assert not overview.isVisible() and audience.isFullScreen()

    press(qtbot, session, Key.Key_G)
    qtbot.waitUntil(overview.hasFocus)
    assert overview.currentItem().text(0) == "Hello and welcome"  # where the room is
    for _ in range(3):  # kollega, ordlista, testa
        press(qtbot, session, Key.Key_Down)
    assert overview.currentItem().text(0) == "Check yourself"
    press(qtbot, session, Key.Key_Return)
    assert session.step.id == "testa"
    assert not overview.isVisible()
    assert "Vem arbetar med de yngsta barnen?" in seen(session)


def test_presenter_view_has_notes_next_step_clock_and_hidden_overview(
    qtbot, make_context, tiny_pack
):
    pack = load_pack(paths.bundled_packs()[0])
    with_notes = next(ref for ref in pack.step_refs() if ref.step.notes is not None)
    session = PresenterSession(pack, lang="en")
    context = make_context(pack, lang="en", presenter=True)
    audience = AudienceView(session, context)  # two screens: no overview on the projector
    view = PresenterView(session, context)
    qtbot.addWidget(audience)
    qtbot.addWidget(view)
    audience.show()
    view.show()
    qtbot.waitExposed(view)

    session.go(with_notes.index)
    assert with_notes.step.notes.get("en")[:30] in " ".join(view.notes.toPlainText().split())
    assert view.now_label.text() == with_notes.step.title.get("en")
    upcoming = pack.steps()[with_notes.index + 1]
    assert upcoming.title.get("en") in view.next_label.text()
    assert view.clock_label.text() == "00:00"
    view.setFocus()
    qtbot.keyClick(view, Key.Key_PageDown)
    assert session.navigator.index == with_notes.index + 1 or session.frame.question is not None

    quiz = next(ref for ref in pack.step_refs() if ref.step.TYPE == "quiz")
    session.go(quiz.index)
    if session.frame.question is None:
        qtbot.keyClick(view, Key.Key_PageDown)
    assert view.next_label.text() == "Reveal the answer"
    assert "✓" in view.preview.toPlainText()  # the presenter sees the answer before the room
    assert "✓" not in audience.audience_text()
    qtbot.keyClick(view, Key.Key_2)
    assert "2: 1" in view.tally_label.text()

    qtbot.keyClick(view, Key.Key_G)
    assert view.overview.isVisible()
    assert audience.overview is None  # the room never sees the menu
    qtbot.keyClick(view.overview, Key.Key_Home)
    qtbot.keyClick(view.overview, Key.Key_Return)
    assert session.navigator.index == 0
    assert not view.overview.isVisible()
    for widget in (view.clock_label, view.notes, view.preview, view.overview, view.tally_label):
        assert widget.accessibleName()
    view.grab()
    session.end()


def test_session_clock_counts_minutes_and_hours(qtbot):
    now = [100.0]
    clock = SessionClock(now=lambda: now[0])
    shown = []
    clock.ticked.connect(shown.append)
    now[0] += 75
    clock.tick()
    now[0] += 3600
    clock.tick()
    assert shown == ["01:15", "1:01:15"]
    clock.stop()


def test_real_pack_walks_to_the_end_with_page_down(start, qtbot):
    pack = load_pack(paths.bundled_packs()[0])
    session = start(pack, lang="sv")
    expected = sum(len(frames_of(step)) for step in pack.steps())
    shown = 1
    while session.advance() and shown < expected + 5:
        shown += 1
        frame = session.frame
        if frame.question is not None and not frame.revealed:
            assert "✓" not in seen(session)
        if frame.revealed:
            assert "✓" in seen(session)
    assert shown == expected
    assert session.navigator.index == len(pack.steps()) - 1
    press(qtbot, session, Key.Key_PageDown)
    assert session.navigator.index == len(pack.steps()) - 1


def test_text_grows_with_the_screen_height(qtbot, make_context, tiny_pack):
    session = PresenterSession(tiny_pack, lang="en")
    context = make_context(tiny_pack, lang="en", presenter=True)
    sizes = {}
    for width, height in ((1920, 1080), (1280, 720)):
        view = AudienceView(session, context)
        qtbot.addWidget(view)
        view.resize(width, height)
        view.show()
        qtbot.waitExposed(view)
        sizes[height] = view.browser.font().pointSizeF()
    assert sizes[1080] == pytest.approx(sizes[720] * 1.5, rel=0.05)
    assert slide_pixel_size(1080) >= 36  # about 30 pt: readable from the back of a room
    assert slide_pixel_size(720) >= 24


def write_tiny_pack(folder):
    folder.mkdir()
    for name, text in TINY_PACK.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_command_line_presenter_writes_nothing(tmp_path, qtbot, monkeypatch):
    """`onboarding --presenter --data-dir DIR`: drive a session, then DIR is still empty."""
    from PySide6.QtCore import QTimer

    from onboarding.flow.progress import ProgressStore
    from onboarding.ui import app as app_module

    def no_disk(*_args, **_kwargs):
        raise AssertionError("presenter mode opened the progress database")

    monkeypatch.setattr(ProgressStore, "open", no_disk)
    data = tmp_path / "data"
    data.mkdir()
    pack = write_tiny_pack(tmp_path / "pack")
    args = build_gui_parser().parse_args(
        ["--presenter", "--data-dir", str(data), "--pack", str(pack), "--lang", "en"]
    )
    application = QApplication.instance()
    sheet = application.styleSheet()
    seen_steps = []

    def drive():
        from onboarding.ui.presenter import running_sessions

        session = running_sessions()[-1]
        for key in (Key.Key_PageDown, Key.Key_PageDown, Key.Key_PageDown, Key.Key_1):
            qtbot.keyClick(session.audience, key)
            seen_steps.append(session.step.id)
        qtbot.keyClick(session.audience, Key.Key_Q)
        QTimer.singleShot(0, application.quit)  # in case a window of another test is open

    QTimer.singleShot(0, drive)
    assert app_module.run_gui(args) == 0
    application.setStyleSheet(sheet)
    assert seen_steps == ["kollega", "ordlista", "testa", "testa"]
    assert list(data.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "pack"]


def test_a_broken_pack_is_explained_not_a_traceback(tmp_path, dialogs):
    from onboarding.ui.presenter import launch_from_args

    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "pack.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    args = build_gui_parser().parse_args(["--presenter", "--pack", str(folder), "--lang", "en"])
    assert launch_from_args(args, dialogs=dialogs) is None
    kind, (title, text) = dialogs.calls[-1]
    assert kind == "warning"
    assert str(folder) in text and "pack.yaml" in text


def test_plus_and_minus_change_the_room_text_size(start, tiny_pack, qtbot):
    session = start(tiny_pack)
    browser = session.audience.browser
    before = browser.font().pointSizeF()
    press(qtbot, session, Key.Key_Plus)
    assert session.zoom == 115
    assert browser.font().pointSizeF() > before
    press(qtbot, session, Key.Key_Minus)
    press(qtbot, session, Key.Key_Minus)
    assert session.zoom == 90
    assert browser.font().pointSizeF() < before


def test_runs_beside_the_learner_window_without_touching_its_progress(
    start, tiny_pack, qtbot, tmp_path, dialogs
):
    from onboarding.flow.progress import ProgressStore
    from onboarding.ui.main_window import MainWindow

    store, _ = ProgressStore.open(tmp_path / "data")
    window = MainWindow(store, dialogs=dialogs, lang="en")
    qtbot.addWidget(window)
    window.open_pack(tiny_pack)
    window.show()
    visited, last = store.visited("tiny"), store.last_step("tiny")

    session = start_presenter(tiny_pack, lang="en", parent=window)
    qtbot.waitExposed(session.audience)
    for key in (Key.Key_PageDown, Key.Key_PageDown, Key.Key_PageDown, Key.Key_1, Key.Key_Space):
        press(qtbot, session, key)
    assert session.step.id == "testa" and session.frame.revealed
    assert window.journey.page.step.id == "hej"  # the learner's place is their own
    press(qtbot, session, Key.Key_Q)
    assert not session.is_running
    assert window.isVisible()
    assert store.visited("tiny") == visited and store.last_step("tiny") == last
    assert store.answers_for_pack("tiny") == {}


def test_a_broken_chapter_is_left_out_and_the_session_starts(tmp_path, dialogs):
    from onboarding.ui.presenter import launch_from_args

    folder = tmp_path / "half"
    folder.mkdir()
    (folder / "pack.yaml").write_text(
        "id: half\norganisation: Org\ntitle: Titel\nchapters: [kap, trasig]\n", encoding="utf-8"
    )
    (folder / "kap.yaml").write_text(
        "title: Kapitel\nsteps:\n  - {id: a, type: reading, title: A, body: Text}\n",
        encoding="utf-8",
    )
    (folder / "trasig.yaml").write_text("title: [\n", encoding="utf-8")
    args = build_gui_parser().parse_args(["--presenter", "--pack", str(folder), "--lang", "en"])
    session = launch_from_args(args, dialogs=dialogs)
    try:
        assert session is not None
        assert [c.id for c in session.pack.chapters] == ["kap"]
        kind, (_title, text) = dialogs.calls[-1]
        assert kind == "warning" and "trasig.yaml:" in text
    finally:
        session.end()


def test_a_projector_plugged_in_mid_session_gets_the_room_and_the_laptop_its_view(
    start, tiny_pack, qtbot
):
    from onboarding.ui.presenter.launch import replan
    from onboarding.ui.presenter.screens import ScreenPlan

    session = start(tiny_pack)  # one screen: no presenter view, the overview over the slide
    assert session.presenter_view is None and session.audience.overview is not None
    press(qtbot, session, Key.Key_PageDown)
    screen = QApplication.primaryScreen()
    replan(session, ScreenPlan(audience=screen, presenter=screen))  # a second screen
    view = session.presenter_view
    assert view is not None and view.isVisible()
    assert session.audience.overview is None  # the overview is the presenter's now
    assert session.audience.isFullScreen()
    assert "Meet Ronja" in seen(session)  # the room keeps its slide
    press(qtbot, session, Key.Key_O)
    assert view.overview.isVisible()
    press(qtbot, session, Key.Key_Escape)
    press(qtbot, session, Key.Key_PageDown)
    assert session.step.id == "ordlista"

    replan(session, ScreenPlan(audience=screen, presenter=None))  # the projector pulled out
    assert session.presenter_view is None
    qtbot.waitUntil(lambda: not view.isVisible())
    assert session.is_running  # the session goes on, on the one screen
    assert session.audience.overview is not None and session.audience.isFullScreen()
    press(qtbot, session, Key.Key_O)
    assert session.audience.overview.isVisible()


def test_the_session_follows_the_screens_qt_reports(start, tiny_pack, qtbot, monkeypatch):
    from onboarding.ui.presenter import launch
    from onboarding.ui.presenter.screens import ScreenPlan

    session = start(tiny_pack)
    screen = QApplication.primaryScreen()
    monkeypatch.setattr(launch, "plan_screens", lambda *_: ScreenPlan(screen, screen))
    QApplication.instance().screenAdded.emit(screen)  # as Qt does when one is plugged in
    assert session.presenter_view is not None
    monkeypatch.setattr(launch, "plan_screens", lambda *_: ScreenPlan(screen, None))
    QApplication.instance().screenRemoved.emit(screen)
    assert session.presenter_view is None and session.is_running
