"""The state of one room session and every key the presenter (or a clicker) may press.

No widgets here: the audience and presenter views show this state and pass their key presses
to `handle_key`, so both screens and every key behave the same and tests drive it directly.

A step is shown as one or more frames: most steps have one; a quiz step has its intro (when
it has one), then each question twice, first without its answer and then revealed. "Next"
walks frames, then steps, so a clicker's one button runs a whole quiz in the room.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from onboarding.content.models import (
    MultipleChoiceQuestion,
    Pack,
    QuizStep,
    SingleChoiceQuestion,
    Step,
    StepRef,
    TrueFalseQuestion,
)
from onboarding.flow.navigator import Navigator
from onboarding.flow.quiz import QuizAttempt, shuffle_enabled

Key = Qt.Key

NEXT_KEYS = {
    Key.Key_PageDown,
    Key.Key_Right,
    Key.Key_Down,
    Key.Key_Space,
    Key.Key_Return,
    Key.Key_Enter,
    Key.Key_N,
}
BACK_KEYS = {Key.Key_PageUp, Key.Key_Left, Key.Key_Up, Key.Key_Backspace, Key.Key_P}
BLACK_KEYS = {Key.Key_B, Key.Key_Period}
OVERVIEW_KEYS = {Key.Key_G, Key.Key_O}
DIGITS = {getattr(Key, f"Key_{n}"): n for n in range(10)}
# Clickers and keyboards on a laptop: a subtraction is Alt/Ctrl/Shift + the digit.
SUBTRACT = (
    Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.ShiftModifier
)
TEXT_ZOOMS = (70, 80, 90, 100, 115, 130, 150)  # percent of the size computed from the screen

CHOICE_TYPES = (SingleChoiceQuestion, MultipleChoiceQuestion, TrueFalseQuestion)


@dataclass(frozen=True)
class Frame:
    """One thing shown for a step: the step itself / the quiz intro (question None), or one
    quiz question with or without its answer."""

    question: int | None = None
    revealed: bool = False


def frames_of(step: Step) -> list[Frame]:
    if not isinstance(step, QuizStep) or not step.questions:
        return [Frame()]
    frames = [Frame()] if step.intro else []
    for index in range(len(step.questions)):
        frames += [Frame(index, False), Frame(index, True)]
    return frames


def option_count(question) -> int:
    """How many options a show of hands can count for `question` (0: not a choice)."""
    if isinstance(question, TrueFalseQuestion):
        return 2
    if isinstance(question, CHOICE_TYPES):
        return len(question.options)
    return 0


class SessionClock(QObject):
    """Elapsed time since the session started, for the presenter's eyes only."""

    ticked = Signal(str)

    def __init__(self, parent: QObject | None = None, now: Callable[[], float] = time.monotonic):
        super().__init__(parent)
        self._now = now
        self._start = now()
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.tick)
        self._timer.start()

    def elapsed_seconds(self) -> int:
        return max(0, int(self._now() - self._start))

    def text(self) -> str:
        minutes, seconds = divmod(self.elapsed_seconds(), 60)
        hours, minutes = divmod(minutes, 60)
        return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:02d}:{seconds:02d}"

    def tick(self) -> None:
        self.ticked.emit(self.text())

    def stop(self) -> None:
        self._timer.stop()


