"""Walk a whole pack through the real window, as a learner who knows every answer would.

Used by `onboarding self-check` (a frozen bundle checks itself with it) and by the benchmarks.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTextBrowser

from onboarding.content.models import QuizStep


class SilentDialogs:
    """Dialogs that answer 'cancel' and never block: nothing is saved anywhere."""

    def save_file(self, *_args):
        return None

    def open_folder(self, *_args):
        return None

    def ask_text(self, *_args):
        return None

    def info(self, *_args):
        pass

    def warning(self, *_args):
        pass

    def confirm(self, *_args):
        return False


def visible_text(widget) -> str:
    """What a person can read on `widget`: rendered documents and labels."""
    parts = [b.toPlainText() for b in widget.findChildren(QTextBrowser) if b.isVisibleTo(widget)]
    parts += [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]
    return "\n".join(parts)


def answer_quiz(page, app: QApplication) -> list[str]:
    """Answer every question of a quiz page correctly: each question widget takes its right
    answer, then the page checks it and moves on, as its buttons would."""
    errors = []
    for _ in range(len(page.step.questions) + 1):
        if page.is_complete():
            break
        widget = page.question_widget
        if widget is None:
            errors.append(f"{page.step.id}: no question shown before the quiz was complete")
            break
        widget.set_answer(widget.correct_answer())
        # What the page's "Check answer" and "Next question" buttons call.
        page.check_answer()
        page.next_question()
        app.processEvents()
    if not page.is_complete():
        errors.append(f"{page.step.id}: the quiz is not complete after answering every question")
    return errors


def click(button: QAbstractButton, app: QApplication) -> None:
    if button.isEnabled():
        button.click()
        app.processEvents()


def walk(window, app: QApplication) -> list[str]:
    """Visit every step from the first; return what went wrong (empty when all worked)."""
    journey = window.journey
    errors: list[str] = []
    journey.go_to_index(0)
    refs = journey.navigator.refs
    for ref in refs:
        app.processEvents()
        page = journey.page
        if page is None or page.step is not ref.step:
            errors.append(f"{ref.step.id}: the window did not show this step")
            break
        title = ref.step.title.get(journey.context.lang)
        if title not in visible_text(page):
            errors.append(f"{ref.step.id}: the page does not show its title {title!r}")
        if isinstance(ref.step, QuizStep):
            errors += answer_quiz(page, app)
        if ref.index < len(refs) - 1:
            if not journey.next_button.isEnabled():
                errors.append(f"{ref.step.id}: Next stays disabled")
                break
            click(journey.next_button, app)
    return errors
