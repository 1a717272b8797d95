"""Quiz step: the intro, then one question at a time, feedback on checking, and the results.

Everything that matters lives in the progress store, never only in the page: each answer
change is saved at once (unchecked), each check is saved with its result, and the attempt
(seed, questions asked), the current question and the view are saved as quiz_state. The window
re-creates the page on every visit and on language/theme/text-size changes, so __init__
restores exactly where the learner was, including a half-given answer.
"""

from __future__ import annotations

import html
import random
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from onboarding.content.models import QuizStep
from onboarding.flow.navigator import quiz_complete
from onboarding.flow.quiz import (
    QuizAttempt,
    Result,
    check,
    is_answered,
    is_correct,
    shuffle_enabled,
)
from onboarding.flow.scoring import reaches_pass_mark
from onboarding.rendering import plain_text, render_inline, render_markdown, render_step
from onboarding.ui.browser import ContentBrowser
from onboarding.ui.pages.base import PageContext, StepPage, register
from onboarding.ui.quiz import QuestionWidget, make_question_widget
from onboarding.ui.quiz.base import mark_colour

QUESTION_VIEW, RESULTS_VIEW = "question", "results"


class StatusLabel(QLabel):
    """A line that takes focus (so a screen reader reads it) and shows that it has it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setContentsMargins(6, 4, 6, 4)  # room for the focus outline

    def set_status(self, html_text: str, plain: str) -> None:
        self.setText(html_text)
        self.setAccessibleName(plain)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 4, 4)


class StackedBrowser(ContentBrowser):
    """A fit_height ContentBrowser exactly as tall as its document, never stretched."""

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(context, parent, fit_height=True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)


@register
class QuizPage(StepPage):
    STEP_TYPE = "quiz"

    def __init__(self, context: PageContext, step: QuizStep, parent: QWidget | None = None):
        super().__init__(context, step, parent)
        self.paint_own_background()
        self.pack_id = context.pack.id
        self.shuffle = shuffle_enabled(context.pack, step)
        self.question_widget: QuestionWidget | None = None
        self._build()
        self._restore()

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what is inside
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)

        body = QWidget()
        body.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.body = body
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 8, 16, 16)
        layout.setSpacing(10)
        self.scroll.setWidget(body)

        self.intro = self._browser(body)
        self.intro.setAccessibleName(self.tr("Introduction"))
        layout.addWidget(self.intro)

        # --- one question ---
        self.question_panel = QWidget(body)
        q_layout = QVBoxLayout(self.question_panel)
        q_layout.setContentsMargins(0, 0, 0, 0)
        q_layout.setSpacing(10)
        self.position = QLabel(self.question_panel)
        self.position.setObjectName("quizPosition")
        q_layout.addWidget(self.position)
        self.prompt = self._browser(self.question_panel)
        q_layout.addWidget(self.prompt)
        self.widget_slot = QVBoxLayout()
        q_layout.addLayout(self.widget_slot)

        self.check_button = QPushButton(self.tr("&Check answer"), self.question_panel)
        self.check_button.setAccessibleName(self.tr("Check answer"))
        self.check_button.setToolTip(self.tr("Check answer (Ctrl+Return)"))
        self.check_button.clicked.connect(self.check_answer)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addStretch(1)
        q_layout.addLayout(check_row)

        self.result_line = StatusLabel(self.question_panel)
        q_layout.addWidget(self.result_line)
        self.explanation = self._browser(self.question_panel)
        self.explanation.setAccessibleName(self.tr("Explanation"))
        q_layout.addWidget(self.explanation)

        self.previous_button = QPushButton(self.tr("&Previous question"), self.question_panel)
        self.previous_button.setAccessibleName(self.tr("Previous question"))
        self.previous_button.clicked.connect(self.previous_question)
        self.next_button = QPushButton(self.tr("&Next question"), self.question_panel)
        self.next_button.clicked.connect(self.next_question)
        nav_row = QHBoxLayout()
        nav_row.addWidget(self.previous_button)
        nav_row.addStretch(1)
        nav_row.addWidget(self.next_button)
        q_layout.addLayout(nav_row)
        layout.addWidget(self.question_panel)

        # --- results of the attempt ---
        self.results_panel = QWidget(body)
        r_layout = QVBoxLayout(self.results_panel)
        r_layout.setContentsMargins(0, 0, 0, 0)
        r_layout.setSpacing(10)
        self.results_line = StatusLabel(self.results_panel)
        r_layout.addWidget(self.results_line)
        self.missed = self._browser(self.results_panel)
        self.missed.setAccessibleName(self.tr("Questions to look at again"))
        r_layout.addWidget(self.missed)
        self.retry_button = QPushButton(self.tr("&Retry the missed questions"), self.results_panel)
        self.retry_button.setAccessibleName(self.tr("Retry the missed questions"))
        self.retry_button.clicked.connect(self.retry_missed)
        self.review_button = QPushButton(self.tr("Re&view your answers"), self.results_panel)
        self.review_button.setAccessibleName(self.tr("Review your answers"))
        self.review_button.clicked.connect(self.review_answers)
        r_buttons = QHBoxLayout()
        r_buttons.addWidget(self.review_button)
        r_buttons.addStretch(1)
        r_buttons.addWidget(self.retry_button)
        r_layout.addLayout(r_buttons)
        layout.addWidget(self.results_panel)
        layout.addStretch(1)

    def _browser(self, parent: QWidget) -> ContentBrowser:
        return StackedBrowser(self.context, parent)

    # --- state ----------------------------------------------------------------------------

    @property
    def store(self) -> Any:
        return self.context.store

    def saved(self) -> dict:
        return self.store.answers(self.pack_id, self.step.id)

    def _restore(self) -> None:
        state = self.store.quiz_state(self.pack_id, self.step.id) or {}
        attempt = QuizAttempt.from_json(state.get("attempt"), self.step)
        if attempt is None:
            attempt = QuizAttempt.first(self.step, new_seed())
        self.attempt = attempt
        self.questions = attempt.questions(self.step)
        current = state.get("current", 0)
        self.current = current if isinstance(current, int) else 0
        self.current = min(max(self.current, 0), max(len(self.questions) - 1, 0))
        self._complete = quiz_complete(self.step, self.saved())
        self.intro.set_content(self._render_intro())
        if state.get("view") == RESULTS_VIEW and self._attempt_checked():
            self._show_results(save=False)
        else:
            self._show_question(self.current, save=not state)

    def _save_state(self, view: str) -> None:
        self.store.set_quiz_state(
            self.pack_id,
            self.step.id,
            {"attempt": self.attempt.to_json(), "current": self.current, "view": view},
        )

    def _saved_for(self, question: Any):
        """This attempt's saved answer to `question` (an older attempt's does not count)."""
        saved = self.saved().get(question.id)
        return saved if saved is not None and saved.attempt == self.attempt.number else None

    def _attempt_checked(self) -> bool:
        saved = self.saved()
        return all(
            (s := saved.get(q.id)) is not None and s.checked and s.attempt == self.attempt.number
            for q in self.questions
        )

    def is_complete(self) -> bool:
        # Asked on every move of the window; answers change only here, and each one saved
        # brings this up to date (_completion_may_have_changed).
        return self._complete

    def _completion_may_have_changed(self) -> None:
        self._complete = quiz_complete(self.step, self.saved())
        self.completion_changed.emit()

    # --- rendering helpers ------------------------------------------------------------------

    def _markdown(self, text: Any, linked: set[str] | None = None) -> str:
        return render_markdown(
            text, lang=self.context.lang, terms=self.context.pack.terms(), linked=linked
        )

    def _render_intro(self) -> str:
        return render_step(self.context.pack, self.step, lang=self.context.lang, tr=self.context.tr)

    # --- one question -----------------------------------------------------------------------

    def _show_question(self, index: int, *, save: bool = True, focus: bool = False) -> None:
        self.current = index
        self.results_panel.hide()
        self.question_panel.show()
        if save:
            self._save_state(QUESTION_VIEW)
        if not self.questions:
            return
        question = self.questions[index]
        lang = self.context.lang
        position = self.tr("Question %1 of %2").replace("%1", str(index + 1))
        position = position.replace("%2", str(len(self.questions)))
        self.position.setText(position)
        self.position.setAccessibleName(position)
        self._linked: set[str] = set()
        self.prompt.setAccessibleName(plain_text(question.prompt, lang=lang))
        # The question stands out from the intro and the options; relative size only.
        prompt = self._markdown(question.prompt, self._linked)
        self.prompt.set_content(f'<div style="font-size:large; font-weight:600">{prompt}</div>')

        if self.question_widget is not None:
            self.widget_slot.removeWidget(self.question_widget)
            self.question_widget.hide()
            self.question_widget.deleteLater()
        widget = make_question_widget(
            question,
            lang=lang,
            order=self.attempt.display_order(question, shuffle=self.shuffle),
            markdown=lambda text: render_inline(text, lang=self.context.lang),
            parent=self.question_panel,
        )
        self.question_widget = widget
        self.widget_slot.addWidget(widget)
        if self.isVisible():
            # Show now, not when the layout gets round to it: focus needs it visible.
            widget.show()
        widget.link_activated.connect(self._follow_link)

        saved = self._saved_for(question)
        if saved is not None:
            widget.set_answer(saved.answer)
        if saved is not None and saved.checked:
            self._show_result(question, check(question, saved.answer))
        else:
            self._hide_result()
        widget.answer_changed.connect(self._answer_changed)
        self._update_buttons()
        self._fix_tab_order()
        if focus:
            widget.focus_first()

    def _answer_changed(self) -> None:
        question = self.questions[self.current]
        answer = self.question_widget.answer()
        self.store.save_answer(
            self.pack_id,
            self.step.id,
            question.id,
            answer,
            checked=False,
            correct=None,
            attempt=self.attempt.number,
        )
        self._update_buttons()
        self._completion_may_have_changed()

    def check_answer(self) -> bool:
        """Check the current answer: save it with its result and show the feedback."""
        widget = self.question_widget
        if widget is None or widget.is_locked() or not self.questions:
            return False
        question = self.questions[self.current]
        answer = widget.answer()
        if not is_answered(question, answer):
            return False
        result = check(question, answer)
        self.store.save_answer(
            self.pack_id,
            self.step.id,
            question.id,
            answer,
            checked=True,
            correct=result.correct,
            attempt=self.attempt.number,
        )
        self._show_result(question, result)
        self._update_buttons()
        self._completion_may_have_changed()
        self.result_line.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll.ensureWidgetVisible(self.result_line)
        return True

    def _show_result(self, question: Any, result: Result) -> None:
        widget = self.question_widget
        widget.set_locked(True)
        widget.show_feedback(result)
        kind = "right" if result.correct else "wrong"
        text = self.tr("✓ Right!") if result.correct else self.tr("✗ Not quite.")
        colour = mark_colour(self.result_line.palette(), kind)
        self.result_line.set_status(f'<b style="color:{colour}">{html.escape(text)}</b>', text)
        self.result_line.show()
        self.explanation.set_content(self._explanation_html(question, result))
        self.explanation.show()

    def _explanation_html(self, question: Any, result: Result) -> str:
        lang = self.context.lang
        parts = [self._markdown(result.explanation, self._linked)]
        tested = self.context.pack.step(result.step_id)
        if tested is not None:
            label = self.tr("Read about this again: %1").replace("%1", tested.title.get(lang))
            href = html.escape(f"step:{tested.id}", quote=True)
            parts.append(f'<p><a href="{href}">{html.escape(label)}</a></p>')
        return "".join(parts)

    def _hide_result(self) -> None:
        self.result_line.clear()
        self.result_line.hide()
        self.explanation.clear()
        self.explanation.hide()

    def _update_buttons(self) -> None:
        widget = self.question_widget
        question = self.questions[self.current] if self.questions else None
        locked = widget is not None and widget.is_locked()
        answerable = (
            widget is not None and question is not None and is_answered(question, widget.answer())
        )
        self.check_button.setEnabled(answerable and not locked)
        self.previous_button.setEnabled(self.current > 0)
        last = self.current >= len(self.questions) - 1
        label = self.tr("See &results") if last else self.tr("&Next question")
        self.next_button.setText(label)
        self.next_button.setAccessibleName(label.replace("&", ""))
        self.next_button.setEnabled(locked and (not last or self._attempt_checked()))

    def _fix_tab_order(self) -> None:
        """Tab follows reading order although the question widget is created last."""
        chain: list[QWidget] = [self.intro, self.prompt]
        widget = self.question_widget
        if widget is not None:
            chain.extend(focus_chain_of(widget))
        chain += [
            self.check_button,
            self.result_line,
            self.explanation,
            self.previous_button,
            self.next_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _follow_link(self, url: str) -> None:
        scheme, _, target = url.partition(":")
        if scheme == "term":
            self.context.open_term(target)
        elif scheme == "step":
            self.context.open_step(target)

    # --- moving between questions -----------------------------------------------------------

    def next_question(self) -> None:
        if not self.next_button.isEnabled():
            return  # the current question is not checked yet
        if self.current < len(self.questions) - 1:
            self._show_question(self.current + 1, focus=True)
        elif self._attempt_checked():
            self._show_results(save=True)
            self.results_line.setFocus(Qt.FocusReason.OtherFocusReason)

    def previous_question(self) -> None:
        if self.current > 0:
            self._show_question(self.current - 1, focus=True)

    def review_answers(self) -> None:
        self._show_question(0, focus=True)

    # --- results ----------------------------------------------------------------------------

    def _show_results(self, *, save: bool) -> None:
        if save:
            self._save_state(RESULTS_VIEW)
        self.question_panel.hide()
        self.results_panel.show()
        saved = self.saved()
        questions = self.step.questions
        right = [q for q in questions if is_correct(saved.get(q.id))]
        total = len(questions)
        pass_mark = self.context.pack.manifest.pass_mark
        passed = reaches_pass_mark(len(right), total, pass_mark)
        score = (
            self.tr("You got %1 of %2 right.")
            .replace("%1", str(len(right)))
            .replace("%2", str(total))
        )
        mark = self.tr("Pass mark: %1 %.").replace("%1", str(pass_mark))
        verdict = self.tr("✓ Passed") if passed else self.tr("✗ Not passed yet")
        colour = mark_colour(self.results_line.palette(), "right" if passed else "wrong")
        self.results_line.set_status(
            f"<p><b>{html.escape(score)}</b><br>{html.escape(mark)}<br>"
            f'<b style="color:{colour}">{html.escape(verdict)}</b></p>',
            f"{score} {mark} {verdict}",
        )
        missed = [q for q in questions if q not in right]
        self.missed.setVisible(bool(missed))
        self.retry_button.setVisible(bool(missed))
        if missed:
            self.missed.set_content(self._missed_html(missed))
        QWidget.setTabOrder(self.results_line, self.missed)
        QWidget.setTabOrder(self.missed, self.review_button)
        QWidget.setTabOrder(self.review_button, self.retry_button)

    def _missed_html(self, missed: list) -> str:
        lang = self.context.lang
        items = []
        for question in missed:
            prompt = html.escape(plain_text(question.prompt, lang=lang))
            tested = self.context.pack.step(question.step)
            if tested is not None:
                label = self.tr("Read about this again: %1").replace("%1", tested.title.get(lang))
                href = html.escape(f"step:{tested.id}", quote=True)
                prompt += f'<br><a href="{href}">{html.escape(label)}</a>'
            items.append(f"<li>{prompt}</li>")
        heading = html.escape(self.tr("Questions to look at again:"))
        return f"<p>{heading}</p><ul>{''.join(items)}</ul>"

    def retry_missed(self) -> None:
        """A new attempt with only the questions not yet right, in a new order."""
        attempt = self.attempt.retry_missed(self.step, self.saved(), new_seed())
        if not attempt.question_ids:
            return
        self.attempt = attempt
        self.questions = attempt.questions(self.step)
        self._show_question(0, focus=True)

    # --- StepPage ---------------------------------------------------------------------------

    def primary_action(self) -> bool:
        if self.question_panel.isHidden() or not self.check_button.isEnabled():
            return False
        return self.check_answer()


def new_seed() -> int:
    return random.SystemRandom().randrange(1, 2**31)


def focus_chain_of(widget: QWidget) -> list[QWidget]:
    """The widgets inside `widget` that Tab reaches, in their own focus-chain order."""
    found: list[QWidget] = []
    current = widget.nextInFocusChain()
    while current is not widget and widget.isAncestorOf(current):
        if current.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(current)
        current = current.nextInFocusChain()
    return found