class PresenterSession(QObject):
    """Where the room is in the pack and what the audience sees; all keys are handled here."""

    step_changed = Signal(int)  # pack-wide step index; also emitted for a new frame
    revealed = Signal(bool)  # the current question's answer shown (True) or hidden
    tally_changed = Signal(str)  # question id
    chart_toggled = Signal(bool)
    blanked = Signal(bool)
    fullscreen_changed = Signal(bool)
    overview_toggled = Signal(bool)
    zoom_changed = Signal(int)  # percent
    ended = Signal()

    def __init__(self, pack: Pack, *, lang: str, parent: QObject | None = None, seed: int = 0):
        super().__init__(parent)
        self.pack = pack
        self.lang = lang
        # The presenter is never held back by a quiz: every step is reachable.
        self.navigator = Navigator(pack, lambda _step: True)
        self.frame_index = 0
        self.seed = seed  # one option order per session, the same on both screens
        self.tallies: dict[str, dict[int, int]] = {}  # question id -> original index -> count
        self.chart_visible = False
        self.is_blank = False
        self.is_fullscreen = True
        self.overview_open = False
        self.zoom = 100
        self.is_running = True
        self.clock = SessionClock(self)
        # Views set these so whoever keeps the session keeps its windows alive.
        self.audience = None  # AudienceView
        self.presenter_view = None  # PresenterView, with two screens only
        self.context = None  # the PageContext both views render with
        self.plan = None  # ScreenPlan

    # --- where we are -------------------------------------------------------------------

    @property
    def ref(self) -> StepRef:
        return self.navigator.current

    @property
    def step(self) -> Step:
        return self.navigator.current.step

    @property
    def frames(self) -> list[Frame]:
        return frames_of(self.step)

    @property
    def frame(self) -> Frame:
        return self.frames[self.frame_index]

    def question(self):
        """The question on screen, or None."""
        frame = self.frame
        if frame.question is None:
            return None
        return self.step.questions[frame.question]

    def display_order(self, question) -> list[int]:
        """Original option/item indices in the order the room sees them."""
        attempt = QuizAttempt.first(self.step, self.seed)
        return attempt.display_order(question, shuffle=shuffle_enabled(self.pack, self.step))

    def next_frame(self) -> tuple[StepRef, Frame] | None:
        """What "Next" will show, or None at the very end."""
        if self.frame_index + 1 < len(self.frames):
            return self.ref, self.frames[self.frame_index + 1]
        index = self.navigator.index + 1
        if index >= len(self.navigator):
            return None
        ref = self.navigator.refs[index]
        return ref, frames_of(ref.step)[0]

    def position(self) -> tuple[int, int]:
        return self.navigator.position()

    # --- moving -------------------------------------------------------------------------

    def advance(self) -> bool:
        if self.is_blank:  # the first press after a black screen brings the room back
            self.set_blank(False)
            return True
        if self.frame_index + 1 < len(self.frames):
            self._set_frame(self.frame_index + 1)
            return True
        if self.navigator.next():
            self._enter_step(first=True)
            return True
        return False

    def back(self) -> bool:
        if self.is_blank:
            self.set_blank(False)
            return True
        if self.frame_index > 0:
            self._set_frame(self.frame_index - 1)
            return True
        if self.navigator.back():
            self._enter_step(first=False)  # back into a quiz: its last question, answered
            return True
        return False

    def go(self, target: int | str) -> bool:
        """Jump to a step (index or id), at its first frame."""
        if not self.navigator.go(target):
            return False
        self._enter_step(first=True)
        return True

    def toggle_reveal(self) -> None:
        frame = self.frame
        if frame.question is None:
            return
        wanted = Frame(frame.question, not frame.revealed)
        self._set_frame(self.frames.index(wanted))

    def _enter_step(self, *, first: bool) -> None:
        self.chart_visible = False
        self.frame_index = 0 if first else len(self.frames) - 1
        self.step_changed.emit(self.navigator.index)
        self.chart_toggled.emit(False)

    def _set_frame(self, index: int) -> None:
        before = self.frame
        self.frame_index = index
        after = self.frame
        if after.question != before.question:
            self.chart_visible = False
        self.step_changed.emit(self.navigator.index)
        if after.question is not None and after.question == before.question:
            self.revealed.emit(after.revealed)
        self.chart_toggled.emit(self.chart_visible)

    # --- show of hands ------------------------------------------------------------------

    def tally(self, question=None) -> dict[int, int]:
        """Counts by original option index for `question` (default: the one on screen)."""
        question = question or self.question()
        if question is None:
            return {}
        return dict(self.tallies.get(question.id, {}))

    def add_vote(self, number: int, delta: int = 1) -> bool:
        """Count `delta` more hands for option `number` (1-based, as the room sees them)."""
        question = self.question()
        if question is None or not 1 <= number <= option_count(question):
            return False
        original = self.display_order(question)[number - 1]
        counts = self.tallies.setdefault(question.id, {})
        counts[original] = max(0, counts.get(original, 0) + delta)
        self.chart_visible = True
        self.tally_changed.emit(question.id)
        self.chart_toggled.emit(True)
        return True

    def clear_tally(self) -> None:
        question = self.question()
        if question is None:
            return
        self.tallies.pop(question.id, None)
        self.tally_changed.emit(question.id)

    def toggle_chart(self) -> None:
        question = self.question()
        if question is None or not option_count(question):
            return
        self.chart_visible = not self.chart_visible
        self.chart_toggled.emit(self.chart_visible)

    # --- screen -------------------------------------------------------------------------

    def set_blank(self, blank: bool) -> None:
        if blank != self.is_blank:
            self.is_blank = blank
            self.blanked.emit(blank)

    def set_fullscreen(self, on: bool) -> None:
        if on != self.is_fullscreen:
            self.is_fullscreen = on
            self.fullscreen_changed.emit(on)

    def set_overview(self, open_: bool) -> None:
        if open_ != self.overview_open:
            self.overview_open = open_
            self.overview_toggled.emit(open_)

    def change_zoom(self, step: int) -> None:
        position = min(range(len(TEXT_ZOOMS)), key=lambda i: abs(TEXT_ZOOMS[i] - self.zoom))
        position = min(max(position + step, 0), len(TEXT_ZOOMS) - 1)
        if TEXT_ZOOMS[position] != self.zoom:
            self.zoom = TEXT_ZOOMS[position]
            self.zoom_changed.emit(self.zoom)

    def end(self) -> None:
        """Close both views; nothing is kept (there is nothing to keep)."""
        if not self.is_running:
            return
        self.is_running = False
        self.clock.stop()
        self.ended.emit()

    # --- keys ---------------------------------------------------------------------------

    def handle_key(self, key: int, modifiers=Qt.KeyboardModifier.NoModifier) -> bool:
        """Act on one key press from either view; False if the key means nothing here."""
        if not self.is_running:
            return False
        key = Key(key) if not isinstance(key, Key) else key
        modifiers = Qt.KeyboardModifier(modifiers) & ~Qt.KeyboardModifier.KeypadModifier
        ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        if key == Key.Key_Q or (ctrl and key in (Key.Key_W, Key.Key_Q)):
            self.end()
        elif key in DIGITS:
            number = DIGITS[key]
            if number == 0:
                self.clear_tally()
            else:
                self.add_vote(number, -1 if modifiers & SUBTRACT else 1)
        elif ctrl or modifiers & Qt.KeyboardModifier.AltModifier:
            return False  # leave the window's own shortcuts alone
        elif key in NEXT_KEYS:
            self.advance()
        elif key in BACK_KEYS:
            self.back()
        elif key in BLACK_KEYS:
            self.set_blank(not self.is_blank)
        elif key == Key.Key_F5:
            self.set_fullscreen(True)
        elif key == Key.Key_Escape:
            # Esc never ends the session: it closes the overview, else leaves full screen.
            if self.overview_open:
                self.set_overview(False)
            else:
                self.set_fullscreen(False)
        elif key in OVERVIEW_KEYS:
            self.set_overview(not self.overview_open)
        elif key == Key.Key_Home:
            self.go(0)
        elif key == Key.Key_End:
            self.go(len(self.navigator) - 1)
        elif key == Key.Key_R:
            self.toggle_reveal()
        elif key == Key.Key_T:
            self.toggle_chart()
        elif key in (Key.Key_Plus, Key.Key_Equal):
            self.change_zoom(1)
        elif key == Key.Key_Minus:
            self.change_zoom(-1)
        else:
            return False
        return True
