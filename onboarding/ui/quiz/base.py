"""What every question widget offers the quiz page (and later the presenter view).

A widget shows the answer controls of one question: not the prompt, not the explanation; the
page owns those. Answers go in and out in the JSON-able format of onboarding.flow.quiz, by
ORIGINAL option indices, so the display order (shuffled per attempt) never leaks out.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from onboarding.content.models import Text

Markdown = Callable[[str], str]

# Mark colours with at least 4.5:1 contrast (WCAG AA) on a light and on a dark window.
# The mark's text (✓/✗ and a word) carries the meaning; colour only repeats it.
_LIGHT = {"right": "#17692b", "wrong": "#a4262c", "info": "#1f4e79"}
_DARK = {"right": "#8fd19e", "wrong": "#ffb4ab", "info": "#a8c8ff"}


def plain_markdown(text: str) -> str:
    """Fallback when no Markdown renderer is given: the text, escaped, as one paragraph."""
    return html.escape(text).replace("\n", "<br>")


def mnemonic_safe(text: str) -> str:
    """Content text for a button or label that would otherwise read '&' as a shortcut key."""
    return text.replace("&", "&&")


class FeedbackLabel(QLabel):
    """Rich-text line under an option: the mark, then the option's own feedback.

    Links in feedback (term:/step:) are passed on through `link_activated` so the page routes
    them like every other content link.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setWordWrap(True)  # after setSizePolicy, which would drop height-for-width
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.hide()

    def show_mark(self, kind: str | None, mark: str, feedback_html: str = "") -> None:
        """Show `mark` ('✓ Right') coloured by `kind` (right/wrong/info) and the feedback."""
        parts = []
        if mark:
            colour = mark_colour(self.palette(), kind or "info")
            parts.append(f'<b style="color:{colour}">{html.escape(mark)}</b>')
        if feedback_html:
            parts.append(feedback_html)
        if not parts:
            self.clear_mark()
            return
        self.setText(" ".join(parts) if len(parts) == 1 else parts[0] + "<br>" + parts[1])
        self.show()

    def clear_mark(self) -> None:
        self.clear()
        self.hide()


def mark_colour(palette: QPalette, kind: str) -> str:
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return (_DARK if dark else _LIGHT)[kind]


def html_to_plain(fragment: str) -> str:
    """Text of a small rich-text fragment, for accessible descriptions."""
    from PySide6.QtGui import QTextDocumentFragment

    return QTextDocumentFragment.fromHtml(fragment).toPlainText().strip()


class QuestionWidget(QWidget):
    """Base of the answer controls for one question.

    Subclasses build their controls in __init__ in `order` (original indices in display
    order; None keeps the pack's order) and implement the abstract methods below.

    Signals: answer_changed() each time the learner changes the answer (read it with
    answer()); link_activated(str) carries term:/step: links clicked in feedback texts.
    answer_changed carries no value: answer() is the one way to read an answer.
    """

    answer_changed = Signal()
    link_activated = Signal(str)

    def __init__(
        self,
        question: Any,
        *,
        lang: str = "sv",
        order: list[int] | None = None,
        markdown: Markdown | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.question = question
        self.lang = lang
        self.markdown = markdown or plain_markdown
        self._order = list(order) if order is not None else None
        self._locked = False
        self._last_answer: Any = None
        self._setting = False  # True while set_answer() runs: not a learner change

    # --- to implement -------------------------------------------------------------------

    def answer(self) -> Any:
        """The current answer (JSON-able, original indices) or None if nothing is given."""
        raise NotImplementedError

    def set_answer(self, answer: Any) -> None:
        """Show `answer` (as saved) without emitting answer_changed. None clears it."""
        raise NotImplementedError

    def correct_answer(self) -> Any:
        """The right answer in the same format as answer()."""
        raise NotImplementedError

    def _apply_lock(self, locked: bool) -> None:
        raise NotImplementedError

    def _show_marks(self, answer: Any, texts: dict[int, Text | None], *, revealed: bool) -> None:
        """Mark every option/item/pair for `answer`; texts are feedback by original index."""
        raise NotImplementedError

    def _clear_marks(self) -> None:
        raise NotImplementedError

    def focus_first(self) -> None:
        """Put keyboard focus on the first control (after 'Next question')."""
        self.focusNextChild()

    # --- shared behaviour ---------------------------------------------------------------

    def display_order(self, count: int) -> list[int]:
        return list(self._order) if self._order is not None else list(range(count))

    def is_locked(self) -> bool:
        return self._locked

    def set_locked(self, locked: bool) -> None:
        """After checking the answer may not change any more (controls stay readable)."""
        self._locked = locked
        self._apply_lock(locked)

    def show_feedback(self, result: Any) -> None:
        """Mark each option with the result of onboarding.flow.quiz.check()."""
        texts = {fb.index: fb.text for fb in getattr(result, "feedback", ())}
        self._show_marks(self.answer(), texts, revealed=False)

    def clear_feedback(self) -> None:
        self._clear_marks()

    def reveal(self) -> None:
        """Show the right answer, locked and marked, with no learner answer (presenter)."""
        self.set_answer(self.correct_answer())
        self.set_locked(True)
        self._show_marks(self.correct_answer(), {}, revealed=True)

    def text(self, value: Text | None) -> str:
        return value.get(self.lang) if value is not None else ""

    def feedback_html(self, value: Text | None) -> str:
        return self.markdown(self.text(value)) if value is not None else ""

    def _changed(self) -> None:
        """Call after any control changed; emits answer_changed for real learner changes."""
        if self._setting:
            return
        answer = self.answer()
        if answer != self._last_answer:
            self._last_answer = answer
            self.answer_changed.emit()

    def _remember(self) -> None:
        """After set_answer: the shown answer is the baseline for change detection."""
        self._last_answer = self.answer()
